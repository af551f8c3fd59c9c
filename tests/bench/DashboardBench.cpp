// The dashboard (all tiles, the groups rolled up and the heat map) on the 5,000-unit one-year
// demo, at the root and at one county: cold on a newly opened connection, as the desktop opens a
// file, and refreshed. Afterwards the same
// aggregates run as plain SQL in the sqlite3 shell on the same file (dashboard-aggregates.sql);
// the bench checks that both give the same figures and prints the ratio of the medians.
// Run through scripts/bench.sh.
#include "BenchDemo.h"
#include "services/AccountService.h"
#include "services/CampaignService.h"
#include "services/DashboardService.h"
#include "services/GroupService.h"
#include "services/ReportService.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QUrl>
#include <benchmark/benchmark.h>
#include <optional>

using namespace cd;

namespace {

const QDate kToday(2020, 11, 20); // mid-campaign: shares below one, a month due, problems open

using bench::Demo;

Demo& demo()
{
    static Demo* d = bench::makeDemo(5000, 2020, kToday);
    return *d;
}

Result<DashboardFigures> coldFigures(Demo& d)
{
    auto db = bench::open(d.where);
    return DashboardService(ServiceContext{*db, d.clock, Actor::localAdmin()}).figures();
}

void BM_DashboardCold(benchmark::State& state)
{
    Demo& d = demo();
    for (auto _ : state) {
        auto figures = coldFigures(d);
        if (!figures) state.SkipWithError("dashboard failed");
        state.counters["cells"] = double(figures->heatmap.size());
        state.counters["groups"] = double(figures->groups.size());
    }
}
BENCHMARK(BM_DashboardCold)->Unit(benchmark::kMillisecond)->Iterations(3);

void BM_DashboardRefreshed(benchmark::State& state)
{
    Demo& d = demo();
    DashboardService dashboard(d.ctx());
    (void)dashboard.figures();
    for (auto _ : state) benchmark::DoNotOptimize(dashboard.figures()->tasksBehind);
}
BENCHMARK(BM_DashboardRefreshed)->Unit(benchmark::kMillisecond)->Iterations(5);

// One county of the tree (the demo's second top-level group: 市直机关 comes first), with its
// 系统 rolled up: what a county's office or a leader reading one county opens.
qint64 county(Demo& d)
{
    static const qint64 id = [&] {
        const GroupTree tree = GroupService(d.ctx()).tree();
        const auto top = tree.children(0);
        return top.size() > 1 ? top[1]->id : 0;
    }();
    return id;
}

void BM_DashboardCountyCold(benchmark::State& state)
{
    Demo& d = demo();
    const qint64 group = county(d);
    if (group == 0) state.SkipWithError("the demo has no county");
    for (auto _ : state) {
        auto db = bench::open(d.where);
        auto figures = DashboardService(ServiceContext{*db, d.clock, Actor::localAdmin()}).figures(group);
        if (!figures) state.SkipWithError("dashboard failed");
        state.counters["units"] = double(figures->units);
        state.counters["groups"] = double(figures->groups.size());
    }
}
BENCHMARK(BM_DashboardCountyCold)->Unit(benchmark::kMillisecond)->Iterations(3);

void BM_DashboardCountyRefreshed(benchmark::State& state)
{
    Demo& d = demo();
    const qint64 group = county(d);
    DashboardService dashboard(d.ctx());
    (void)dashboard.figures(group);
    for (auto _ : state) benchmark::DoNotOptimize(dashboard.figures(group)->tasksBehind);
}
BENCHMARK(BM_DashboardCountyRefreshed)->Unit(benchmark::kMillisecond)->Iterations(5);

// Where the county office's login reaches the campaign: the file itself, or its own login's
// address on the server (made once, with an account scoped to the county).
QString countyOfficeAddress(Demo& d, qint64 group)
{
    static const QString where = [&] {
        if (!bench::onServer()) return d.where;
        const QString database = QUrl(d.where).path().mid(1);
        const QString login = QStringLiteral("co_") + database;
        if (auto id = AccountService(d.ctx()).add(login, Role::Office, 0, QStringLiteral("county-pass-1"), {}, group); !id)
            qFatal("the county's account: %s", qPrintable(id.error().message));
        return bench::serverAddress(database, login);
    }();
    return where;
}

// The county office as it signs in: its login's account on a server, its scope on a file.
std::optional<Actor> countyOffice(Database& db, qint64 group)
{
    if (bench::onServer()) {
        auto who = AccountService::serverActor(db);
        return who ? std::optional<Actor>(*who) : std::nullopt;
    }
    Actor office{QStringLiteral("county"), {}, Role::Office, 0};
    office.groupId = group;
    GroupService::scope(db, office);
    return office;
}

// The county's own office signed in, cold: on a file the services narrow every read to its
// units; on a server its own login reads through row-level security (ServerScopes.cpp), as
// the county's clerk opens the program.
void BM_DashboardCountyOffice(benchmark::State& state)
{
    Demo& d = demo();
    const qint64 group = county(d);
    const QString where = countyOfficeAddress(d, group);
    for (auto _ : state) {
        auto db = bench::open(where);
        const auto office = countyOffice(*db, group);
        if (!office) {
            state.SkipWithError("the county's login has no account");
            break;
        }
        auto figures = DashboardService(ServiceContext{*db, d.clock, *office}).figures();
        if (!figures || figures->scopeGroupId != group) state.SkipWithError("dashboard failed");
        else state.counters["units"] = double(figures->units);
    }
}
BENCHMARK(BM_DashboardCountyOffice)->Unit(benchmark::kMillisecond)->Iterations(3);

// The same login's dashboard refreshed on its open connection, as the page reloads.
void BM_DashboardCountyOfficeRefreshed(benchmark::State& state)
{
    Demo& d = demo();
    const qint64 group = county(d);
    auto db = bench::open(countyOfficeAddress(d, group));
    const auto office = countyOffice(*db, group);
    if (!office) {
        state.SkipWithError("the county's login has no account");
        return;
    }
    DashboardService dashboard(ServiceContext{*db, d.clock, *office});
    (void)dashboard.figures();
    for (auto _ : state) benchmark::DoNotOptimize(dashboard.figures()->tasksBehind);
}
BENCHMARK(BM_DashboardCountyOfficeRefreshed)->Unit(benchmark::kMillisecond)->Iterations(5);

void BM_DashboardTrends(benchmark::State& state)
{
    Demo& d = demo();
    DashboardService dashboard(d.ctx());
    const auto figures = *dashboard.figures();
    for (auto _ : state) benchmark::DoNotOptimize(dashboard.trends(figures)->months.size());
}
BENCHMARK(BM_DashboardTrends)->Unit(benchmark::kMillisecond)->Iterations(5);

double median(QList<double> v)
{
    std::ranges::sort(v);
    return v.isEmpty() ? 0 : v[v.size() / 2];
}

QString quoted(const QString& s) { return QLatin1Char('\'') + s + QLatin1Char('\''); }

// Runs the plain-SQL version in the sqlite3 shell: the statements' result lines and the sum of
// their "Run Time: real" figures in milliseconds.
std::optional<std::pair<QStringList, double>> runShell(const QString& file, const QString& sql)
{
    QProcess shell;
    shell.start(QStringLiteral("sqlite3"), {QStringLiteral("-cmd"), QStringLiteral(".timer on"), file});
    if (!shell.waitForStarted()) return std::nullopt;
    shell.write(sql.toUtf8());
    shell.closeWriteChannel();
    if (!shell.waitForFinished(120000) || shell.exitCode() != 0) return std::nullopt;
    QStringList results;
    double ms = 0;
    static const QRegularExpression timer(QStringLiteral("^Run Time: real ([0-9.]+)"));
    for (const auto& line : QString::fromUtf8(shell.readAllStandardOutput()).split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
        if (auto m = timer.match(line); m.hasMatch()) ms += m.captured(1).toDouble() * 1000;
        else results << line;
    }
    return std::pair{results, ms};
}

// Returns false when the shell's figures differ from the program's.
bool compareWithShell()
{
    Demo& d = demo();
    QFile file(QStringLiteral(CD_BENCH_SQL));
    if (!file.open(QIODevice::ReadOnly)) {
        fprintf(stderr, "cannot read %s\n", CD_BENCH_SQL);
        return false;
    }
    auto ctx = d.ctx();
    const auto campaign = *CampaignService(ctx).current();
    const auto periods = CampaignService(ctx).periods(campaign.id);
    const auto due = ReportService(ctx).latestDueMonth();
    const auto shares = ReportRules::dueShares(periods, kToday);
    const auto t = DashboardService(ctx).thresholds();
    QString sql = QString::fromUtf8(file.readAll());
    // Longest names first, so that :due_period is not taken for :due….
    const QList<QPair<QString, QString>> values{
        {QStringLiteral(":due_deadline"), quoted(due->deadline.toString(Qt::ISODate))},
        {QStringLiteral(":due_period"), QString::number(due->id)},
        {QStringLiteral(":warn_until"), quoted(kToday.addDays(t.warnDays).toString(Qt::ISODate))},
        {QStringLiteral(":campaign"), QString::number(campaign.id)},
        {QStringLiteral(":quarterly"), QString::number(shares.quarterly, 'g', 17)},
        {QStringLiteral(":monthly"), QString::number(shares.monthly, 'g', 17)},
        {QStringLiteral(":annual"), QString::number(shares.annual, 'g', 17)},
        {QStringLiteral(":today"), quoted(kToday.toString(Qt::ISODate))},
    };
    for (const auto& [name, value] : values) sql.replace(name, value);

    QList<double> ours, theirs;
    DashboardFigures figures;
    QStringList lines;
    for (int i = 0; i < 5; ++i) {
        QElapsedTimer timer;
        timer.start();
        auto f = coldFigures(d);
        ours << timer.nsecsElapsed() / 1e6;
        if (!f) return false;
        figures = *f;
        auto shell = runShell(d.db->path(), sql);
        if (!shell) {
            fprintf(stderr, "the sqlite3 shell failed on the aggregates\n");
            return false;
        }
        lines = shell->first;
        theirs << shell->second;
    }
    int behindCells = 0, overdueCells = 0, soonCells = 0;
    for (const auto& c : figures.heatmap) {
        behindCells += c.facts.tasksBehind > 0;
        overdueCells += c.facts.problemsOverdue > 0;
        soonCells += c.facts.problemsDueSoon > 0;
    }
    const int submitted = figures.reportsOnTime + figures.reportsLate;
    const QStringList expected{
        QString::number(figures.units),
        QStringLiteral("%1|%2").arg(submitted).arg(figures.reportsLate),
        QStringLiteral("%1|%2").arg(figures.tasksBehind).arg(behindCells),
        QStringLiteral("%1|%2|%3|%4")
            .arg(figures.problemsOpen)
            .arg(figures.problemsOverdue)
            .arg(figures.problemsClosed)
            .arg(figures.problemsRaised),
        QStringLiteral("%1|%2").arg(overdueCells).arg(soonCells),
    };
    const bool agree = lines == expected;
    printf("\n== dashboard against the sqlite3 shell on the same file (%lld heat cells, medians of 5)\n",
           static_cast<long long>(figures.heatmap.size()));
    printf("program, cold (open + all tiles + heat map): %.1f ms\n", median(ours));
    printf("sqlite3 shell, the same aggregates in SQL:   %.1f ms\n", median(theirs));
    printf("ratio program / shell: %.2f (aim: <= 1.5)\n", median(ours) / median(theirs));
    printf("figures agree: %s\n", agree ? "yes" : "NO");
    if (!agree)
        fprintf(stderr, "program: %s\nshell:   %s\n", qPrintable(expected.join(QLatin1String(" / "))),
                qPrintable(lines.join(QLatin1String(" / "))));
    return agree;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    demo();
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    // The sqlite3 shell reads the file; on a server there is no file to give it.
    return bench::onServer() || compareWithShell() ? 0 : 1;
}
