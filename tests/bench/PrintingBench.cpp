// Printed documents on generated data: the quarterly bulletin (figures gathered, laid out,
// written as PDF) for the 60-unit and the 5,000-unit one-year demos, and the year-end ranking
// for 5,000 units. Run through scripts/bench.sh.
#include "BenchDemo.h"
#include "reports/AssessmentDocument.h"
#include "reports/BulletinDocument.h"
#include "reports/DocumentFiles.h"
#include "reports/PdfRenderer.h"
#include "reports/PdfTextLayer.h"
#include "services/AssessmentService.h"
#include "services/BulletinService.h"
#include "services/GroupService.h"

#include <QFile>
#include <QFileInfo>
#include <QGuiApplication>
#include <map>
#include <QProcess>
#include <benchmark/benchmark.h>

using namespace cd;

namespace {

const QDate kToday(2020, 7, 10); // the second quarter's reports are all due

using bench::Demo;

Demo& demo(int units)
{
    static std::map<int, Demo*> made;
    auto& d = made[units];
    if (!d) d = bench::makeDemo(units, 2020, kToday);
    return *d;
}

void BM_BulletinPdf(benchmark::State& state)
{
    Demo& d = demo(int(state.range(0)));
    for (auto _ : state) {
        auto content = BulletinService(d.ctx()).draft(QStringLiteral("2020Q2"));
        if (!content) state.SkipWithError("gathering failed");
        OfficialDocument doc;
        BulletinDocument::write(doc, *content);
        if (!PdfRenderer::writePdf(doc, d.dir.filePath(QStringLiteral("bulletin.pdf")), QStringLiteral("bulletin")))
            state.SkipWithError("pdf failed");
    }
    // Untimed: the pages, and the body's (up to the page the 附件 starts on), read from the
    // PDF's text as pdftotext gives it, one form feed after each page.
    QProcess text;
    text.start(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), d.dir.filePath(QStringLiteral("bulletin.pdf")), QStringLiteral("-")});
    text.waitForFinished(120000);
    const QStringList pages = QString::fromUtf8(text.readAllStandardOutput()).split(QLatin1Char('\f'), Qt::SkipEmptyParts);
    qsizetype body = pages.size();
    for (qsizetype i = 0; i < pages.size(); ++i)
        if (pages[i].trimmed().startsWith(QStringLiteral("附件"))) {
            body = i;
            break;
        }
    state.counters["pages"] = double(pages.size());
    state.counters["body_pages"] = double(body);
}
BENCHMARK(BM_BulletinPdf)->Arg(60)->Arg(5000)->Unit(benchmark::kMillisecond)->Iterations(1);

// One county's bulletin (the first 地区 of the demo's tree), from gathering to the written PDF:
// what a county's office issues for its own part.
void BM_BulletinGroupPdf(benchmark::State& state)
{
    Demo& d = demo(int(state.range(0)));
    qint64 county = 0;
    for (const auto& g : GroupService(d.ctx()).overview())
        if (g.depth == 0 && g.group.kind == GroupKind::Region) {
            county = g.group.id;
            state.counters["units"] = double(g.allUnits);
            break;
        }
    if (county == 0) state.SkipWithError("the demo has no county");
    for (auto _ : state) {
        auto content = BulletinService(d.ctx(), county).draft(QStringLiteral("2020Q2"));
        if (!content) state.SkipWithError("gathering failed");
        OfficialDocument doc;
        BulletinDocument::write(doc, *content);
        if (!PdfRenderer::writePdf(doc, d.dir.filePath(QStringLiteral("county.pdf")), QStringLiteral("bulletin")))
            state.SkipWithError("pdf failed");
    }
}
BENCHMARK(BM_BulletinGroupPdf)->Arg(5000)->Unit(benchmark::kMillisecond)->Iterations(3);

// The editable files of the same bulletin: DOCX and ODT, from gathering to the written file.
void editable(benchmark::State& state, const char* extension)
{
    Demo& d = demo(int(state.range(0)));
    const QString path = d.dir.filePath(QStringLiteral("bulletin.") + QLatin1String(extension));
    for (auto _ : state) {
        auto content = BulletinService(d.ctx()).draft(QStringLiteral("2020Q2"));
        if (!content) state.SkipWithError("gathering failed");
        OfficialDocument doc;
        BulletinDocument::write(doc, *content);
        if (!DocumentFiles::write(doc, path, QStringLiteral("bulletin"))) state.SkipWithError("writing failed");
    }
    state.counters["KiB"] = double(QFileInfo(path).size()) / 1024;
}
void BM_BulletinDocx(benchmark::State& state) { editable(state, "docx"); }
void BM_BulletinOdt(benchmark::State& state) { editable(state, "odt"); }
BENCHMARK(BM_BulletinDocx)->Arg(60)->Arg(5000)->Unit(benchmark::kMillisecond)->Iterations(1);
BENCHMARK(BM_BulletinOdt)->Arg(60)->Arg(5000)->Unit(benchmark::kMillisecond)->Iterations(1);

// The text-layer pass alone (QPDF rewriting the ToUnicode maps), on the bulletin just written:
// its share of BM_BulletinPdf.
void BM_MendTextLayer(benchmark::State& state)
{
    Demo& d = demo(int(state.range(0)));
    const QString written = d.dir.filePath(QStringLiteral("bulletin.pdf"));
    if (!QFile::exists(written)) {
        OfficialDocument doc;
        BulletinDocument::write(doc, *BulletinService(d.ctx()).draft(QStringLiteral("2020Q2")));
        PdfRenderer::writePdf(doc, written, QStringLiteral("bulletin"));
    }
    for (auto _ : state)
        if (!PdfTextLayer::mend(written, d.dir.filePath(QStringLiteral("mended.pdf")))) state.SkipWithError("mending failed");
}
BENCHMARK(BM_MendTextLayer)->Arg(60)->Arg(5000)->Unit(benchmark::kMillisecond)->Iterations(1);

void BM_RankingPdf(benchmark::State& state)
{
    Demo& d = demo(int(state.range(0)));
    const auto result = *AssessmentService(d.ctx()).score(2020);
    for (auto _ : state) {
        OfficialDocument doc(PageStyle::officialLandscape());
        AssessmentDocument::ranking(doc, result, kToday);
        if (!PdfRenderer::writePdf(doc, d.dir.filePath(QStringLiteral("ranking.pdf")), QStringLiteral("ranking")))
            state.SkipWithError("pdf failed");
    }
}
BENCHMARK(BM_RankingPdf)->Arg(60)->Arg(5000)->Unit(benchmark::kMillisecond)->Iterations(1);

} // namespace

int main(int argc, char** argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
