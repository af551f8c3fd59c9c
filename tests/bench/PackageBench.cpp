// Importing 5,000 report packages into the office's file (target: 20 s): every package is read,
// its signature and parts checked, its contents resolved and then taken in, in one transaction.
// The office's file is the 5,000-unit demo as it stands on 10 March; each unit's package holds its
// March report (every task due, a 16 KB evidence file) and its April plan.
// Run through scripts/bench.sh.
#include "BenchDemo.h"
#include "packages/PackageConvert.h"
#include "packages/PackageService.h"
#include "storage/PackageRepository.h"
#include "storage/Transaction.h"
#include "storage/UnitRepository.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <benchmark/benchmark.h>

using namespace cd;

namespace {

const QDate kDemoDay(2020, 3, 10);
constexpr int kUnits = 5000;

struct Setup
{
    bench::Demo* demo = nullptr;
    QString folder;
    QString base; // the office's file before any import
};

Setup& setup()
{
    static Setup* s = [] {
        auto* out = new Setup;
        out->demo = bench::makeDemo(kUnits, 2020, kDemoDay);
        Database& db = *out->demo->db;
        auto index = CampaignIndex::load(db);
        const QString office = QStringLiteral("bench-office");
        PackageRepository repo(db);
        QHash<qint64, QByteArray> keys;
        {
            Transaction tx(db);
            (void)repo.setMeta(QStringLiteral("package_office"), office);
            for (const auto& u : UnitRepository(db).all()) {
                keys.insert(u.id, package::newKey());
                (void)repo.putUnitKey(u.id, keys.value(u.id), out->demo->clock.now());
            }
            (void)tx.commit();
        }
        out->folder = out->demo->dir.filePath(QStringLiteral("packages"));
        QDir().mkpath(out->folder);
        const Period march = index->periodByCode.value(QStringLiteral("2020-03"));
        for (const auto& u : UnitRepository(db).all()) {
            package::ReportPayload p;
            package::ReportEntry r;
            r.period = march.code;
            r.summary = QStringLiteral("%1三月份开展“三抓一促”工作情况").arg(u.name);
            r.submittedAt = QDateTime(QDate(2020, 4, 3), QTime(9, int(u.id % 60)));
            r.savedAt = r.submittedAt;
            r.submittedBy = u.name;
            for (const auto& t : ReportRules::tasksDue(march, index->tasks, u.id))
                r.items.append({t.code,
                                1,
                                ItemStatus::Done,
                                QStringLiteral("按计划完成"),
                                {},
                                QStringLiteral("四月继续推进")});
            const QByteArray file =
                QStringLiteral("%1 会议记录 ").arg(u.id).toUtf8().repeated(16 * 1024 / 24);
            r.files.append({QStringLiteral("会议记录.txt"), package::sha256(file), file.size()});
            p.reports.append(r);
            package::PlanEntry plan;
            plan.month = QStringLiteral("2020-04");
            plan.submittedAt = r.submittedAt;
            plan.submittedBy = u.name;
            for (const auto& item : r.items)
                plan.items.append({item.task, QStringLiteral("组织学习")});
            p.plans.append(plan);
            QList<package::Part> parts = package::reportParts(p);
            parts.append({package::filePath(r.files[0].sha256), file});
            package::Header h{QLatin1String(package::kReportFormat),
                              package::kFormatVersion,
                              office,
                              2020,
                              u.id,
                              u.name,
                              1,
                              r.submittedAt,
                              {}};
            if (!package::write(QDir(out->folder).filePath(QStringLiteral("%1.cdreport").arg(u.id)),
                                h, parts, keys.value(u.id)))
                qFatal("could not write a package");
        }
        out->demo->db.reset();
        out->base = bench::copyDatabase(out->demo->where, out->demo->dir, QStringLiteral("office"));
        return out;
    }();
    return *s;
}

void BM_Import5000ReportPackages(benchmark::State& state)
{
    Setup& s = setup();
    const QStringList files = PackageService::packageFiles({s.folder});
    int run = 0;
    for (auto _ : state) {
        state.PauseTiming();
        const QString path = bench::copyDatabase(s.base, s.demo->dir, QStringLiteral("run%1").arg(run++));
        auto db = bench::open(path);
        FixedClock clock(QDateTime(QDate(2020, 4, 10), QTime(9, 0)));
        PackageService service(ServiceContext{*db, clock, Actor::localAdmin()});
        state.ResumeTiming();

        QElapsedTimer timer;
        timer.start();
        const auto checks = service.inspect(files);
        const double checking = timer.restart() / 1000.0;
        auto done = service.apply(checks);
        const double importing = timer.elapsed() / 1000.0;

        state.PauseTiming();
        if (!done)
            state.SkipWithError(qPrintable(done.error().message));
        else {
            state.counters["packages"] = done->packages;
            state.counters["reports"] = done->reports;
            state.counters["plans"] = done->plans;
            state.counters["check_s"] = checking; // reading and checking every package
            state.counters["import_s"] = importing; // the one transaction
        }
        db.reset();
        if (!Database::isServerAddress(path)) QFile::remove(path);
        state.ResumeTiming();
    }
}
BENCHMARK(BM_Import5000ReportPackages)->Unit(benchmark::kMillisecond)->Iterations(1);

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    setup();
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
