// File ▸ Connect to server…: the dialog's address, what it keeps and what it never keeps, and
// the window on a campaign kept on the throwaway server (the *OnServer tests run under the
// server fixture).
#include "services/AccountService.h"
#include "services/CampaignService.h"
#include "services/ReportService.h"
#include "services/UnitService.h"
#include "storage/CampaignCopy.h"
#include "support/ThrowawayServer.h"
#include "support/TestSupport.h"
#include "widgets/common/AppSettings.h"
#include "widgets/common/Dialogs.h"
#include "widgets/common/Keyring.h"
#include "widgets/common/Workspace.h"
#include "widgets/main/MainWindow.h"
#include "widgets/main/ServerDialog.h"
#include "widgets/reporting/LocalDrafts.h"
#include "widgets/reporting/PeriodCombo.h"
#include "widgets/reporting/UnitWorkspacePage.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QElapsedTimer>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <cstdio>

using namespace cd;

namespace {

// The 2026 campaign in `name`, a new database on the throwaway server; its address.
QString campaignOnServer(ThrowawayServer& server, const QString& name)
{
    const QString address = server.address(name);
    auto db = Database::connect(address);
    EXPECT_TRUE(db);
    FixedClock clock(QDate(2026, 3, 1));
    if (db) {
        EXPECT_TRUE(CampaignService(ServiceContext{**db, clock, Actor::localAdmin()}).createFromTemplate(2026));
    }
    return address;
}

} // namespace

TEST(ServerDialog, AddressesRoundTripAndShowWithoutSecrets)
{
    ServerDialog::Fields tcp{QStringLiteral("db.city.gov.cn"), 5433, QStringLiteral("campaign"), QStringLiteral("office1"), QStringLiteral("require"), {}};
    EXPECT_EQ(ServerDialog::compose(tcp), QStringLiteral("postgresql://office1@db.city.gov.cn:5433/campaign?sslmode=require"));
    EXPECT_EQ(ServerDialog::parse(ServerDialog::compose(tcp)), tcp);
    ServerDialog::Fields socket{QStringLiteral("/run/postgresql"), 5432, QStringLiteral("campaign"), QStringLiteral("office1"), QStringLiteral("prefer"), {}};
    EXPECT_EQ(ServerDialog::compose(socket), QStringLiteral("postgresql://office1@localhost/campaign?host=/run/postgresql&port=5432"));
    EXPECT_EQ(ServerDialog::parse(ServerDialog::compose(socket)), socket);
    EXPECT_EQ(ServerDialog::shown(ServerDialog::compose(tcp)), QStringLiteral("office1@db.city.gov.cn:5433/campaign"));
    // A primary and its standby, the second on a port of its own: libpq's multi-host form,
    // the primary unless the leader asks for a standby.
    ServerDialog::Fields pair{QStringLiteral("db1.city.gov.cn, db2.city.gov.cn:5433"), 5432, QStringLiteral("campaign"), QStringLiteral("leader1"),
                              QStringLiteral("prefer"), {}};
    EXPECT_EQ(ServerDialog::compose(pair), QStringLiteral("postgresql://leader1@db1.city.gov.cn:5432,db2.city.gov.cn:5433/campaign?target_session_attrs=read-write"));
    pair.sessionAttrs = QStringLiteral("prefer-standby");
    EXPECT_EQ(ServerDialog::compose(pair), QStringLiteral("postgresql://leader1@db1.city.gov.cn:5432,db2.city.gov.cn:5433/campaign?target_session_attrs=prefer-standby"));
    EXPECT_EQ(ServerDialog::parse(ServerDialog::compose(pair)), pair);
    EXPECT_EQ(ServerDialog::shown(ServerDialog::compose(pair)), QStringLiteral("leader1@db1.city.gov.cn:5432,db2.city.gov.cn:5433/campaign"));
    pair.sessionAttrs = QStringLiteral("any");
    EXPECT_EQ(ServerDialog::compose(pair), QStringLiteral("postgresql://leader1@db1.city.gov.cn:5432,db2.city.gov.cn:5433/campaign?target_session_attrs=any"));
    tcp.sessionAttrs = QStringLiteral("any"); // libpq's default, for one host not written
    EXPECT_EQ(ServerDialog::compose(tcp), QStringLiteral("postgresql://office1@db.city.gov.cn:5433/campaign?sslmode=require"));
    ServerDialog::Fields sockets{QStringLiteral("/tmp/a/socket, /tmp/b/socket:5433"), 5432, QStringLiteral("campaign"), QStringLiteral("office1"),
                                 QStringLiteral("prefer"), QStringLiteral("read-write")};
    EXPECT_EQ(ServerDialog::compose(sockets),
              QStringLiteral("postgresql://office1@localhost/campaign?host=/tmp/a/socket,/tmp/b/socket&port=5432,5433&target_session_attrs=read-write"));
    EXPECT_EQ(ServerDialog::parse(ServerDialog::compose(sockets)), sockets);
}

TEST(ServerDialog, AFailedConnectionKeepsWhatWasTypedAndNoPasswordIsASetting)
{
    ServerDialog dialog(QStringLiteral("postgresql://office1@db.city.gov.cn/campaign"));
    auto* password = dialog.findChild<QLineEdit*>(QStringLiteral("serverPassword"));
    auto* connectButton = dialog.findChild<QPushButton*>(QStringLiteral("connectButton"));
    auto* error = dialog.findChild<QLabel*>(QStringLiteral("errorLabel"));
    ASSERT_TRUE(password && connectButton && error);
    EXPECT_EQ(password->echoMode(), QLineEdit::Password);
    EXPECT_EQ(dialog.findChild<QLineEdit*>(QStringLiteral("serverLogin"))->text(), QStringLiteral("office1"));
    password->setText(QStringLiteral("Typed-Secret-5"));
    QString tried, triedWith;
    dialog.setConnector([&](const QString& address, const QString& pw) -> Status {
        tried = address;
        triedWith = pw;
        return fail(Error::io(QStringLiteral("The server at db.city.gov.cn:5432 did not accept the password for office1.")));
    });
    dialog.show();
    connectButton->click();
    EXPECT_EQ(tried, QStringLiteral("postgresql://office1@db.city.gov.cn:5432/campaign"));
    EXPECT_EQ(triedWith, QStringLiteral("Typed-Secret-5"));
    EXPECT_TRUE(dialog.isVisible()); // still open, everything typed still there
    EXPECT_EQ(dialog.result(), 0);
    EXPECT_TRUE(error->isVisible());
    EXPECT_TRUE(error->text().contains(QStringLiteral("did not accept the password")));
    EXPECT_EQ(password->text(), QStringLiteral("Typed-Secret-5"));
    // Without the host, database or login there is nothing to connect to.
    dialog.findChild<QLineEdit*>(QStringLiteral("serverDatabase"))->clear();
    EXPECT_FALSE(connectButton->isEnabled());
    dialog.close();
    QSettings settings;
    for (const QString& key : settings.allKeys()) EXPECT_FALSE(settings.value(key).toString().contains(QStringLiteral("Typed-Secret-5"))) << key.toStdString();
}

TEST(MainWindowOnServer, ConnectsShowsWhereAndBacksUpToAVerifiedFile)
{
    ThrowawayServer server;
    if (!server.available()) GTEST_SKIP() << "run through ctest, which starts the throwaway server (CD_PG_DIR)";
    const QString name = server.createDatabase();
    const QString address = campaignOnServer(server, name);
    QTemporaryDir dir;
    {
        MainWindow window;
        window.show();
        // The keyring has no password for it: the dialog asks, filled with the address.
        // (The keyring is asked first, in an event loop of its own: answer the dialog once it is up.)
        bool asked = false;
        QTimer answer;
        QObject::connect(&answer, &QTimer::timeout, [&] {
            auto* d = qobject_cast<ServerDialog*>(QApplication::activeModalWidget());
            if (!d) return;
            answer.stop();
            asked = true;
            EXPECT_EQ(d->address(), address);
            EXPECT_FALSE(d->findChild<QCheckBox*>(QStringLiteral("rememberPassword"))->isChecked());
            d->findChild<QPushButton*>(QStringLiteral("connectButton"))->click();
        });
        answer.start(5);
        ASSERT_TRUE(window.connectToServer(address));
        EXPECT_TRUE(asked);
        EXPECT_TRUE(window.windowTitle().startsWith(name + QStringLiteral("@localhost/") + name)) << window.windowTitle().toStdString();
        EXPECT_TRUE(window.findChild<QLabel*>(QStringLiteral("fileLabel"))->text().contains(name + QStringLiteral("@localhost/") + name));
        EXPECT_FALSE(window.findChild<QAction*>(QStringLiteral("restoreAction"))->isVisible());
        EXPECT_EQ(AppSettings().lastServer(), address);
        EXPECT_TRUE(AppSettings().recentFiles().contains(address));
        // Backup now: a snapshot file, holding what the server holds.
        const QString snapshot = dir.filePath(QStringLiteral("snapshot.cdb"));
        dialogs::testing::setNextFileName(snapshot);
        for (QAction* a : window.findChildren<QAction*>())
            if (a->text() == QStringLiteral("&Backup now")) a->trigger();
        ASSERT_TRUE(QFile::exists(snapshot)) << dialogs::testing::lastMessage().toStdString();
        auto file = Database::open(snapshot);
        ASSERT_TRUE(file);
        auto server = Database::connect(address);
        ASSERT_TRUE(server);
        EXPECT_EQ(*CampaignCopy::digests(**file), *CampaignCopy::digests(**server));
    }
    server.dropDatabase(name);
}

// What another client commits reaches an open view within 2 seconds, without anyone pressing
// anything: by the server's notice, and by polling the change log where there is none.
TEST(WorkspaceOnServer, AnotherClientsCommitReachesTheOpenViewsWithinTwoSeconds)
{
    ThrowawayServer server;
    if (!server.available()) GTEST_SKIP() << "run through ctest, which starts the throwaway server (CD_PG_DIR)";
    const QString name = server.createDatabase();
    const QString address = campaignOnServer(server, name);
    FixedClock clock(QDate(2026, 3, 1));
    auto other = Database::connect(address);
    ASSERT_TRUE(other);
    {
        Workspace workspace;
        ASSERT_TRUE(workspace.connectTo(address, {}));
        ASSERT_NE(workspace.changeFeed(), nullptr);
        EXPECT_TRUE(workspace.changeFeed()->listening());
        QSignalSpy changed(&workspace, &Workspace::changed);
        const auto addUnit = [&](const char* unitName) {
            Unit u;
            u.name = QString::fromUtf8(unitName);
            ASSERT_TRUE(UnitService(ServiceContext{**other, clock, Actor::localAdmin()}).add(u));
        };
        QElapsedTimer seen;
        seen.start();
        addUnit("市教育局");
        ASSERT_TRUE(changed.wait(2000)) << "no refresh within 2 s of another client's commit";
        const qint64 noticed = seen.elapsed();
        EXPECT_LT(noticed, 2000);
        std::printf("another client's commit seen after %lld ms (notice)\n", static_cast<long long>(noticed));
        // The view's own list now has it.
        EXPECT_EQ(UnitService(workspace.context()).list().size(), 1);
        // Without notices (openGauss has none), polling finds it.
        workspace.changeFeed()->stopListening();
        changed.clear();
        seen.restart();
        addUnit("市财政局");
        ASSERT_TRUE(changed.wait(2000)) << "polling did not find the change within 2 s";
        std::printf("another client's commit seen after %lld ms (polling)\n", static_cast<long long>(seen.elapsed()));
        // Nothing committed, nothing said.
        changed.clear();
        EXPECT_FALSE(changed.wait(1600));
    }
    other->reset();
    server.dropDatabase(name);
}

// The server ends the window's session (a restart, a dropped cable look the same to the
// client): a quiet banner, a new connection with backoff, the pages refreshed, and work goes on.
TEST(MainWindowOnServer, ALostConnectionShowsABannerAndReconnectsByItself)
{
    ThrowawayServer server;
    if (!server.available()) GTEST_SKIP() << "run through ctest, which starts the throwaway server (CD_PG_DIR)";
    const QString name = server.createDatabase();
    const QString address = campaignOnServer(server, name);
    FixedClock clock(QDate(2026, 3, 1));
    {
        MainWindow window;
        window.show();
        Workspace& workspace = *window.findChild<Workspace*>();
        ASSERT_TRUE(workspace.connectTo(address, {}));
        auto* banner = window.findChild<QLabel*>(QStringLiteral("connectionBanner"));
        ASSERT_NE(banner, nullptr);
        EXPECT_FALSE(banner->isVisible());
        QSignalSpy lost(&workspace, &Workspace::connectionLost);
        QSignalSpy back(&workspace, &Workspace::reconnected);
        QSignalSpy changed(&workspace, &Workspace::changed);
        server.run(QStringLiteral("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '%1' AND usename = '%1'").arg(name));
        ASSERT_TRUE(lost.count() > 0 || lost.wait(3000)) << "the lost connection was not noticed";
        EXPECT_TRUE(banner->isVisible());
        ASSERT_TRUE(back.count() > 0 || back.wait(5000)) << "no reconnection";
        EXPECT_FALSE(banner->isVisible());
        EXPECT_GE(changed.count(), 1); // the pages reload what others did meanwhile
        Unit u;
        u.name = QStringLiteral("市教育局");
        auto added = UnitService(workspace.context()).add(u);
        ASSERT_TRUE(added) << added.error().message.toStdString();
        // Notices flow again on the new connection.
        changed.clear();
        {
            auto other = Database::connect(address);
            ASSERT_TRUE(other);
            Unit v;
            v.name = QStringLiteral("市财政局");
            ASSERT_TRUE(UnitService(ServiceContext{**other, clock, Actor::localAdmin()}).add(v));
        }
        EXPECT_TRUE(changed.wait(2000));
    }
    server.dropDatabase(name);
}

// A report draft typed while the server is away is kept on this computer and sent when the
// server is back; one left behind by a closed program is shown again and sent.
TEST(UnitPageOnServer, TypingWhileTheServerIsAwayIsKeptHereAndSentWhenItIsBack)
{
    ThrowawayServer server;
    if (!server.available()) GTEST_SKIP() << "run through ctest, which starts the throwaway server (CD_PG_DIR)";
    const QString name = server.createDatabase();
    const QString address = campaignOnServer(server, name);
    qint64 unitId = 0;
    {
        auto db = Database::connect(address);
        ASSERT_TRUE(db);
        FixedClock clock(QDate(2026, 3, 1));
        ServiceContext ctx{**db, clock, Actor::localAdmin()};
        Unit u;
        u.name = QStringLiteral("市教育局");
        auto id = UnitService(ctx).add(u);
        ASSERT_TRUE(id);
        unitId = *id;
    }
    const QString period = QStringLiteral("2026-03");
    {
        Workspace ws;
        ASSERT_TRUE(ws.connectTo(address, {}));
        UnitWorkspacePage page(ws);
        page.show();
        page.findChild<PeriodCombo*>()->selectCode(period);
        ASSERT_EQ(page.unitId(), unitId);
        auto* summary = page.findChildren<QPlainTextEdit*>().first();
        summary->setPlainText(QStringLiteral("三月开展中心组学习"));
        ASSERT_TRUE(page.saveDraft());
        EXPECT_FALSE(local_drafts::load(ws.path(), unitId, period)); // the campaign has it: nothing kept here
        QSignalSpy back(&ws, &Workspace::reconnected);
        server.run(QStringLiteral("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '%1' AND usename = '%1'").arg(name));
        summary->setPlainText(QStringLiteral("断网时输入的内容"));
        EXPECT_FALSE(page.saveDraft());
        EXPECT_TRUE(page.stateLabel()->text().contains(QStringLiteral("kept on this computer"))) << page.stateLabel()->text().toStdString();
        const auto kept = local_drafts::load(ws.path(), unitId, period);
        ASSERT_TRUE(kept);
        EXPECT_EQ(kept->draft.summary, QStringLiteral("断网时输入的内容"));
        ASSERT_TRUE(back.count() > 0 || back.wait(5000));
        ASSERT_TRUE(QTest::qWaitFor([&] { return ReportService(ws.context()).latest(unitId, period)->summary == QStringLiteral("断网时输入的内容"); }, 5000));
        EXPECT_FALSE(local_drafts::load(ws.path(), unitId, period));
        EXPECT_EQ(summary->toPlainText(), QStringLiteral("断网时输入的内容"));
        // A program closed before it could send its typing leaves it here: the next one shows
        // it again and sends it.
        ReportDraft left = kept->draft;
        left.summary = QStringLiteral("上次未能保存的内容");
        ASSERT_TRUE(local_drafts::save(ws.path(), left, QDateTime::currentDateTime()));
        UnitWorkspacePage again(ws);
        again.show();
        again.findChild<PeriodCombo*>()->selectCode(period);
        EXPECT_EQ(again.findChildren<QPlainTextEdit*>().first()->toPlainText(), QStringLiteral("上次未能保存的内容"));
        ASSERT_TRUE(QTest::qWaitFor([&] { return ReportService(ws.context()).latest(unitId, period)->summary == QStringLiteral("上次未能保存的内容"); }, 5000));
        EXPECT_FALSE(local_drafts::load(ws.path(), unitId, period));
    }
    server.dropDatabase(name);
}

// The office returns a unit's report on another computer: the unit's page on screen says so
// within seconds, without a click, and the secretary can write the next version at once.
TEST(UnitPageOnServer, TheOfficesReviewReachesTheUnitsPageWithoutAClick)
{
    ThrowawayServer server;
    if (!server.available()) GTEST_SKIP() << "run through ctest, which starts the throwaway server (CD_PG_DIR)";
    const QString name = server.createDatabase();
    const QString address = campaignOnServer(server, name);
    auto office = Database::connect(address);
    ASSERT_TRUE(office);
    SystemClock clock;
    ServiceContext ctx{**office, clock, Actor::localAdmin()};
    Unit u;
    u.name = QStringLiteral("市教育局");
    auto unitId = UnitService(ctx).add(u);
    ASSERT_TRUE(unitId);
    const QString login = QStringLiteral("sec_") + name.right(8);
    ASSERT_TRUE(AccountService(ctx).add(login, Role::Unit, *unitId, QStringLiteral("Unit-Pass-2026")));
    const QString period = QStringLiteral("2026-03");
    {
        Workspace ws;
        ASSERT_TRUE(ws.connectTo(server.addressAs(login, name), QStringLiteral("Unit-Pass-2026")));
        ASSERT_EQ(ws.actor().role, Role::Unit);
        UnitWorkspacePage page(ws);
        page.show();
        page.findChild<PeriodCombo*>()->selectCode(period);
        page.findChildren<QPlainTextEdit*>().first()->setPlainText(QStringLiteral("三月开展中心组学习"));
        dialogs::testing::setNextAnswer(QMessageBox::Yes);
        page.submit();
        ASSERT_EQ(ReportService(ctx).latest(*unitId, period)->status, ReportStatus::Submitted);
        const QString waiting = page.stateLabel()->text();
        ASSERT_TRUE(ReportService(ctx).review(*unitId, period, false, QStringLiteral("请补充学习记录")));
        QElapsedTimer seen;
        seen.start();
        ASSERT_TRUE(QTest::qWaitFor([&] { return page.stateLabel()->text().contains(QStringLiteral("请补充学习记录")); }, 3000))
            << "still: " << page.stateLabel()->text().toStdString() << " (was: " << waiting.toStdString() << ")";
        std::printf("the office's return seen on the unit's page after %lld ms\n", static_cast<long long>(seen.elapsed()));
        EXPECT_FALSE(page.findChildren<QPlainTextEdit*>().first()->isReadOnly());
    }
    office->reset();
    server.dropDatabase(name);
}

// Where the keyring cannot keep a password, the reason is the program's, in the user's
// language: QtKeychain's own is English, and here often "Unknown error".
TEST(Keyring, AFailureIsToldInTheProgramsWords)
{
    const QString key = QStringLiteral("test@nowhere:1/none");
    const QString why = keyring::store(key, QStringLiteral("not-a-secret"));
    if (why.isEmpty()) {
        keyring::forget(key);
        GTEST_SKIP() << "this machine has a keyring that kept it";
    }
    QStringList ours;
    for (int error = 1; error <= 7; ++error) ours << keyring::reason(error);
    EXPECT_TRUE(ours.contains(why)) << why.toStdString();
    EXPECT_FALSE(why.contains(QStringLiteral("Unknown"))) << why.toStdString();
    EXPECT_TRUE(keyring::reason(0).isEmpty());
}
