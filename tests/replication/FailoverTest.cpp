// The primary's machine fails mid-work (every process SIGKILLed) and the standby is promoted:
// every submission a client was told succeeded is on the new primary exactly once, the audit
// chain verifies, and the clients, reconnecting through the one multi-host address and
// resending with their request keys, finish their year.
#include "Pair.h"

#include "services/AccountService.h"
#include "services/CampaignService.h"
#include "services/ReportService.h"
#include "services/UnitService.h"
#include "storage/AuditChain.h"

#include <QSet>
#include <atomic>
#include <chrono>
#include <mutex>
#include <thread>

using namespace cd;
using Steady = std::chrono::steady_clock;

namespace {

struct Outcome
{
    std::mutex lock;
    QSet<QString> toldSucceeded;
    QStringList errors;
    std::atomic<int> submits{0}, reconnects{0};
    std::atomic<qint64> firstAfterKillMs{-1};
};

// A call sent until it is done or refused for a reason of its own; a lost connection is made
// again (whichever host is the primary now) and the same call resent.
template <class Call> auto persist(Database& db, Outcome& o, Call&& call) -> decltype(call())
{
    for (;;) {
        auto r = call();
        if (r || !db.connectionLost()) return r;
        for (int attempt = 0; !db.reconnect(); ++attempt) std::this_thread::sleep_for(std::chrono::milliseconds(std::min(1000, 100 << std::min(attempt, 4))));
        ++o.reconnects;
    }
}

// killedAtMs: when the kill was sent; deadAtMs: when every process of the primary was gone.
// A client that `waitsForKill` holds its fourth month until the primary is dead, so that on a
// slow machine some writes still meet the failover however long the kill takes (the others
// run on freely, and so are in flight when it lands).
void unitClient(const QString& address, qint64 unitId, Outcome& o, const std::atomic<qint64>& killedAtMs, const std::atomic<qint64>& deadAtMs,
                Steady::time_point begin, bool waitsForKill)
{
    auto opened = Database::connect(address, QStringLiteral("Unit-Pass-1"));
    if (!opened) {
        std::lock_guard g(o.lock);
        o.errors << opened.error().message;
        return;
    }
    Database& db = **opened;
    auto actor = AccountService::serverActor(db);
    if (!actor) return;
    FixedClock clock(QDateTime(QDate(2026, 12, 20), QTime(10, 0)));
    ServiceContext ctx{db, clock, *actor};
    for (int month = 1; month <= 12; ++month) {
        if (waitsForKill && month == 4)
            for (const auto until = Steady::now() + std::chrono::seconds(120); deadAtMs < 0 && Steady::now() < until;)
                std::this_thread::sleep_for(std::chrono::milliseconds(10));
        const QString period = QStringLiteral("2026-%1").arg(month, 2, 10, QLatin1Char('0'));
        auto base = persist(db, o, [&] { return ReportService(ctx).editable(unitId, period); });
        if (!base) {
            std::lock_guard g(o.lock);
            o.errors << base.error().message;
            continue;
        }
        ReportDraft d{unitId, period, QStringLiteral("%1月份工作情况").arg(month), base->items, {}, {}, QUuid::createUuid().toString(QUuid::WithoutBraces), {}};
        auto sent = persist(db, o, [&] { return ReportService(ctx).submitReport(d); });
        if (!sent) {
            std::lock_guard g(o.lock);
            o.errors << sent.error().message;
            continue;
        }
        ++o.submits;
        const qint64 now = std::chrono::duration_cast<std::chrono::milliseconds>(Steady::now() - begin).count();
        if (const qint64 dead = deadAtMs; dead >= 0 && now >= dead && o.firstAfterKillMs < 0) {
            const qint64 killed = killedAtMs;
            qint64 none = -1;
            o.firstAfterKillMs.compare_exchange_strong(none, now - killed);
        }
        std::lock_guard g(o.lock);
        o.toldSucceeded.insert(d.requestKey);
    }
}

qint64 count(Database& db, const QString& sql)
{
    QSqlQuery q(db.sql());
    return q.exec(sql) && q.next() ? q.value(0).toLongLong() : -1;
}

} // namespace

TEST_F(Pair, AFailoverLosesNoWriteAClientWasToldOfAndDuplicatesNone)
{
    constexpr int kUnits = 8;
    QList<qint64> units;
    {
        auto owner = Database::connect(address(name));
        ASSERT_TRUE(owner) << owner.error().message.toStdString();
        FixedClock clock(QDateTime(QDate(2026, 12, 20), QTime(9, 0)));
        ServiceContext ctx{**owner, clock, *AccountService::serverActor(**owner)};
        ASSERT_TRUE(CampaignService(ctx).createFromTemplate(2026));
        for (int i = 0; i < kUnits; ++i) {
            Unit u;
            u.name = QStringLiteral("单位%1").arg(i + 1);
            auto id = UnitService(ctx).add(u);
            ASSERT_TRUE(id);
            units << *id;
            ASSERT_TRUE(AccountService(ctx).add(QStringLiteral("%1_u%2").arg(name).arg(i + 1), Role::Unit, *id, QStringLiteral("Unit-Pass-1")));
        }
    }
    Outcome o;
    std::atomic<qint64> killedAtMs{-1}, deadAtMs{-1};
    const auto begin = Steady::now();
    std::vector<std::thread> clients;
    for (int i = 0; i < kUnits; ++i)
        clients.emplace_back(unitClient, address(QStringLiteral("%1_u%2").arg(name).arg(i + 1)), units[i], std::ref(o), std::cref(killedAtMs), std::cref(deadAtMs), begin,
                             i % 2 == 1);
    // Mid-work: a quarter of the year's submissions made (the waiting half has made all of theirs
    // before the kill).
    while (o.submits < kUnits * 3 && Steady::now() - begin < std::chrono::seconds(120)) std::this_thread::sleep_for(std::chrono::milliseconds(20));
    const int beforeKill = o.submits;
    killedAtMs = std::chrono::duration_cast<std::chrono::milliseconds>(Steady::now() - begin).count();
    ASSERT_EQ(harness({QStringLiteral("kill"), primaryDir}), QString());
    deadAtMs = std::chrono::duration_cast<std::chrono::milliseconds>(Steady::now() - begin).count();
    ASSERT_EQ(harness({QStringLiteral("promote"), standbyDir}), QString());
    for (auto& c : clients) c.join();

    EXPECT_TRUE(o.errors.isEmpty()) << o.errors.join(QLatin1Char('\n')).toStdString();
    EXPECT_LT(beforeKill, kUnits * 12);
    EXPECT_EQ(o.submits, kUnits * 12);
    EXPECT_GE(o.reconnects, 1);
    EXPECT_GE(o.firstAfterKillMs, 0);
    std::printf("failover: %d of %d submissions before the kill; first write on the new primary %lld ms after it; %d reconnections\n", beforeKill,
                kUnits * 12, static_cast<long long>(o.firstAfterKillMs.load()), o.reconnects.load());

    // What the new primary (the old standby, the only host left) holds.
    auto now = Database::connect(address(name));
    ASSERT_TRUE(now) << now.error().message.toStdString();
    EXPECT_FALSE((*now)->isStandby());
    QSqlQuery q((*now)->sql());
    ASSERT_TRUE(q.exec(QStringLiteral("SELECT request_key, count(*) FROM reports WHERE request_key IS NOT NULL GROUP BY request_key")));
    QSet<QString> stored;
    while (q.next()) {
        stored.insert(q.value(0).toString());
        EXPECT_EQ(q.value(1).toInt(), 1) << "stored twice: " << q.value(0).toString().toStdString();
    }
    for (const QString& key : o.toldSucceeded) EXPECT_TRUE(stored.contains(key)) << "lost: " << key.toStdString();
    EXPECT_EQ(count(**now, QStringLiteral("SELECT count(*) FROM reports WHERE submitted_at IS NOT NULL")), o.toldSucceeded.size());
    EXPECT_EQ(count(**now, QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'report.submit'")), o.toldSucceeded.size());
    const auto chain = AuditChain::verify(**now);
    ASSERT_TRUE(chain);
    EXPECT_EQ(chain->firstBad, 0);
}
