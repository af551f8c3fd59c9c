#pragma once

#include <QMainWindow>

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
    UnitsPage* unitsPage() const { return m_units; }
    CampaignPage* campaignPage() const { return m_campaign; }
    ResponsibilityPage* responsibilityPage() const { return m_responsibilities; }
    UnitWorkspacePage* unitWorkspacePage() const { return m_unitWorkspace; }
    ReviewPage* reviewPage() const { return m_review; }
    RemindersPage* remindersPage() const { return m_reminders; }
    DashboardPage* dashboardPage() const { return m_dashboard; }
    SupervisionPage* supervisionPage() const { return m_supervision; }
    UnitPage* unitPage() const { return m_unitPage; }
    AssessmentPage* assessmentPage() const { return m_assessment; }
    BulletinPage* bulletinPage() const { return m_bulletin; }
    AppraisalPage* appraisalPage() const { return m_appraisal; }

protected:
    void closeEvent(QCloseEvent* event) override;

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
    CampaignPage* m_campaign;
    UnitsPage* m_units;
    ResponsibilityPage* m_responsibilities;
    UnitWorkspacePage* m_unitWorkspace;
    ReviewPage* m_review;
    RemindersPage* m_reminders;
    DashboardPage* m_dashboard;
    SupervisionPage* m_supervision;
    UnitPage* m_unitPage;
    AssessmentPage* m_assessment;
    BulletinPage* m_bulletin;
    AppraisalPage* m_appraisal;
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
