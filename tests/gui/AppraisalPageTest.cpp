// The 述职测评 page: ten ballots entered with the keyboard alone, the tally as the service
// counts it, and what a unit's and a leader's account are offered.
#include "services/CampaignService.h"
#include "services/ReviewService.h"
#include "services/UnitService.h"
#include "widgets/appraisal/AppraisalPage.h"
#include "widgets/appraisal/BallotEntry.h"
#include "widgets/appraisal/ReportsTab.h"
#include "services/SupervisionService.h"
#include <QFile>
#include <QListWidget>
#include <QPlainTextEdit>
#include "widgets/common/Dialogs.h"
#include "widgets/common/Workspace.h"

#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <gtest/gtest.h>

using namespace cd;

namespace {

class AppraisalPages : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(ws.open(dir.filePath(QStringLiteral("c.cdb")), true));
        ASSERT_TRUE(CampaignService(ws.context()).createFromTemplate(2020));
        for (const char* name : {"市教育局", "市财政局"}) {
            Unit u;
            u.name = QString::fromUtf8(name);
            units << *UnitService(ws.context()).add(u);
        }
        ReviewService service(ws.context());
        session = *service.addSession(2020, QStringLiteral("述职评议会"), QDate(2020, 12, 20));
        for (const auto& [unit, name] : {std::pair{0, "张三"}, std::pair{1, "李四"}, std::pair{1, "王五"}})
            people << *service.addPerson(session, {0, units[unit], {}, QString::fromUtf8(name), ResponsibilityLevel::First});
        auto groups = ReviewService::defaultGroups();
        for (int g = 0; g < 3; ++g) {
            groups[g].ballots = g < 2 ? 3 : 4; // serials 1–3, 4–6, 7–10
            ASSERT_TRUE(service.addGroup(session, groups[g]));
        }
        dialogs::testing::setNonInteractive(true);
    }
    void TearDown() override { dialogs::testing::setNonInteractive(false); }
    QPushButton* button(QWidget& w, const QString& text)
    {
        for (auto* b : w.findChildren<QPushButton*>())
            if (b->text() == text) return b;
        return nullptr;
    }
    QTemporaryDir dir;
    Workspace ws;
    QList<qint64> units, people;
    qint64 session = 0;
};

} // namespace

TEST_F(AppraisalPages, TenBallotsAreEnteredWithTheKeyboardAloneAndCountedAsTyped)
{
    AppraisalPage page(ws);
    page.show();
    page.reload();
    ASSERT_EQ(page.currentSession(), session);
    page.tabs()->setCurrentIndex(1);
    BallotEntry* entry = page.entry();
    QSpinBox* serial = entry->serial();
    QTableWidget* table = entry->marks();
    ASSERT_EQ(table->rowCount(), 3);
    // The serial, typed, then Enter to the first person.
    serial->setFocus();
    QTest::keyClick(serial, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(serial, QStringLiteral("1"));
    QTest::keyClick(serial, Qt::Key_Return);
    EXPECT_EQ(table->currentRow(), 0);
    // Per ballot the keys for 张三, 李四, 王五: one digit, two (invalid), or none.
    const QList<QStringList> typed{{"1", "2", "4"}, {"1", "1", "3"}, {"2", "12", ""}, {"1", "3", "4"}, {"1", "2", "4"},
                                   {"1", "1", "2"}, {"2", "3", "4"}, {"1", "4", "4"}, {"1", "1", "1"}, {"3", "2", "4"}};
    for (const auto& ballot : typed)
        for (const QString& keys : ballot) {
            for (QChar k : keys) QTest::keyClick(table, Qt::Key(Qt::Key_0 + (k.unicode() - '0')));
            QTest::keyClick(table, Qt::Key_Return);
        }
    EXPECT_EQ(serial->value(), 11);
    EXPECT_TRUE(entry->status()->text().contains(QStringLiteral("10"))) << entry->status()->text().toStdString();
    auto count = ReviewService(ws.context()).count(session);
    ASSERT_TRUE(count);
    EXPECT_EQ(count->ballotsEntered, 10);
    // What was typed, counted: 张三 好×7 较好×2 一般×1; 李四 好×3 较好×3 一般×2 差×1, one invalid;
    // 王五 好×1 较好×1 一般×1 差×6, one invalid.
    EXPECT_EQ(count->outcomes[0].total.marks, (std::array<int, 4>{7, 2, 1, 0}));
    EXPECT_EQ(count->outcomes[1].total.marks, (std::array<int, 4>{3, 3, 2, 1}));
    EXPECT_EQ(count->outcomes[1].total.invalid, 1);
    EXPECT_EQ(count->outcomes[2].total.marks, (std::array<int, 4>{1, 1, 1, 6}));
    EXPECT_EQ(count->outcomes[2].total.invalid, 1);
    // The results tab shows the same, with the clerks' difference (only one has entered).
    EXPECT_EQ(page.results()->rowCount(), 3);
    EXPECT_TRUE(page.differences()->text().contains(QStringLiteral("1, 2, 3"))) << page.differences()->text().toStdString();

    // Going back to a serial shows what was entered, to correct: 0 clears a grade.
    serial->setValue(3);
    EXPECT_EQ(table->item(1, 3)->data(Qt::UserRole).toString(), QStringLiteral("12"));
    table->setCurrentCell(1, 3);
    QTest::keyClick(table, Qt::Key_0);
    QTest::keyClick(table, Qt::Key_2);
    QTest::keyClick(table, Qt::Key_Return);
    QTest::keyClick(table, Qt::Key_Return);
    EXPECT_EQ(ReviewService(ws.context()).ballot(session, 1, 3)->marks, QStringLiteral("220"));
}

TEST_F(AppraisalPages, AUnitIsOfferedOnlyItsOwnPublishedResultsAndNoneOfTheWork)
{
    ReviewService service(ws.context());
    QList<BallotRow> rows;
    for (int s = 1; s <= 10; ++s) rows.append({0, s, {QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("3")}, {}});
    ASSERT_TRUE(service.enter(session, 1, rows));
    ASSERT_TRUE(service.enter(session, 2, rows));
    ws.setActor(Actor{QStringLiteral("jyj"), QStringLiteral("教育局"), Role::Unit, units[1]});
    AppraisalPage page(ws);
    page.show();
    page.reload();
    EXPECT_FALSE(page.tabs()->isTabVisible(0));
    EXPECT_FALSE(page.tabs()->isTabVisible(1));
    for (const char* text : {"&New session…", "&Publish results", "&Amend a ballot…"}) {
        QPushButton* b = button(page, QString::fromUtf8(text));
        ASSERT_NE(b, nullptr) << text;
        EXPECT_FALSE(b->isVisible()) << text;
    }
    EXPECT_EQ(page.results()->rowCount(), 0); // nothing before publication
    ws.setActor(Actor::localAdmin());
    ASSERT_TRUE(ReviewService(ws.context()).publish(session));
    ws.setActor(Actor{QStringLiteral("jyj"), QStringLiteral("教育局"), Role::Unit, units[1]});
    page.reload();
    ASSERT_EQ(page.results()->rowCount(), 2); // 李四 and 王五, not 张三
    for (int r = 0; r < 2; ++r) EXPECT_EQ(page.results()->item(r, 0)->text(), QStringLiteral("市财政局"));
    ws.setActor(Actor{QStringLiteral("leader"), QStringLiteral("领导"), Role::Viewer, 0});
    page.reload();
    EXPECT_EQ(page.results()->rowCount(), 3);
    EXPECT_FALSE(page.tabs()->isTabVisible(1));
}

TEST_F(AppraisalPages, AUnitWritesAndSendsItsPeoplesReportsAndTheOfficeAcceptsThem)
{
    Problem line;
    line.unitId = units[1];
    line.pillar = Pillar::Party;
    line.description = QStringLiteral("三会一课记录不全");
    line.raisedOn = QDate(2020, 6, 1);
    line.deadline = QDate(2020, 12, 31);
    ASSERT_TRUE(SupervisionService(ws.context()).addProblem(line));
    ws.setActor(Actor{QStringLiteral("czj"), QStringLiteral("财政局"), Role::Unit, units[1]});
    AppraisalPage page(ws);
    page.show();
    page.reload();
    EXPECT_EQ(page.tabs()->currentIndex(), int(AppraisalPage::ReportsTabIndex));
    ReportsTab* tab = page.reports();
    ASSERT_EQ(tab->people()->rowCount(), 2); // 李四 and 王五, not 张三
    tab->people()->setCurrentCell(0, 0);
    ASSERT_EQ(tab->problems()->rowCount(), 1);
    EXPECT_EQ(tab->problems()->item(0, 0)->text(), QStringLiteral("三会一课记录不全"));
    auto* accept = tab->findChild<QPushButton*>(QStringLiteral("acceptReportButton"));
    EXPECT_FALSE(accept->isVisibleTo(&page)); // a unit does not review
    tab->text()->setPlainText(QStringLiteral("一、履行第一责任人职责情况"));
    QFile evidence(dir.filePath(QStringLiteral("会议记录.pdf")));
    ASSERT_TRUE(evidence.open(QIODevice::WriteOnly));
    evidence.write("minutes");
    evidence.close();
    tab->addFiles({evidence.fileName()});
    tab->findChild<QPushButton*>(QStringLiteral("submitReportButton"))->click();
    ASSERT_EQ(tab->files()->count(), 1); // shown again from what was stored
    EXPECT_EQ(tab->files()->item(0)->text(), QStringLiteral("会议记录.pdf"));
    EXPECT_NE(tab->files()->item(0)->data(Qt::UserRole).toLongLong(), 0);
    EXPECT_TRUE(tab->text()->isReadOnly()); // with the office now
    const qint64 person = tab->people()->item(0, 0)->data(Qt::UserRole).toLongLong();
    ws.setActor(Actor::localAdmin());
    page.reload();
    page.tabs()->setCurrentIndex(AppraisalPage::ReportsTabIndex);
    for (int r = 0; r < tab->people()->rowCount(); ++r)
        if (tab->people()->item(r, 0)->data(Qt::UserRole).toLongLong() == person) tab->people()->setCurrentCell(r, 0);
    EXPECT_EQ(tab->text()->toPlainText(), QStringLiteral("一、履行第一责任人职责情况"));
    ASSERT_TRUE(accept->isEnabled());
    accept->click();
    const auto reports = ReviewService(ws.context()).reports(session);
    ASSERT_EQ(reports.size(), 1);
    EXPECT_EQ(reports[0].status, QStringLiteral("accepted"));
    EXPECT_EQ(reports[0].savedBy, QStringLiteral("czj"));
}
