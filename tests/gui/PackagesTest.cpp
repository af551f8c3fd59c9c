#include "packages/PackageService.h"
#include "services/CampaignService.h"
#include "services/ReportService.h"
#include "services/UnitService.h"
#include "support/TestSupport.h"
#include "widgets/common/Dialogs.h"
#include "widgets/common/Workspace.h"
#include "widgets/main/MainWindow.h"
#include "widgets/packages/PackageImportDialog.h"

#include <QAbstractItemModel>
#include <QApplication>
#include <QDir>
#include <QListWidget>
#include <QMenuBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTimer>

using namespace cd;

namespace {

struct OfficeFile
{
    QTemporaryDir dir;
    QString path = dir.filePath(QStringLiteral("office.cdb"));
    QList<qint64> units;

    OfficeFile()
    {
        Workspace ws;
        EXPECT_TRUE(ws.open(path, true));
        EXPECT_TRUE(CampaignService(ws.context()).createFromTemplate(QDate::currentDate().year()));
        for (const char* name : {"市教育局", "市财政局"}) {
            Unit u;
            u.name = QString::fromUtf8(name);
            units.append(*UnitService(ws.context()).add(u));
        }
    }
    QString file(const QString& name) const { return dir.filePath(name); }
};

QAction* action(MainWindow& w, const QString& englishText)
{
    for (QAction* a : w.menuBar()->findChildren<QAction*>())
        if (a->text().remove(QLatin1Char('&')) == englishText) return a;
    return nullptr;
}

} // namespace

TEST(Packages, AUnitOpensItsTaskPackageWorksAsTheUnitAndMakesItsReportPackage)
{
    OfficeFile office;
    {
        Workspace ws;
        ASSERT_TRUE(ws.open(office.path));
        ASSERT_TRUE(PackageService(ws.context())
                        .exportTask(office.units[0], office.file(QStringLiteral("jy.cdtask"))));
    }
    dialogs::testing::setNonInteractive(true);
    MainWindow w;
    dialogs::testing::setNextFileName(office.file(QStringLiteral("jy.cdtask")));
    dialogs::testing::setNextFileName(office.file(QStringLiteral("jy.cdb")));
    QAction* open = action(w, QStringLiteral("Open a task package (unit)…"));
    ASSERT_TRUE(open);
    open->trigger();
    ASSERT_TRUE(w.workspace().isOpen());
    EXPECT_EQ(w.workspace().path(), office.file(QStringLiteral("jy.cdb")));
    EXPECT_EQ(w.workspace().actor().role, Role::Unit);
    EXPECT_EQ(w.workspace().actor().unitId, office.units[0]);
    // The office's areas are hidden; the unit's workspace is shown.
    auto* nav = w.findChild<QListWidget*>();
    ASSERT_TRUE(nav);
    EXPECT_TRUE(nav->isRowHidden(MainWindow::UnitsArea));
    EXPECT_TRUE(nav->isRowHidden(MainWindow::ReviewArea));
    EXPECT_EQ(nav->currentRow(), int(MainWindow::WorkspaceArea));

    QAction* importAction = action(w, QStringLiteral("Import report packages…"));
    QAction* make = action(w, QStringLiteral("Make the report package (unit)…"));
    ASSERT_TRUE(importAction && make);
    EXPECT_FALSE(importAction->isEnabled()); // the office's work, not the unit's
    ASSERT_TRUE(make->isEnabled());
    dialogs::testing::setNextFileName(office.file(QStringLiteral("jy.cdreport")));
    make->trigger();
    EXPECT_TRUE(QFile::exists(office.file(QStringLiteral("jy.cdreport"))))
        << dialogs::testing::lastMessage().toStdString();
    dialogs::testing::setNonInteractive(false);
}

TEST(Packages, TheOfficeSeesEachPackageCheckedAndImportsThoseThatPass)
{
    OfficeFile office;
    const QString back = office.file(QStringLiteral("back"));
    QDir().mkpath(back);
    {
        Workspace ws;
        ASSERT_TRUE(ws.open(office.path));
        ASSERT_TRUE(PackageService(ws.context())
                        .exportTask(office.units[0], office.file(QStringLiteral("jy.cdtask"))));
    }
    FixedClock clock(QDateTime(QDate(QDate::currentDate().year(), 3, 3), QTime(9, 0)));
    ASSERT_TRUE(PackageService::openTaskPackage(office.file(QStringLiteral("jy.cdtask")),
                                                office.file(QStringLiteral("jy.cdb")), clock));
    {
        auto db = std::move(*Database::open(office.file(QStringLiteral("jy.cdb"))));
        const Actor unit = *PackageService::unitActor(*db);
        ServiceContext ctx{*db, clock, unit};
        const QString period = QStringLiteral("%1-02").arg(QDate::currentDate().year());
        auto draft = ReportService(ctx).editable(unit.unitId, period);
        ASSERT_TRUE(draft);
        ReportDraft d{unit.unitId, period, QStringLiteral("二月份工作"), draft->items, {}, {}, {}, {}};
        ASSERT_TRUE(ReportService(ctx).submitReport(d));
        ASSERT_TRUE(PackageService(ctx).makeReportPackage(
            QDir(back).filePath(QStringLiteral("jy.cdreport"))));
    }
    test::writeFile(QDir(back).filePath(QStringLiteral("junk.cdreport")), "not a package");

    dialogs::testing::setNonInteractive(true);
    Workspace ws;
    ASSERT_TRUE(ws.open(office.path));
    PackageImportDialog dialog(ws);
    dialog.addPaths({back});
    ASSERT_EQ(dialog.checks().size(), 2);
    QAbstractItemModel* model = dialog.table()->model();
    ASSERT_EQ(model->rowCount(), 2);
    int refused = 0, ready = 0;
    for (int r = 0; r < 2; ++r) {
        const QString result = model->index(r, model->columnCount() - 1).data().toString();
        if (result.startsWith(QStringLiteral("Refused"))) ++refused;
        if (result.startsWith(QStringLiteral("Ready"))) {
            ++ready;
            EXPECT_EQ(model->index(r, 1).data().toString(), QStringLiteral("市教育局"));
            EXPECT_EQ(model->index(r, 3).data().toInt(), 1);
        }
    }
    EXPECT_EQ(refused, 1);
    EXPECT_EQ(ready, 1);
    ASSERT_TRUE(dialog.importChecked());
    auto r = ReportService(ws.context())
                 .latest(office.units[0], QStringLiteral("%1-02").arg(QDate::currentDate().year()));
    ASSERT_TRUE(r);
    EXPECT_EQ(r->summary, QStringLiteral("二月份工作"));
    EXPECT_EQ(model->rowCount(), 0); // the list is cleared once taken in
    dialogs::testing::setNonInteractive(false);
}

// What a file manager hands over on a double-click: a task package opens as the unit's own
// file; a report package lands in the import dialog of the campaign open, already checked.
TEST(Packages, DoubleClickedPackagesGoToTheirOwnFlows)
{
    OfficeFile office;
    {
        Workspace ws;
        ASSERT_TRUE(ws.open(office.path));
        ASSERT_TRUE(PackageService(ws.context()).exportTask(office.units[0], office.file(QStringLiteral("jy.cdtask"))));
    }
    dialogs::testing::setNonInteractive(true);
    {
        MainWindow unit;
        dialogs::testing::setNextFileName(office.file(QStringLiteral("jy.cdb")));
        ASSERT_TRUE(unit.openPath(office.file(QStringLiteral("jy.cdtask"))));
        EXPECT_EQ(unit.workspace().path(), office.file(QStringLiteral("jy.cdb")));
        EXPECT_EQ(unit.workspace().actor().role, Role::Unit);
        ASSERT_TRUE(PackageService(unit.workspace().context()).makeReportPackage(office.file(QStringLiteral("jy.cdreport"))));
    }
    MainWindow w;
    ASSERT_TRUE(w.openFile(office.path));
    qsizetype checked = -1;
    QTimer::singleShot(0, &w, [&] {
        auto* dialog = qobject_cast<PackageImportDialog*>(QApplication::activeModalWidget());
        ASSERT_NE(dialog, nullptr);
        checked = dialog->checks().size();
        dialog->reject();
    });
    EXPECT_TRUE(w.openPath(office.file(QStringLiteral("jy.cdreport"))));
    EXPECT_EQ(checked, 1);
    dialogs::testing::setNonInteractive(false);
}
