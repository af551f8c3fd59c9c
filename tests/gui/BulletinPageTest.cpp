#include "services/BulletinService.h"
#include "services/DemoService.h"
#include "services/GroupService.h"
#include "services/UnitService.h"
#include "widgets/bulletin/BulletinPage.h"
#include "widgets/common/Dialogs.h"
#include "widgets/common/Workspace.h"

#include <QApplication>
#include <QCheckBox>
#include <QInputMethodEvent>
#include <QComboBox>
#include <QLineEdit>
#include <QLabel>
#include <QSpinBox>
#include <QTableWidget>
#include <QAction>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextEdit>
#include <gtest/gtest.h>

using namespace cd;

namespace {
class BulletinPages : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(ws.open(dir.filePath(QStringLiteral("c.cdb")), true));
        year = QDate::currentDate().year() - 1;
        ASSERT_TRUE(DemoService(ws.context()).generate({30, year, 6, QDate::currentDate()}));
        dialogs::testing::setNonInteractive(true);
        quarter = QStringLiteral("%1Q2").arg(year);
    }
    void TearDown() override { dialogs::testing::setNonInteractive(false); }
    QTemporaryDir dir;
    Workspace ws;
    int year = 0;
    QString quarter;
};
} // namespace

TEST_F(BulletinPages, EditingSavingAndIssuing)
{
    BulletinPage page(ws);
    page.show();
    page.selectQuarter(quarter);
    ASSERT_EQ(page.content().quarter, quarter);
    EXPECT_GT(page.content().units, 20);
    EXPECT_EQ(page.content().rows.size(), page.content().units);
    EXPECT_FALSE(page.editor(0)->toPlainText().isEmpty()); // generated from the figures
    page.editor(3)->setHtml(QStringLiteral("<p>下季度重点抓好<b>问题整改</b>。</p>"));
    page.editor(3)->document()->setModified(true);
    EXPECT_TRUE(page.isModified());
    auto* issued = page.findChild<QTableWidget*>(QStringLiteral("issuedTable"));
    ASSERT_TRUE(page.saveDraft());
    EXPECT_FALSE(page.isModified());
    auto draft = BulletinService(ws.context()).draft(quarter);
    ASSERT_TRUE(draft);
    EXPECT_TRUE(draft->nextSteps.contains(QStringLiteral("问题整改")));

    dialogs::testing::setNextAnswer(QMessageBox::Cancel);
    page.issue(); // asked, and cancelled
    for (const auto& r : BulletinService(ws.context()).list()) EXPECT_EQ(r.status, BulletinStatus::Draft);
    dialogs::testing::setNextAnswer(QMessageBox::Yes);
    page.issue();
    page.reload();
    ASSERT_EQ(issued->rowCount(), 1);
    EXPECT_EQ(page.content().number, 1);
    EXPECT_TRUE(page.editor(3)->isReadOnly()); // an issued bulletin is not edited
    EXPECT_TRUE(page.content().nextSteps.contains(QStringLiteral("问题整改")));
}

// The sections go 1 to 5 as printed: section 2, which the program makes, says so where it would be.
TEST_F(BulletinPages, EverySectionHasItsTabAndTheMadeOneSaysSo)
{
    BulletinPage page(ws);
    auto* tabs = page.findChild<QTabWidget*>();
    ASSERT_NE(tabs, nullptr);
    ASSERT_EQ(tabs->count(), 5);
    for (int i = 0; i < 5; ++i) EXPECT_TRUE(tabs->tabText(i).startsWith(QString::number(i + 1) + QLatin1Char(' '))) << tabs->tabText(i).toStdString();
    EXPECT_EQ(tabs->widget(1)->objectName(), QStringLiteral("generatedSection"));
    // Formatting keys on the made section do nothing, and nothing breaks.
    tabs->setCurrentIndex(1);
    for (auto* a : page.findChildren<QAction*>())
        if (a->text() == QStringLiteral("Bold")) a->trigger();
    EXPECT_EQ(page.editor(0)->objectName(), QStringLiteral("sectionEdit0"));
    EXPECT_EQ(page.editor(1)->objectName(), QStringLiteral("sectionEdit1")); // section 3's editor, as before
}

TEST_F(BulletinPages, CancellingTheSavePromptKeepsTheQuarterAndTheTyping)
{
    BulletinPage page(ws);
    page.show();
    page.selectQuarter(quarter);
    page.editor(0)->setHtml(QStringLiteral("<p>本季度各单位扎实推进。</p>"));
    page.editor(0)->document()->setModified(true);
    auto* combo = page.findChild<QComboBox*>(QStringLiteral("quarterCombo"));
    ASSERT_NE(combo, nullptr);
    // The user picks the next quarter with the keyboard and answers Cancel to "save changes?".
    dialogs::testing::setNextAnswer(QMessageBox::Cancel);
    combo->setFocus();
    QTest::keyClick(combo, Qt::Key_Down);
    EXPECT_EQ(combo->currentData().toString(), quarter);
    EXPECT_EQ(page.content().quarter, quarter);
    EXPECT_TRUE(page.editor(0)->toPlainText().contains(QStringLiteral("本季度各单位扎实推进"))) << page.editor(0)->toPlainText().toStdString();
    EXPECT_TRUE(page.isModified());
    // Discard: the switch happens and the typing goes, as asked.
    dialogs::testing::setNextAnswer(QMessageBox::Discard);
    QTest::keyClick(combo, Qt::Key_Down);
    EXPECT_NE(combo->currentData().toString(), quarter);
    EXPECT_FALSE(page.isModified());
}

// The 版记's 抄送 and the figures switch are typed on the page, count as changes, are saved
// with the draft, and the 抄送 list is where the next quarter's bulletin starts.
TEST_F(BulletinPages, CopyToAndFiguresAreSavedWithTheDraft)
{
    BulletinPage page(ws);
    page.show();
    page.selectQuarter(quarter);
    auto* copyTo = page.findChild<QLineEdit*>(QStringLiteral("copyToEdit"));
    auto* charts = page.findChild<QCheckBox*>(QStringLiteral("chartsCheck"));
    ASSERT_TRUE(copyTo && charts);
    EXPECT_EQ(copyTo->text(), BulletinService::builtInCopyTo());
    EXPECT_TRUE(charts->isChecked());
    copyTo->setFocus();
    copyTo->selectAll();
    QInputMethodEvent typed; // Chinese comes through the input method
    typed.setCommitString(QStringLiteral("市委办公室，市政府办公室。"));
    QApplication::sendEvent(copyTo, &typed);
    QTest::mouseClick(charts, Qt::LeftButton);
    EXPECT_TRUE(page.isModified());
    ASSERT_TRUE(page.saveDraft());
    EXPECT_FALSE(page.isModified());
    auto draft = BulletinService(ws.context()).draft(quarter);
    ASSERT_TRUE(draft);
    EXPECT_EQ(draft->copyTo, QStringLiteral("市委办公室，市政府办公室。"));
    EXPECT_FALSE(draft->charts);
    auto next = BulletinService(ws.context()).draft(QStringLiteral("%1Q3").arg(year));
    ASSERT_TRUE(next);
    EXPECT_EQ(next->copyTo, QStringLiteral("市委办公室，市政府办公室。"));
    EXPECT_TRUE(next->charts);
}

// How many units each 点名 names, and the unit table sent apart: set on the page, counted as
// changes, saved with the draft; the made section says where every unit's line goes.
TEST_F(BulletinPages, TheNameLimitAndTheUnitTableApartAreSavedWithTheDraft)
{
    BulletinPage page(ws);
    page.show();
    page.selectQuarter(quarter);
    auto* limit = page.findChild<QSpinBox*>(QStringLiteral("nameLimitSpin"));
    auto* apart = page.findChild<QCheckBox*>(QStringLiteral("attachmentApartCheck"));
    ASSERT_TRUE(limit && apart);
    ASSERT_FALSE(page.content().groups.isEmpty()); // the demo's 系统
    EXPECT_EQ(limit->value(), 10);
    EXPECT_FALSE(apart->isChecked());
    EXPECT_TRUE(apart->isEnabled());
    auto* made = page.findChild<QLabel*>(QStringLiteral("generatedSection"));
    ASSERT_NE(made, nullptr);
    EXPECT_TRUE(made->text().contains(QStringLiteral("attachment"))) << made->text().toStdString();
    limit->setFocus();
    QTest::keyClick(limit, Qt::Key_Down);
    QTest::keyClick(limit, Qt::Key_Down);
    QTest::mouseClick(apart, Qt::LeftButton);
    EXPECT_TRUE(page.isModified());
    ASSERT_TRUE(page.saveDraft());
    auto draft = BulletinService(ws.context()).draft(quarter);
    ASSERT_TRUE(draft);
    EXPECT_EQ(draft->nameLimit, 8);
    EXPECT_TRUE(draft->attachmentApart);
    // Read back as saved when the quarter is shown again.
    BulletinPage again(ws);
    again.show();
    again.selectQuarter(quarter);
    EXPECT_EQ(again.findChild<QSpinBox*>(QStringLiteral("nameLimitSpin"))->value(), 8);
    EXPECT_TRUE(again.findChild<QCheckBox*>(QStringLiteral("attachmentApartCheck"))->isChecked());
}

// A group whose office issues its own bulletins is offered beside the quarter; choosing it
// shows that group's bulletin, its units alone, its office as issuer.
TEST_F(BulletinPages, AGroupsOfficeIssuesItsOwnFromThePage)
{
    BulletinPage page(ws);
    page.show();
    auto* issuer = page.findChild<QComboBox*>(QStringLiteral("issuerCombo"));
    ASSERT_NE(issuer, nullptr);
    EXPECT_FALSE(issuer->isVisible()); // the demo's 系统 name no office
    GroupService groups(ws.context());
    auto county = groups.add(QStringLiteral("河安县"), GroupKind::Region, QStringLiteral("河安县“三抓一促”活动领导小组办公室"));
    ASSERT_TRUE(county);
    const auto units = UnitService(ws.context()).list();
    ASSERT_TRUE(groups.moveUnit(units[0].id, QStringLiteral("河安县")));
    ASSERT_TRUE(groups.moveUnit(units[1].id, QStringLiteral("河安县")));
    page.reload();
    EXPECT_TRUE(issuer->isVisible());
    ASSERT_EQ(issuer->count(), 2);
    EXPECT_EQ(issuer->itemText(1), QStringLiteral("河安县"));
    page.selectGroup(*county);
    page.selectQuarter(quarter);
    EXPECT_EQ(page.content().scope, QStringLiteral("河安县"));
    EXPECT_EQ(page.content().issuer, QStringLiteral("河安县“三抓一促”活动领导小组办公室"));
    EXPECT_LE(page.content().units, 2);
    EXPECT_EQ(page.content().rows.size(), page.content().units);
    dialogs::testing::setNextAnswer(QMessageBox::Yes);
    page.issue();
    EXPECT_EQ(BulletinService(ws.context(), *county).list().size(), 1);
    EXPECT_TRUE(BulletinService(ws.context()).list().isEmpty()); // the campaign's own are apart
    page.selectGroup(0);
    EXPECT_TRUE(page.content().scope.isEmpty());
}
