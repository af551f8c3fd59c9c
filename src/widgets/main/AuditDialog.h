#pragma once

#include "exchange/Sheet.h"
#include "storage/AuditRepository.h"

#include <QDialog>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QTableWidget;

namespace cd {

class Workspace;

// File ▸ 操作记录: every change to the campaign — when, who, what, on which record, and what
// changed from what to what — filtered by person, record kind, dates and text; exported as a
// sheet; and the record's hash chain verified (the office and administrators).
class AuditDialog : public QDialog
{
    Q_OBJECT
public:
    explicit AuditDialog(Workspace& workspace, QWidget* parent = nullptr);
    void search();
    void verify();
    void exportTable();
    int rowCount() const;
    // "名称：市教育局 → 市教育委员会；状态：待整改 → 整改中": what a row changed, in words.
    static QString changes(const QString& beforeJson, const QString& afterJson);
    // An action (problem.escalate) and a record kind (problem) in the user's language.
    static QString actionName(const QString& id);
    static QString kindName(const QString& id);

private:
    Table table() const;

    Workspace& m_workspace;
    QLineEdit* m_actor;
    QComboBox* m_entity;
    QDateEdit* m_since;
    QDateEdit* m_until;
    QLineEdit* m_text;
    QTableWidget* m_rows;
    QLabel* m_status;
};

} // namespace cd
