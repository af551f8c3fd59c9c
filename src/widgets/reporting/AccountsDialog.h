#pragma once

#include <QDialog>

class QTableWidget;

namespace cd {

class Workspace;

// Administrators' accounts dialog: who can sign in, with which role and unit; add an
// account, reset a password, disable an account. The first account must be an administrator.
class AccountsDialog : public QDialog
{
    Q_OBJECT
public:
    explicit AccountsDialog(Workspace& workspace, QWidget* parent = nullptr);
    void reload();
    void addAccount();
    void resetPassword();
    void disableAccount();
    QTableWidget* table() const { return m_table; }

private:
    QString currentLogin() const;
    Workspace& m_workspace;
    QTableWidget* m_table;
};

// Asks for a new account's details; exposed for tests.
class NewAccountDialog : public QDialog
{
    Q_OBJECT
public:
    NewAccountDialog(Workspace& workspace, QWidget* parent = nullptr);
    void accept() override;

private:
    Workspace& m_workspace;
};

} // namespace cd
