#include "models/AssessmentModel.h"
#include "services/AssessmentService.h"
#include "services/DemoService.h"
#include "services/UnitService.h"
#include "widgets/assessment/AssessmentPage.h"
#include "widgets/assessment/RubricDialog.h"
#include "widgets/assessment/ScoreDialog.h"
#include "widgets/common/Dialogs.h"
#include "widgets/common/Workspace.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QRegularExpression>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <gtest/gtest.h>

using namespace cd;

namespace {
// Last year's campaign, finished: every report due, manual items entered by the office.
class AssessmentPages : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(ws.open(dir.filePath(QStringLiteral("c.cdb")), true));
        year = QDate::currentDate().year() - 1;
        ASSERT_TRUE(DemoService(ws.context()).generate({30, year, 4, QDate::currentDate()}));
        dialogs::testing::setNonInteractive(true);
    }
    void TearDown() override { dialogs::testing::setNonInteractive(false); }
    QPushButton* button(QWidget& w, const QString& text)
    {
        for (auto* b : w.findChildren<QPushButton*>())
            if (b->text() == text) return b;
        ADD_FAILURE() << text.toStdString();
        return nullptr;
    }
    QTemporaryDir dir;
    Workspace ws;
    int year = 0;
};
} // namespace

TEST_F(AssessmentPages, TheRankingAndTheBreakdownShowTheServicesScores)
{
    AssessmentPage page(ws);
    page.show();
    auto expected = AssessmentService(ws.context()).score(year);
    ASSERT_TRUE(expected);
    ASSERT_EQ(page.model()->rowCount(), expected->units.size());
    const UnitScore& top = expected->units.first();
    EXPECT_EQ(page.ranking()->model()->index(0, AssessmentModel::UnitName).data().toString(), top.unit);
    EXPECT_EQ(page.ranking()->model()->index(0, AssessmentModel::Total).data().toString(), AssessmentRules::format(top.total));
    page.selectUnit(top.unitId);
    ASSERT_EQ(page.breakdown()->rowCount(), top.items.size());
    EXPECT_EQ(page.breakdown()->item(0, 4)->text(), top.items[0].basis);
    // Filtering by name keeps only the matching units.
    page.findChild<QLineEdit*>()->setText(top.unit);
    EXPECT_EQ(page.ranking()->model()->rowCount(), 1);
}

TEST_F(AssessmentPages, AnOverrideWithoutAReasonIsRefusedAndWithOneChangesTheTotal)
{
    AssessmentPage page(ws);
    page.show();
    const UnitScore u = page.model()->result().units.last();
    ScoreDialog dialog(ws, year, page.model()->result().rubric, u);
    dialog.selectItem(QStringLiteral("reports"));
    dialog.findChild<QDoubleSpinBox*>(QStringLiteral("valueSpin"))->setValue(10);
    dialog.findChild<QLineEdit*>(QStringLiteral("reasonEdit"))->clear();
    dialog.accept();
    EXPECT_NE(dialog.result(), QDialog::Accepted);
    EXPECT_FALSE(dialog.findChild<QLabel*>(QStringLiteral("errorLabel"))->text().isEmpty());
    dialog.findChild<QLineEdit*>(QStringLiteral("reasonEdit"))->setText(QStringLiteral("报送系统故障，经核实按时报送"));
    dialog.accept();
    ASSERT_EQ(dialog.result(), QDialog::Accepted);
    page.reload();
    const UnitScore* after = page.model()->result().unit(u.unitId);
    ASSERT_NE(after, nullptr);
    const auto reports = std::ranges::find(after->items, QStringLiteral("reports"), &ItemScore::code);
    ASSERT_NE(reports, after->items.end());
    EXPECT_TRUE(reports->overridden);
    EXPECT_DOUBLE_EQ(reports->score, 10);
    EXPECT_NEAR(after->total, u.total + 10 - std::ranges::find(u.items, QStringLiteral("reports"), &ItemScore::code)->score, 0.051);
}

TEST_F(AssessmentPages, LockingDisablesScoringUntilUnlocked)
{
    AssessmentPage page(ws);
    page.show();
    auto* lock = button(page, AssessmentPage::tr("&Lock the year"));
    auto* score = button(page, AssessmentPage::tr("&Score or adjust…"));
    ASSERT_TRUE(lock && score);
    EXPECT_TRUE(lock->isEnabled());
    dialogs::testing::setNextAnswer(QMessageBox::Cancel);
    page.lock();
    EXPECT_FALSE(AssessmentService(ws.context()).isLocked(year)); // asked, and cancelled
    dialogs::testing::setNextAnswer(QMessageBox::Yes);
    page.lock();
    EXPECT_TRUE(AssessmentService(ws.context()).isLocked(year));
    page.reload();
    EXPECT_FALSE(score->isEnabled());
    EXPECT_FALSE(lock->isEnabled());
    EXPECT_TRUE(page.findChild<QLabel*>(QStringLiteral("stateLabel"))->text().contains(QString::number(year)));
    // The rubric opens read-only.
    RubricDialog rubric(ws, year);
    EXPECT_EQ(rubric.table()->editTriggers(), QAbstractItemView::NoEditTriggers);
}

TEST_F(AssessmentPages, TheRubricEditorParsesParametersAndRefusesNonsense)
{
    RubricDialog dialog(ws, year);
    auto parsed = dialog.rubric();
    ASSERT_TRUE(parsed);
    EXPECT_EQ(parsed->items.size(), AssessmentService::defaultRubric().items.size());
    EXPECT_DOUBLE_EQ(parsed->item(QStringLiteral("reports"))->number(QStringLiteral("missing")), 5);
    auto* table = dialog.table();
    int row = 0;
    while (row < table->rowCount() && table->item(row, 0)->text() != QLatin1String("reports")) ++row;
    ASSERT_LT(row, table->rowCount());
    table->item(row, 5)->setText(QStringLiteral("missing=3, late=1"));
    parsed = dialog.rubric();
    ASSERT_TRUE(parsed);
    EXPECT_DOUBLE_EQ(parsed->item(QStringLiteral("reports"))->number(QStringLiteral("missing")), 3);
    table->item(row, 5)->setText(QStringLiteral("missing"));
    EXPECT_FALSE(dialog.rubric());
    table->item(row, 5)->setText(QStringLiteral("colour=red"));
    dialog.accept();
    EXPECT_NE(dialog.result(), QDialog::Accepted);
    EXPECT_FALSE(dialog.findChild<QLabel*>(QStringLiteral("errorLabel"))->text().isEmpty());
    table->item(row, 5)->setText(QStringLiteral("missing=3, late=1"));
    dialog.accept();
    ASSERT_EQ(dialog.result(), QDialog::Accepted);
    EXPECT_DOUBLE_EQ(AssessmentService(ws.context()).rubric(year)->item(QStringLiteral("reports"))->number(QStringLiteral("late")), 1);
}

// What the office reads in the rubric is words: parameters by their names, pillars by theirs,
// no item code, no file of the source. What it reads it can type back.
TEST_F(AssessmentPages, TheRubricReadsInWordsAndWhatItShowsParsesBack)
{
    RubricDialog dialog(ws, year);
    auto* table = dialog.table();
    EXPECT_TRUE(table->isColumnHidden(0));
    for (auto* label : dialog.findChildren<QLabel*>()) EXPECT_FALSE(label->text().contains(QStringLiteral("docs/"))) << label->text().toStdString();
    int reports = -1, completion = -1;
    for (int r = 0; r < table->rowCount(); ++r) {
        const QString params = table->item(r, 5)->text();
        // Neither a stored key (missing=, per=, full_within=) nor a stored pillar id (=study).
        static const QRegularExpression stored(QStringLiteral("(^|；)(missing|late|per|cap|step|required|task|full_within)=|=(all|general|study|conduct|party|reform)($|；)|_"));
        EXPECT_FALSE(stored.match(params).hasMatch()) << params.toStdString();
        if (table->item(r, 0)->text() == QLatin1String("reports")) reports = r;
        if (params.contains(QStringLiteral("pillar=Study"))) completion = r;
    }
    ASSERT_GE(reports, 0);
    EXPECT_EQ(table->item(reports, 5)->text(), QStringLiteral("points off per missing report=5；points off per late report=2"));
    ASSERT_GE(completion, 0) << "the default rubric scores the study tasks' completion";
    const auto asShown = dialog.rubric();
    ASSERT_TRUE(asShown);
    const Rubric stored = AssessmentService(ws.context()).rubric(year).value_or(AssessmentService::defaultRubric());
    ASSERT_EQ(asShown->items.size(), stored.items.size());
    for (const auto& item : stored.items) {
        const RubricItem* back = asShown->item(item.code);
        ASSERT_NE(back, nullptr) << item.code.toStdString();
        for (const auto& p : ruleParameters(item.rule)) {
            if (p.fallback.isDouble()) {
                EXPECT_DOUBLE_EQ(back->number(p.key), item.number(p.key)) << item.code.toStdString() << " " << p.key.toStdString();
            } else {
                EXPECT_EQ(back->text(p.key), item.text(p.key)) << item.code.toStdString() << " " << p.key.toStdString();
            }
        }
    }
    // Typed by name, a mistake named in words.
    table->item(reports, 5)->setText(QStringLiteral("points off per missing report=4；colour=red"));
    const auto wrong = dialog.rubric();
    ASSERT_FALSE(wrong);
    EXPECT_TRUE(wrong.error().message.contains(QStringLiteral("points off per missing report、points off per late report"))) << wrong.error().message.toStdString();
    table->item(reports, 5)->setText(QStringLiteral("points off per missing report=4"));
    const auto typed = dialog.rubric();
    ASSERT_TRUE(typed);
    EXPECT_DOUBLE_EQ(typed->item(QStringLiteral("reports"))->number(QStringLiteral("missing")), 4);
}
