#include "services/DemoService.h"
#include "services/UnitService.h"
#include "widgets/common/AppSettings.h"
#include "widgets/common/Workspace.h"
#include "widgets/main/MainWindow.h"
#include "widgets/supervision/DashboardPage.h"
#include "widgets/units/UnitsPage.h"

#include <QFileInfo>
#include <QLabel>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <gtest/gtest.h>

using namespace cd;

namespace {

QString makeDemo(const QTemporaryDir& dir, int units)
{
    const QString path = dir.filePath(QStringLiteral("lazy.cdb"));
    Workspace ws;
    EXPECT_TRUE(ws.open(path, true));
    EXPECT_TRUE(DemoService(ws.context()).generate({units, QDate::currentDate().year(), 2, QDate::currentDate()}));
    return path;
}

int rowsShown(QWidget* page, const char* table)
{
    auto* view = page->findChild<QTableView*>(QLatin1String(table));
    return view ? view->model()->rowCount() : -1;
}

} // namespace

// Opening a campaign builds and fills the page on screen alone; another page is built, with
// the campaign's data, the first time it is shown, and catches up with changes made meanwhile.
TEST(LazyPages, OpeningBuildsOnlyThePageOnScreenAndTheOthersWhenShown)
{
    QTemporaryDir dir;
    const QString path = makeDemo(dir, 12);
    AppSettings().setCurrentPage(MainWindow::DashboardArea); // the page remembered from the last run
    MainWindow w;
    w.show();
    ASSERT_TRUE(w.openFile(path));
    EXPECT_TRUE(w.pageBuilt(MainWindow::DashboardArea));
    for (int p = MainWindow::CampaignArea; p <= MainWindow::AppraisalArea; ++p) EXPECT_FALSE(w.pageBuilt(MainWindow::Page(p))) << p;
    EXPECT_NE(w.dashboardPage()->tileText(QStringLiteral("on_time")), QStringLiteral("—"));

    ASSERT_TRUE(w.showPage(MainWindow::UnitsArea));
    EXPECT_TRUE(w.pageBuilt(MainWindow::UnitsArea));
    EXPECT_EQ(rowsShown(w.unitsPage(), "unitTable"), 12);

    // A unit added while the dashboard is on screen shows on the units page when it is back.
    ASSERT_TRUE(w.showPage(MainWindow::DashboardArea));
    Unit u;
    u.name = QStringLiteral("市新增单位");
    ASSERT_TRUE(UnitService(w.workspace().context()).add(u));
    emit w.workspace().changed();
    EXPECT_EQ(rowsShown(w.unitsPage(), "unitTable"), 12); // not yet: it is not on screen
    ASSERT_TRUE(w.showPage(MainWindow::UnitsArea));
    EXPECT_EQ(rowsShown(w.unitsPage(), "unitTable"), 13);
    EXPECT_FALSE(w.pageBuilt(MainWindow::BulletinArea));
}

// From the command line: the window is drawn first, naming the file it is opening, and the
// file opens as soon as it has been drawn.
TEST(LazyPages, TheWindowNamesTheFileWhileOpeningItOnceDrawn)
{
    QTemporaryDir dir;
    const QString path = makeDemo(dir, 6);
    MainWindow w;
    w.openOnceShown(path);
    EXPECT_FALSE(w.workspace().isOpen());
    EXPECT_TRUE(w.windowTitle().startsWith(QFileInfo(path).fileName())) << w.windowTitle().toStdString();
    auto* status = w.findChild<QLabel*>(QStringLiteral("fileLabel"));
    ASSERT_NE(status, nullptr);
    EXPECT_TRUE(status->text().contains(QStringLiteral("Opening"))) << status->text().toStdString();
    w.show();
    ASSERT_TRUE(QTest::qWaitFor([&] { return w.workspace().isOpen(); }, 10000));
    EXPECT_EQ(w.workspace().path(), path);
    EXPECT_TRUE(status->text().contains(QStringLiteral("signed in as"))) << status->text().toStdString();
}
