#include "domain/PeriodCalendar.h"

#include <gtest/gtest.h>

using namespace cd;

TEST(PeriodCalendar, YearHasTwelveMonthsFourQuartersAndTheYear)
{
    const auto periods = PeriodCalendar().periodsForYear(2020);
    ASSERT_EQ(periods.size(), 17);
    EXPECT_EQ(std::ranges::count(periods, PeriodKind::Month, &Period::kind), 12);
    EXPECT_EQ(std::ranges::count(periods, PeriodKind::Quarter, &Period::kind), 4);
    EXPECT_EQ(periods.last().code, QStringLiteral("2020"));
}

TEST(PeriodCalendar, MonthlyReportIsDueOnTheFifthOfTheNextMonth)
{
    const Period feb = PeriodCalendar().period({PeriodKind::Month, 2020, 2});
    EXPECT_EQ(feb.code, QStringLiteral("2020-02"));
    EXPECT_EQ(feb.start, QDate(2020, 2, 1));
    EXPECT_EQ(feb.end, QDate(2020, 2, 29)); // leap year
    EXPECT_EQ(feb.deadline, QDate(2020, 3, 5));
    const Period dec = PeriodCalendar().period({PeriodKind::Month, 2020, 12});
    EXPECT_EQ(dec.deadline, QDate(2021, 1, 5));
}

TEST(PeriodCalendar, QuarterAndYearDeadlines)
{
    const Period q2 = PeriodCalendar().period({PeriodKind::Quarter, 2020, 2});
    EXPECT_EQ(q2.code, QStringLiteral("2020Q2"));
    EXPECT_EQ(q2.start, QDate(2020, 4, 1));
    EXPECT_EQ(q2.end, QDate(2020, 6, 30));
    EXPECT_EQ(q2.deadline, QDate(2020, 7, 15));
    const Period y = PeriodCalendar().period({PeriodKind::Year, 2020, 0});
    EXPECT_EQ(y.deadline, QDate(2021, 1, 15));
}

TEST(PeriodCalendar, DeadlineRulesAreSettings)
{
    const Period m = PeriodCalendar(DeadlineRules{10, 20, 31}).period({PeriodKind::Month, 2021, 6});
    EXPECT_EQ(m.deadline, QDate(2021, 7, 10));
}

TEST(PeriodCalendar, ParsesTheThreeWritings)
{
    auto m = PeriodCalendar::parse(QStringLiteral("2020-03"));
    ASSERT_TRUE(m);
    EXPECT_EQ(m->kind, PeriodKind::Month);
    EXPECT_EQ(m->index, 3);
    auto q = PeriodCalendar::parse(QStringLiteral("2020Q1"));
    ASSERT_TRUE(q);
    EXPECT_EQ(q->kind, PeriodKind::Quarter);
    auto y = PeriodCalendar::parse(QStringLiteral("2020"));
    ASSERT_TRUE(y);
    EXPECT_EQ(y->kind, PeriodKind::Year);
    for (const char* bad : {"2020-13", "2020-00", "2020Q5", "20-03", "March", ""})
        EXPECT_FALSE(PeriodCalendar::parse(QString::fromLatin1(bad))) << bad;
}
