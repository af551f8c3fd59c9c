#pragma once

#include "domain/Actor.h"

#include <QDialog>

class QLabel;
class QLineEdit;

namespace cd {

class Workspace;

// Signing in to a file that has accounts. Wrong passwords and locks are explained; the
// dialog stays until a login succeeds or the user cancels.
class LoginDialog : public QDialog
{
    Q_OBJECT
public:
    explicit LoginDialog(Workspace& workspace, QWidget* parent = nullptr);
    void accept() override;
    const Actor& actor() const { return m_actor; }

private:
    Workspace& m_workspace;
    QLineEdit* m_login;
    QLineEdit* m_password;
    QLabel* m_error;
    Actor m_actor;
};

} // namespace cd
