// The rule that decides whether a task is behind schedule, used by a unit's progress page,
// the dashboard's tile and its heat map alike.
#include "domain/Reporting.h"

#include <gtest/gtest.h>

using namespace cd;

namespace {

Task task(Cadence cadence, double target, const QString& measure = QStringLiteral("次"))
{
    Task t;
    t.cadence = cadence;
    t.target = target;
    t.measure = measure;
    return t;
}

const QDate kNov20(2020, 11, 20);
const ReportRules::Shares kShares{10.0 / 12, 3.0 / 4, 0}; // ten months and three quarters reported

TEST(ScheduleRule, MonthlyTaskKeepsPaceWithTheMonthsReported)
{
    const auto t = task(Cadence::Monthly, 12);
    EXPECT_TRUE(ReportRules::standing(t, 9, 9, kShares, kNov20).behind);   // 9 < 12 × 10/12
    EXPECT_FALSE(ReportRules::standing(t, 10, 10, kShares, kNov20).behind); // exactly on pace
    EXPECT_TRUE(ReportRules::standing(t, 0, 0, kShares, kNov20).behind);    // nothing accepted yet
    EXPECT_DOUBLE_EQ(ReportRules::mark(t, kShares, kNov20).value, 10);
}

TEST(ScheduleRule, QuarterlyAndAnnualTasksUseTheirOwnShare)
{
    EXPECT_TRUE(ReportRules::standing(task(Cadence::Quarterly, 4), 2, 2, kShares, kNov20).behind); // 2 < 3
    EXPECT_FALSE(ReportRules::standing(task(Cadence::Quarterly, 4), 3, 3, kShares, kNov20).behind);
    // The year's report is not due yet: an annual task cannot be behind.
    EXPECT_FALSE(ReportRules::standing(task(Cadence::Annual, 2), 0, 0, kShares, kNov20).behind);
    EXPECT_TRUE(ReportRules::standing(task(Cadence::Annual, 2), 1, 1, {1, 1, 1}, QDate(2021, 1, 20)).behind);
}

TEST(ScheduleRule, OnceOnlyTaskIsBehindAfterItsDueDate)
{
    auto t = task(Cadence::Once, 1);
    t.due = QDate(2020, 6, 30);
    EXPECT_FALSE(ReportRules::standing(t, 0, 0, kShares, QDate(2020, 6, 30)).behind); // due today: not yet
    EXPECT_TRUE(ReportRules::standing(t, 0, 0, kShares, QDate(2020, 7, 1)).behind);
    EXPECT_FALSE(ReportRules::standing(t, 1, 1, kShares, QDate(2020, 7, 1)).behind);
    t.due = QDate();
    EXPECT_FALSE(ReportRules::standing(t, 0, 0, kShares, kNov20).behind); // no due date, never behind
}

TEST(ScheduleRule, PercentageTaskIsJudgedByItsAverage)
{
    const auto t = task(Cadence::Monthly, 90, QStringLiteral("%"));
    const auto low = ReportRules::standing(t, 85 + 92, 2, kShares, kNov20); // average 88.5
    EXPECT_DOUBLE_EQ(low.cumulative, 88.5);
    EXPECT_TRUE(low.behind);
    EXPECT_FALSE(ReportRules::standing(t, 90 + 95, 2, kShares, kNov20).behind);
    // Nothing accepted yet: no rate to judge.
    EXPECT_FALSE(ReportRules::standing(t, 0, 0, kShares, kNov20).behind);
}

TEST(ScheduleRule, RankTargetsAndTargetlessTasksAreNeverBehind)
{
    auto rank = task(Cadence::Annual, 10, QStringLiteral("名"));
    rank.lowerIsBetter = true;
    EXPECT_FALSE(ReportRules::standing(rank, 0, 0, {1, 1, 1}, QDate(2021, 1, 20)).behind);
    EXPECT_FALSE(ReportRules::standing(task(Cadence::Monthly, 0), 0, 0, kShares, kNov20).behind);
    EXPECT_EQ(ReportRules::mark(rank, {1, 1, 1}, QDate(2021, 1, 20)).kind, ReportRules::Mark::Kind::Never);
}

} // namespace
