// The Packages menu: the office's task packages out and report packages in; on a unit's PC,
// its own file from a task package and the report package it sends back.
#include "packages/PackageService.h"
#include "services/UnitService.h"
#include "widgets/common/Dialogs.h"
#include "widgets/common/Workspace.h"
#include "widgets/main/MainWindow.h"
#include "widgets/packages/PackageImportDialog.h"

#include <QDate>
#include <QDir>
#include <QFileInfo>
#include <QInputDialog>
#include <QMenu>
#include <QMenuBar>
#include <QProgressDialog>

namespace cd {

void MainWindow::buildPackageMenu()
{
    QMenu* menu = menuBar()->addMenu(tr("Pac&kages"));
    m_packageExport =
        menu->addAction(tr("&Export a unit's task package…"), this, &MainWindow::exportTaskPackage);
    m_packageExportAll = menu->addAction(tr("Export task packages for &all units…"), this,
                                         &MainWindow::exportAllTaskPackages);
    m_packageImport =
        menu->addAction(tr("&Import report packages…"), this, [this] { importReportPackages(); });
    m_packageImport->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I));
    menu->addSeparator();
    menu->addAction(tr("&Open a task package (unit)…"), this, [this] { openTaskPackage(); });
    m_packageMake = menu->addAction(tr("&Make the report package (unit)…"), this,
                                    &MainWindow::makeReportPackage);
    m_packageMake->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_M));
    connect(menu, &QMenu::aboutToShow, this, &MainWindow::updatePackageActions);
    connect(m_workspace, &Workspace::closed, this, &MainWindow::updatePackageActions);
    updatePackageActions();
}

void MainWindow::updatePackageActions()
{
    const bool open = m_workspace->isOpen();
    const bool unitFile = open && PackageService::unitActor(m_workspace->database()).has_value();
    const bool office = open && !unitFile && m_workspace->can(Operation::ManageSetup);
    // What a role cannot use is not offered: the office's actions in the office's file, the
    // unit's in its own file; with no file open they are shown, disabled.
    for (auto* a : {m_packageExport, m_packageExportAll, m_packageImport}) {
        a->setVisible(!open || office);
        a->setEnabled(office);
    }
    m_packageMake->setVisible(!open || unitFile);
    m_packageMake->setEnabled(unitFile);
}

void MainWindow::exportTaskPackage()
{
    if (!m_workspace->isOpen()) return;
    QStringList names;
    for (const auto& u : UnitService(m_workspace->context()).list())
        if (u.active) names.append(u.name);
    if (names.isEmpty())
        return dialogs::information(this, tr("Task package"),
                                    tr("The campaign has no active units yet."));
    bool ok = false;
    // Editable: with a hundred units, typing the start of a name is quicker than scrolling.
    const QString name =
        QInputDialog::getItem(this, tr("Task package"), tr("Unit:"), names, 0, true, &ok);
    if (!ok) return;
    auto unit = UnitService(m_workspace->context()).byName(name.trimmed());
    if (!unit)
        return dialogs::warning(this, tr("Task package"),
                                tr("There is no unit named %1.").arg(name));
    PackageService service(m_workspace->context());
    const bool newKey =
        service.hasKey(unit->id) &&
        dialogs::question(this, tr("Task package"),
                          tr("%1 already has a key from an earlier task package. Issue a new key? "
                             "The unit's packages signed with the old key are refused from then "
                             "on — do this only if a task package went astray.")
                              .arg(unit->name),
                          QMessageBox::Yes | QMessageBox::No, QMessageBox::No) == QMessageBox::Yes;
    const QString path =
        dialogs::saveFileName(this, tr("Task package"), dialogs::FileKind::Package, unit->name + QStringLiteral(".cdtask"),
                              tr("Task packages (*.cdtask)"));
    if (path.isEmpty()) return;
    auto done = service.exportTask(unit->id, path, newKey);
    if (!done) return dialogs::warning(this, tr("Task package"), done.error().message);
    dialogs::information(
        this, tr("Task package"),
        tr("Written %1 for %2: the campaign, its tasks and responsibility list, %3 report versions "
           "with the office's review, "
           "%4 problem lines and the unit's key. Hand it to the unit by a safe route.")
            .arg(QDir::toNativeSeparators(path), done->unitName)
            .arg(done->reports)
            .arg(done->problems));
}

void MainWindow::exportAllTaskPackages()
{
    if (!m_workspace->isOpen()) return;
    const QString folder =
        dialogs::existingDirectory(this, tr("Folder for the task packages"), dialogs::FileKind::Package);
    if (folder.isEmpty()) return;
    QProgressDialog progress(tr("Writing task packages…"), tr("Cancel"), 0, 1, this);
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(300);
    auto done = PackageService(m_workspace->context())
                    .exportAll(folder, [&progress](qsizetype i, qsizetype n) {
                        progress.setMaximum(int(n));
                        progress.setValue(int(i));
                        return !progress.wasCanceled();
                    });
    progress.reset();
    if (!done) return dialogs::warning(this, tr("Task packages"), done.error().message);
    dialogs::information(this, tr("Task packages"),
                         tr("%1 task packages written to %2, one per active unit.")
                             .arg(done->size())
                             .arg(QDir::toNativeSeparators(folder)));
}

void MainWindow::importReportPackages(const QStringList& paths)
{
    if (!m_workspace->isOpen()) return;
    PackageImportDialog dialog(*m_workspace, this);
    if (!paths.isEmpty()) dialog.addPaths(paths);
    dialog.exec();
}

void MainWindow::openTaskPackage(const QString& given)
{
    const QString package = !given.isEmpty() ? given
                                             : dialogs::openFileName(this, tr("Open a task package"), dialogs::FileKind::Package,
                                                                     tr("Task packages (*.cdtask)"));
    if (package.isEmpty()) return;
    // The unit's own file open now takes a refreshed package in place; otherwise a new file.
    QString target;
    if (m_workspace->isOpen() && PackageService::unitActor(m_workspace->database())) {
        if (dialogs::question(this, tr("Open a task package"),
                              tr("Bring %1 up to date from this task package? The office's review "
                                 "outcomes and problem lines are taken in; "
                                 "your drafts and what you have not yet sent stay.")
                                  .arg(QFileInfo(m_workspace->path()).fileName()),
                              QMessageBox::Yes | QMessageBox::No,
                              QMessageBox::Yes) == QMessageBox::Yes)
            target = m_workspace->path();
    }
    if (target.isEmpty()) {
        target = dialogs::saveFileName(this, tr("Where to keep the unit's own file"), dialogs::FileKind::Campaign,
                                       QFileInfo(package).completeBaseName() + QStringLiteral(".cdb"),
                                       tr("Campaign files (*.cdb)"));
        if (target.isEmpty()) return;
    }
    const bool refresh = target == m_workspace->path();
    if (refresh) m_workspace->close();
    SystemClock clock;
    if (auto s = PackageService::openTaskPackage(package, target, clock); !s) {
        dialogs::warning(this, tr("Open a task package"), s.error().message);
        if (refresh) openFile(target);
        return;
    }
    if (!openFile(target)) return;
    showPage(WorkspaceArea);
    // Said in the status line itself, ahead of what it shows about the file: a temporary
    // message over it overlapped the file's own line.
    const QString said = refresh ? tr("Brought up to date from %1.").arg(QFileInfo(package).fileName())
                                 : tr("Working as %1 in its own file.").arg(m_workspace->actor().shownName());
    m_fileLabel->setText(said + QStringLiteral(" · ") + m_fileLabel->text());
}

void MainWindow::makeReportPackage()
{
    if (!m_workspace->isOpen()) return;
    auto unit = PackageService::unitActor(m_workspace->database());
    if (!unit) return;
    const QString suggested = QStringLiteral("%1-%2.cdreport").arg(unit->login, QDate::currentDate().toString(QStringLiteral("yyyyMMdd")));
    const QString path = dialogs::saveFileName(this, tr("Make the report package"), dialogs::FileKind::Package, suggested,
                                               tr("Report packages (*.cdreport)"));
    if (path.isEmpty()) return;
    auto done = PackageService(m_workspace->context()).makeReportPackage(path);
    if (!done) return dialogs::warning(this, tr("Make the report package"), done.error().message);
    dialogs::information(this, tr("Make the report package"),
                         tr("Written %1: your submitted reports waiting for review, your plans and "
                            "your answers on problem lines, signed with "
                            "the unit's key. Send it to the campaign office.")
                             .arg(QDir::toNativeSeparators(path)));
}

} // namespace cd
