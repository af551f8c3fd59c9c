#include "widgets/main/MainWindow.h"

#include "widgets/main/HelpWindow.h"

#include "services/AccountService.h"
#include "widgets/appraisal/AppraisalPage.h"
#include "widgets/assessment/AssessmentPage.h"
#include "widgets/bulletin/BulletinPage.h"
#include "widgets/campaign/CampaignPage.h"
#include "widgets/common/Dialogs.h"
#include "widgets/reporting/AccountsDialog.h"
#include "packages/PackageService.h"
#include "widgets/reporting/LoginDialog.h"
#include "widgets/reporting/RemindersPage.h"
#include "widgets/reporting/ReviewPage.h"
#include "widgets/reporting/UnitWorkspacePage.h"
#include "widgets/supervision/DashboardPage.h"
#include "widgets/supervision/SupervisionPage.h"
#include "widgets/supervision/UnitPage.h"
#include "storage/Database.h"
#include "widgets/common/AppSettings.h"
#include "widgets/common/Workspace.h"
#include "widgets/responsibilities/ResponsibilityPage.h"
#include "widgets/units/UnitsPage.h"
#include "widgets/main/AuditDialog.h"
#include "widgets/main/PrintSettingsDialog.h"
#include "widgets/main/SettingsDialog.h"

#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLineEdit>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QStackedWidget>
#include <QStatusBar>
#include <QStyle>
#include <QTimer>
#include <QUrl>
#include <sqlite3.h>

namespace cd {

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent), m_workspace(new Workspace(this)), m_nav(new QListWidget), m_stack(new QStackedWidget), m_fileLabel(new QLabel)
{
    setObjectName(QStringLiteral("mainWindow"));
    m_nav->setObjectName(QStringLiteral("navigationList"));
    m_nav->setIconSize(QSize(22, 22));
    m_nav->setSpacing(2);
    const auto addArea = [this](QStyle::StandardPixmap icon, const QString& name) {
        m_nav->addItem(new QListWidgetItem(style()->standardIcon(icon), name));
        m_stack->addWidget(new QWidget); // until the page is first shown
    };
    addArea(QStyle::SP_ComputerIcon, tr("Dashboard"));
    addArea(QStyle::SP_FileDialogDetailedView, tr("Campaign"));
    addArea(QStyle::SP_DirHomeIcon, tr("Units"));
    addArea(QStyle::SP_FileDialogContentsView, tr("Responsibility lists"));
    addArea(QStyle::SP_FileDialogNewFolder, tr("My unit"));
    addArea(QStyle::SP_DialogApplyButton, tr("Review"));
    addArea(QStyle::SP_MessageBoxWarning, tr("Reminders"));
    addArea(QStyle::SP_FileDialogInfoView, tr("Supervision"));
    addArea(QStyle::SP_FileDialogListView, tr("Unit at a glance"));
    addArea(QStyle::SP_DialogYesButton, tr("Assessment"));
    addArea(QStyle::SP_FileIcon, tr("Bulletins"));
    addArea(QStyle::SP_DialogYesButton, tr("Secretaries' ratings"));
    const int navWidth = std::max(150, m_nav->sizeHintForColumn(0) + 36);
    m_nav->setFixedWidth(navWidth);

    auto* central = new QWidget;
    auto* layout = new QHBoxLayout(central);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addWidget(m_nav);
    layout->addWidget(m_stack, 1);
    setCentralWidget(central);
    m_fileLabel->setObjectName(QStringLiteral("fileLabel"));
    statusBar()->addWidget(m_fileLabel, 1);
    // A quiet banner while the server is away; nothing is closed, nothing typed is lost.
    auto* banner = new QLabel(tr("The connection to the server was lost; reconnecting… What you type is kept."));
    banner->setObjectName(QStringLiteral("connectionBanner"));
    banner->setStyleSheet(QStringLiteral("QLabel { background: #fff4ce; color: #5c4400; padding: 1px 8px; }"));
    banner->hide();
    statusBar()->addPermanentWidget(banner);
    connect(m_workspace, &Workspace::connectionLost, banner, &QWidget::show);
    connect(m_workspace, &Workspace::reconnected, banner, &QWidget::hide);
    connect(m_workspace, &Workspace::closed, banner, &QWidget::hide);
    // A leader reading a standby: how far behind the primary it is, once that is more than a
    // few seconds (what the primary took since does not show yet).
    auto* lag = new QLabel;
    lag->setObjectName(QStringLiteral("standbyLag"));
    lag->setStyleSheet(banner->styleSheet());
    lag->hide();
    statusBar()->addPermanentWidget(lag);
    connect(m_workspace, &Workspace::standbyLagging, lag, [lag](int seconds) {
        lag->setText(tr("Reading a standby, %n second(s) behind the primary", nullptr, seconds));
        lag->setVisible(seconds > 5);
    });
    connect(m_workspace, &Workspace::closed, lag, &QWidget::hide);
    connect(m_nav, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row < 0) return;
        page(Page(row));
        m_stack->setCurrentIndex(row);
    });
    connect(m_nav, &QListWidget::currentRowChanged, this, [](int row) { AppSettings().setCurrentPage(row); });
    connect(m_workspace, &Workspace::opened, this, &MainWindow::updateTitle);
    connect(m_workspace, &Workspace::opened, this, &MainWindow::applyRole);
    connect(m_workspace, &Workspace::accessChanged, this, &MainWindow::updateTitle);
    connect(m_workspace, &Workspace::accessChanged, this, &MainWindow::applyRole);
    connect(m_workspace, &Workspace::damaged, this, [this](const QString& path, const QString& message) {
        m_workspace->close();
        offerRestore(path, message);
    });
    m_workspace->signInHook = [this](Workspace& ws) {
        LoginDialog login(ws, this);
        if (login.exec() != QDialog::Accepted) return false;
        ws.setActor(login.actor());
        return true;
    };
    connect(m_workspace, &Workspace::closed, this, &MainWindow::updateTitle);
    connect(m_workspace, &Workspace::closed, this, &MainWindow::applyRole);
    buildMenus();

    AppSettings settings;
    resize(1280, 800);
    restoreGeometry(settings.windowGeometry());
    restoreState(settings.windowState());
    m_nav->setCurrentRow(std::clamp(settings.currentPage(), 0, m_nav->count() - 1));
    page(Page(m_nav->currentRow()));
    m_stack->setCurrentIndex(m_nav->currentRow());
    updateTitle();
    applyRole();
}

QWidget* MainWindow::page(Page which)
{
    if (QWidget* built = m_pages[which]) return built;
    QWidget* made = nullptr;
    Workspace& ws = *m_workspace;
    const auto showUnit = [this](qint64 unitId) {
        showPage(UnitDetailArea);
        unitPage()->showUnit(unitId);
    };
    switch (which) {
    case DashboardArea: {
        auto* dashboard = new DashboardPage(ws);
        connect(dashboard, &DashboardPage::unitActivated, this, showUnit);
        made = dashboard;
        break;
    }
    case CampaignArea: made = new CampaignPage(ws); break;
    case UnitsArea: made = new UnitsPage(ws); break;
    case ResponsibilitiesArea: made = new ResponsibilityPage(ws); break;
    case WorkspaceArea: made = new UnitWorkspacePage(ws); break;
    case ReviewArea: made = new ReviewPage(ws); break;
    case RemindersArea: made = new RemindersPage(ws); break;
    case SupervisionArea: made = new SupervisionPage(ws); break;
    case UnitDetailArea: made = new UnitPage(ws); break;
    case AssessmentArea: {
        auto* assessment = new AssessmentPage(ws);
        connect(assessment, &AssessmentPage::unitActivated, this, showUnit);
        made = assessment;
        break;
    }
    case BulletinArea: made = new BulletinPage(ws); break;
    case AppraisalArea: made = new AppraisalPage(ws); break;
    }
    m_pages[which] = made;
    // In the placeholder's place; no other page is shown meanwhile.
    QWidget* placeholder = m_stack->widget(int(which));
    m_stack->insertWidget(int(which), made);
    if (m_stack->currentWidget() == placeholder) m_stack->setCurrentWidget(made);
    m_stack->removeWidget(placeholder);
    delete placeholder;
    return made;
}

UnitsPage* MainWindow::unitsPage() { return static_cast<UnitsPage*>(page(UnitsArea)); }
CampaignPage* MainWindow::campaignPage() { return static_cast<CampaignPage*>(page(CampaignArea)); }
ResponsibilityPage* MainWindow::responsibilityPage() { return static_cast<ResponsibilityPage*>(page(ResponsibilitiesArea)); }
UnitWorkspacePage* MainWindow::unitWorkspacePage() { return static_cast<UnitWorkspacePage*>(page(WorkspaceArea)); }
ReviewPage* MainWindow::reviewPage() { return static_cast<ReviewPage*>(page(ReviewArea)); }
RemindersPage* MainWindow::remindersPage() { return static_cast<RemindersPage*>(page(RemindersArea)); }
DashboardPage* MainWindow::dashboardPage() { return static_cast<DashboardPage*>(page(DashboardArea)); }
SupervisionPage* MainWindow::supervisionPage() { return static_cast<SupervisionPage*>(page(SupervisionArea)); }
UnitPage* MainWindow::unitPage() { return static_cast<UnitPage*>(page(UnitDetailArea)); }
AssessmentPage* MainWindow::assessmentPage() { return static_cast<AssessmentPage*>(page(AssessmentArea)); }
BulletinPage* MainWindow::bulletinPage() { return static_cast<BulletinPage*>(page(BulletinArea)); }
AppraisalPage* MainWindow::appraisalPage() { return static_cast<AppraisalPage*>(page(AppraisalArea)); }

MainWindow::~MainWindow()
{
    // Close (and back up) while the pages still exist, without calling back into this window.
    disconnect(m_workspace, nullptr, this, nullptr);
    m_workspace->close();
}

bool MainWindow::pageAllowed(Page page) const
{
    const Workspace& ws = *m_workspace;
    if (!ws.isOpen()) return true; // the welcome choices; nothing to read yet
    switch (page) {
    case CampaignArea:
    case AppraisalArea:   // a unit reads its own people's published results, a leader all
    case SupervisionArea: // a unit sees its own lines, a leader reads
    case UnitDetailArea: return true;
    case WorkspaceArea: return ws.can(Operation::WriteUnitData, ws.actor().role == Role::Unit ? ws.actor().unitId : 0);
    // A leader reads the review queue and the reminders too, and acts on neither (the pages
    // offer reviewing and notices to the office alone).
    case ReviewArea:
    case RemindersArea:
    case DashboardArea:
    case UnitsArea:
    case ResponsibilitiesArea:
    case AssessmentArea:
    case BulletinArea: return ws.can(Operation::ReadAllUnits);
    }
    return false;
}

bool MainWindow::showPage(Page page)
{
    if (!pageAllowed(page)) return false;
    m_nav->setCurrentRow(int(page));
    return true;
}

void MainWindow::buildMenus()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    file->addAction(tr("&New campaign…"), QKeySequence::New, this, &MainWindow::newCampaign);
    file->addAction(tr("&Open…"), QKeySequence::Open, this, &MainWindow::openDialog);
    file->addAction(tr("Connect to ser&ver…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O), this, [this] { connectToServer(); });
    m_recentMenu = file->addMenu(tr("Open &recent"));
    connect(m_recentMenu, &QMenu::aboutToShow, this, &MainWindow::rebuildRecentMenu);
    file->addSeparator();
    QMenu* exports = file->addMenu(tr("&Export"));
    m_exportUnitsAction = exports->addAction(tr("&Units…"), this, [this] { unitsPage()->exportUnits(); });
    exports->addAction(tr("&Tasks…"), this, &MainWindow::exportTasks);
    file->addSeparator();
    m_backupAction = file->addAction(tr("&Backup now"), this, &MainWindow::backupNow);
    m_restoreAction = file->addAction(tr("Restore from bac&kup…"), this, &MainWindow::restoreBackup);
    m_restoreAction->setObjectName(QStringLiteral("restoreAction"));
    file->addAction(tr("Change my pass&word…"), this, &MainWindow::changePassword);
    m_accountsAction = file->addAction(tr("A&ccounts…"), this, [this] {
        if (!m_workspace->isOpen()) return;
        AccountsDialog dialog(*m_workspace, this);
        dialog.exec();
    });
    m_settingsAction = file->addAction(tr("Campaign &settings…"), this, [this] {
        if (!m_workspace->isOpen()) return;
        SettingsDialog dialog(*m_workspace, this);
        dialog.exec();
    });
    m_auditAction = file->addAction(tr("Au&dit record…"), this, [this] {
        if (!m_workspace->isOpen()) return;
        AuditDialog dialog(*m_workspace, this);
        dialog.exec();
    });
    m_auditAction->setObjectName(QStringLiteral("auditAction"));
    file->addAction(tr("&Print settings…"), this, [this] {
        PrintSettingsDialog dialog(this);
        dialog.exec();
    });
    file->addSeparator();
    file->addAction(tr("&Quit"), QKeySequence::Quit, this, &QWidget::close);

    buildPackageMenu();

    QMenu* go = menuBar()->addMenu(tr("&Go"));
    for (int i = 0; i < m_nav->count(); ++i)
        // Ctrl+1 … Ctrl+9, then Ctrl+0 for the tenth area.
        m_goActions << go->addAction(m_nav->item(i)->text(),
                                     i < 9 ? QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i)) : i == 9 ? QKeySequence(Qt::CTRL | Qt::Key_0) : QKeySequence(), this,
                                     [this, i] { showPage(Page(i)); });

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    auto* guide = help->addAction(tr("&User guide"), QKeySequence::HelpContents, this, [this] {
        // In a window of the program's own: no web browser is needed, and none is asked for.
        if (!m_help) m_help = new HelpWindow(this);
        m_help->showSection(QUrl(guideUrl(Page(m_nav->currentRow()))).fragment());
        m_help->show();
        m_help->raise();
        m_help->activateWindow();
    });
    guide->setObjectName(QStringLiteral("guideAction"));
    help->addAction(tr("&About CampaignDesk"), this, [this] {
        QMessageBox::about(this, tr("About CampaignDesk"),
                           tr("<h3>CampaignDesk %1</h3><p>Runs the city's 三抓一促 campaign: units, tasks, responsibility lists, "
                              "reports, supervision and the year-end assessment.</p>"
                              "<p>Built with Qt %2 (LGPL-3.0), SQLite %3 (public domain), libpq (PostgreSQL licence), "
                              "QPDF (Apache-2.0), QuaZip (LGPL-2.1), libxlsxwriter (BSD-2-Clause), libsodium (ISC), "
                              "spdlog and fmt (MIT), QtKeychain (BSD-3-Clause); each is used as the system provides it.</p>")
                               .arg(QApplication::applicationVersion(), QString::fromLatin1(qVersion()), QString::fromLatin1(sqlite3_libversion())));
    });
}

QString MainWindow::guideUrl(Page page)
{
    static const char* const anchors[] = {"dashboard", "campaign", "units", "responsibilities", "my-unit", "review",
                                          "reminders", "supervision", "unit-detail", "assessment", "bulletin", "appraisal"};
    const QString anchor = page >= 0 && page < Page(std::size(anchors)) ? QString::fromLatin1(anchors[page]) : QString();
    return HelpWindow::guideUrl(anchor).toString();
}

bool MainWindow::openPath(const QString& path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("cdtask")) {
        openTaskPackage(path);
        return m_workspace->isOpen();
    }
    if (suffix == QLatin1String("cdreport")) {
        const QString last = AppSettings().lastFile();
        if (!m_workspace->isOpen() && (last.isEmpty() || !openFile(last))) {
            dialogs::information(this, tr("Import report packages"),
                                 tr("Open the campaign first (File ▸ Open), then import %1 with Packages ▸ Import report packages.")
                                     .arg(QFileInfo(path).fileName()));
            return false;
        }
        importReportPackages({path});
        return true;
    }
    return openFile(path);
}

void MainWindow::updateTitle()
{
    const QString path = m_workspace->path();
    // A server shows as login@host/database, a file by its name.
    const QString shown = m_workspace->isServer() ? path : QFileInfo(path).fileName();
    const bool readOnly = !path.isEmpty() && m_workspace->database().isReadOnly();
    setWindowTitle(path.isEmpty() ? tr("CampaignDesk") : readOnly ? tr("%1 [read-only] — CampaignDesk").arg(shown) : tr("%1 — CampaignDesk").arg(shown));
    const bool unitFile = !path.isEmpty() && PackageService::unitActor(m_workspace->database()).has_value();
    m_fileLabel->setText(path.isEmpty() ? QString()
                         : unitFile     ? tr("%1 · %2's own file, made from a task package: send your reports back with Packages ▸ Make the report package")
                                          .arg(path, m_workspace->actor().shownName())
                         : m_workspace->actor().scoped()
                                        ? tr("%1 · signed in as %2 · runs %3 of the campaign").arg(path, m_workspace->actor().shownName(), m_workspace->actor().scopeName)
                                        : tr("%1 · signed in as %2").arg(path, m_workspace->actor().shownName()));
}

void MainWindow::applyRole()
{
    // A unit account works in its own unit's workspace; the set-up and other units' reports
    // are the office's. The services refuse the same things whatever the window shows.
    const bool unit = m_workspace->actor().role == Role::Unit;
    for (int i = 0; i < m_nav->count(); ++i) {
        const bool allowed = pageAllowed(Page(i));
        m_nav->setRowHidden(i, !allowed);
        m_goActions[i]->setVisible(allowed); // a hidden action's shortcut does not fire either
    }
    if (unit) showPage(WorkspaceArea);
    else if (!pageAllowed(Page(m_nav->currentRow())))
        for (int i = 0; i < m_nav->count(); ++i)
            if (showPage(Page(i))) break;
    const bool open = m_workspace->isOpen();
    // With no file open there is nothing a page could act on: its buttons are disabled, and
    // File ▸ New and Open (or the welcome choices) are the way in.
    m_stack->setEnabled(open);
    m_accountsAction->setVisible(!open || m_workspace->can(Operation::ManageAccounts));
    m_settingsAction->setVisible(!open || m_workspace->can(Operation::Supervise));
    // The audit record is the office's and the administrators' to read (AuditService).
    // The office reads the whole record; a unit's secretary the history of the unit's records.
    m_auditAction->setVisible(open && (m_workspace->can(Operation::Supervise) || m_workspace->actor().role == Role::Unit));
    // Putting back a backup rolls the whole file back: the office's to do, or a unit's on its own file.
    const bool ownUnitFile = open && PackageService::unitActor(m_workspace->database()).has_value();
    // A server is restored by copying a snapshot into an empty database, outside the window.
    m_restoreAction->setVisible(!open || (!m_workspace->isServer() && (ownUnitFile || m_workspace->can(Operation::ManageSetup))));
    m_exportUnitsAction->setVisible(!open || m_workspace->can(Operation::ReadAllUnits));
    // A server's snapshot is the office's and the administrators' to take (CopyService).
    m_backupAction->setVisible(!open || !m_workspace->isServer() || m_workspace->can(Operation::CoordinateAll) || m_workspace->can(Operation::ManageAccounts));
    for (auto* a : {m_accountsAction, m_settingsAction, m_restoreAction, m_exportUnitsAction, m_auditAction, m_backupAction}) a->setEnabled(open);
    updatePackageActions();
}

void MainWindow::changePassword()
{
    if (m_workspace->isOpen() && m_workspace->isServer()) {
        // Signed in, the login has proved its password; the new one goes to the server as a
        // SCRAM verifier made here, after the program's rule.
        bool ok = false;
        const QString fresh = QInputDialog::getText(this, tr("Change my password"), tr("New password for %1 (at least 8 characters):").arg(m_workspace->actor().login),
                                                    QLineEdit::Password, {}, &ok);
        if (!ok) return;
        const QString again = QInputDialog::getText(this, tr("Change my password"), tr("The new password once more:"), QLineEdit::Password, {}, &ok);
        if (!ok) return;
        if (fresh != again) return dialogs::warning(this, tr("Change my password"), tr("The two passwords differ."));
        if (auto s = AccountService(m_workspace->context()).changeOwnPassword({}, fresh); !s)
            return dialogs::warning(this, tr("Change my password"), s.error().message);
        dialogs::information(this, tr("Change my password"), tr("Your password on the server is changed; use it the next time you connect."));
        return;
    }
    if (m_workspace->isOpen() && !AccountService(m_workspace->context()).hasAccounts() && PackageService::unitActor(m_workspace->database()))
        return protectUnitFile();
    if (!m_workspace->isOpen() || !AccountService(m_workspace->context()).hasAccounts()) {
        dialogs::information(this, tr("Change my password"), tr("This file has no accounts; nobody signs in."));
        return;
    }
    bool ok = false;
    const QString old = QInputDialog::getText(this, tr("Change my password"), tr("Current password:"), QLineEdit::Password, {}, &ok);
    if (!ok) return;
    const QString fresh = QInputDialog::getText(this, tr("Change my password"), tr("New password (at least 8 characters):"), QLineEdit::Password, {}, &ok);
    if (!ok) return;
    const QString again = QInputDialog::getText(this, tr("Change my password"), tr("The new password once more:"), QLineEdit::Password, {}, &ok);
    if (!ok) return;
    if (fresh != again) return dialogs::warning(this, tr("Change my password"), tr("The two passwords differ."));
    if (auto s = AccountService(m_workspace->context()).changeOwnPassword(old, fresh); !s)
        return dialogs::warning(this, tr("Change my password"), s.error().message);
    dialogs::information(this, tr("Change my password"), tr("Your password is changed."));
}

void MainWindow::protectUnitFile()
{
    if (dialogs::question(this, tr("Protect this file"),
                          tr("This unit's own file opens without a login. Give it a password? From then on it asks for %1 and the password.")
                              .arg(m_workspace->actor().login),
                          QMessageBox::Yes | QMessageBox::No, QMessageBox::No) != QMessageBox::Yes)
        return;
    bool ok = false;
    const QString fresh = QInputDialog::getText(this, tr("Protect this file"), tr("Password (at least 8 characters):"), QLineEdit::Password, {}, &ok);
    if (!ok) return;
    const QString again = QInputDialog::getText(this, tr("Protect this file"), tr("The password once more:"), QLineEdit::Password, {}, &ok);
    if (!ok) return;
    if (fresh != again) return dialogs::warning(this, tr("Protect this file"), tr("The two passwords differ."));
    if (auto s = AccountService(m_workspace->context()).protectUnitFile(fresh); !s) return dialogs::warning(this, tr("Protect this file"), s.error().message);
    dialogs::information(this, tr("Protect this file"), tr("The file now asks for %1 and this password when it opens.").arg(m_workspace->actor().login));
}

void MainWindow::openOnceShown(const QString& path)
{
    QString shown = path;
    if (shown.isEmpty()) shown = AppSettings().lastFile();
    if (!shown.isEmpty() && QFileInfo::exists(shown)) {
        setWindowTitle(tr("%1 — CampaignDesk").arg(QFileInfo(shown).fileName()));
        m_fileLabel->setText(tr("Opening %1…").arg(QDir::toNativeSeparators(QFileInfo(shown).absoluteFilePath())));
    }
    m_openOnceShown = path;
    if (isVisible()) update();
}

void MainWindow::paintEvent(QPaintEvent* event)
{
    QMainWindow::paintEvent(event);
    if (!m_openOnceShown) return;
    // Once this first picture of the window is on screen.
    QTimer::singleShot(0, this, [this, path = *std::exchange(m_openOnceShown, std::nullopt)] {
        const QString last = AppSettings().lastFile();
        bool opened = false;
        if (!path.isEmpty()) opened = openPath(path);
        else if (!last.isEmpty() && (QFileInfo::exists(last) || Database::isServerAddress(last))) opened = openFile(last);
        updateTitle();
        // Without a file the welcome dialog offers one; closed, the window stays with File ▸ New and Open.
        if (!opened) showWelcome();
    });
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    AppSettings settings;
    settings.setWindowGeometry(saveGeometry());
    settings.setWindowState(saveState());
    m_workspace->close();
    event->accept();
}

} // namespace cd
