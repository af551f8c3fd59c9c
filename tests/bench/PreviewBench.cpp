// The print preview of the quarterly bulletin, as File ▸ Print preview makes it: every page
// painted into the preview's pictures, for the 60-unit and the 5,000-unit demos. A preview
// records text as text; drawn otherwise (as bare glyphs, which it keeps as outlines) the
// 5,000-unit register's preview once took twelve times as long. Run through scripts/bench.sh.
#include "BenchDemo.h"
#include "reports/BulletinDocument.h"
#include "reports/PdfRenderer.h"
#include "services/BulletinService.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QPainter>
#include <QPrintPreviewWidget>
#include <QPrinter>
#include <benchmark/benchmark.h>
#include <map>

using namespace cd;

namespace {

const QDate kToday(2020, 7, 10); // the second quarter's reports are all due

bench::Demo& demo(int units)
{
    static std::map<int, bench::Demo*> made;
    auto& d = made[units];
    if (!d) d = bench::makeDemo(units, 2020, kToday);
    return *d;
}

void BM_BulletinPreview(benchmark::State& state)
{
    bench::Demo& d = demo(int(state.range(0)));
    auto content = BulletinService(d.ctx()).draft(QStringLiteral("2020Q2"));
    if (!content) {
        state.SkipWithError("gathering failed");
        return;
    }
    for (auto _ : state) {
        QPrinter printer(QPrinter::HighResolution);
        printer.setPageSize(QPageSize(QPageSize::A4));
        printer.setFullPage(true);
        QPrintPreviewWidget preview(&printer);
        QObject::connect(&preview, &QPrintPreviewWidget::paintRequested, [&](QPrinter* p) {
            OfficialDocument doc(PageStyle(), p->resolution());
            BulletinDocument::write(doc, *content);
            QPainter painter(p);
            PdfRenderer::paint(doc, *p, painter);
        });
        QElapsedTimer timer;
        timer.start();
        preview.updatePreview(); // paints every page, there and then
        state.SetIterationTime(double(timer.nsecsElapsed()) / 1e9);
        state.counters["pages"] = preview.pageCount();
    }
}
BENCHMARK(BM_BulletinPreview)->Arg(60)->Arg(5000)->UseManualTime()->Unit(benchmark::kMillisecond)->Iterations(1);

} // namespace

int main(int argc, char** argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
