// Scoring the year-end assessment for every unit of the 5,000-unit one-year demo, after the
// year (every report due, manual items entered), fresh and as locked.
// Run through scripts/bench.sh.
#include "BenchDemo.h"
#include "services/AssessmentService.h"

#include <QCoreApplication>
#include <QTemporaryDir>
#include <benchmark/benchmark.h>

using namespace cd;

namespace {

const QDate kToday(2021, 1, 20);

using bench::Demo;

Demo& demo()
{
    static Demo* d = bench::makeDemo(5000, 2020, kToday);
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
    if (!AssessmentService(d.ctx()).lock(2020)) {
        state.SkipWithError("lock failed");
        return;
    }
    for (auto _ : state) benchmark::DoNotOptimize(AssessmentService(d.ctx()).score(2020)->units.size());
    (void)AssessmentService(d.ctx()).unlock(2020, QStringLiteral("bench"));
}
BENCHMARK(BM_ReadLockedScores)->Unit(benchmark::kMillisecond)->Iterations(3);

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
