#include "widgets/reporting/LoginDialog.h"

#include "services/AccountService.h"
#include "widgets/common/Workspace.h"
#include "widgets/common/Dialogs.h"

#include <QDialogButtonBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace cd {

LoginDialog::LoginDialog(Workspace& workspace, QWidget* parent)
    : QDialog(parent), m_workspace(workspace), m_login(new QLineEdit), m_password(new QLineEdit), m_error(new QLabel)
{
    setWindowTitle(tr("Sign in"));
    m_login->setObjectName(QStringLiteral("loginEdit"));
    m_password->setObjectName(QStringLiteral("passwordEdit"));
    m_password->setEchoMode(QLineEdit::Password);
    dialogs::makeErrorLabel(m_error);
    auto* form = new QFormLayout;
    form->addRow(tr("&Login"), m_login);
    form->addRow(tr("&Password"), m_password);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, &LoginDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("%1 has accounts. Sign in to continue.").arg(QFileInfo(workspace.path()).fileName())));
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
}

void LoginDialog::accept()
{
    auto who = AccountService(m_workspace.context()).authenticate(m_login->text(), m_password->text());
    if (!who) {
        m_error->setText(who.error().message);
        m_error->show();
        m_password->clear();
        m_password->setFocus();
        return;
    }
    m_actor = *who;
    QDialog::accept();
}

} // namespace cd
