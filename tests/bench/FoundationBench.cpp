// Benchmarks for the foundation's performance targets, on a 5,000-unit demo campaign:
// opening the file to a shown main window, one filter keystroke in the units table,
// and importing a 5,000-row workbook. Run through scripts/bench.sh.
#include "exchange/SheetImport.h"
#include "exchange/SheetReader.h"
#include "exchange/XlsxLibrary.h"
#include "models/UnitFilterProxy.h"
#include "services/CampaignService.h"
#include "services/DemoService.h"
#include "services/UnitService.h"
#include "widgets/common/Workspace.h"
#include "widgets/main/MainWindow.h"
#include "widgets/units/UnitsPage.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QLineEdit>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <benchmark/benchmark.h>

using namespace cd;

namespace {

QTemporaryDir& scratch()
{
    static QTemporaryDir dir;
    return dir;
}

// The 5,000-unit demo, made once per run.
const QString& demoFile()
{
    static const QString path = [] {
        const QString p = scratch().filePath(QStringLiteral("demo5000.cdb"));
        auto db = Database::open(p);
        SystemClock clock;
        QElapsedTimer t;
        t.start();
        auto r = DemoService(ServiceContext{**db, clock, Actor::localAdmin()}).generate({5000, 2020, 1, {}});
        if (!r) qFatal("demo failed: %s", qPrintable(r.error().message));
        fprintf(stderr, "demo --units 5000: %d units, %d responsibilities in %.2f s\n", r->units, r->responsibilities,
                t.elapsed() / 1000.0);
        return p;
    }();
    return path;
}

void BM_OpenToShownMainWindow(benchmark::State& state)
{
    const QString path = demoFile();
    for (auto _ : state) {
        QElapsedTimer t;
        t.start();
        MainWindow w;
        w.showPage(MainWindow::UnitsArea);
        if (!w.openFile(path)) state.SkipWithError("open failed");
        w.show();
        QCoreApplication::processEvents();
        state.SetIterationTime(t.nsecsElapsed() / 1e9);
        w.close();
    }
}
BENCHMARK(BM_OpenToShownMainWindow)->UseManualTime()->Unit(benchmark::kMillisecond)->Iterations(5);

void BM_UnitsFilterKeystroke(benchmark::State& state)
{
    Workspace ws;
    if (!ws.open(demoFile())) state.SkipWithError("open failed");
    UnitsPage page(ws);
    page.resize(1200, 800);
    page.show();
    QCoreApplication::processEvents();
    // Typing a county's name one character at a time, then clearing it.
    const QStringList typed{QStringLiteral("青"), QStringLiteral("青山"), QStringLiteral("青山县"), QStringLiteral("青山县教"),
                            QStringLiteral("青山县教育"), QString()};
    int i = 0;
    for (auto _ : state) {
        QElapsedTimer t;
        t.start();
        page.searchEdit()->setText(typed[i++ % typed.size()]);
        QCoreApplication::processEvents(); // the table repaints
        state.SetIterationTime(t.nsecsElapsed() / 1e9);
    }
    state.counters["rows"] = page.proxy()->rowCount();
}
BENCHMARK(BM_UnitsFilterKeystroke)->UseManualTime()->Unit(benchmark::kMillisecond)->Iterations(60);

QString workbook5000()
{
    static const QString path = [] {
        const QString p = scratch().filePath(QStringLiteral("units5000.xlsx"));
        const XlsxLibrary* x = XlsxLibrary::get();
        lxw_workbook* wb = x->workbookNew(QFile::encodeName(p).constData());
        lxw_worksheet* ws = x->addWorksheet(wb, "名单");
        x->writeString(ws, 0, 0, "2020年全省单位名单", nullptr);
        const char* header[] = {"序号", "单位名称", "简称", "单位类别", "主要负责人", "分管领导", "联络员", "联系电话"};
        for (int c = 0; c < 8; ++c) x->writeString(ws, 2, lxw_col_t(c), header[c], nullptr);
        for (int r = 0; r < 5000; ++r) {
            const lxw_row_t row = lxw_row_t(r + 3);
            x->writeNumber(ws, row, 0, r + 1, nullptr);
            x->writeString(ws, row, 1, QStringLiteral("第%1片区市场监督管理所").arg(r + 1).toUtf8().constData(), nullptr);
            x->writeString(ws, row, 2, QStringLiteral("%1所").arg(r + 1).toUtf8().constData(), nullptr);
            x->writeString(ws, row, 3, r % 3 ? "政府部门" : "事业单位", nullptr);
            x->writeString(ws, row, 4, "王伟", nullptr);
            x->writeString(ws, row, 5, "李娜", nullptr);
            x->writeString(ws, row, 6, "张敏", nullptr);
            x->writeNumber(ws, row, 7, 13800000000.0 + r, nullptr);
        }
        x->close(wb);
        return p;
    }();
    return path;
}

void BM_ImportXlsx5000Rows(benchmark::State& state)
{
    const QString sheetPath = workbook5000();
    static int n = 0; // a fresh file for every iteration of every repetition
    for (auto _ : state) {
        const QString dbPath = scratch().filePath(QStringLiteral("import%1.cdb").arg(n++));
        auto db = Database::open(dbPath);
        SystemClock clock;
        ServiceContext ctx{**db, clock, Actor::localAdmin()};
        (void)CampaignService(ctx).createFromTemplate(2020);
        QElapsedTimer t;
        t.start();
        auto sheet = readSheet(sheetPath);
        auto rows = SheetImport::unitRows(*sheet);
        UnitService units(ctx);
        const auto preview = units.preview(*rows);
        if (preview.added.size() != 5000 || !units.apply(preview)) state.SkipWithError("import failed");
        state.SetIterationTime(t.nsecsElapsed() / 1e9);
    }
}
BENCHMARK(BM_ImportXlsx5000Rows)->UseManualTime()->Unit(benchmark::kMillisecond)->Iterations(3);

} // namespace

int main(int argc, char** argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("CampaignDeskBench"));
    QStandardPaths::setTestModeEnabled(true);
    benchmark::Initialize(&argc, argv);
    demoFile();
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
