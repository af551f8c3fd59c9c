// Benchmarks for the reporting cycle on the 5,000-unit, one-year demo: opening the review
// queue, one unit's cumulative progress, submitting a report. Run through scripts/bench.sh.
#include "BenchDemo.h"
#include "models/ReportQueueModel.h"
#include "services/CampaignService.h"
#include "services/DemoService.h"
#include "services/ReportService.h"
#include "services/UnitService.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <benchmark/benchmark.h>

using namespace cd;

namespace {

struct Demo
{
    QTemporaryDir dir;
    std::unique_ptr<Database> db;
    FixedClock clock{QDateTime(QDate(2021, 1, 20), QTime(10, 0))};
    QList<qint64> freshUnits; // units without reports, for submissions
    ServiceContext ctx() { return ServiceContext{*db, clock, Actor::localAdmin()}; }
};

Demo& demo()
{
    static Demo* d = [] {
        auto* d = new Demo;
        d->db = bench::open(bench::newDatabase(d->dir, QStringLiteral("demo")));
        QElapsedTimer t;
        t.start();
        auto r = DemoService(d->ctx()).generate({5000, 2020, 1, QDate(2021, 1, 20)});
        if (!r) qFatal("demo failed: %s", qPrintable(r.error().message));
        fprintf(stderr, "demo --units 5000 --year 2020 on the %s: %d reports with %d items in %.2f s\n", bench::onServer() ? "server" : "file",
                r->reports, r->reportItems, t.elapsed() / 1000.0);
        for (int i = 0; i < 300; ++i) {
            Unit u;
            u.name = QStringLiteral("基准测试单位%1").arg(i);
            d->freshUnits << *UnitService(d->ctx()).add(u);
        }
        return d;
    }();
    return *d;
}

void BM_OpenReviewQueueForAMonth(benchmark::State& state)
{
    Demo& d = demo();
    ReportService reports(d.ctx());
    const qint64 june = reports.period(QStringLiteral("2020-06"))->id;
    for (auto _ : state) {
        ReportQueueModel model;
        model.setRows(reports.list({june, std::nullopt, 0}));
        benchmark::DoNotOptimize(model.rowCount());
        state.counters["rows"] = model.rowCount();
    }
}
BENCHMARK(BM_OpenReviewQueueForAMonth)->Unit(benchmark::kMillisecond);

void BM_OpenReviewQueueWaitingAllPeriods(benchmark::State& state)
{
    Demo& d = demo();
    ReportService reports(d.ctx());
    for (auto _ : state) {
        ReportQueueModel model;
        model.setRows(reports.list({0, ReportStatus::Submitted, 0}));
        state.counters["rows"] = model.rowCount();
    }
}
BENCHMARK(BM_OpenReviewQueueWaitingAllPeriods)->Unit(benchmark::kMillisecond);

void BM_UnitCumulativeProgress(benchmark::State& state)
{
    Demo& d = demo();
    ReportService reports(d.ctx());
    const auto units = UnitService(d.ctx()).list();
    int i = 0;
    for (auto _ : state) {
        auto lines = reports.progress(units[(i++ * 37) % 5000].id);
        benchmark::DoNotOptimize(lines->size());
    }
}
BENCHMARK(BM_UnitCumulativeProgress)->Unit(benchmark::kMillisecond);

void BM_SubmitReport(benchmark::State& state)
{
    Demo& d = demo();
    ReportService reports(d.ctx());
    const auto tasks = CampaignService(d.ctx()).tasks(CampaignService(d.ctx()).current()->id);
    const auto period = *reports.period(QStringLiteral("2020-06"));
    static int next = 0;
    for (auto _ : state) {
        ReportDraft draft;
        draft.unitId = d.freshUnits[next++ % d.freshUnits.size()];
        draft.periodCode = QStringLiteral("2020-06");
        draft.summary = QStringLiteral("六月份按计划推进各项任务");
        for (const auto& t : ReportRules::tasksDue(period, tasks, draft.unitId))
            draft.items.append({t.id, 1, ItemStatus::Done, QStringLiteral("按计划开展"), {}, QStringLiteral("继续推进")});
        draft.add.append({QStringLiteral("会议记录.pdf"), QByteArray(200 * 1024, char('a' + next % 26))});
        if (!reports.submitReport(draft)) state.SkipWithError("submit failed");
    }
}
BENCHMARK(BM_SubmitReport)->Unit(benchmark::kMillisecond)->Iterations(50);

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    demo();
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
