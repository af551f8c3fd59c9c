#include "models/GroupFiguresModel.h"
#include "models/HeatMapModel.h"
#include "services/DemoService.h"
#include "services/SupervisionService.h"
#include "services/UnitService.h"
#include "support/TestSupport.h"
#include "widgets/common/Dialogs.h"
#include "widgets/common/RegisterPrinting.h"
#include "widgets/common/Workspace.h"
#include "widgets/main/MainWindow.h"
#include "services/SettingsService.h"
#include "widgets/main/SettingsDialog.h"
#include "widgets/supervision/CaseDialog.h"
#include "widgets/supervision/DashboardPage.h"
#include "widgets/supervision/InspectionDialog.h"
#include "widgets/supervision/ProblemDialog.h"
#include "widgets/supervision/SupervisionPage.h"
#include "widgets/supervision/UnitPage.h"

#include <QTableWidget>

#include <QCheckBox>
#include <QComboBox>
#include <QLineEdit>
#include <QListWidget>
#include <QRadioButton>
#include <QSpinBox>
#include <QDateEdit>
#include <QFile>
#include <QProcess>
#include <QMenu>
#include <QPushButton>
#include <QLabel>
#include <QPlainTextEdit>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace cd;

namespace {
class SupervisionPages : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(ws.open(dir.filePath(QStringLiteral("c.cdb")), true));
        ASSERT_TRUE(DemoService(ws.context()).generate({30, QDate::currentDate().year(), 2, QDate::currentDate()}));
    }
    QTemporaryDir dir;
    Workspace ws;
};
} // namespace

TEST_F(SupervisionPages, TheDashboardShowsTheServicesFigures)
{
    DashboardPage page(ws);
    auto d = DashboardService(ws.context()).figures();
    ASSERT_TRUE(d);
    EXPECT_EQ(page.tileText(QStringLiteral("on_time")), QString::number(d->reportsOnTime));
    EXPECT_EQ(page.tileText(QStringLiteral("overdue")), QString::number(d->problemsOverdue));
    EXPECT_EQ(page.heatMap()->rowCount(), d->units);
    // The worst units come first.
    auto* view = page.findChild<QTableView*>(QStringLiteral("heatMapTable"));
    const int first = view->model()->index(0, 5).data(Qt::EditRole).toInt();
    const int last = view->model()->index(view->model()->rowCount() - 1, 5).data(Qt::EditRole).toInt();
    EXPECT_GE(first, last);
}

// A deactivated unit is not counted, and the heading says so rather than leave 29 of 30 a puzzle.
TEST_F(SupervisionPages, TheDashboardSaysHowManyUnitsAreLeftOut)
{
    const auto heading = [&] {
        DashboardPage page(ws);
        return page.findChild<QLabel*>(QStringLiteral("dashboardHeading"))->text();
    };
    // The demo leaves one of its 30 units out.
    EXPECT_TRUE(heading().endsWith(QStringLiteral("· 29 units taking part (1 deactivated, not counted)</p>"))) << heading().toStdString();
    for (Unit u : UnitService(ws.context()).list())
        if (!u.active) {
            u.active = true;
            ASSERT_TRUE(UnitService(ws.context()).update(u));
        }
    EXPECT_TRUE(heading().endsWith(QStringLiteral("· 30 units</p>"))) << heading().toStdString();
}

TEST_F(SupervisionPages, ALineAddedInTheDialogAppearsInTheLedger)
{
    SupervisionPage page(ws);
    page.show(); // pages on screen refresh at once; hidden ones when next shown
    const int before = page.problems()->rowCount();
    ProblemDialog dialog(ws, 0);
    dialog.findChild<QPlainTextEdit*>(QStringLiteral("descriptionEdit"))->setPlainText(QStringLiteral("谈心谈话记录缺失"));
    dialog.findChild<QDateEdit*>(QStringLiteral("deadlineEdit"))->setDate(QDate::currentDate().addDays(-1));
    dialog.accept(); // a deadline before today's finding is refused, and what was typed stays
    EXPECT_NE(dialog.result(), QDialog::Accepted);
    EXPECT_FALSE(dialog.findChild<QLabel*>(QStringLiteral("errorLabel"))->text().isEmpty());
    EXPECT_EQ(dialog.findChild<QPlainTextEdit*>(QStringLiteral("descriptionEdit"))->toPlainText(), QStringLiteral("谈心谈话记录缺失"));
    dialog.findChild<QDateEdit*>(QStringLiteral("deadlineEdit"))->setDate(QDate::currentDate().addDays(20));
    dialog.accept();
    EXPECT_EQ(dialog.result(), QDialog::Accepted);
    EXPECT_EQ(page.problems()->rowCount(), before + 1);
}

TEST_F(SupervisionPages, AnEscalatedLinePrintsItsNotice)
{
    SupervisionPage page(ws);
    // A line from the demo that has been escalated.
    qint64 escalated = 0;
    SupervisionService service(ws.context());
    for (const auto& p : service.problems({}))
        if (!service.history(p.id)->escalations.isEmpty()) escalated = p.id;
    if (!escalated) GTEST_SKIP() << "the demo made no escalated line this time of year";
    auto* view = page.problemTable();
    for (int r = 0; r < view->model()->rowCount(); ++r)
        if (view->model()->index(r, 0).data(ProblemTableModel::ProblemIdRole).toLongLong() == escalated) view->setCurrentIndex(view->model()->index(r, 0));
    const QString pdf = dir.filePath(QStringLiteral("notice.pdf"));
    dialogs::testing::setNextFileName(pdf);
    page.printNotice();
    EXPECT_TRUE(QFile::exists(pdf));
}

TEST_F(SupervisionPages, TheUnitPageMakesGapsInReportingStandOut)
{
    Unit u;
    u.name = QStringLiteral("新成立的单位");
    auto id = UnitService(ws.context()).add(u);
    ASSERT_TRUE(id);
    UnitPage page(ws);
    emit ws.opened(); // the page lists the units when a file opens
    page.showUnit(*id);
    auto* timeline = page.timeline();
    ASSERT_GT(timeline->rowCount(), 0);
    int missing = 0;
    for (int r = 0; r < timeline->rowCount(); ++r) missing += timeline->item(r, 2)->text() == QStringLiteral("Missing");
    EXPECT_GT(missing, 0);
    EXPECT_EQ(timeline->item(0, 2)->background().color(), QColor(0xef, 0x9a, 0x9a));
}

TEST_F(SupervisionPages, AHiddenPageRefreshesWhenItIsShown)
{
    // Another page is on screen in the same window.
    QWidget window;
    auto* other = new QWidget(&window);
    auto& page = *new SupervisionPage(ws, &window);
    page.hide();
    window.show();
    ASSERT_TRUE(other->isVisible());
    const int before = page.problems()->rowCount();
    Problem p;
    p.unitId = UnitService(ws.context()).list().first().id;
    p.description = QStringLiteral("新发现的问题");
    p.deadline = QDate::currentDate().addDays(10);
    ASSERT_TRUE(SupervisionService(ws.context()).addProblem(p));
    ws.notifyChanged();
    EXPECT_EQ(page.problems()->rowCount(), before); // not on screen: nothing computed yet
    page.show();
    EXPECT_EQ(page.problems()->rowCount(), before + 1);
}

TEST_F(SupervisionPages, AnInspectionVisitsSeveralUnitsEachWithItsFindings)
{
    const auto units = UnitService(ws.context()).list();
    const int before = int(SupervisionService(ws.context()).inspections().size());
    InspectionDialog dialog(ws);
    dialog.accept(); // no unit visited yet: refused, nothing written
    EXPECT_NE(dialog.result(), QDialog::Accepted);
    EXPECT_FALSE(dialog.findChild<QLabel*>(QStringLiteral("errorLabel"))->text().isEmpty());
    EXPECT_FALSE(dialog.addVisit(QStringLiteral("没有这个单位")));
    auto* findings = dialog.findChild<QPlainTextEdit*>(QStringLiteral("findingsEdit"));
    auto* rating = dialog.findChild<QComboBox*>(QStringLiteral("ratingCombo"));
    ASSERT_TRUE(dialog.addVisit(units[0].name));
    findings->setPlainText(QStringLiteral("学习台账完整"));
    ASSERT_TRUE(dialog.addVisit(units[1].name));
    findings->setPlainText(QStringLiteral("谈心谈话记录缺失"));
    rating->setCurrentText(QStringLiteral("一般"));
    // Going back to the first visit shows what was written there.
    dialog.findChild<QListWidget*>(QStringLiteral("visitList"))->setCurrentRow(0);
    EXPECT_EQ(findings->toPlainText(), QStringLiteral("学习台账完整"));
    ASSERT_TRUE(dialog.addVisit(units[1].name)); // listed once only
    EXPECT_EQ(dialog.findChild<QListWidget*>(QStringLiteral("visitList"))->count(), 2);
    dialog.findChild<QComboBox*>(QStringLiteral("kindCombo"))->setCurrentIndex(2);
    dialog.accept();
    ASSERT_EQ(dialog.result(), QDialog::Accepted);
    const auto all = SupervisionService(ws.context()).inspections();
    ASSERT_EQ(int(all.size()), before + 1);
    const auto added = std::ranges::find_if(all, [](const Inspection& i) { return i.kind == InspectionKind::Spot && i.visits.size() == 2; });
    ASSERT_NE(added, all.end());
    EXPECT_EQ(added->visits[0].findings, QStringLiteral("学习台账完整"));
    EXPECT_EQ(added->visits[1].findings, QStringLiteral("谈心谈话记录缺失"));
    EXPECT_EQ(added->visits[1].rating, QStringLiteral("一般"));
}

TEST_F(SupervisionPages, ANegativeCaseIsSavedWithItsPillar)
{
    const auto units = UnitService(ws.context()).list();
    const int before = int(SupervisionService(ws.context()).cases().size());
    CaseDialog dialog(ws);
    dialog.findChild<QComboBox*>(QStringLiteral("unitCombo"))->setCurrentText(units[2].name);
    dialog.findChild<QRadioButton*>(QStringLiteral("negativeRadio"))->setChecked(true);
    dialog.findChild<QComboBox*>(QStringLiteral("pillarCombo"))->setCurrentIndex(2); // 抓作风
    dialog.accept(); // no title: refused
    EXPECT_NE(dialog.result(), QDialog::Accepted);
    dialog.findChild<QLineEdit*>(QStringLiteral("titleEdit"))->setText(QStringLiteral("违规发放津贴补贴"));
    dialog.findChild<QCheckBox*>(QStringLiteral("publishCheck"))->setChecked(true);
    dialog.accept();
    ASSERT_EQ(dialog.result(), QDialog::Accepted);
    const auto cases = SupervisionService(ws.context()).cases();
    ASSERT_EQ(int(cases.size()), before + 1);
    const auto added = std::ranges::find(cases, QStringLiteral("违规发放津贴补贴"), &TypicalCase::title);
    ASSERT_NE(added, cases.end());
    EXPECT_FALSE(added->positive);
    EXPECT_TRUE(added->published);
    EXPECT_EQ(added->pillar, Pillar::Conduct);
    EXPECT_EQ(added->unitId, units[2].id);
}

TEST_F(SupervisionPages, SettingsDialogSavesAndRefusesRedBelowYellow)
{
    SettingsDialog dialog(ws);
    dialog.findChild<QSpinBox*>(QStringLiteral("behindYellow"))->setValue(4);
    dialog.findChild<QSpinBox*>(QStringLiteral("behindRed"))->setValue(2);
    dialog.accept();
    EXPECT_NE(dialog.result(), QDialog::Accepted);
    EXPECT_FALSE(dialog.findChild<QLabel*>(QStringLiteral("errorLabel"))->text().isEmpty());
    EXPECT_EQ(SettingsService(ws.context()).current().lights.behindYellow, 1); // nothing written
    dialog.findChild<QSpinBox*>(QStringLiteral("behindRed"))->setValue(6);
    dialog.findChild<QSpinBox*>(QStringLiteral("warnDays"))->setValue(7);
    // The seal: the bulletin and notices sealed by default, the registers not; the office turns
    // the bulletin's off and the registers' on.
    auto* bulletin = dialog.findChild<QCheckBox*>(QStringLiteral("sealBulletin"));
    auto* registers = dialog.findChild<QCheckBox*>(QStringLiteral("sealRegisters"));
    ASSERT_TRUE(bulletin && registers);
    EXPECT_TRUE(bulletin->isChecked());
    EXPECT_TRUE(dialog.findChild<QCheckBox*>(QStringLiteral("sealNotices"))->isChecked());
    EXPECT_FALSE(registers->isChecked());
    bulletin->setChecked(false);
    registers->setChecked(true);
    dialog.accept();
    ASSERT_EQ(dialog.result(), QDialog::Accepted);
    const auto s = SettingsService(ws.context()).current();
    EXPECT_EQ(s.lights.behindYellow, 4);
    EXPECT_EQ(s.lights.behindRed, 6);
    EXPECT_EQ(s.lights.warnDays, 7);
    EXPECT_FALSE(s.seals.sealed(DocumentKind::Bulletin));
    EXPECT_TRUE(s.seals.sealed(DocumentKind::Notice));
    EXPECT_TRUE(s.seals.sealed(DocumentKind::Register));
    EXPECT_FALSE(s.seals.sealed(DocumentKind::Assessment));
    // Read back as saved the next time the dialog opens.
    SettingsDialog again(ws);
    EXPECT_FALSE(again.findChild<QCheckBox*>(QStringLiteral("sealBulletin"))->isChecked());
    EXPECT_TRUE(again.findChild<QCheckBox*>(QStringLiteral("sealRegisters"))->isChecked());
}

TEST_F(SupervisionPages, TheLedgerPrintsAsALandscapeDocument)
{
    // The ledger is offered as every printed document is: preview, print, PDF and ODT.
    SupervisionPage page(ws);
    auto* button = page.findChild<QPushButton*>(QStringLiteral("printLedgerButton"));
    ASSERT_NE(button, nullptr);
    ASSERT_NE(button->menu(), nullptr);
    for (const char* name : {"printPreviewAction", "printAction", "savePdfAction", "saveDocxAction", "saveOdtAction"})
        EXPECT_NE(button->menu()->findChild<QAction*>(QLatin1String(name)), nullptr) << name;
    const QString path = dir.filePath(QStringLiteral("ledger.pdf"));
    dialogs::testing::setNextFileName(path);
    button->menu()->findChild<QAction*>(QStringLiteral("savePdfAction"))->trigger();
    QFile pdf(path);
    ASSERT_TRUE(pdf.open(QIODevice::ReadOnly));
    const QByteArray bytes = pdf.readAll();
    EXPECT_TRUE(bytes.startsWith("%PDF"));
    QProcess info;
    info.start(QStringLiteral("pdfinfo"), {path});
    ASSERT_TRUE(info.waitForFinished(20000));
    EXPECT_TRUE(QString::fromUtf8(info.readAllStandardOutput()).contains(QStringLiteral("842 x 595 pts (A4)"))) << "landscape A4";
    const QString odt = dir.filePath(QStringLiteral("list.odt"));
    dialogs::testing::setNextFileName(odt);
    QPushButton list;
    const qint64 unit = UnitService(ws.context()).list().first().id;
    registers::attach(&list, ws, registers::Kind::Responsibilities, [unit] { return unit; });
    list.menu()->findChild<QAction*>(QStringLiteral("saveOdtAction"))->trigger();
    EXPECT_TRUE(QFile::exists(odt));
    // DOCX comes before ODT in the menu, for WPS and Word.
    const auto actions = list.menu()->actions();
    const auto at = [&](const char* name) {
        return std::ranges::find_if(actions, [name](QAction* a) { return a->objectName() == QLatin1String(name); }) - actions.begin();
    };
    EXPECT_LT(at("saveDocxAction"), at("saveOdtAction"));
    const QString docx = dir.filePath(QStringLiteral("list.docx"));
    dialogs::testing::setNextFileName(docx);
    list.menu()->findChild<QAction*>(QStringLiteral("saveDocxAction"))->trigger();
    ASSERT_TRUE(QFile::exists(docx));
    EXPECT_TRUE(cd::test::readZip(docx).value(QStringLiteral("word/document.xml")).contains("<w:tbl>"));
}

// The dashboard opens on the campaign's groups, each row its units' figures; a group is gone
// into by activating its row, and left with Up.
TEST_F(SupervisionPages, TheDashboardOpensOnTheGroupsAndGoesIntoOne)
{
    DashboardPage page(ws);
    page.show();
    auto d = DashboardService(ws.context()).figures();
    ASSERT_TRUE(d);
    ASSERT_FALSE(d->groups.isEmpty()); // the demo's 系统
    auto* view = page.findChild<QTableView*>(QStringLiteral("groupFiguresTable"));
    ASSERT_NE(view, nullptr);
    EXPECT_TRUE(view->isVisible());
    ASSERT_EQ(view->model()->rowCount(), d->groups.size());
    // The row with the most units, entered with Enter.
    int row = 0;
    for (int r = 0; r < view->model()->rowCount(); ++r)
        if (view->model()->index(r, GroupFiguresModel::Units).data(Qt::EditRole).toInt() > view->model()->index(row, GroupFiguresModel::Units).data(Qt::EditRole).toInt()) row = r;
    const qint64 group = view->model()->index(row, 0).data(GroupFiguresModel::GroupIdRole).toLongLong();
    const int units = view->model()->index(row, GroupFiguresModel::Units).data(Qt::EditRole).toInt();
    view->setFocus();
    view->setCurrentIndex(view->model()->index(row, 0));
    QTest::keyClick(view, Qt::Key_Return);
    EXPECT_EQ(page.scope(), group);
    EXPECT_EQ(page.heatMap()->rowCount(), units);
    EXPECT_EQ(page.tileText(QStringLiteral("on_time")), QString::number(DashboardService(ws.context()).figures(group)->reportsOnTime));
    EXPECT_FALSE(page.findChild<QLabel*>(QStringLiteral("dashboardScope"))->text().isEmpty());
    // A 系统 has no groups of its own: the table goes, the units stay.
    EXPECT_FALSE(view->isVisible());
    auto* up = page.findChild<QPushButton*>(QStringLiteral("dashboardUpButton"));
    ASSERT_TRUE(up->isVisible());
    QTest::mouseClick(up, Qt::LeftButton);
    EXPECT_EQ(page.scope(), 0);
    EXPECT_EQ(page.heatMap()->rowCount(), d->units);
    EXPECT_FALSE(up->isVisible());
}
