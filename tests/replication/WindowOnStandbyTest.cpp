// The window of an office login that reached the standby: read-only in its title, no change
// offered, and the status bar saying how far behind the primary the standby is once that is
// more than a few seconds.
#include "Pair.h"

#include "services/AccountService.h"
#include "services/CampaignService.h"
#include "services/UnitService.h"
#include "widgets/main/MainWindow.h"
#include "widgets/main/ServerDialog.h"

#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTest>
#include <QTimer>

using namespace cd;

namespace {

// File ▸ Connect to server… for `address`, the office's password typed into the dialog that
// asks for it (the keyring, asked first, has none).
bool connectWithPassword(MainWindow& window, const QString& address)
{
    QTimer answer;
    QObject::connect(&answer, &QTimer::timeout, [&] {
        auto* d = qobject_cast<ServerDialog*>(QApplication::activeModalWidget());
        if (!d) return;
        answer.stop();
        d->findChild<QLineEdit*>(QStringLiteral("serverPassword"))->setText(QStringLiteral("Office-Pass-1"));
        d->findChild<QPushButton*>(QStringLiteral("connectButton"))->click();
    });
    answer.start(5);
    return window.connectToServer(address);
}

} // namespace

TEST_F(Pair, TheOfficesWindowOnTheStandbyOffersNoChangeAndSaysHowFarBehindItIs)
{
    FixedClock clock(QDateTime(QDate(2026, 3, 10), QTime(9, 0)));
    auto owner = Database::connect(address(name));
    ASSERT_TRUE(owner) << owner.error().message.toStdString();
    ServiceContext ctx{**owner, clock, *AccountService::serverActor(**owner)};
    ASSERT_TRUE(CampaignService(ctx).createFromTemplate(2026));
    Unit u;
    u.name = QStringLiteral("市教育局");
    ASSERT_TRUE(UnitService(ctx).add(u));
    const QString office = name + QStringLiteral("_off");
    ASSERT_TRUE(AccountService(ctx).add(office, Role::Office, 0, QStringLiteral("Office-Pass-1")));

    MainWindow window;
    window.show();
    ASSERT_TRUE(connectWithPassword(window, address(office, QStringLiteral("prefer-standby"))));
    EXPECT_TRUE(window.windowTitle().contains(QStringLiteral("[read-only]"))) << window.windowTitle().toStdString();
    ASSERT_TRUE(window.showPage(MainWindow::UnitsArea)); // built when first shown
    auto* add = window.findChild<QPushButton*>(QStringLiteral("addUnitButton"));
    ASSERT_TRUE(add);
    EXPECT_TRUE(add->isHidden());
    EXPECT_TRUE(window.findChild<QPushButton*>(QStringLiteral("importUnitsButton"))->isHidden());
    auto* lag = window.findChild<QLabel*>(QStringLiteral("standbyLag"));
    ASSERT_TRUE(lag);
    EXPECT_TRUE(lag->isHidden());

    // The standby stops replaying while the primary goes on (no longer waiting for it).
    superuser(primaryDir, QStringLiteral("ALTER SYSTEM SET synchronous_standby_names = ''"));
    superuser(primaryDir, QStringLiteral("SELECT pg_reload_conf()"));
    superuser(standbyDir, QStringLiteral("SELECT pg_wal_replay_pause()"));
    Unit more;
    more.name = QStringLiteral("市民政局");
    ASSERT_TRUE(UnitService(ctx).add(more));
    EXPECT_TRUE(QTest::qWaitFor([&] { return lag->isVisible(); }, 30000));
    EXPECT_TRUE(lag->text().startsWith(QStringLiteral("Reading a standby, "))) << lag->text().toStdString();
    EXPECT_TRUE(lag->text().endsWith(QStringLiteral(" behind the primary"))) << lag->text().toStdString();
    // Replaying again, it catches up and the note goes.
    superuser(standbyDir, QStringLiteral("SELECT pg_wal_replay_resume()"));
    EXPECT_TRUE(QTest::qWaitFor([&] { return lag->isHidden(); }, 30000));
}

TEST_F(Pair, AWindowMovedFromTheStandbyToThePrimaryOffersChangesAgain)
{
    FixedClock clock(QDateTime(QDate(2026, 3, 10), QTime(9, 0)));
    {
        auto owner = Database::connect(address(name));
        ASSERT_TRUE(owner) << owner.error().message.toStdString();
        ServiceContext ctx{**owner, clock, *AccountService::serverActor(**owner)};
        ASSERT_TRUE(CampaignService(ctx).createFromTemplate(2026));
        ASSERT_TRUE(AccountService(ctx).add(name + QStringLiteral("_off"), Role::Office, 0, QStringLiteral("Office-Pass-1")));
    }
    // The standby first and no target_session_attrs: whichever answers, the standby here.
    const QString anyHost = QStringLiteral("postgresql://%1_off@localhost/%1?host=%2/socket,%3/socket&port=%4,%5&target_session_attrs=any")
                                .arg(name, standbyDir, primaryDir)
                                .arg(portOf(standbyDir))
                                .arg(portOf(primaryDir));
    MainWindow window;
    window.show();
    ASSERT_TRUE(connectWithPassword(window, anyHost));
    EXPECT_TRUE(window.windowTitle().contains(QStringLiteral("[read-only]"))) << window.windowTitle().toStdString();
    ASSERT_TRUE(window.showPage(MainWindow::UnitsArea)); // built when first shown
    auto* add = window.findChild<QPushButton*>(QStringLiteral("addUnitButton"));
    ASSERT_TRUE(add);
    EXPECT_TRUE(add->isHidden());
    // The standby's machine fails; the window reconnects to the primary and offers changes.
    superuser(primaryDir, QStringLiteral("ALTER SYSTEM SET synchronous_standby_names = ''"));
    superuser(primaryDir, QStringLiteral("SELECT pg_reload_conf()"));
    ASSERT_EQ(harness({QStringLiteral("kill"), standbyDir}), QString());
    EXPECT_TRUE(QTest::qWaitFor([&] { return !window.windowTitle().contains(QStringLiteral("[read-only]")); }, 60000)) << window.windowTitle().toStdString();
    EXPECT_TRUE(QTest::qWaitFor([&] { return !add->isHidden(); }, 10000));
}
