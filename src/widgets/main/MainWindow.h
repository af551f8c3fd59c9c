#pragma once

#include <QMainWindow>
#include <array>
#include <optional>

class QListWidget;
class QMenu;
class QStackedWidget;
class QLabel;

namespace cd {

class AssessmentPage;
class BulletinPage;
class AppraisalPage;
class CampaignPage;
class DashboardPage;
class HelpWindow;
class SupervisionPage;
class UnitPage;
class RemindersPage;
class ResponsibilityPage;
class ReviewPage;
class UnitWorkspacePage;
class UnitsPage;
class Workspace;

// The main window: a sidebar of areas, one page per area, and the File menu that opens,
// creates, backs up and restores campaign files.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    enum Page { DashboardArea, CampaignArea, UnitsArea, ResponsibilitiesArea, WorkspaceArea, ReviewArea, RemindersArea, SupervisionArea, UnitDetailArea, AssessmentArea, BulletinArea, AppraisalArea };

    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;

    // What a file manager hands over on a double-click: a task package (*.cdtask) opens as
    // the unit's own file, a report package (*.cdreport) in the import dialog of the campaign
    // open now (or last), anything else as a campaign file or server address.
    bool openPath(const QString& path);
    // The user guide (用户手册) at the section about `page`, built into the program
    // (qrc:/guide/index.html#units); F1 opens it in the program's help window.
    static QString guideUrl(Page page);

    // Opens a campaign file; a damaged file offers to restore its latest backup.
    // A campaign file, or a server address (then as connectToServer).
    bool openFile(const QString& path);
    // A campaign on a server: with the keyring's password for `address` when it has one, else
    // through the Connect to server dialog (filled with `address` or the server last used).
    bool connectToServer(const QString& address = {});
    // Shows the welcome dialog; false when the user closed it without choosing.
    bool showWelcome();
    bool openDemo();
    // Shows the page when the signed-in role may use it; false (nothing changes) when not.
    bool showPage(Page page);
    // Pages a role may not use are not offered: not in the sidebar, the Go menu or its shortcuts.
    bool pageAllowed(Page page) const;

    Workspace& workspace() { return *m_workspace; }
    // A page is made the first time it is shown or asked for: opening a campaign builds and
    // fills only the page on screen.
    QWidget* page(Page page);
    bool pageBuilt(Page page) const { return m_pages[page] != nullptr; }
    UnitsPage* unitsPage();
    CampaignPage* campaignPage();
    ResponsibilityPage* responsibilityPage();
    UnitWorkspacePage* unitWorkspacePage();
    ReviewPage* reviewPage();
    RemindersPage* remindersPage();
    DashboardPage* dashboardPage();
    SupervisionPage* supervisionPage();
    UnitPage* unitPage();
    AssessmentPage* assessmentPage();
    BulletinPage* bulletinPage();
    AppraisalPage* appraisalPage();
    // Opens `path` (empty: the file last used, else the welcome choices) once the window has
    // been drawn, saying meanwhile which file is opening.
    void openOnceShown(const QString& path);

protected:
    void closeEvent(QCloseEvent* event) override;
    void paintEvent(QPaintEvent* event) override;

private:
    HelpWindow* m_help = nullptr;
    void buildMenus();
    void newCampaign();
    void openDialog();
    void rebuildRecentMenu();
    void backupNow();
    void restoreBackup();
    void exportTasks();
    void updateTitle();
    void applyRole();
    void changePassword();
    void protectUnitFile();
    void buildPackageMenu();
    void updatePackageActions();
    void exportTaskPackage();
    void exportAllTaskPackages();
    void importReportPackages(const QStringList& paths = {});
    void openTaskPackage(const QString& given = {});
    void makeReportPackage();
    bool offerRestore(const QString& path, const QString& reason);

    Workspace* m_workspace;
    QListWidget* m_nav;
    QStackedWidget* m_stack;
    std::array<QWidget*, AppraisalArea + 1> m_pages{}; // nullptr until built
    std::optional<QString> m_openOnceShown;
    QMenu* m_recentMenu = nullptr;
    QList<QAction*> m_goActions; // one per page, in Page order
    QAction* m_settingsAction = nullptr;
    QAction* m_auditAction = nullptr;
    QAction* m_backupAction = nullptr;
    QAction* m_restoreAction = nullptr;
    QAction* m_exportUnitsAction = nullptr;
    QAction* m_accountsAction = nullptr;
    QAction* m_packageExport = nullptr;
    QAction* m_packageExportAll = nullptr;
    QAction* m_packageImport = nullptr;
    QAction* m_packageMake = nullptr;
    QLabel* m_fileLabel;
};

} // namespace cd
