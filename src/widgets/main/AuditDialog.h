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
// changed from what to what — filtered by person, record kind, action, dates and text;
// exported as a sheet, printed, and the record's hash chain verified (the office and
// administrators). A unit's secretary sees the history of the unit's own records. From a
// record, "History…" opens it on that record alone (showHistory).
class AuditDialog : public QDialog
{
    Q_OBJECT
public:
    explicit AuditDialog(Workspace& workspace, QWidget* parent = nullptr);
    // One record's history: `entity` and `entityId` (a report, a problem line), or every record
    // of a unit (`unitId`), or one kind of action on it (assessment. for its scores).
    void showHistory(const QString& title, const QString& entity, qint64 entityId, qint64 unitId = 0, const QString& action = {});
    // "History…" on a record: the dialog opened on it (showHistory), modal.
    static void openHistory(QWidget* parent, Workspace& workspace, const QString& title, const QString& entity, qint64 entityId, qint64 unitId = 0,
                            const QString& action = {}, const QString& text = {});
    void search();
    void verify();
    void exportTable();
    int rowCount() const;

private:
    Table table() const;
    AuditFilter filter() const;

    Workspace& m_workspace;
    QLineEdit* m_actor;
    QComboBox* m_unit = nullptr;
    QComboBox* m_entity;
    QComboBox* m_action;
    QDateEdit* m_since;
    QDateEdit* m_until;
    QLineEdit* m_text;
    QTableWidget* m_rows;
    QLabel* m_status;
    QLabel* m_record;
    QString m_recordTitle, m_recordEntity, m_recordAction;
    qint64 m_recordId = 0, m_recordUnit = 0;
};

} // namespace cd
