// A leader on the standby: read-only whatever the login, no write offered or let through,
// others' commits followed by polling (a standby takes no LISTEN), and how far behind it is.
#include "Pair.h"

#include "domain/Permissions.h"
#include "services/AccountService.h"
#include "services/CampaignService.h"
#include "services/DashboardService.h"
#include "services/UnitService.h"
#include "storage/ChangeFeed.h"

#include <QSignalSpy>

using namespace cd;

namespace {

std::unique_ptr<Database> connected(const QString& address, const QString& password = {})
{
    auto db = Database::connect(address, password);
    EXPECT_TRUE(db) << (db ? std::string() : db.error().message.toStdString());
    return db ? std::move(*db) : nullptr;
}

} // namespace

TEST_F(Pair, ALeaderOnTheStandbyReadsFollowsByPollingAndIsOfferedNoWrite)
{
    FixedClock clock(QDateTime(QDate(2026, 3, 10), QTime(9, 0)));
    auto owner = connected(address(name));
    ASSERT_TRUE(owner);
    EXPECT_FALSE(owner->isStandby());
    EXPECT_FALSE(owner->isReadOnly());
    ServiceContext ownerCtx{*owner, clock, *AccountService::serverActor(*owner)};
    ASSERT_TRUE(CampaignService(ownerCtx).createFromTemplate(2026));
    Unit u;
    u.name = QStringLiteral("市教育局");
    ASSERT_TRUE(UnitService(ownerCtx).add(u));
    const QString leader = name + QStringLiteral("_lead"), office = name + QStringLiteral("_off");
    ASSERT_TRUE(AccountService(ownerCtx).add(leader, Role::Viewer, 0, QStringLiteral("Leader-Pass-1")));
    ASSERT_TRUE(AccountService(ownerCtx).add(office, Role::Office, 0, QStringLiteral("Office-Pass-1")));

    auto reader = connected(address(leader, QStringLiteral("prefer-standby")), QStringLiteral("Leader-Pass-1"));
    ASSERT_TRUE(reader);
    EXPECT_TRUE(reader->isStandby());
    EXPECT_TRUE(reader->isReadOnly());
    auto actor = AccountService::serverActor(*reader);
    ASSERT_TRUE(actor);
    EXPECT_TRUE(actor->readOnly);
    ServiceContext readerCtx{*reader, clock, *actor};
    auto figures = DashboardService(readerCtx).figures();
    ASSERT_TRUE(figures) << figures.error().message.toStdString();

    // The office's own login on the standby: its role would write; here nothing is allowed
    // but reading, and the server refuses what a client would send regardless.
    auto officeOnStandby = connected(address(office, QStringLiteral("prefer-standby")), QStringLiteral("Office-Pass-1"));
    ASSERT_TRUE(officeOnStandby);
    auto officeActor = AccountService::serverActor(*officeOnStandby);
    ASSERT_TRUE(officeActor);
    EXPECT_EQ(officeActor->role, Role::Office);
    EXPECT_TRUE(allowed(*officeActor, Operation::ReadAllUnits));
    EXPECT_FALSE(allowed(*officeActor, Operation::ManageSetup));
    EXPECT_FALSE(allowed(*officeActor, Operation::Supervise));
    Unit more;
    more.name = QStringLiteral("市民政局");
    auto refused = UnitService(ServiceContext{*officeOnStandby, clock, *officeActor}).add(more);
    ASSERT_FALSE(refused);
    EXPECT_EQ(refused.error().code, Error::Code::Permission) << refused.error().message.toStdString();
    EXPECT_TRUE(refused.error().message.startsWith(QStringLiteral("This session reads a standby of the server"))) << refused.error().message.toStdString();
    QSqlQuery raw(officeOnStandby->sql());
    EXPECT_FALSE(raw.exec(QStringLiteral("INSERT INTO meta(key, value) VALUES ('x', 'y')")));
    EXPECT_TRUE(raw.lastError().text().contains(QStringLiteral("read-only transaction"))) << raw.lastError().text().toStdString();

    // What the office commits on the primary reaches the leader's standby by polling.
    ChangeFeed feed(*reader, nullptr, 10000, 100);
    EXPECT_FALSE(feed.listening());
    QSignalSpy changed(&feed, &ChangeFeed::changed);
    QSignalSpy lagging(&feed, &ChangeFeed::lagging);
    ASSERT_TRUE(UnitService(ownerCtx).add(more));
    EXPECT_TRUE(changed.wait(20000));
    EXPECT_GE(lagging.count(), 1);
    if (!lagging.isEmpty()) {
        EXPECT_GE(lagging.last().at(0).toInt(), 0);
    }
    const auto lag = reader->standbyLagSeconds();
    ASSERT_TRUE(lag.has_value());
    EXPECT_LT(*lag, 60.0);
    EXPECT_FALSE(owner->standbyLagSeconds().has_value()); // a primary is behind nothing
    auto units = UnitService(readerCtx).list();
    ASSERT_EQ(units.size(), 2);
}

TEST_F(Pair, AnAddressWhoseHostsAreAllStandbysSaysSoAndAReaderOfAnOlderSchemaIsToldWhy)
{
    // Only the standby in the address, the primary asked for: no host takes writes.
    const QString onlyStandby = QStringLiteral("postgresql://%1@localhost/%1?host=%2/socket&port=%3&target_session_attrs=read-write")
                                    .arg(name, standbyDir)
                                    .arg(portOf(standbyDir));
    auto refused = Database::connect(onlyStandby);
    ASSERT_FALSE(refused);
    EXPECT_TRUE(refused.error().message.contains(QStringLiteral("each is a standby"))) << refused.error().message.toStdString();
    // The campaign not yet made on the primary: the standby cannot make it.
    auto reader = Database::connect(address(name, QStringLiteral("prefer-standby")));
    ASSERT_FALSE(reader);
    EXPECT_TRUE(reader.error().message.contains(QStringLiteral("connect to the primary once"))) << reader.error().message.toStdString();
}
