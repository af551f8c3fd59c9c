// 述职测评 at the scale the brief names: a session of 150 people and 400 ballots, both clerks'
// CSV sheets read and entered and the session tallied; and a province's year, sixty published
// sessions over 5,000 units, fed into the assessment. On a file, or with CD_BENCH_ENGINE=server
// on the throwaway server. Run through scripts/bench.sh.
#include "BenchDemo.h"
#include "exchange/SheetReader.h"
#include "services/AssessmentService.h"
#include "services/ReviewService.h"
#include "services/UnitService.h"

#include <QCoreApplication>
#include <QFile>
#include <QRandomGenerator>
#include <benchmark/benchmark.h>

using namespace cd;

namespace {

constexpr int kPeople = 150;
const std::array<int, 3> kBallots{80, 120, 200}; // 400 in all

bench::Demo& small()
{
    static bench::Demo* d = bench::makeDemo(50, 2020, QDate(2020, 12, 10));
    return *d;
}

// The sheet both clerks enter: 400 rows of a serial and 150 grades, some left blank or doubled.
QString sheet(const QTemporaryDir& dir)
{
    const QString path = dir.filePath(QStringLiteral("ballots.csv"));
    if (QFile::exists(path)) return path;
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly)) qFatal("cannot write %s", qPrintable(path));
    QRandomGenerator dice(7);
    for (int serial = 1; serial <= 400; ++serial) {
        QByteArray line = QByteArray::number(serial);
        for (int p = 0; p < kPeople; ++p) {
            const int roll = int(dice.bounded(100));
            line += roll < 2 ? "," : roll < 3 ? ",12" : roll < 55 ? ",1" : roll < 85 ? ",2" : roll < 97 ? ",3" : ",4";
        }
        f.write(line + '\n');
    }
    return path;
}

// A new session with 150 people (three of each of fifty units) and the three groups.
qint64 newSession(bench::Demo& d)
{
    ReviewService service(d.ctx());
    auto id = service.addSession(2020, QStringLiteral("述职评议会"), QDate(2020, 12, 10));
    if (!id) qFatal("session: %s", qPrintable(id.error().message));
    const auto units = UnitService(d.ctx()).list();
    for (int p = 0; p < kPeople; ++p) {
        const Unit& u = units[p % units.size()];
        if (!service.addPerson(*id, {0, u.id, u.name, QStringLiteral("书记%1").arg(p), kAllLevels[size_t(p / units.size()) % 3]}))
            qFatal("person %d", p);
    }
    auto groups = ReviewService::defaultGroups();
    for (int g = 0; g < 3; ++g) {
        groups[g].ballots = kBallots[size_t(g)];
        if (!service.addGroup(*id, groups[g])) qFatal("group");
    }
    return *id;
}

QList<BallotRow> rows(const QString& path)
{
    auto read = readSheet(path);
    if (!read) qFatal("%s", qPrintable(read.error().message));
    QList<BallotRow> out;
    for (const auto& r : read->rows) out.append({0, r.value(0).toInt(), r.mid(1, kPeople), {}});
    return out;
}

void BM_TwoClerksEnterFourHundredBallotsAndTally(benchmark::State& state)
{
    bench::Demo& d = small();
    const QString path = sheet(d.dir);
    for (auto _ : state) {
        state.PauseTiming();
        const qint64 session = newSession(d);
        state.ResumeTiming();
        ReviewService service(d.ctx());
        for (int clerk : {1, 2})
            if (auto entered = service.enter(session, clerk, rows(path)); !entered || *entered != 400) state.SkipWithError("entering failed");
        auto count = service.count(session);
        if (!count || !count->disagreements.isEmpty() || count->outcomes.size() != kPeople) state.SkipWithError("tally failed");
        state.counters["people"] = double(count->outcomes.size());
        state.counters["ballots"] = double(count->ballotsEntered);
    }
}
BENCHMARK(BM_TwoClerksEnterFourHundredBallotsAndTally)->Unit(benchmark::kMillisecond)->Iterations(1);

bench::Demo& province()
{
    static bench::Demo* d = bench::makeDemo(5000, 2020, QDate(2021, 1, 20));
    return *d;
}

// The 5,000-unit demo after the year holds sixty published sessions; the assessment reads
// each unit's first responsible person's result into its 述职测评 item.
void BM_SixtySessionsFedIntoTheAssessment(benchmark::State& state)
{
    bench::Demo& d = province();
    for (auto _ : state) {
        auto r = AssessmentService(d.ctx()).score(2020);
        if (!r) state.SkipWithError("scoring failed");
        int fed = 0;
        for (const auto& u : r->units)
            for (const auto& i : u.items) fed += i.code == QLatin1String("appraisal") && i.score > 0;
        state.counters["units"] = double(r->units.size());
        state.counters["fed"] = fed;
        state.counters["sessions"] = double(ReviewService(d.ctx()).sessions(2020).size());
    }
}
BENCHMARK(BM_SixtySessionsFedIntoTheAssessment)->Unit(benchmark::kMillisecond)->Iterations(1);

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
