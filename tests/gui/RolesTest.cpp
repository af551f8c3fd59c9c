// Logs in as each role and walks every page, menu entry and shortcut: what a role may not do
// is not offered, and every read shows only what the role may see.
#include "services/AccountService.h"
#include "services/AuditService.h"
#include "services/DemoService.h"
#include "services/SupervisionService.h"
#include "services/UnitService.h"
#include "support/ThrowawayServer.h"
#include "support/TestSupport.h"
#include "widgets/common/Workspace.h"
#include "widgets/main/AuditDialog.h"
#include "widgets/reporting/AccountsDialog.h"
#include "widgets/main/MainWindow.h"

#include <QAbstractItemModel>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QCoreApplication>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QPushButton>
#include <QStackedWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTimer>
#include <optional>
#include <gtest/gtest.h>

using namespace cd;

namespace {

using P = MainWindow::Page;
const QList<P> kAll{P::DashboardArea, P::CampaignArea,    P::UnitsArea,      P::ResponsibilitiesArea, P::WorkspaceArea, P::ReviewArea,
                    P::RemindersArea, P::SupervisionArea, P::UnitDetailArea, P::AssessmentArea,      P::BulletinArea, P::AppraisalArea};

struct RoleCase
{
    const char* login;
    QList<P> pages;     // what the role is offered
    bool setup = false; // units, tasks, responsibility lists
    bool supervise = false;
    bool accounts = false;
    bool part = false; // an office that runs one group's part of the campaign
};

// The campaign every role walks, on a file or on the throwaway server: a demo of 12 units, one
// account of each role, and a draft negative case about the unit whose account it is.
class RoleWalk : public ::testing::TestWithParam<RoleCase>
{
protected:
    static void setUpCampaign(bool onServer)
    {
        server = onServer;
        dir = new QTemporaryDir;
        std::unique_ptr<Database> owner;
        if (onServer) {
            pg = new ThrowawayServer;
            if (!pg->available()) return;
            database = pg->createDatabase();
            auto db = Database::connect(pg->address(database));
            ASSERT_TRUE(db) << db.error().message.toStdString();
            owner = std::move(*db);
        } else {
            auto db = Database::open(path());
            ASSERT_TRUE(db);
            owner = std::move(*db);
        }
        SystemClock clock;
        ServiceContext ctx{*owner, clock, Actor::localAdmin()};
        ASSERT_TRUE(DemoService(ctx).generate({12, QDate::currentDate().year(), 5, QDate::currentDate()}));
        AccountService accounts(ctx);
        ownUnit = UnitService(ctx).list().first().id;
        ownGroup = UnitService(ctx).list().first().groupId;
        for (const auto& u : UnitService(ctx).list()) partUnits += u.groupId == ownGroup;
        // On a server the campaign's owner is its first administrator; logins are the server's,
        // so they carry the database's name.
        if (!onServer) {
            ASSERT_TRUE(accounts.add(login("root"), Role::Admin, 0, QStringLiteral("pass-word-1")));
        }
        ASSERT_TRUE(accounts.add(login("office1"), Role::Office, 0, QStringLiteral("pass-word-1")));
        ASSERT_TRUE(accounts.add(login("jy"), Role::Unit, ownUnit, QStringLiteral("pass-word-1"), QStringLiteral("教育局联络员")));
        ASSERT_TRUE(accounts.add(login("leader"), Role::Viewer, 0, QStringLiteral("pass-word-1")));
        ASSERT_NE(ownGroup, 0);
        ASSERT_TRUE(accounts.add(login("part1"), Role::Office, 0, QStringLiteral("pass-word-1"), {}, ownGroup));
        TypicalCase c{0, ownUnit, Pillar::Conduct, false, QStringLiteral("未发布的反面典型"), {}, QDate::currentDate(), false};
        ASSERT_TRUE(SupervisionService(ctx).addCase(c));
    }
    static void TearDownTestSuite()
    {
        if (pg && !database.isEmpty()) pg->dropDatabase(database);
        delete pg;
        pg = nullptr;
        database.clear();
        delete dir;
    }
    void SetUp() override
    {
        if (server && !pg->available()) GTEST_SKIP() << "run through ctest, which starts the throwaway server (CD_PG_DIR)";
    }
    static QString path() { return dir->filePath(QStringLiteral("roles.cdb")); }
    // The account's login: on a server, the owner is the administrator, and the others carry
    // the database's name.
    static QString login(const char* name)
    {
        if (!server) return QString::fromLatin1(name);
        if (QLatin1String(name) == QLatin1String("root")) return database;
        return QString::fromLatin1(name) + QLatin1Char('_') + database.right(8);
    }
    // The campaign read as its administrator, who sees all of it.
    static std::unique_ptr<Database> asAdministrator()
    {
        auto db = server ? Database::connect(pg->address(database)) : Database::open(path());
        EXPECT_TRUE(db);
        return db ? std::move(*db) : nullptr;
    }
    // The main window signed in as `login`, as the login dialog (on a file) or the server
    // dialog (on a server) would.
    std::unique_ptr<MainWindow> signIn(const char* name)
    {
        auto w = std::make_unique<MainWindow>();
        const QString who = login(name);
        w->resize(1280, 800);
        w->show();
        if (server) {
            const auto s = w->workspace().connectTo(pg->addressAs(who, database), QStringLiteral("pass-word-1"));
            EXPECT_TRUE(s) << s.error().message.toStdString();
            return w;
        }
        w->workspace().signInHook = [who](Workspace& ws) {
            auto actor = AccountService(ws.context()).authenticate(who, QStringLiteral("pass-word-1"));
            if (!actor) return false;
            ws.setActor(*actor);
            return true;
        };
        EXPECT_TRUE(w->openFile(path()));
        return w;
    }
    void walk();
    static inline QTemporaryDir* dir = nullptr;
    static inline ThrowawayServer* pg = nullptr;
    static inline QString database;
    static inline bool server = false;
    static inline qint64 ownUnit = 0;
    static inline qint64 ownGroup = 0;
    static inline int partUnits = 0;
};

class Roles : public RoleWalk
{
protected:
    static void SetUpTestSuite() { setUpCampaign(false); }
};

class RolesOnServer : public RoleWalk
{
protected:
    static void SetUpTestSuite() { setUpCampaign(true); }
};

} // namespace

TEST_P(Roles, OffersOnlyWhatTheRoleMayUseAndShowsOnlyWhatItMayRead) { walk(); }
TEST_P(RolesOnServer, OffersOnlyWhatTheRoleMayUseAndShowsOnlyWhatItMayRead) { walk(); }

void RoleWalk::walk()
{
    const RoleCase& role = GetParam();
    auto w = signIn(role.login);
    ASSERT_TRUE(w->workspace().isOpen());
    auto* nav = w->findChild<QListWidget*>(QStringLiteral("navigationList"));
    ASSERT_NE(nav, nullptr);
    QMenu* go = nullptr;
    for (auto* a : w->menuBar()->actions())
        if (a->menu() && a->menu()->actions().size() == kAll.size()) go = a->menu();
    ASSERT_NE(go, nullptr);
    for (P p : kAll) {
        const bool offered = role.pages.contains(p);
        EXPECT_EQ(!nav->isRowHidden(int(p)), offered) << role.login << " page " << int(p);
        EXPECT_EQ(go->actions()[int(p)]->isVisible(), offered) << role.login << " Go entry " << int(p);
        // The shortcut of a page not offered does nothing: the page does not change.
        const int before = nav->currentRow();
        go->actions()[int(p)]->trigger();
        EXPECT_EQ(nav->currentRow(), offered ? int(p) : before) << role.login << " Ctrl+" << int(p) + 1;
    }
    // The File and Packages menus.
    QStringList fileEntries;
    for (auto* a : w->menuBar()->actions().first()->menu()->actions())
        if (a->isVisible() && !a->isSeparator()) fileEntries << a->text();
    EXPECT_EQ(fileEntries.contains(QStringLiteral("A&ccounts…")), role.accounts) << fileEntries.join(QLatin1Char('|')).toStdString();
    EXPECT_EQ(fileEntries.contains(QStringLiteral("Campaign &settings…")), role.supervise) << fileEntries.join(QLatin1Char('|')).toStdString();
    // The audit record: the office's and the administrators' to read whole, a unit's secretary
    // the history of the unit's own records, a leader nothing of it.
    const bool unit = QLatin1String(role.login) == QLatin1String("jy");
    EXPECT_EQ(fileEntries.contains(QStringLiteral("Au&dit record…")), role.supervise || unit) << fileEntries.join(QLatin1Char('|')).toStdString();
    // A server's snapshot is the office's to take (docs/server.md); a file's copy anyone's who has the file.
    EXPECT_EQ(fileEntries.contains(QStringLiteral("&Backup now")), !server || (role.supervise && !role.part)) << fileEntries.join(QLatin1Char('|')).toStdString();
    EXPECT_TRUE(fileEntries.contains(QStringLiteral("Change my pass&word…"))) << fileEntries.join(QLatin1Char('|')).toStdString();
    for (auto* a : w->menuBar()->actions())
        if (a->text() == QStringLiteral("Pac&kages"))
            for (auto* p : a->menu()->actions())
                if (p->text().startsWith(QStringLiteral("&Export")) || p->text().startsWith(QStringLiteral("&Import"))) {
                    EXPECT_EQ(p->isVisible(), role.setup) << role.login << " " << p->text().toStdString();
                }

    // The accounts dialog speaks of the engine it is on: a server's logins, a file's sign-in.
    if (role.accounts) {
        AccountsDialog accounts(w->workspace());
        auto* note = accounts.findChild<QLabel*>(QStringLiteral("accountsNote"));
        ASSERT_NE(note, nullptr);
        EXPECT_EQ(note->text().contains(QStringLiteral("file")), !server) << note->text().toStdString();
    }
    // Every page offered, walked: the office's buttons appear only for the office.
    const auto visibleButton = [&](const char* name) {
        auto* b = w->findChild<QPushButton*>(QLatin1String(name));
        return b && b->isVisibleTo(w.get());
    };
    for (P p : role.pages) {
        ASSERT_TRUE(w->showPage(p));
        QCoreApplication::processEvents();
        switch (p) {
        case P::UnitsArea:
            EXPECT_EQ(visibleButton("addUnitButton"), role.setup) << role.login;
            EXPECT_EQ(visibleButton("importUnitsButton"), role.setup) << role.login;
            EXPECT_EQ(visibleButton("toggleUnitButton"), role.setup) << role.login;
            EXPECT_EQ(visibleButton("unitHistoryButton"), role.supervise) << role.login;
            break;
        case P::CampaignArea:
            EXPECT_EQ(visibleButton("addOwnTaskButton"), role.setup) << role.login;
            EXPECT_EQ(visibleButton("editTaskButton"), role.setup) << role.login;
            break;
        case P::ResponsibilitiesArea: EXPECT_EQ(visibleButton("addResponsibilityButton"), role.setup) << role.login; break;
        case P::ReviewArea: // a leader reads the queue; accepting and returning are the office's
            EXPECT_EQ(visibleButton("acceptButton"), role.supervise) << role.login;
            EXPECT_EQ(visibleButton("returnButton"), role.supervise) << role.login;
            break;
        case P::RemindersArea: // a leader reads the list; the notices are the office's to issue
            EXPECT_EQ(visibleButton("reminderPdfButton"), role.supervise) << role.login;
            EXPECT_EQ(visibleButton("reminderPreviewButton"), role.supervise) << role.login;
            break;
        case P::SupervisionArea:
            EXPECT_EQ(visibleButton("newProblemButton"), role.supervise) << role.login;
            // Moving a line on: the office's, and a unit's on its own lines; never a leader's.
            EXPECT_EQ(visibleButton("moveProblemButton"), std::string(role.login) != "leader") << role.login;
            {
                // A line's history: its steps for everyone who reads the line; its audit record
                // only for whoever may read the record (not a leader).
                auto* ledger = w->findChild<QTableView*>(QStringLiteral("ledgerTable"));
                ASSERT_NE(ledger, nullptr);
                if (ledger->model()->rowCount() == 0) break;
                ledger->setCurrentIndex(ledger->model()->index(0, 0));
                std::optional<bool> auditOffered;
                QTimer::singleShot(0, [&] {
                    auto* d = QApplication::activeModalWidget();
                    if (!d) return;
                    auditOffered = d->findChild<QPushButton*>(QStringLiteral("problemAuditButton")) != nullptr;
                    d->close();
                });
                emit ledger->activated(ledger->currentIndex());
                ASSERT_TRUE(auditOffered.has_value()) << role.login;
                EXPECT_EQ(*auditOffered, std::string(role.login) != "leader") << role.login;
            }
            break;
        case P::AppraisalArea: // 述职测评: the session, the ballots and publication are the office's
            for (const char* button : {"newSessionButton", "publishResultsButton", "amendBallotButton"})
                EXPECT_EQ(visibleButton(button), role.supervise && !role.part) << role.login << " " << button;
            break;
        default: break;
        }
    }
    // What an office of one part reads: its own group's units, and the dashboard opens there.
    if (role.part) {
        auto* file = w->findChild<QLabel*>(QStringLiteral("fileLabel"));
        ASSERT_NE(file, nullptr);
        EXPECT_TRUE(file->text().contains(QStringLiteral(" of the campaign"))) << file->text().toStdString();
        w->showPage(P::UnitDetailArea);
        auto* units = w->findChild<QComboBox*>(QStringLiteral("unitPageCombo"));
        ASSERT_NE(units, nullptr);
        EXPECT_EQ(units->count(), partUnits);
        w->showPage(P::DashboardArea);
        QCoreApplication::processEvents();
        auto* scope = w->findChild<QLabel*>(QStringLiteral("dashboardScope"));
        ASSERT_NE(scope, nullptr);
        EXPECT_FALSE(scope->text().isEmpty());
        EXPECT_FALSE(scope->text().contains(QStringLiteral("Whole campaign"))) << scope->text().toStdString();
        EXPECT_FALSE(visibleButton("dashboardUpButton"));
        auto* issuer = w->findChild<QComboBox*>(QStringLiteral("issuerCombo"));
        ASSERT_NE(issuer, nullptr);
        w->showPage(P::BulletinArea);
        QCoreApplication::processEvents();
        ASSERT_GT(issuer->count(), 0);
        EXPECT_EQ(issuer->itemData(0).toLongLong(), ownGroup);
        for (int i = 0; i < issuer->count(); ++i) EXPECT_NE(issuer->itemData(i).toLongLong(), 0);
    }
    // What a unit reads: its own unit only, and no draft case about itself.
    if (QLatin1String(role.login) == QLatin1String("jy")) {
        w->showPage(P::UnitDetailArea);
        auto* units = w->findChild<QComboBox*>(QStringLiteral("unitPageCombo"));
        ASSERT_NE(units, nullptr);
        ASSERT_EQ(units->count(), 1);
        EXPECT_EQ(units->itemData(0).toLongLong(), ownUnit);
        auto* mine = w->findChild<QComboBox*>(QStringLiteral("workspaceUnitCombo"));
        ASSERT_EQ(mine->count(), 1);
        w->showPage(P::SupervisionArea);
        QCoreApplication::processEvents();
        for (auto* t : w->findChildren<QTableWidget*>())
            for (int r = 0; r < t->rowCount(); ++r)
                for (int c = 0; c < t->columnCount(); ++c) {
                    if (t->item(r, c)) {
                        EXPECT_NE(t->item(r, c)->text(), QStringLiteral("未发布的反面典型"));
                    }
                }
        auto* ledger = w->findChild<QTableView*>(QStringLiteral("ledgerTable"));
        ASSERT_NE(ledger, nullptr);
        const QString own = UnitService(w->workspace().context()).list().first().name;
        // The audit record as the unit sees it: its own unit's records, no verifying the whole.
        AuditDialog audit(w->workspace());
        EXPECT_GT(audit.rowCount(), 0);
        auto* verify = audit.findChild<QPushButton*>(QStringLiteral("auditVerify"));
        ASSERT_NE(verify, nullptr);
        EXPECT_FALSE(verify->isVisibleTo(&audit));
        auto* rows = audit.findChild<QTableWidget*>(QStringLiteral("auditRows"));
        AuditFilter everything;
        auto admin = asAdministrator();
        ASSERT_TRUE(admin);
        auto all = AuditService(ServiceContext{*admin, w->workspace().context().clock, Actor::localAdmin()}).list(everything);
        ASSERT_TRUE(all);
        EXPECT_LT(rows->rowCount(), all->size());
        // Accounts: the unit's own one only, never the office's.
        for (int r = 0; r < rows->rowCount(); ++r)
            if (rows->item(r, 3)->text() == QStringLiteral("account added")) {
                EXPECT_TRUE(rows->item(r, 6)->text().contains(QStringLiteral("jy"))) << rows->item(r, 6)->text().toStdString();
            }
        for (int r = 0; r < ledger->model()->rowCount(); ++r)
            for (int c = 0; c < ledger->model()->columnCount(); ++c) {
                const QString text = ledger->model()->index(r, c).data().toString();
                if (text.startsWith(QStringLiteral("市")) && c == 1) {
                    EXPECT_EQ(text, own);
                }
            }
    }
}

const auto kEveryRole = ::testing::Values(RoleCase{"root", kAll, true, true, true},
                      RoleCase{"office1", kAll, true, true, false},
                      RoleCase{"part1", kAll, false, true, false, true},
                      RoleCase{"jy", {P::CampaignArea, P::WorkspaceArea, P::SupervisionArea, P::UnitDetailArea, P::AppraisalArea}, false, false, false},
                      RoleCase{"leader",
                               {P::DashboardArea, P::CampaignArea, P::UnitsArea, P::ResponsibilitiesArea, P::ReviewArea, P::RemindersArea,
                                P::SupervisionArea, P::UnitDetailArea, P::AssessmentArea, P::BulletinArea, P::AppraisalArea},
                               false, false, false});
const auto kNamed = [](const auto& info) { return std::string(info.param.login); };
INSTANTIATE_TEST_SUITE_P(EveryRole, Roles, kEveryRole, kNamed);
INSTANTIATE_TEST_SUITE_P(EveryRole, RolesOnServer, kEveryRole, kNamed);
