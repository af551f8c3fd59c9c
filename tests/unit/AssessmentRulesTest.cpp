// Each rule of the rubric on a hand-built unit record, against scores worked out by hand.
#include "domain/Assessment.h"

#include <gtest/gtest.h>

using namespace cd;

namespace {

RubricItem item(ScoreRule rule, double max, QJsonObject params = {})
{
    RubricItem i;
    i.code = QStringLiteral("x");
    i.name = QStringLiteral("项目");
    i.rule = rule;
    i.max = max;
    i.params = std::move(params);
    return i;
}

double score(const RubricItem& i, const UnitRecord& r) { return AssessmentRules::score(i, r).score; }

TEST(AssessmentRules, ReportsOnTimeDeductsPerMissingAndLate)
{
    UnitRecord r;
    r.reportsDue = 12;
    r.reportsOnTime = 10;
    r.reportsLate = 1; // one missing
    EXPECT_DOUBLE_EQ(score(item(ScoreRule::ReportsOnTime, 10), r), 3);  // 10 − 5 − 2
    r.reportsLate = 0;
    r.reportsOnTime = 9; // three missing: cannot go below 0
    EXPECT_DOUBLE_EQ(score(item(ScoreRule::ReportsOnTime, 10), r), 0);
    r.reportsOnTime = 12;
    EXPECT_DOUBLE_EQ(score(item(ScoreRule::ReportsOnTime, 10), r), 10);
    // Parameters override the defaults.
    r.reportsOnTime = 11;
    EXPECT_DOUBLE_EQ(score(item(ScoreRule::ReportsOnTime, 10, {{QStringLiteral("missing"), 1}}), r), 9);
    EXPECT_TRUE(AssessmentRules::score(item(ScoreRule::ReportsOnTime, 10), r).basis.contains(QStringLiteral("12")));
}

TEST(AssessmentRules, TaskCompletionIsTheShareOnSchedule)
{
    UnitRecord r;
    r.tasksJudged[size_t(Pillar::Study)] = 8;
    r.tasksOnSchedule[size_t(Pillar::Study)] = 6;
    r.tasksJudged[size_t(Pillar::Party)] = 2;
    r.tasksOnSchedule[size_t(Pillar::Party)] = 2;
    EXPECT_DOUBLE_EQ(score(item(ScoreRule::TaskCompletion, 15, {{QStringLiteral("pillar"), QStringLiteral("study")}}), r), 11.3); // 15 × 6/8 = 11.25
    EXPECT_DOUBLE_EQ(score(item(ScoreRule::TaskCompletion, 10), r), 8);                                                   // all: 10 × 8/10
    // Nothing to judge yet: nothing is behind.
    EXPECT_DOUBLE_EQ(score(item(ScoreRule::TaskCompletion, 10, {{QStringLiteral("pillar"), QStringLiteral("reform")}}), r), 10);
}

TEST(AssessmentRules, HearingsNeedTwoAYear)
{
    UnitRecord r;
    EXPECT_DOUBLE_EQ(score(item(ScoreRule::Hearings, 5), r), 0);
    r.taskProgress.insert(QStringLiteral("P2"), {1, 1});
    EXPECT_DOUBLE_EQ(score(item(ScoreRule::Hearings, 5), r), 2.5);
    r.taskProgress.insert(QStringLiteral("P2"), {3, 2});
    EXPECT_DOUBLE_EQ(score(item(ScoreRule::Hearings, 5), r), 5); // more than required: still the maximum
}

TEST(AssessmentRules, OverdueProblemsDeductDownToZero)
{
    UnitRecord r;
    r.overdueProblems = 2;
    EXPECT_DOUBLE_EQ(score(item(ScoreRule::OverdueProblems, 10), r), 4); // 10 − 2 × 3
    r.overdueProblems = 4;
    EXPECT_DOUBLE_EQ(score(item(ScoreRule::OverdueProblems, 10), r), 0);
}

TEST(AssessmentRules, CasesAddAndDeductWithinTheirCaps)
{
    UnitRecord r;
    r.positiveCases = 2;
    r.negativeCases = 1;
    EXPECT_DOUBLE_EQ(score(item(ScoreRule::PositiveCases, 5), r), 4);
    r.positiveCases = 3; // 6, capped at +5
    EXPECT_DOUBLE_EQ(score(item(ScoreRule::PositiveCases, 5), r), 5);
    EXPECT_DOUBLE_EQ(score(item(ScoreRule::NegativeCases, 0), r), -5);
    r.negativeCases = 7; // 35, capped at −25
    EXPECT_DOUBLE_EQ(score(item(ScoreRule::NegativeCases, 0), r), -25);
    EXPECT_DOUBLE_EQ(item(ScoreRule::NegativeCases, 0).min(), -25);
}

TEST(AssessmentRules, ProvinceRankFullWithinTheTopThree)
{
    UnitRecord r;
    EXPECT_DOUBLE_EQ(score(item(ScoreRule::ProvinceRank, 5), r), 0); // nothing reported
    r.taskProgress.insert(QStringLiteral("R1"), {3, 1});
    EXPECT_DOUBLE_EQ(score(item(ScoreRule::ProvinceRank, 5), r), 5);
    r.taskProgress.insert(QStringLiteral("R1"), {5, 1});
    EXPECT_DOUBLE_EQ(score(item(ScoreRule::ProvinceRank, 5), r), 3); // 5 − 1 × (5 − 3)
    r.taskProgress.insert(QStringLiteral("R1"), {20, 1});
    EXPECT_DOUBLE_EQ(score(item(ScoreRule::ProvinceRank, 5), r), 0);
}

TEST(AssessmentRules, ManualItemsTakeWhatTheOfficeEntered)
{
    UnitRecord r;
    auto i = item(ScoreRule::Manual, 10);
    EXPECT_DOUBLE_EQ(score(i, r), 0);
    r.manual.insert(QStringLiteral("x"), 8.5);
    EXPECT_DOUBLE_EQ(score(i, r), 8.5);
    r.manual.insert(QStringLiteral("x"), 12); // above the maximum
    EXPECT_DOUBLE_EQ(score(i, r), 10);
}

UnitScore unit(const char* name, double total, int overdue = 0, int missing = 0, int onTime = 12, int positive = 0)
{
    UnitScore u;
    u.unit = QString::fromUtf8(name);
    u.total = total;
    u.overdueProblems = overdue;
    u.reportsMissing = missing;
    u.reportsOnTime = onTime;
    u.positiveCases = positive;
    return u;
}

TEST(AssessmentRules, TiesAreBrokenByTheDocumentedOrder)
{
    QList<UnitScore> units{unit("甲", 88), unit("乙", 92), unit("丙", 88, 1), unit("丁", 88, 0, 1), unit("戊", 88, 0, 0, 11),
                           unit("己", 88, 0, 0, 12, 1), unit("庚", 88)};
    AssessmentRules::rank(units);
    QStringList order;
    for (const auto& u : units) order << u.unit;
    // 乙 by total; 己 has a positive case; 甲 and 庚 equal on everything share a rank; then
    // fewer reports on time (戊), a missing report (丁), an overdue problem (丙).
    EXPECT_EQ(order, (QStringList{QStringLiteral("乙"), QStringLiteral("己"), QStringLiteral("甲"), QStringLiteral("庚"),
                                  QStringLiteral("戊"), QStringLiteral("丁"), QStringLiteral("丙")}));
    EXPECT_EQ(units[0].rank, 1);
    EXPECT_EQ(units[1].rank, 2);
    EXPECT_EQ(units[2].rank, 3);
    EXPECT_EQ(units[3].rank, 3);
    EXPECT_EQ(units[4].rank, 5);
    EXPECT_EQ(units[6].rank, 7);
}

TEST(AssessmentRules, GradesByThresholds)
{
    GradeScale g;
    EXPECT_EQ(g.of(90), Grade::Excellent);
    EXPECT_EQ(g.of(89.96), Grade::Excellent); // shown as 90.0
    EXPECT_EQ(g.of(89.9), Grade::Good);
    EXPECT_EQ(g.of(80), Grade::Good);
    EXPECT_EQ(g.of(60), Grade::Pass);
    EXPECT_EQ(g.of(59.9), Grade::Poor);
}

TEST(AssessmentRules, ValidationNamesWhatIsWrong)
{
    Rubric r;
    r.items = {item(ScoreRule::Manual, 10)};
    EXPECT_TRUE(Rubric::validate(r));
    r.items.append(item(ScoreRule::Manual, 5)); // the same code twice
    EXPECT_FALSE(Rubric::validate(r));
    r.items = {item(ScoreRule::TaskCompletion, 10, {{QStringLiteral("pillar"), QStringLiteral("sport")}})};
    EXPECT_FALSE(Rubric::validate(r));
    r.items = {item(ScoreRule::OverdueProblems, 10, {{QStringLiteral("per"), -1}})};
    EXPECT_FALSE(Rubric::validate(r));
    r.items = {item(ScoreRule::OverdueProblems, 10, {{QStringLiteral("colour"), 1}})};
    EXPECT_FALSE(Rubric::validate(r));
    r.items = {item(ScoreRule::NegativeCases, 5)}; // a deduction has no maximum
    EXPECT_FALSE(Rubric::validate(r));
    r.items = {item(ScoreRule::Manual, 10)};
    r.grades.good = 95; // above excellent
    EXPECT_FALSE(Rubric::validate(r));
    // A round trip through JSON keeps the rubric.
    r.grades = {};
    auto back = Rubric::fromJson(r.toJson());
    ASSERT_TRUE(back);
    EXPECT_EQ(back->items.size(), 1);
    EXPECT_EQ(back->items[0].rule, ScoreRule::Manual);
}

} // namespace
