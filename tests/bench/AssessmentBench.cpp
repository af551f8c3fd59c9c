// Scoring the year-end assessment for every unit of the 5,000-unit one-year demo, after the
// year (every report due, manual items entered), and writing the ranking as a PDF.
// Run through scripts/bench.sh.
#include "reports/AssessmentDocument.h"
#include "reports/PdfRenderer.h"
#include "services/AssessmentService.h"
#include "services/DemoService.h"
#include "storage/Database.h"

#include <QGuiApplication>
#include <QTemporaryDir>
#include <benchmark/benchmark.h>

using namespace cd;

namespace {

const QDate kToday(2021, 1, 20);

struct Demo
{
    QTemporaryDir dir;
    std::unique_ptr<Database> db;
    FixedClock clock{QDateTime(kToday, QTime(10, 0))};
    ServiceContext ctx() { return ServiceContext{*db, clock, Actor::localAdmin()}; }
};

Demo& demo()
{
    static Demo* d = [] {
        auto* d = new Demo;
        d->db = std::move(*Database::open(d->dir.filePath(QStringLiteral("demo.cdb"))));
        auto r = DemoService(d->ctx()).generate({5000, 2020, 1, kToday});
        if (!r) qFatal("demo failed: %s", qPrintable(r.error().message));
        return d;
    }();
    return *d;
}

void BM_ScoreEveryUnit(benchmark::State& state)
{
    Demo& d = demo();
    for (auto _ : state) {
        auto r = AssessmentService(d.ctx()).score(2020);
        if (!r) state.SkipWithError("scoring failed");
        state.counters["units"] = double(r->units.size());
    }
}
BENCHMARK(BM_ScoreEveryUnit)->Unit(benchmark::kMillisecond)->Iterations(3);

void BM_ReadLockedScores(benchmark::State& state)
{
    Demo& d = demo();
    static bool locked = bool(AssessmentService(d.ctx()).lock(2020));
    if (!locked) state.SkipWithError("lock failed");
    for (auto _ : state) benchmark::DoNotOptimize(AssessmentService(d.ctx()).score(2020)->units.size());
    (void)AssessmentService(d.ctx()).unlock(2020, QStringLiteral("bench"));
    locked = false;
}
BENCHMARK(BM_ReadLockedScores)->Unit(benchmark::kMillisecond)->Iterations(3);

void BM_RankingPdf(benchmark::State& state)
{
    Demo& d = demo();
    const auto result = *AssessmentService(d.ctx()).score(2020);
    for (auto _ : state) {
        OfficialDocument doc(PageStyle::officialLandscape());
        AssessmentDocument::ranking(doc, result, kToday);
        if (!PdfRenderer::writePdf(doc, d.dir.filePath(QStringLiteral("ranking.pdf")), QStringLiteral("ranking")))
            state.SkipWithError("pdf failed");
    }
}
BENCHMARK(BM_RankingPdf)->Unit(benchmark::kMillisecond)->Iterations(1);

} // namespace

int main(int argc, char** argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    demo();
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
