// The period a page opens on: the one that needs attention now.
#include "domain/PeriodCalendar.h"
#include "domain/Reporting.h"

#include <gtest/gtest.h>

using namespace cd;

TEST(Attention, ThePeriodStillDueComesBeforeTheOneJustBegun)
{
    const auto periods = PeriodCalendar().periodsForYear(2026);
    // 4 December: November is due on the 5th, December has begun but is due in January.
    EXPECT_EQ(ReportRules::needingAttention(periods, QDate(2026, 12, 4)), QStringLiteral("2026-11"));
    EXPECT_EQ(ReportRules::needingAttention(periods, QDate(2026, 12, 5)), QStringLiteral("2026-11"));
    EXPECT_EQ(ReportRules::needingAttention(periods, QDate(2026, 12, 6)), QStringLiteral("2026-12"));
    EXPECT_EQ(ReportRules::needingAttention(periods, QDate(2026, 3, 1)), QStringLiteral("2026-02"));
    // After the year: its last month; before it: its first period.
    EXPECT_EQ(ReportRules::needingAttention(periods, QDate(2027, 2, 1)), QStringLiteral("2026-12"));
    EXPECT_EQ(ReportRules::needingAttention(periods, QDate(2025, 6, 1)), periods.first().code);
    EXPECT_TRUE(ReportRules::needingAttention({}, QDate(2026, 12, 4)).isEmpty());
}

TEST(Attention, ReportsWaitingForReviewComeFirstTheEarliestOfThem)
{
    const auto periods = PeriodCalendar().periodsForYear(2026);
    EXPECT_EQ(ReportRules::needingAttention(periods, QDate(2026, 12, 4), {QStringLiteral("2026-10"), QStringLiteral("2026-08")}), QStringLiteral("2026-08"));
    EXPECT_EQ(ReportRules::needingAttention(periods, QDate(2026, 12, 4), {QStringLiteral("2026Q3")}), QStringLiteral("2026Q3"));
}

// Progress reads as the report form takes it: one decimal at most, no trailing ".0".
TEST(ProgressAmount, IsRoundedToOneDecimalAsTheFormTakesIt)
{
    EXPECT_EQ(cd::ReportRules::amount(74.3333333), QStringLiteral("74.3"));
    EXPECT_EQ(cd::ReportRules::amount(12.0), QStringLiteral("12"));
    EXPECT_EQ(cd::ReportRules::amount(2.96), QStringLiteral("3"));
    EXPECT_EQ(cd::ReportRules::amount(0.04), QStringLiteral("0"));
    EXPECT_EQ(cd::ReportRules::amount(-0.04), QStringLiteral("0"));
}
