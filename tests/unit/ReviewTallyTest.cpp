// 述职测评's counting rules, on counts worked out by hand.
#include "domain/Review.h"

#include <gtest/gtest.h>

using namespace cd;

namespace {

ReviewPerson person(qint64 id, ResponsibilityLevel level = ResponsibilityLevel::First)
{
    return {id, id, QStringLiteral("单位%1").arg(id), QStringLiteral("人%1").arg(id), level};
}
MarkCounts marks(int good, int fair, int average, int poor, int invalid = 0)
{
    MarkCounts c;
    c.marks = {good, fair, average, poor};
    c.invalid = invalid;
    return c;
}
const QList<ReviewGroup> kGroups{{1, QStringLiteral("上级党组织领导"), 30, 10}, {2, QStringLiteral("单位领导班子和党务干部"), 30, 20}, {3, QStringLiteral("党员群众代表"), 40, 30}};

} // namespace

TEST(ReviewTally, TheScoreIsEachGroupsMeanWeightedByTheGroups)
{
    // Group 1: 10 好 → 100; group 2: 10 好 10 较好 → 90; group 3: 15 较好 15 一般 → 70.
    // 0.3 × 100 + 0.3 × 90 + 0.4 × 70 = 85.
    const auto out = ReviewTally::outcomes({person(1)}, kGroups, {}, {{{1, 0}, marks(10, 0, 0, 0)}, {{1, 1}, marks(10, 10, 0, 0)}, {{1, 2}, marks(0, 15, 15, 0)}});
    ASSERT_EQ(out.size(), 1);
    EXPECT_DOUBLE_EQ(out[0].score, 85.0);
    EXPECT_EQ(out[0].grade, ReviewMark::Fair);
    EXPECT_EQ(out[0].total, marks(20, 25, 15, 0));
    EXPECT_DOUBLE_EQ(out[0].goodRate, 45.0 / 60.0);
}

TEST(ReviewTally, AGroupWithNoValidMarkDoesNotPullTheScoreDown)
{
    // Only groups 1 and 3 marked: (0.3 × 100 + 0.4 × 80) ÷ 0.7 = 88.571… → 88.57.
    const auto out = ReviewTally::outcomes({person(1)}, kGroups, {}, {{{1, 0}, marks(5, 0, 0, 0)}, {{1, 1}, marks(0, 0, 0, 0, 4)}, {{1, 2}, marks(0, 8, 0, 0)}});
    EXPECT_DOUBLE_EQ(out[0].score, 88.57);
    EXPECT_EQ(out[0].total.invalid, 4);
    EXPECT_EQ(out[0].total.valid(), 13);
}

TEST(ReviewTally, 差MarksReachingOneThirdOfTheValidOnesMakeTheGrade差WhateverTheScore)
{
    ReviewRules rules;
    // 20 好 and 10 差 of 30 valid: score 66.67, and 10 is one third: 差.
    auto out = ReviewTally::outcomes({person(1)}, {{1, QStringLiteral("全体"), 100, 30}}, rules, {{{1, 0}, marks(20, 0, 0, 10)}});
    EXPECT_DOUBLE_EQ(out[0].score, 66.67);
    EXPECT_EQ(out[0].grade, ReviewMark::Poor);
    // One 差 fewer (9 of 29), a 一般 grade by the score.
    out = ReviewTally::outcomes({person(1)}, {{1, QStringLiteral("全体"), 100, 30}}, rules, {{{1, 0}, marks(20, 0, 0, 9)}});
    EXPECT_DOUBLE_EQ(out[0].score, 68.97);
    EXPECT_EQ(out[0].grade, ReviewMark::Average);
    // The thresholds: exactly 90 is 好, 89.99 较好, 60 一般, below 差.
    EXPECT_EQ(rules.gradeOf(90, 0, 10), ReviewMark::Good);
    EXPECT_EQ(rules.gradeOf(89.99, 0, 10), ReviewMark::Fair);
    EXPECT_EQ(rules.gradeOf(80, 0, 10), ReviewMark::Fair);
    EXPECT_EQ(rules.gradeOf(60, 0, 10), ReviewMark::Average);
    EXPECT_EQ(rules.gradeOf(59.99, 0, 10), ReviewMark::Poor);
    EXPECT_EQ(rules.gradeOf(100, 4, 12), ReviewMark::Poor);
    EXPECT_EQ(rules.gradeOf(100, 3, 12), ReviewMark::Good);
}

TEST(ReviewTally, EditedPointsAndThresholdsAreUsed)
{
    ReviewRules rules;
    rules.points = {100, 90, 70, 10};
    rules.good = 95;
    auto out = ReviewTally::outcomes({person(1)}, {{1, QStringLiteral("全体"), 100, 4}}, rules, {{{1, 0}, marks(2, 2, 0, 0)}});
    EXPECT_DOUBLE_EQ(out[0].score, 95.0);
    EXPECT_EQ(out[0].grade, ReviewMark::Good);
    rules.good = 96;
    out = ReviewTally::outcomes({person(1)}, {{1, QStringLiteral("全体"), 100, 4}}, rules, {{{1, 0}, marks(2, 2, 0, 0)}});
    EXPECT_EQ(out[0].grade, ReviewMark::Fair);
    // Rules that do not descend are refused.
    rules.fair = 97;
    EXPECT_FALSE(ReviewRules::validate(rules));
    EXPECT_TRUE(ReviewRules::validate(ReviewRules{}));
    EXPECT_EQ(ReviewRules::fromJson(rules.toJson()).points, rules.points);
}

TEST(ReviewTally, RanksAreWithinEachLevelAndEqualScoresShareOne)
{
    const QList<ReviewPerson> people{person(1), person(2, ResponsibilityLevel::Direct), person(3), person(4), person(5, ResponsibilityLevel::Direct)};
    const QList<ReviewGroup> one{{1, QStringLiteral("全体"), 100, 10}};
    const auto out = ReviewTally::outcomes(people, one, {},
                                           {{{1, 0}, marks(5, 5, 0, 0)}, {{2, 0}, marks(0, 10, 0, 0)}, {{3, 0}, marks(10, 0, 0, 0)},
                                            {{4, 0}, marks(5, 5, 0, 0)}, {{5, 0}, marks(10, 0, 0, 0)}});
    ASSERT_EQ(out.size(), 5);
    EXPECT_EQ(out[2].rank, 1); // person 3, 100
    EXPECT_EQ(out[0].rank, 2); // persons 1 and 4, 90 each
    EXPECT_EQ(out[3].rank, 2);
    EXPECT_EQ(out[4].rank, 1); // the direct level on its own: person 5, then 2
    EXPECT_EQ(out[1].rank, 2);
}

TEST(ReviewTally, SerialsRunGroupByGroupAndNoneBeyondTheIssued)
{
    EXPECT_EQ(ReviewTally::serialRanges(kGroups), (QList<QPair<int, int>>{{1, 10}, {11, 30}, {31, 60}}));
    EXPECT_EQ(ReviewTally::groupOfSerial(kGroups, 1), 0);
    EXPECT_EQ(ReviewTally::groupOfSerial(kGroups, 10), 0);
    EXPECT_EQ(ReviewTally::groupOfSerial(kGroups, 11), 1);
    EXPECT_EQ(ReviewTally::groupOfSerial(kGroups, 60), 2);
    EXPECT_EQ(ReviewTally::groupOfSerial(kGroups, 61), -1);
    EXPECT_EQ(ReviewTally::groupOfSerial(kGroups, 0), -1);
}

TEST(ReviewTally, ACellIsOneMarkNoneOrSeveral)
{
    EXPECT_EQ(ballot_cell::fromText(QStringLiteral("1")), QChar(QLatin1Char('1')));
    EXPECT_EQ(ballot_cell::fromText(QStringLiteral(" 4 ")), QChar(QLatin1Char('4')));
    EXPECT_EQ(ballot_cell::fromText(QStringLiteral("较好")), QChar(QLatin1Char('2')));
    EXPECT_EQ(ballot_cell::fromText(QStringLiteral("差")), QChar(QLatin1Char('4')));
    EXPECT_EQ(ballot_cell::fromText(QString()), ballot_cell::kNone);
    EXPECT_EQ(ballot_cell::fromText(QStringLiteral("12")), ballot_cell::kMany);
    EXPECT_EQ(ballot_cell::fromText(QStringLiteral("好、差")), ballot_cell::kMany);
    EXPECT_FALSE(ballot_cell::fromText(QStringLiteral("5")).has_value());
    EXPECT_FALSE(ballot_cell::fromText(QStringLiteral("很好")).has_value());
    EXPECT_FALSE(ballot_cell::mark(ballot_cell::kNone).has_value());
    EXPECT_FALSE(ballot_cell::mark(ballot_cell::kMany).has_value());
    EXPECT_EQ(ballot_cell::mark(QLatin1Char('3')), ReviewMark::Average);
}

TEST(ReviewTally, APersonNobodyMarkedValidlyHasNoRankAndDoesNotTakeOne)
{
    const QList<ReviewGroup> one{{1, QStringLiteral("全体"), 100, 4}};
    const auto out = ReviewTally::outcomes({person(1), person(2), person(3)}, one, {},
                                           {{{1, 0}, marks(0, 0, 0, 0, 4)}, {{2, 0}, marks(2, 2, 0, 0)}, {{3, 0}, marks(1, 3, 0, 0)}});
    EXPECT_FALSE(out[0].rated());
    EXPECT_EQ(out[0].rank, 0);
    EXPECT_EQ(out[1].rank, 1);
    EXPECT_EQ(out[2].rank, 2);
}
