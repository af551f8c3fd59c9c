// Point-in-time recovery: a base backup and the archived log replayed up to a moment between
// two writes holds exactly the first, and its audit chain verifies.
#include "Pair.h"

#include "services/AccountService.h"
#include "services/CampaignService.h"
#include "services/UnitService.h"
#include "storage/AuditChain.h"

#include <chrono>
#include <thread>

using namespace cd;

TEST_F(Pair, RecoveryToAPointInTimeFindsExactlyTheWritesBeforeIt)
{
    FixedClock clock(QDateTime(QDate(2026, 3, 10), QTime(9, 0)));
    auto owner = Database::connect(address(name));
    ASSERT_TRUE(owner) << owner.error().message.toStdString();
    ServiceContext ctx{**owner, clock, *AccountService::serverActor(**owner)};
    ASSERT_TRUE(CampaignService(ctx).createFromTemplate(2026));
    recoveredDir = primaryDir + QStringLiteral("-recovered");
    QDir().mkpath(recoveredDir);
    QFile::setPermissions(recoveredDir, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner | QFileDevice::ReadOther | QFileDevice::ExeOther |
                                            QFileDevice::ReadGroup | QFileDevice::ExeGroup);
    ASSERT_EQ(harness({QStringLiteral("basebackup"), recoveredDir, primaryDir}), QString());

    Unit first, second;
    first.name = QStringLiteral("市教育局");
    second.name = QStringLiteral("市民政局");
    ASSERT_TRUE(UnitService(ctx).add(first));
    // The moment between the two writes, by the server's clock.
    QSqlQuery q((*owner)->sql());
    ASSERT_TRUE(q.exec(QStringLiteral("SELECT to_char(clock_timestamp() AT TIME ZONE 'UTC', 'YYYY-MM-DD HH24:MI:SS.US') || '+00'")) && q.next());
    const QString between = q.value(0).toString();
    q.finish();
    ASSERT_TRUE(UnitService(ctx).add(second));
    owner->reset();
    // The log holding both writes finished and archived.
    const QString segment = superuser(primaryDir, QStringLiteral("SELECT pg_walfile_name(pg_switch_wal())")).toString();
    ASSERT_FALSE(segment.isEmpty());
    const auto until = std::chrono::steady_clock::now() + std::chrono::seconds(60);
    while (superuser(primaryDir, QStringLiteral("SELECT coalesce(last_archived_wal, '') FROM pg_stat_archiver")).toString() < segment &&
           std::chrono::steady_clock::now() < until)
        std::this_thread::sleep_for(std::chrono::milliseconds(50));
    ASSERT_GE(superuser(primaryDir, QStringLiteral("SELECT coalesce(last_archived_wal, '') FROM pg_stat_archiver")).toString(), segment);

    ASSERT_EQ(harness({QStringLiteral("recover"), recoveredDir, primaryDir, between}), QString());
    auto recovered = Database::connect(addressOf(recoveredDir, name));
    ASSERT_TRUE(recovered) << recovered.error().message.toStdString();
    ServiceContext rctx{**recovered, clock, *AccountService::serverActor(**recovered)};
    QStringList names;
    for (const Unit& u : UnitService(rctx).list()) names << u.name;
    EXPECT_EQ(names, QStringList{QStringLiteral("市教育局")});
    QSqlQuery audit((*recovered)->sql());
    ASSERT_TRUE(audit.exec(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'unit.create'")) && audit.next());
    EXPECT_EQ(audit.value(0).toInt(), 1);
    const auto chain = AuditChain::verify(**recovered);
    ASSERT_TRUE(chain);
    EXPECT_EQ(chain->firstBad, 0);
    EXPECT_GT(chain->rows, 0);
}
