#include "widgets/reporting/AccountsDialog.h"

#include "services/AccountService.h"
#include "services/GroupService.h"
#include "services/UnitService.h"
#include "widgets/common/TableViews.h"
#include "widgets/common/Dialogs.h"
#include "widgets/common/Workspace.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace cd {
namespace {
QString roleName(Role r) { return displayName(r); }
} // namespace

AccountsDialog::AccountsDialog(Workspace& workspace, QWidget* parent)
    : QDialog(parent), m_workspace(workspace), m_table(new QTableWidget)
{
    setWindowTitle(tr("Accounts"));
    resize(720, 420);
    m_table->setObjectName(QStringLiteral("accountsTable"));
    m_table->setColumnCount(6);
    m_table->setHorizontalHeaderLabels({tr("Login"), tr("Name"), tr("Role"), tr("Unit"), tr("Part"), tr("State")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSortingEnabled(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    auto* add = new QPushButton(tr("&New account…"));
    auto* reset = new QPushButton(tr("&Reset password…"));
    auto* disable = new QPushButton(tr("&Disable"));
    auto* buttons = new QHBoxLayout;
    for (auto* b : {add, reset, disable}) buttons->addWidget(b);
    buttons->addStretch();
    auto* close = new QDialogButtonBox(QDialogButtonBox::Close);
    auto* layout = new QVBoxLayout(this);
    auto* note = new QLabel(m_workspace.isServer()
                                ? tr("Each account is a login of the server: its holder connects with it and the password given here, "
                                     "and may change the password in the program.")
                                : tr("Once the first account exists, everyone signs in when opening this file."));
    note->setObjectName(QStringLiteral("accountsNote"));
    note->setWordWrap(true);
    layout->addWidget(note);
    layout->addWidget(m_table);
    layout->addLayout(buttons);
    layout->addWidget(close);
    connect(add, &QPushButton::clicked, this, &AccountsDialog::addAccount);
    connect(reset, &QPushButton::clicked, this, &AccountsDialog::resetPassword);
    connect(disable, &QPushButton::clicked, this, &AccountsDialog::disableAccount);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    reload();
}

void AccountsDialog::reload()
{
    QHash<qint64, QString> units;
    for (const auto& u : UnitService(m_workspace.context()).list()) units.insert(u.id, u.name);
    const auto users = AccountService(m_workspace.context()).list();
    const GroupTree tree = GroupService(m_workspace.context()).tree();
    m_table->setSortingEnabled(false);
    m_table->setRowCount(int(users.size()));
    for (int r = 0; r < users.size(); ++r) {
        const User& u = users[r];
        // The part an office or a leader runs: one group's, or the whole campaign's.
        const QString part = u.role == Role::Office || u.role == Role::Viewer ? (u.groupId ? tree.path(u.groupId) : tr("The whole campaign")) : QString();
        const QStringList cells{u.login, u.displayName, roleName(u.role), units.value(u.unitId), part, u.active ? tr("Active") : tr("Disabled")};
        for (int c = 0; c < cells.size(); ++c) m_table->setItem(r, c, views::cell(cells[c]));
    }
    m_table->setSortingEnabled(true);
    m_table->resizeColumnsToContents();
}

QString AccountsDialog::currentLogin() const
{
    const int row = m_table->currentRow();
    return row >= 0 && m_table->item(row, 0) ? m_table->item(row, 0)->text() : QString();
}

void AccountsDialog::addAccount()
{
    NewAccountDialog dialog(m_workspace, this);
    if (dialog.exec() == QDialog::Accepted) reload();
}

void AccountsDialog::resetPassword()
{
    const QString login = currentLogin();
    if (login.isEmpty()) return;
    bool ok = false;
    const QString fresh = QInputDialog::getText(this, tr("Reset password"), tr("New password for %1 (at least 8 characters):").arg(login),
                                                QLineEdit::Password, {}, &ok);
    if (!ok) return;
    if (auto s = AccountService(m_workspace.context()).resetPassword(login, fresh); !s)
        return dialogs::warning(this, tr("Reset password"), s.error().message);
    dialogs::information(this, tr("Reset password"), tr("The password of %1 is reset; the account is unlocked.").arg(login));
}

void AccountsDialog::disableAccount()
{
    const QString login = currentLogin();
    if (login.isEmpty()) return;
    if (dialogs::question(this, tr("Disable"), tr("Disable %1? The account can no longer sign in; its history stays.").arg(login),
                          QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel) != QMessageBox::Yes)
        return;
    if (auto s = AccountService(m_workspace.context()).disable(login); !s) return dialogs::warning(this, tr("Disable"), s.error().message);
    reload();
}

NewAccountDialog::NewAccountDialog(Workspace& workspace, QWidget* parent) : QDialog(parent), m_workspace(workspace)
{
    setWindowTitle(AccountsDialog::tr("New account"));
    auto* login = new QLineEdit;
    auto* name = new QLineEdit;
    auto* role = new QComboBox;
    auto* unit = new QComboBox;
    auto* part = new QComboBox;
    auto* password = new QLineEdit;
    auto* again = new QLineEdit;
    auto* error = new QLabel;
    login->setObjectName(QStringLiteral("loginEdit"));
    name->setObjectName(QStringLiteral("nameEdit"));
    role->setObjectName(QStringLiteral("roleCombo"));
    unit->setObjectName(QStringLiteral("unitCombo"));
    part->setObjectName(QStringLiteral("partCombo"));
    part->setToolTip(AccountsDialog::tr("An office or a leader may run one group's part of the campaign: it then sees and works on that group's units alone"));
    part->addItem(AccountsDialog::tr("The whole campaign"), qint64(0));
    for (const auto& g : GroupService(workspace.context()).overview()) part->addItem(g.path, g.group.id);
    password->setObjectName(QStringLiteral("passwordEdit"));
    again->setObjectName(QStringLiteral("againEdit"));
    for (Role r : {Role::Unit, Role::Office, Role::Viewer, Role::Admin}) role->addItem(roleName(r), int(r));
    // The least privilege unless asked for more: a leader's, who reads and writes nothing. The
    // first account of a file is its administrator (a server's owner already is one).
    const bool firstOfFile = !workspace.isServer() && !AccountService(workspace.context()).hasAccounts();
    role->setCurrentIndex(role->findData(int(firstOfFile ? Role::Admin : Role::Viewer)));
    for (const auto& u : UnitService(workspace.context()).list())
        if (u.active) unit->addItem(u.name, u.id);
    unit->setEditable(true);
    unit->setInsertPolicy(QComboBox::NoInsert);
    for (auto* p : {password, again}) p->setEchoMode(QLineEdit::Password);
    dialogs::makeErrorLabel(error);
    auto* form = new QFormLayout;
    form->addRow(AccountsDialog::tr("&Login"), login);
    form->addRow(AccountsDialog::tr("&Name"), name);
    form->addRow(AccountsDialog::tr("&Role"), role);
    form->addRow(AccountsDialog::tr("&Unit"), unit);
    form->addRow(AccountsDialog::tr("P&art"), part);
    form->addRow(AccountsDialog::tr("&Password"), password);
    form->addRow(AccountsDialog::tr("Password a&gain"), again);
    const auto syncUnit = [role, unit, part] {
        const Role r = Role(role->currentData().toInt());
        unit->setEnabled(r == Role::Unit);
        part->setEnabled(r == Role::Office || r == Role::Viewer);
    };
    connect(role, &QComboBox::currentIndexChanged, this, syncUnit);
    syncUnit();
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, &NewAccountDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(error);
    layout->addWidget(buttons);
}

void NewAccountDialog::accept()
{
    auto* error = findChild<QLabel*>(QStringLiteral("errorLabel"));
    const auto show = [error](const QString& text) {
        error->setText(text);
        error->show();
    };
    const QString password = findChild<QLineEdit*>(QStringLiteral("passwordEdit"))->text();
    if (password != findChild<QLineEdit*>(QStringLiteral("againEdit"))->text()) return show(AccountsDialog::tr("The two passwords differ."));
    const Role role = Role(findChild<QComboBox*>(QStringLiteral("roleCombo"))->currentData().toInt());
    auto* unit = findChild<QComboBox*>(QStringLiteral("unitCombo"));
    const qint64 unitId = unit->findText(unit->currentText()) >= 0 ? unit->itemData(unit->findText(unit->currentText())).toLongLong() : 0;
    auto* part = findChild<QComboBox*>(QStringLiteral("partCombo"));
    const qint64 groupId = role == Role::Office || role == Role::Viewer ? part->currentData().toLongLong() : 0;
    auto id = AccountService(m_workspace.context())
                  .add(findChild<QLineEdit*>(QStringLiteral("loginEdit"))->text(), role, unitId, password,
                       findChild<QLineEdit*>(QStringLiteral("nameEdit"))->text(), groupId);
    if (!id) return show(id.error().message);
    QDialog::accept();
}

} // namespace cd
