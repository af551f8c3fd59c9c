// The File menu's work: opening (with the damaged-file path), creating, recent files,
// backups and exports.
#include "exchange/Exports.h"
#include "exchange/TableWriter.h"
#include "services/CampaignService.h"
#include "services/DemoService.h"
#include "services/UnitService.h"
#include "storage/Backup.h"
#include "widgets/common/AppSettings.h"
#include "widgets/common/Keyring.h"
#include "widgets/common/Dialogs.h"
#include "widgets/common/Workspace.h"
#include "widgets/main/MainWindow.h"
#include "widgets/main/ServerDialog.h"
#include "widgets/welcome/WelcomeDialog.h"

#include <QApplication>
#include <QDate>
#include <QDir>
#include <QFileInfo>
#include <QInputDialog>
#include <QLocale>
#include <QMenu>
#include <spdlog/spdlog.h>

namespace cd {

bool MainWindow::openFile(const QString& path)
{
    if (path.isEmpty()) return false;
    if (Database::isServerAddress(path)) return connectToServer(path);
    auto opened = m_workspace->open(path, false);
    if (!opened) {
        const auto& e = opened.error();
        spdlog::warn("could not open {}: {}", path.toStdString(), e.message.toStdString());
        if (e.code == Error::Code::Corrupt) return offerRestore(path, e.message);
        if (e.code == Error::Code::Cancelled) return false;
        if (e.code == Error::Code::NotFound) AppSettings().removeRecentFile(path);
        dialogs::warning(this, tr("Open"), e.message);
        return false;
    }
    AppSettings settings;
    settings.setLastFile(QFileInfo(path).absoluteFilePath());
    settings.addRecentFile(QFileInfo(path).absoluteFilePath());
    if (const QString type = m_workspace->networkFileSystem(); !type.isEmpty())
        dialogs::warning(this, tr("File on a network share"),
                         tr("%1 lies on a network share (%2). A campaign file shared over the network can lose data when two people "
                            "write it at once. To work together, put the campaign on a CampaignDesk server (File ▸ Connect to server); "
                            "to work alone, copy the file to this computer.")
                             .arg(QFileInfo(path).absoluteFilePath(), type));
    if (const auto other = m_workspace->alsoOpenBy())
        dialogs::information(this, tr("Open elsewhere too"),
                             tr("%1 is also open in CampaignDesk by %2 on %3 (since %4). You can both work in it. A unit, a task, the "
                                "settings or a bulletin draft that the other person changed after you opened it is not written over: "
                                "you are told, keep what you typed and can reload.")
                                 .arg(QFileInfo(path).fileName(), other->user, other->host, QLocale().toString(other->since, QLocale::ShortFormat)));
    if (m_workspace->database().isReadOnly())
        dialogs::information(this, tr("Read-only file"),
                             tr("You may not write to %1 or to its folder, so it is open for reading only: nothing you change can be saved.\n\n"
                                "To work in it, copy it to a folder of your own, or ask for write access.")
                                 .arg(QFileInfo(path).absoluteFilePath()));
    return true;
}

bool MainWindow::connectToServer(const QString& address)
{
    const auto remember = [](const QString& where) {
        AppSettings settings;
        settings.setLastServer(where);
        settings.setLastFile(where);
        settings.addRecentFile(where);
    };
    if (!address.isEmpty()) {
        const QString kept = keyring::read(keyring::keyFor(address));
        if (!kept.isEmpty() && m_workspace->connectTo(address, kept)) {
            remember(address);
            return true;
        }
    }
    ServerDialog dialog(address.isEmpty() ? AppSettings().lastServer() : address, this);
    dialog.setConnector([this](const QString& where, const QString& password) { return m_workspace->connectTo(where, password); });
    if (dialog.exec() != QDialog::Accepted) return false;
    remember(dialog.address());
    const QString key = keyring::keyFor(dialog.address());
    if (!dialog.rememberPassword()) {
        keyring::forget(key);
    } else if (const QString why = keyring::store(key, dialog.password()); !why.isEmpty()) {
        dialogs::information(this, tr("Connect to a server"),
                             tr("The password could not be kept in the system keyring (%1); you will be asked for it next time.").arg(why));
    }
    return true;
}

bool MainWindow::offerRestore(const QString& path, const QString& reason)
{
    const auto backups = Backup::list(path);
    if (backups.isEmpty()) {
        dialogs::warning(this, tr("Damaged file"), tr("%1\n\nThere is no backup of this file to restore.").arg(reason));
        return false;
    }
    const auto& latest = backups.first();
    const QString when = QLocale().toString(latest.taken, QLocale::ShortFormat);
    if (dialogs::question(this, tr("Damaged file"),
                          tr("%1\n\nRestore the latest backup, taken %2? The damaged file is kept beside it as %3.")
                              .arg(reason, when, QFileInfo(path).fileName() + QStringLiteral(".before-restore")),
                          QMessageBox::Yes | QMessageBox::No, QMessageBox::Yes) != QMessageBox::Yes)
        return false;
    if (auto s = Backup::restore(latest.path, path); !s) {
        dialogs::warning(this, tr("Damaged file"), s.error().message);
        return false;
    }
    return openFile(path);
}

bool MainWindow::showWelcome()
{
    WelcomeDialog dialog(*m_workspace, this);
    if (dialog.exec() != QDialog::Accepted) return false;
    switch (dialog.choice()) {
    case WelcomeDialog::Choice::Created: {
        AppSettings settings;
        settings.setLastFile(dialog.chosenPath());
        settings.addRecentFile(dialog.chosenPath());
        showPage(UnitsArea);
        return true;
    }
    case WelcomeDialog::Choice::OpenFile: return openFile(dialog.chosenPath());
    case WelcomeDialog::Choice::Demo: return openDemo();
    case WelcomeDialog::Choice::Server: return connectToServer();
    case WelcomeDialog::Choice::TaskPackage:
        openTaskPackage();
        return m_workspace->isOpen();
    case WelcomeDialog::Choice::None: break;
    }
    return false;
}

bool MainWindow::openDemo()
{
    const QString path = QDir(defaultDataFolder()).filePath(QStringLiteral("demo.cdb"));
    if (!QFileInfo::exists(path)) {
        if (auto s = m_workspace->open(path, true); !s) {
            dialogs::warning(this, tr("Demo"), s.error().message);
            return false;
        }
        QApplication::setOverrideCursor(Qt::WaitCursor);
        auto made = DemoService(m_workspace->context()).generate({60, QDate::currentDate().year(), 1, {}});
        QApplication::restoreOverrideCursor();
        if (!made) {
            dialogs::warning(this, tr("Demo"), made.error().message);
            return false;
        }
        m_workspace->notifyChanged();
        AppSettings().setLastFile(path);
        return true;
    }
    return openFile(path);
}

void MainWindow::newCampaign() { showWelcome(); }

void MainWindow::openDialog()
{
    openFile(dialogs::openFileName(this, tr("Open a campaign file"), dialogs::FileKind::Campaign, tr("CampaignDesk files (*.cdb);;All files (*)")));
}

void MainWindow::rebuildRecentMenu()
{
    m_recentMenu->clear();
    const auto files = AppSettings().recentFiles();
    for (int i = 0; i < files.size(); ++i) {
        const QString path = files[i];
        const QString shown = Database::isServerAddress(path) ? ServerDialog::shown(path) : QDir::toNativeSeparators(path);
        m_recentMenu->addAction(QStringLiteral("&%1 %2").arg(i + 1).arg(shown), this,
                                [this, path] { openFile(path); });
    }
    if (files.isEmpty()) m_recentMenu->addAction(tr("(none)"))->setEnabled(false);
}

void MainWindow::backupNow()
{
    QString snapshot;
    if (m_workspace->isServer()) {
        // A server's backup is a snapshot file of the whole campaign, verified table by table.
        snapshot = dialogs::saveFileName(this, tr("Backup"), dialogs::FileKind::Campaign,
                                         tr("campaign-%1.cdb").arg(QDate::currentDate().toString(Qt::ISODate)), tr("CampaignDesk files (*.cdb)"));
        if (snapshot.isEmpty()) return;
    }
    QApplication::setOverrideCursor(Qt::WaitCursor);
    auto written = m_workspace->backupNow(snapshot);
    QApplication::restoreOverrideCursor();
    if (!written) {
        dialogs::warning(this, tr("Backup"), written.error().message);
        return;
    }
    dialogs::information(this, tr("Backup"), tr("Backup written to %1.").arg(QDir::toNativeSeparators(*written)));
}

void MainWindow::restoreBackup()
{
    if (!m_workspace->isOpen()) return;
    const auto backups = Backup::list(m_workspace->path());
    if (backups.isEmpty()) {
        dialogs::information(this, tr("Restore from backup"), tr("There are no backups of this file yet."));
        return;
    }
    QStringList labels;
    for (const auto& b : backups)
        labels << tr("%1 (%2 KB)").arg(QLocale().toString(b.taken, QLocale::ShortFormat)).arg(b.size / 1024);
    bool ok = false;
    const QString choice = QInputDialog::getItem(this, tr("Restore from backup"), tr("Backup to restore:"), labels, 0, false, &ok);
    if (!ok) return;
    const auto& chosen = backups[labels.indexOf(choice)];
    if (dialogs::question(this, tr("Restore from backup"),
                          tr("Replace the open file by the backup of %1? The current file is kept as %2.")
                              .arg(choice, QFileInfo(m_workspace->path()).fileName() + QStringLiteral(".before-restore")),
                          QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel) != QMessageBox::Yes)
        return;
    if (auto s = m_workspace->restore(chosen.path); !s) dialogs::warning(this, tr("Restore from backup"), s.error().message);
}

void MainWindow::exportTasks()
{
    auto campaign = m_workspace->campaign();
    if (!campaign) return;
    const QString path = dialogs::saveFileName(this, tr("Export tasks"), dialogs::FileKind::Export, tr("tasks.xlsx"),
                                               tr("Excel workbook (*.xlsx);;CSV (*.csv)"));
    if (path.isEmpty()) return;
    QHash<qint64, QString> names;
    for (const auto& u : UnitService(m_workspace->context()).list()) names.insert(u.id, u.name);
    const auto table = Exports::tasks(CampaignService(m_workspace->context()).tasks(campaign->id), names);
    if (auto s = TableWriter::write(table, path, tr("Tasks")); !s) dialogs::warning(this, tr("Export tasks"), s.error().message);
}

} // namespace cd
