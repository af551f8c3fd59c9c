// With CD_SCREENSHOT_DIR set, renders the foundation's screens in Chinese to PNG files there,
// for a person to look at; otherwise skipped.
#include "models/UnitTableModel.h"
#include "services/UnitService.h"
#include "services/DemoService.h"
#include "support/TestSupport.h"
#include "widgets/common/Workspace.h"
#include "widgets/exchange/ImportWizard.h"
#include "reports/EscalationNotice.h"
#include "reports/PdfRenderer.h"
#include "services/SupervisionService.h"
#include "widgets/main/HelpWindow.h"
#include "widgets/main/MainWindow.h"
#include "widgets/reporting/PeriodCombo.h"
#include "widgets/reporting/RemindersPage.h"
#include "widgets/reporting/ReportDialog.h"
#include "widgets/reporting/ReviewPage.h"
#include "widgets/reporting/UnitWorkspacePage.h"
#include "widgets/responsibilities/ResponsibilityPage.h"
#include "models/ReportQueueModel.h"
#include "widgets/units/UnitDialog.h"
#include "widgets/units/UnitsPage.h"
#include "widgets/welcome/WelcomeDialog.h"
#include "widgets/main/SettingsDialog.h"
#include "widgets/supervision/CaseDialog.h"
#include "widgets/supervision/InspectionDialog.h"
#include "widgets/assessment/AssessmentPage.h"
#include "widgets/bulletin/BulletinPage.h"
#include "reports/BulletinDocument.h"
#include "widgets/assessment/RubricDialog.h"
#include "widgets/assessment/ScoreDialog.h"
#include "models/AssessmentModel.h"
#include "reports/AssessmentDocument.h"
#include "packages/PackageService.h"
#include "services/ReportService.h"
#include "widgets/packages/PackageImportDialog.h"
#include <QHeaderView>
#include <QTableView>

#include "reports/ReviewDocuments.h"
#include "services/CampaignService.h"
#include "services/ReviewService.h"
#include "widgets/appraisal/AppraisalPage.h"
#include "widgets/appraisal/BallotEntry.h"
#include "widgets/appraisal/ReportsTab.h"

#include <QApplication>
#include <QTableWidget>
#include <QComboBox>
#include <QDir>
#include <QLibraryInfo>
#include <QPlainTextEdit>
#include <QLocale>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

using namespace cd;

namespace {
class Screens : public ::testing::Test
{
protected:
    void SetUp() override
    {
        out = qEnvironmentVariable("CD_SCREENSHOT_DIR");
        if (out.isEmpty()) GTEST_SKIP() << "set CD_SCREENSHOT_DIR to render the screens";
        chinese = std::make_unique<test::ChineseUi>();
        ASSERT_TRUE(chinese->loaded());
        QDir().mkpath(out);
    }
    void save(QWidget* w, const QString& name)
    {
        w->show();
        QCoreApplication::processEvents();
        const QPixmap p = w->grab();
        ASSERT_FALSE(p.isNull());
        ASSERT_TRUE(p.save(QDir(out).filePath(name + QStringLiteral(".png"))));
    }
    QString out;
    std::unique_ptr<test::ChineseUi> chinese;
    QTemporaryDir dir;
};
} // namespace

TEST_F(Screens, Foundation)
{
    Workspace ws;
    WelcomeDialog welcome(ws);
    save(&welcome, QStringLiteral("welcome"));
    HelpWindow help;
    help.resize(900, 700);
    help.showSection(QStringLiteral("review"));
    save(&help, QStringLiteral("help-window"));

    ASSERT_TRUE(ws.open(dir.filePath(QStringLiteral("demo.cdb")), true));
    ASSERT_TRUE(DemoService(ws.context()).generate({60, 2026, 1, QDate(2026, 11, 26)}));
    MainWindow w;
    w.resize(1280, 800);
    ASSERT_TRUE(w.openFile(dir.filePath(QStringLiteral("demo.cdb"))));
    w.showPage(MainWindow::ResponsibilitiesArea);
    save(&w, QStringLiteral("responsibilities"));
    w.responsibilityPage()->findChild<QTabWidget*>()->setCurrentIndex(1);
    save(&w, QStringLiteral("coverage"));

    const Unit* unit = w.unitsPage()->model()->unitAt(3);
    ASSERT_NE(unit, nullptr);
    UnitDialog unitDialog(w.workspace(), *unit, w.unitsPage()->model()->categories());
    save(&unitDialog, QStringLiteral("unit-dialog"));

    Workspace empty;
    ASSERT_TRUE(empty.open(dir.filePath(QStringLiteral("empty.cdb")), true));
    const QString sheet = dir.filePath(QStringLiteral("units.csv"));
    test::writeFile(sheet, test::readFile(test::sharedFile(QStringLiteral("fixtures/city-units.csv"))) + ",,,,,,\n,重复的简称,,,,,\n");
    ImportWizard wizard(empty, ImportWizard::Kind::Units);
    wizard.show();
    wizard.setFile(sheet);
    save(&wizard, QStringLiteral("import-1"));
    wizard.next();
    ASSERT_TRUE(QTest::qWaitFor([&] { return wizard.isPreviewReady(); }, 10000));
    save(&wizard, QStringLiteral("import-2"));
}

TEST_F(Screens, Reporting)
{
    const QString path = dir.filePath(QStringLiteral("reporting.cdb"));
    {
        Workspace ws;
        ASSERT_TRUE(ws.open(path, true));
        // This year's campaign, with reports up to today.
        ASSERT_TRUE(DemoService(ws.context()).generate({60, QDate::currentDate().year(), 1, QDate::currentDate()}));
    }
    MainWindow w;
    w.resize(1280, 800);
    ASSERT_TRUE(w.openFile(path));
    // Each page as it opens: on the period that needs attention now.
    w.showPage(MainWindow::WorkspaceArea);
    save(&w, QStringLiteral("my-unit"));
    w.showPage(MainWindow::ReviewArea);
    // The guide's picture shows a queue with reports in it: the month before, in every state.
    w.reviewPage()->findChild<PeriodCombo*>()->selectCode(QDate::currentDate().addMonths(-2).toString(QStringLiteral("yyyy-MM")));
    w.reviewPage()->findChild<QComboBox*>(QStringLiteral("reviewStatusCombo"))->setCurrentIndex(0);
    save(&w, QStringLiteral("review"));
    {
        // The first report waiting for review, else any report: the user guide shows one.
        qint64 report = w.reviewPage()->model()->rowCount() > 0 ? w.reviewPage()->model()->index(0, 0).data(ReportQueueModel::ReportIdRole).toLongLong() : 0;
        if (!report) report = ReportService(w.workspace().context()).list({}).value(0).row.reportId;
        ASSERT_GT(report, 0);
        ReportDialog d(w.workspace(), report);
        d.resize(980, 640);
        save(&d, QStringLiteral("report-dialog"));
    }
    w.showPage(MainWindow::RemindersArea);
    save(&w, QStringLiteral("reminders"));
    w.showPage(MainWindow::DashboardArea);
    save(&w, QStringLiteral("dashboard"));
    w.showPage(MainWindow::UnitsArea);
    save(&w, QStringLiteral("units"));
    w.showPage(MainWindow::SupervisionArea);
    save(&w, QStringLiteral("ledger"));
    // The notice of the first escalated line, as a PDF beside the pictures.
    SupervisionService supervision(w.workspace().context());
    for (const auto& p : supervision.problems({})) {
        auto h = supervision.history(p.id);
        if (!h || h->escalations.isEmpty()) continue;
        OfficialDocument doc;
        EscalationNotice::write(doc, p, QStringLiteral("单位"), h->escalations.last());
        ASSERT_TRUE(PdfRenderer::writePdf(doc, QDir(out).filePath(QStringLiteral("escalation-notice.pdf")), QStringLiteral("notice")));
        break;
    }
    InspectionDialog inspection(w.workspace());
    const auto units = UnitService(w.workspace().context()).list();
    inspection.addVisit(units[0].name);
    inspection.findChild<QPlainTextEdit*>(QStringLiteral("findingsEdit"))->setPlainText(QStringLiteral("理论学习中心组学习记录完整，专题研讨有发言材料。"));
    inspection.addVisit(units[1].name);
    save(&inspection, QStringLiteral("inspection-dialog"));
    CaseDialog c(w.workspace());
    save(&c, QStringLiteral("case-dialog"));
    SettingsDialog settings(w.workspace());
    save(&settings, QStringLiteral("settings-dialog"));
    w.showPage(MainWindow::AssessmentArea);
    save(&w, QStringLiteral("assessment"));
    RubricDialog rubric(w.workspace(), QDate::currentDate().year());
    save(&rubric, QStringLiteral("rubric-dialog"));
    const auto& result = w.assessmentPage()->model()->result();
    ASSERT_FALSE(result.units.isEmpty());
    ScoreDialog score(w.workspace(), result.year, result.rubric, result.units.first());
    save(&score, QStringLiteral("score-dialog"));
    OfficialDocument ranking(PageStyle::officialLandscape());
    AssessmentDocument::ranking(ranking, result, QDate::currentDate());
    ASSERT_TRUE(PdfRenderer::writePdf(ranking, QDir(out).filePath(QStringLiteral("assessment-ranking.pdf")), QStringLiteral("ranking")));
    OfficialDocument sheet;
    AssessmentDocument::scoreSheet(sheet, result, result.units.first(), QDate::currentDate());
    ASSERT_TRUE(PdfRenderer::writePdf(sheet, QDir(out).filePath(QStringLiteral("score-sheet.pdf")), QStringLiteral("sheet")));
    w.showPage(MainWindow::BulletinArea);
    save(&w, QStringLiteral("bulletin"));
    OfficialDocument bulletin;
    BulletinDocument::write(bulletin, w.bulletinPage()->content());
    ASSERT_TRUE(PdfRenderer::writePdf(bulletin, QDir(out).filePath(QStringLiteral("bulletin.pdf")), QStringLiteral("bulletin")));

    // 述职测评: a session of twelve secretaries counted by hand per group and published, then
    // who reported, the results, and the ballot entry of a second session.
    ReviewService reviews(w.workspace().context());
    const int year = CampaignService(w.workspace().context()).current()->year;

    auto held = reviews.addSession(year, QStringLiteral("%1年度基层党组织书记抓党建述职评议会").arg(year), QDate::currentDate(), QStringLiteral("市委党校报告厅"),
                                   ReviewService::defaultGroups());
    ASSERT_TRUE(held);
    auto heldGroups = reviews.groups(*held);
    const std::array<int, 3> issued{9, 15, 36};
    for (int g = 0; g < 3; ++g) {
        heldGroups[g].ballots = issued[size_t(g)];
        ASSERT_TRUE(reviews.updateGroup(*held, heldGroups[g]));
    }
    QList<qint64> reporting;
    for (int i = 0; i < 12; ++i) {
        const ResponsibilityLevel level = i % 3 == 2 ? ResponsibilityLevel::Direct : ResponsibilityLevel::First;
        auto person = reviews.addPerson(*held, {0, units[i].id, units[i].name, QStringLiteral("%1%2").arg(QStringLiteral("王李张刘陈杨黄赵吴周徐孙").mid(i, 1), i % 2 ? QStringLiteral("建国") : QStringLiteral("丽华")), level});
        ASSERT_TRUE(person);
        reporting << *person;
    }
    for (int i = 0; i < 12; ++i) {
        const qint64* person = &reporting[i];
        for (int g = 0; g < 3; ++g) {
            MarkCounts c;
            const int n = issued[size_t(g)];
            // Most well rated; the eighth with a third of 差.
            c.marks = i == 7 ? std::array<int, 4>{n / 2, 0, n - n / 2 - n / 3 - 1, n / 3} : std::array<int, 4>{n * (9 - i % 5) / 10, n * (i % 5) / 10, 0, 0};
            if (i != 7) c.marks[2] = std::max(0, n - c.marks[0] - c.marks[1] - 1);
            c.invalid = n - c.valid();
            ASSERT_TRUE(reviews.enterTotals(*held, *person, heldGroups[g].id, c));
        }
    }
    ASSERT_TRUE(reviews.publish(*held));
    w.showPage(MainWindow::AppraisalArea);
    AppraisalPage* appraisal = w.appraisalPage();
    appraisal->reload();
    appraisal->selectSession(*held);
    appraisal->tabs()->setCurrentIndex(2);
    save(&w, QStringLiteral("appraisal"));
    appraisal->tabs()->setCurrentIndex(0);
    save(&w, QStringLiteral("appraisal-people"));
    auto count = ReviewService(w.workspace().context()).count(appraisal->currentSession());
    ASSERT_TRUE(count);
    OfficialDocument register_(PageStyle::officialLandscape());
    ReviewDocuments::results(register_, *count, QStringLiteral("“三抓一促”活动领导小组办公室"), QDate::currentDate());
    ASSERT_TRUE(PdfRenderer::writePdf(register_, QDir(out).filePath(QStringLiteral("appraisal-results.pdf")), QStringLiteral("results")));
    OfficialDocument feedback;
    ReviewDocuments::feedback(feedback, *count, count->outcomes.first(), {QStringLiteral("理论学习抓得实，建议进一步加强对年轻党员的教育管理。"), QStringLiteral("党建与业务融合还不够紧密。")},
                              QStringLiteral("“三抓一促”活动领导小组办公室"), QDate::currentDate());
    ASSERT_TRUE(PdfRenderer::writePdf(feedback, QDir(out).filePath(QStringLiteral("appraisal-feedback.pdf")), QStringLiteral("feedback")));
    // A session of its own to enter ballots in.
    auto fresh = reviews.addSession(year, QStringLiteral("补充述职评议会"), QDate::currentDate(), QStringLiteral("市委党校"),
                                    ReviewService::defaultGroups());
    ASSERT_TRUE(fresh);
    for (int i = 0; i < 6; ++i)
        ASSERT_TRUE(reviews.addPerson(*fresh, {0, units[i].id, units[i].name, units[i].head.isEmpty() ? QStringLiteral("张%1").arg(i) : units[i].head, ResponsibilityLevel::First}));
    auto groups = reviews.groups(*fresh);
    for (auto& g : groups) {
        g.ballots = 10;
        ASSERT_TRUE(reviews.updateGroup(*fresh, g));
    }
    appraisal->reload();
    appraisal->selectSession(*fresh);
    appraisal->tabs()->setCurrentIndex(1);
    appraisal->entry()->marks()->setCurrentCell(0, 3);
    for (Qt::Key k : {Qt::Key_1, Qt::Key_Return, Qt::Key_2, Qt::Key_Return, Qt::Key_1, Qt::Key_2}) QTest::keyClick(appraisal->entry()->marks(), k);
    save(&w, QStringLiteral("appraisal-entry"));
    const auto freshPeople = reviews.people(*fresh);
    ASSERT_TRUE(reviews.saveReport(freshPeople[0].id,
                                   QStringLiteral("一、履行抓党建第一责任人职责情况\n今年以来，坚持把党建工作与业务工作同谋划、同部署、同考核……\n二、上年度查摆问题整改情况\n"
                                                  "三、存在的不足\n四、下一步工作打算"),
                                   true));
    appraisal->reload();
    appraisal->tabs()->setCurrentIndex(AppraisalPage::ReportsTabIndex);
    appraisal->reports()->people()->setCurrentCell(0, 0);
    save(&w, QStringLiteral("appraisal-reports"));
    auto docs = ReviewDocuments::ballots(*reviews.session(*fresh), reviews.groups(*fresh), reviews.people(*fresh));
    ASSERT_TRUE(PdfRenderer::writePdf(QList<OfficialDocument*>{docs[0].get(), docs[10].get()}, QDir(out).filePath(QStringLiteral("appraisal-ballots.pdf")), QStringLiteral("ballots")));
}

TEST_F(Screens, Packages)
{
    const QString office = dir.filePath(QStringLiteral("office.cdb")), back = dir.filePath(QStringLiteral("back"));
    QDir().mkpath(back);
    const QString month = QDate::currentDate().toString(QStringLiteral("yyyy-MM"));
    {
        Workspace ws;
        ASSERT_TRUE(ws.open(office, true));
        ASSERT_TRUE(DemoService(ws.context()).generate({12, QDate::currentDate().year(), 1, QDate::currentDate()}));
        const auto units = UnitService(ws.context()).list();
        for (int i = 0; i < 4; ++i) {
            const QString task = dir.filePath(QStringLiteral("u%1.cdtask").arg(i)), own = dir.filePath(QStringLiteral("u%1.cdb").arg(i));
            ASSERT_TRUE(PackageService(ws.context()).exportTask(units[i].id, task));
            ASSERT_TRUE(PackageService::openTaskPackage(task, own, SystemClock()));
            Workspace unit;
            ASSERT_TRUE(unit.open(own));
            ReportService reports(unit.context());
            auto draft = reports.editable(units[i].id, month);
            if (draft) {
                ReportDraft d{units[i].id, month, QStringLiteral("本月认真落实“三抓一促”各项任务。"), draft->items, {}, {}, {}, {}};
                ASSERT_TRUE(reports.submitReport(d));
            }
            ASSERT_TRUE(PackageService(unit.context()).makeReportPackage(QDir(back).filePath(QStringLiteral("%1.cdreport").arg(units[i].name))));
        }
        // One altered on the way, one not a package at all.
        auto parts = test::readZip(QDir(back).filePath(QStringLiteral("%1.cdreport").arg(units[1].name)));
        parts[QStringLiteral("reports.json")].replace("三抓一促", "三抓一改");
        test::writeZip(QDir(back).filePath(QStringLiteral("%1-改.cdreport").arg(units[1].name)), parts);
        test::writeFile(QDir(back).filePath(QStringLiteral("说明.cdreport")), "not a package");
    }
    MainWindow w;
    w.resize(1280, 800);
    ASSERT_TRUE(w.openFile(office));
    PackageImportDialog import(w.workspace());
    import.addPaths({back});
    import.table()->selectRow(0);
    save(&import, QStringLiteral("package-import"));
    MainWindow unitWindow;
    unitWindow.resize(1280, 800);
    ASSERT_TRUE(unitWindow.openFile(dir.filePath(QStringLiteral("u0.cdb"))));
    save(&unitWindow, QStringLiteral("unit-own-file"));
}
