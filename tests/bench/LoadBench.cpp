// Many people at once on the throwaway server: unit secretaries saving and submitting their
// monthly reports with evidence, the office reviewing, leaders' dashboards refreshing, each a
// connection and a login of its own, for a bounded time. With --restart the server is
// restarted (pg_ctl restart -m fast) half-way: every client reconnects and finishes.
// With --failover (CD_PG_STANDBY_DIR: its synchronous standby, scripts/load.sh --failover)
// every client uses the one address of both hosts (target_session_attrs=read-write); the
// primary's every process is SIGKILLed half-way and the standby promoted; the clients find
// the new primary and resend what they were sending. Prints the time from the kill to the
// first write on the new primary, and submit latency before and after.
// Prints what was committed, lost and duplicated, the audit rows against the writes, the
// conflicts refused, submit latency and dashboard refresh percentiles.
//
//   CD_PG_DIR=/tmp/pg cd_load [--units 200] [--office 5] [--dashboards 3] [--seconds 90] [--think-ms 3000] [--restart | --failover]
//   (CD_LOAD_TRACE=1 also prints the warnings of each connection, such as a reconnection that failed)
#include "services/AccountService.h"
#include "services/CampaignService.h"
#include "services/DashboardService.h"
#include "services/ReportService.h"
#include "services/UnitService.h"
#include "storage/AuditChain.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QFile>
#include <QProcess>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>
#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdio>
#include <mutex>
#include <random>
#include <spdlog/spdlog.h>
#include <thread>

using namespace cd;
using Steady = std::chrono::steady_clock;

namespace {

QString g_dir;
int g_port = 0;
QString g_standbyDir; // with --failover
int g_standbyPort = 0;
std::atomic<bool> g_promoted{false};

void superuser(const QString& statement, const QString& database = QStringLiteral("postgres"))
{
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), QStringLiteral("load-admin"));
        // After a failover the standby is the server.
        const bool promoted = g_promoted;
        db.setHostName((promoted ? g_standbyDir : g_dir) + QStringLiteral("/socket"));
        db.setPort(promoted ? g_standbyPort : g_port);
        db.setDatabaseName(database);
        db.setUserName(QStringLiteral("postgres"));
        if (!db.open()) qFatal("the throwaway server: %s", qPrintable(db.lastError().text()));
        QSqlQuery q(db);
        if (!q.exec(statement)) qFatal("%s: %s", qPrintable(statement), qPrintable(q.lastError().text()));
    }
    QSqlDatabase::removeDatabase(QStringLiteral("load-admin"));
}

QString address(const QString& login, const QString& database)
{
    if (!g_standbyDir.isEmpty())
        return QStringLiteral("postgresql://%1@localhost/%2?host=%3/socket,%4/socket&port=%5,%6&target_session_attrs=read-write")
            .arg(login, database, g_dir, g_standbyDir)
            .arg(g_port)
            .arg(g_standbyPort);
    return QStringLiteral("postgresql://%1@localhost/%2?host=%3/socket&port=%4").arg(login, database, g_dir).arg(g_port);
}

double percentile(std::vector<double> v, double p)
{
    if (v.empty()) return 0;
    std::ranges::sort(v);
    return v[std::min(v.size() - 1, size_t(p * double(v.size() - 1) + 0.5))];
}

struct Tally
{
    std::mutex lock;
    std::vector<double> submitMs, dashboardMs;
    std::vector<std::pair<double, double>> submitAt; // (seconds into the run when sent, ms)
    std::atomic<double> deadAt{-1};                  // --failover: seconds into the run when the primary was gone
    std::atomic<double> firstAfterDeath{-1};         // when the first submission after that finished
    std::vector<double> signInMs[3];
    std::vector<double> reconnectMs;                 // from the connection lost to made again                 // how long signing in took: units, office, dashboards
    QSet<QString> committedKeys;
    std::atomic<int> drafts{0}, submits{0}, reviews{0}, conflicts{0}, refused{0}, reconnects{0}, reconnectTries{0}, unknown{0};
    QStringList errors;
    void error(const QString& e)
    {
        std::lock_guard g(lock);
        if (errors.size() < 5) errors << e;
    }
};

// A person's pause between two steps. A pause that would run past the end of the run ends it
// for this person (false): cut short instead, it would send every pending report at the same
// instant, a crowd nobody makes.
bool pauseUntil(double seconds, Steady::time_point end)
{
    const auto until = Steady::now() + std::chrono::duration_cast<Steady::duration>(std::chrono::duration<double>(seconds));
    std::this_thread::sleep_until(std::min(until, end));
    return until < end;
}

// Runs `call` until it is done or refused for a reason of its own; a lost connection is made
// again, with the desktop's pauses, and the same call (the same request key) sent again.
template <class Call> auto persist(Database& db, Tally& t, Call&& call) -> decltype(call())
{
    for (;;) {
        auto r = call();
        if (r || !db.connectionLost()) return r;
        const auto lost = Steady::now();
        for (int attempt = 0;; ++attempt) {
            std::this_thread::sleep_for(std::chrono::milliseconds(Database::reconnectPauseMs(attempt)));
            ++t.reconnectTries;
            if (db.reconnect()) break;
        }
        ++t.reconnects;
        {
            std::lock_guard g(t.lock);
            t.reconnectMs.push_back(std::chrono::duration<double, std::milli>(Steady::now() - lost).count());
        }
    }
}

// One simulated person: a connection of their own, signed in as their login.
struct Session
{
    std::unique_ptr<Database> db;
    Actor actor;
    FixedClock clock{QDateTime(QDate(2026, 12, 20), QTime(10, 0))};
    ServiceContext context() { return ServiceContext{*db, clock, actor}; }
    enum Kind { UnitKind, OfficeKind, DashboardKind };
    static std::unique_ptr<Session> open(const QString& where, Tally& t, Kind kind)
    {
        const auto start = Steady::now();
        auto opened = Database::connect(where);
        if (!opened) {
            t.error(opened.error().message);
            return nullptr;
        }
        auto actor = AccountService::serverActor(**opened);
        if (!actor) {
            t.error(actor.error().message);
            return nullptr;
        }
        auto session = std::make_unique<Session>();
        session->db = std::move(*opened);
        session->actor = *actor;
        std::lock_guard g(t.lock);
        t.signInMs[kind].push_back(std::chrono::duration<double, std::milli>(Steady::now() - start).count());
        return session;
    }
};

void unitClient(const QString& where, qint64 unitId, double thinkSeconds, Steady::time_point begin, Steady::time_point end, Tally& t)
{
    auto session = Session::open(where, t, Session::UnitKind);
    if (!session) return;
    Database& db = *session->db;
    ServiceContext ctx = session->context();
    std::mt19937 rng{quint32(unitId)};
    std::exponential_distribution<double> think(1.0 / thinkSeconds); // the pause between two saves, on average
    // Everyone signs in at once (the connection storm); each then types before saving.
    if (!pauseUntil(think(rng), end)) return;
    for (int month = 1; month <= 12 && Steady::now() < end; ++month) {
        const QString period = QStringLiteral("2026-%1").arg(month, 2, 10, QLatin1Char('0'));
        auto base = persist(db, t, [&] { return ReportService(ctx).editable(unitId, period); });
        if (!base) {
            ++t.refused;
            t.error(base.error().message);
            continue;
        }
        QByteArray evidence(64 * 1024, char('a' + month));
        evidence.prepend(QStringLiteral("%PDF-1.4 unit %1 month %2\n").arg(unitId).arg(month).toUtf8());
        ReportDraft d{unitId, period, QStringLiteral("%1月份工作情况").arg(month), base->items, {}, {{QStringLiteral("会议记录.pdf"), evidence}}, {}, {}};
        if (auto saved = persist(db, t, [&] { return ReportService(ctx).saveDraft(d); }); saved) ++t.drafts;
        else t.error(saved.error().message);
        if (!pauseUntil(think(rng), end)) return;
        // The draft is sent: the attached file is now part of it.
        auto again = persist(db, t, [&] { return ReportService(ctx).editable(unitId, period); });
        if (!again) continue;
        d.items = again->items;
        d.keep = again->attachments;
        d.add.clear();
        d.requestKey = QUuid::createUuid().toString(QUuid::WithoutBraces);
        const auto start = Steady::now();
        auto sent = persist(db, t, [&] { return ReportService(ctx).submitReport(d); });
        const double ms = std::chrono::duration<double, std::milli>(Steady::now() - start).count();
        if (sent) {
            ++t.submits;
            std::lock_guard g(t.lock);
            t.submitMs.push_back(ms);
            t.submitAt.emplace_back(std::chrono::duration<double>(start - begin).count(), ms);
            const double done = std::chrono::duration<double>(Steady::now() - begin).count();
            if (const double dead = t.deadAt; dead >= 0 && done >= dead && (t.firstAfterDeath < 0 || done < t.firstAfterDeath)) t.firstAfterDeath = done;
            t.committedKeys.insert(d.requestKey);
        } else {
            ++t.refused;
            t.error(sent.error().message);
        }
        if (!pauseUntil(think(rng), end)) return;
    }
}

void officeClient(const QString& where, int seed, Steady::time_point end, std::atomic<bool>& unitsDone, Tally& t)
{
    auto session = Session::open(where, t, Session::OfficeKind);
    if (!session) return;
    Database& db = *session->db;
    ServiceContext ctx = session->context();
    std::mt19937 rng{quint32(seed)};
    while (Steady::now() < end) {
        ReportFilter waiting;
        waiting.status = ReportStatus::Submitted;
        // A list read on a dead connection is empty: it counts as failed, to be read again.
        const auto queue = persist(db, t, [&]() -> Result<QList<ReportListRow>> {
            auto rows = ReportService(ctx).list(waiting);
            if (db.connectionLost()) return fail(Error::io(QStringLiteral("the connection was lost")));
            return rows;
        });
        if (!queue || queue->isEmpty()) {
            if (unitsDone) break;
            std::this_thread::sleep_for(std::chrono::milliseconds(200));
            continue;
        }
        // The five reviewers look at the head of the same queue: some pick the same report.
        const auto& row = (*queue)[int(rng() % quint32(std::min<qsizetype>(queue->size(), 8)))].row;
        auto done = persist(db, t, [&] { return ReportService(ctx).review(row.unitId, row.periodCode, true, {}); });
        if (done) ++t.reviews;
        else if (done.error().code == Error::Code::Conflict || done.error().code == Error::Code::Invalid) ++t.conflicts;
        else t.error(done.error().message);
        std::this_thread::sleep_for(std::chrono::milliseconds(50));
    }
}

void dashboardClient(const QString& where, Steady::time_point end, std::atomic<bool>& unitsDone, Tally& t)
{
    auto session = Session::open(where, t, Session::DashboardKind);
    if (!session) return;
    Database& db = *session->db;
    ServiceContext ctx = session->context();
    while (Steady::now() < end && !unitsDone) {
        const auto start = Steady::now();
        auto figures = persist(db, t, [&] { return DashboardService(ctx).figures(); });
        const double ms = std::chrono::duration<double, std::milli>(Steady::now() - start).count();
        if (figures) {
            std::lock_guard g(t.lock);
            t.dashboardMs.push_back(ms);
        } else {
            t.error(figures.error().message);
        }
        std::this_thread::sleep_for(std::chrono::seconds(1));
    }
}

qint64 count(Database& db, const QString& sql)
{
    QSqlQuery q(db.sql());
    return q.exec(sql) && q.next() ? q.value(0).toLongLong() : -1;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    // What the drivers say while the server restarts ("no connection to the server", once per
    // statement of 200 clients) is expected here; the figures are what this program prints.
    qInstallMessageHandler([](QtMsgType type, const QMessageLogContext&, const QString& message) {
        if (type == QtFatalMsg) std::fprintf(stderr, "%s\n", qPrintable(message));
    });
    spdlog::set_level(qEnvironmentVariableIsSet("CD_LOAD_TRACE") ? spdlog::level::warn : spdlog::level::err);
    const QStringList args = app.arguments();
    const auto option = [&](const char* name, int fallback) {
        const int i = int(args.indexOf(QLatin1String(name)));
        return i >= 0 && i + 1 < args.size() ? args[i + 1].toInt() : fallback;
    };
    const int units = option("--units", 200), office = option("--office", 5), dashboards = option("--dashboards", 3), seconds = option("--seconds", 90);
    const bool restart = args.contains(QStringLiteral("--restart"));
    const bool failover = args.contains(QStringLiteral("--failover"));
    // A secretary's pause between saving and sending, and between two months (seconds, on average).
    const double think = std::max(0.05, double(option("--think-ms", 3000)) / 1000.0);
    g_dir = qEnvironmentVariable("CD_PG_DIR");
    QFile portFile(g_dir + QStringLiteral("/port"));
    if (g_dir.isEmpty() || !portFile.open(QIODevice::ReadOnly)) qFatal("cd_load wants the throwaway server in CD_PG_DIR (scripts/pg-throwaway.sh)");
    g_port = QString::fromLatin1(portFile.readAll().trimmed()).toInt();
    if (failover) {
        g_standbyDir = qEnvironmentVariable("CD_PG_STANDBY_DIR");
        QFile standbyPort(g_standbyDir + QStringLiteral("/port"));
        if (g_standbyDir.isEmpty() || !standbyPort.open(QIODevice::ReadOnly)) qFatal("--failover wants the standby's folder in CD_PG_STANDBY_DIR (scripts/load.sh --failover)");
        g_standbyPort = QString::fromLatin1(standbyPort.readAll().trimmed()).toInt();
    }

    // The campaign, its units and every person's login, made by the database's owner.
    const QString name = QStringLiteral("load_") + QUuid::createUuid().toString(QUuid::Id128).left(10);
    superuser(QStringLiteral("CREATE ROLE %1 LOGIN CREATEROLE").arg(name));
    superuser(QStringLiteral("CREATE DATABASE %1 OWNER %1").arg(name));
    QStringList unitLogins, officeLogins, dashboardLogins;
    QList<qint64> unitIds;
    {
        auto owner = Database::connect(address(name, name));
        if (!owner) qFatal("%s", qPrintable(owner.error().message));
        FixedClock clock(QDateTime(QDate(2026, 12, 20), QTime(9, 0)));
        ServiceContext ctx{**owner, clock, *AccountService::serverActor(**owner)};
        if (!CampaignService(ctx).createFromTemplate(2026)) qFatal("no campaign");
        for (int i = 0; i < units; ++i) {
            Unit u;
            u.name = QStringLiteral("单位%1").arg(i + 1, 3, 10, QLatin1Char('0'));
            auto id = UnitService(ctx).add(u);
            if (!id) qFatal("%s", qPrintable(id.error().message));
            unitIds << *id;
            const QString login = QStringLiteral("%1_u%2").arg(name).arg(i + 1);
            if (auto a = AccountService(ctx).add(login, Role::Unit, *id, QStringLiteral("Load-Pass-1")); !a) qFatal("%s", qPrintable(a.error().message));
            unitLogins << login;
        }
        for (int i = 0; i < office; ++i) {
            const QString login = QStringLiteral("%1_o%2").arg(name).arg(i + 1);
            if (auto a = AccountService(ctx).add(login, Role::Office, 0, QStringLiteral("Load-Pass-1")); !a) qFatal("%s", qPrintable(a.error().message));
            officeLogins << login;
        }
        for (int i = 0; i < dashboards; ++i) {
            const QString login = QStringLiteral("%1_v%2").arg(name).arg(i + 1);
            if (auto a = AccountService(ctx).add(login, Role::Viewer, 0, QStringLiteral("Load-Pass-1")); !a) qFatal("%s", qPrintable(a.error().message));
            dashboardLogins << login;
        }
    }
    std::printf("%d unit clients, %d office clients, %d dashboards, each its own login and connection; at most %d s; %.1f s between a unit's saves on average%s\n",
                units, office, dashboards, seconds, think, restart ? "; the server restarted on the way" : failover ? "; the primary killed and its standby promoted on the way" : "");
    std::fflush(stdout);

    Tally t;
    const auto begin = Steady::now();
    const auto end = begin + std::chrono::seconds(seconds);
    std::atomic<bool> unitsDone{false};
    std::vector<std::thread> unitThreads, others;
    for (int i = 0; i < units; ++i) unitThreads.emplace_back(unitClient, address(unitLogins[i], name), unitIds[i], think, begin, end, std::ref(t));
    for (int i = 0; i < office; ++i) others.emplace_back(officeClient, address(officeLogins[i], name), i + 1, end, std::ref(unitsDone), std::ref(t));
    for (int i = 0; i < dashboards; ++i) others.emplace_back(dashboardClient, address(dashboardLogins[i], name), end, std::ref(unitsDone), std::ref(t));
    double restartedAt = -1;
    if (restart) {
        std::this_thread::sleep_for(std::chrono::seconds(std::max(2, seconds / 6)));
        restartedAt = std::chrono::duration<double>(Steady::now() - begin).count();
        QProcess pgctl;
        pgctl.start(QStringLiteral("runuser"), {QStringLiteral("-u"), QStringLiteral("postgres"), QStringLiteral("--"), QStringLiteral("/usr/lib/postgresql/15/bin/pg_ctl"),
                                                 QStringLiteral("-D"), g_dir + QStringLiteral("/data"), QStringLiteral("-m"), QStringLiteral("fast"), QStringLiteral("-w"),
                                                 QStringLiteral("restart")});
        pgctl.waitForFinished(60000);
        if (pgctl.exitCode() != 0) std::printf("pg_ctl restart failed: %s\n", pgctl.readAllStandardError().constData());
    }
    double killedAt = -1, promotedAt = -1;
    if (failover) {
        // A third of the way in: after the opening crowd of sign-ins, while everyone works.
        std::this_thread::sleep_for(std::chrono::seconds(std::max(2, seconds / 3)));
        const auto harness = [](const QStringList& args) {
            QProcess p;
            p.setProcessChannelMode(QProcess::MergedChannels);
            p.start(QStringLiteral(CD_SOURCE_DIR "/scripts/pg-throwaway.sh"), args);
            p.waitForFinished(120000);
            if (p.exitCode() != 0) std::printf("pg-throwaway.sh %s failed: %s\n", qPrintable(args.join(QLatin1Char(' '))), p.readAll().constData());
        };
        killedAt = std::chrono::duration<double>(Steady::now() - begin).count();
        harness({QStringLiteral("kill"), g_dir});
        t.deadAt = std::chrono::duration<double>(Steady::now() - begin).count();
        harness({QStringLiteral("promote"), g_standbyDir});
        g_promoted = true;
        promotedAt = std::chrono::duration<double>(Steady::now() - begin).count();
    }
    for (auto& th : unitThreads) th.join();
    const double unitSeconds = std::chrono::duration<double>(Steady::now() - begin).count();
    unitsDone = true;
    for (auto& th : others) th.join();
    const double allSeconds = std::chrono::duration<double>(Steady::now() - begin).count();

    // What the server holds, read by the owner, against what the clients were told.
    auto owner = Database::connect(address(name, name));
    if (!owner) qFatal("%s", qPrintable(owner.error().message));
    Database& db = **owner;
    QSet<QString> stored;
    {
        QSqlQuery q(db.sql());
        q.exec(QStringLiteral("SELECT request_key FROM reports WHERE request_key IS NOT NULL"));
        while (q.next()) stored.insert(q.value(0).toString());
    }
    int lost = 0;
    for (const QString& key : t.committedKeys) lost += stored.contains(key) ? 0 : 1;
    const qint64 submittedRows = count(db, QStringLiteral("SELECT count(*) FROM reports WHERE submitted_at IS NOT NULL"));
    const qint64 duplicates = submittedRows - qint64(t.committedKeys.size());
    const qint64 sameVersion = count(db, QStringLiteral("SELECT count(*) FROM (SELECT unit_id, period_id, version FROM reports GROUP BY 1, 2, 3 HAVING count(*) > 1) d"));
    const qint64 auditSubmits = count(db, QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'report.submit'"));
    const qint64 auditReviews = count(db, QStringLiteral("SELECT count(*) FROM audit_log WHERE action IN ('report.accept', 'report.return')"));
    const qint64 reviewedRows = count(db, QStringLiteral("SELECT count(*) FROM reports WHERE reviewed_at IS NOT NULL"));
    const auto chain = AuditChain::verify(db);

    std::printf("units finished in %.1f s, everything in %.1f s%s\n", unitSeconds, allSeconds,
                restartedAt >= 0 ? qPrintable(QStringLiteral("; server restarted at %1 s").arg(restartedAt, 0, 'f', 1)) : "");
    if (failover) {
        std::printf("primary killed at %.1f s (every process gone at %.1f s), standby promoted at %.1f s; first submission on the new primary %.0f ms after the kill\n",
                    killedAt, t.deadAt.load(), promotedAt, t.firstAfterDeath >= 0 ? (t.firstAfterDeath - killedAt) * 1000 : -1.0);
        std::vector<double> before, after;
        for (const auto& [at, ms] : t.submitAt) (at < killedAt ? before : after).push_back(ms);
        std::printf("submit latency (ms) before the kill: p50 %.1f  p95 %.1f  (%zu); after: p50 %.1f  p95 %.1f  (%zu)\n", percentile(before, 0.5),
                    percentile(before, 0.95), before.size(), percentile(after, 0.5), percentile(after, 0.95), after.size());
    }
    std::printf("writes committed: %d submissions, %d drafts saved, %d reviews\n", int(t.submits), int(t.drafts), int(t.reviews));
    std::printf("writes lost: %d   duplicates: %lld (submitted rows %lld, same version twice %lld)\n", lost, static_cast<long long>(duplicates),
                static_cast<long long>(submittedRows), static_cast<long long>(sameVersion));
    std::printf("audit rows = writes: submissions %lld = %d %s, reviews %lld = %lld %s; chain %s, %lld rows awaiting their link\n",
                static_cast<long long>(auditSubmits), int(t.submits), auditSubmits == t.submits ? "yes" : "NO", static_cast<long long>(auditReviews),
                static_cast<long long>(reviewedRows), auditReviews == reviewedRows ? "yes" : "NO", chain && chain->firstBad == 0 ? "verifies" : "DOES NOT VERIFY",
                static_cast<long long>(chain ? chain->pending : 0));
    std::printf("conflicts refused cleanly: %d (two reviewers on one report); refused otherwise: %d; reconnections: %d in %d tries; transactions repeated: %lld\n",
                int(t.conflicts), int(t.refused), int(t.reconnects), int(t.reconnectTries), static_cast<long long>(retry::repeated()));
    std::printf("submit latency (ms): p50 %.1f  p95 %.1f  p99 %.1f  (%zu submissions)\n", percentile(t.submitMs, 0.5), percentile(t.submitMs, 0.95),
                percentile(t.submitMs, 0.99), t.submitMs.size());
    // The same by the time it was sent: the opening (every client signing in at once) apart
    // from the rest.
    {
        std::vector<double> after;
        for (const auto& [at, ms] : t.submitAt)
            if (at >= 15) after.push_back(ms);
        std::printf("  sent 15 s on:      p50 %.1f  p95 %.1f  p99 %.1f  (%zu)\n", percentile(after, 0.5), percentile(after, 0.95), percentile(after, 0.99),
                    after.size());
    }
    for (int from = 0; from < seconds + 15; from += 15) {
        std::vector<double> window;
        for (const auto& [at, ms] : t.submitAt)
            if (at >= from && at < from + 15) window.push_back(ms);
        if (window.empty()) continue;
        std::printf("  sent at %3d–%3d s: p50 %.1f  p95 %.1f  (%zu)\n", from, from + 15, percentile(window, 0.5), percentile(window, 0.95), window.size());
    }
    const char* kinds[] = {"units", "office", "dashboards"};
    for (int k = 0; k < 3; ++k)
        if (!t.signInMs[k].empty())
            std::printf("signing in (ms), %s: p50 %.0f  max %.0f  (%zu)\n", kinds[k], percentile(t.signInMs[k], 0.5),
                        *std::ranges::max_element(t.signInMs[k]), t.signInMs[k].size());
    if (!t.reconnectMs.empty())
        std::printf("connected again after (ms): p50 %.0f  p95 %.0f  max %.0f\n", percentile(t.reconnectMs, 0.5), percentile(t.reconnectMs, 0.95),
                    *std::ranges::max_element(t.reconnectMs));
    std::printf("dashboard refresh under load (ms): p50 %.1f  p95 %.1f  (%zu refreshes)\n", percentile(t.dashboardMs, 0.5), percentile(t.dashboardMs, 0.95),
                t.dashboardMs.size());
    for (const QString& e : t.errors) std::printf("  error seen: %s\n", qPrintable(e));
    owner->reset();
    superuser(QStringLiteral("DROP DATABASE %1 WITH (FORCE)").arg(name));
    return lost == 0 && duplicates == 0 && sameVersion == 0 && auditSubmits == t.submits && auditReviews == reviewedRows && chain && chain->firstBad == 0 ? 0 : 1;
}
