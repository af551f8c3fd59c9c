#pragma once

#include "domain/Groups.h"

#include <QDialog>

class QComboBox;
class QLineEdit;

namespace cd {

class Workspace;

// A group's name, short name, kind, the office that runs that part and whom its documents
// address (主送).
class GroupDialog : public QDialog
{
    Q_OBJECT
public:
    GroupDialog(Workspace& workspace, UnitGroup group, const QString& path, QWidget* parent = nullptr);
    void accept() override;

private:
    Workspace& m_workspace;
    UnitGroup m_group;
    QLineEdit* m_name;
    QLineEdit* m_short;
    QComboBox* m_kind;
    QLineEdit* m_office;
    QLineEdit* m_addressee;
};

} // namespace cd
