#include "domain/Validation.h"

#include <gtest/gtest.h>

using namespace cd;

namespace {
Campaign campaign() { return {1, QStringLiteral("c"), 2020, QDate(2020, 1, 1), QDate(2020, 12, 31), {}}; }
Task task()
{
    Task t;
    t.code = QStringLiteral("S2");
    t.title = QStringLiteral("中心组学习");
    t.target = 12;
    t.due = QDate(2020, 12, 31);
    return t;
}
} // namespace

TEST(Validation, UnitNeedsAName)
{
    Unit u;
    EXPECT_FALSE(Validation::unit(u));
    u.name = QStringLiteral("  ");
    EXPECT_FALSE(Validation::unit(u));
    u.name = QStringLiteral("市教育局");
    EXPECT_TRUE(Validation::unit(u));
    u.phone = QString(Validation::kMaxTextLength + 1, QLatin1Char('1'));
    EXPECT_FALSE(Validation::unit(u));
}

TEST(Validation, TaskTargetsAndDates)
{
    EXPECT_TRUE(Validation::task(task(), campaign()));
    Task negative = task();
    negative.target = -1;
    EXPECT_FALSE(Validation::task(negative, campaign()));
    Task late = task();
    late.due = QDate(2021, 1, 15);
    EXPECT_FALSE(Validation::task(late, campaign()));
    Task early = task();
    early.due = QDate(2019, 12, 31);
    EXPECT_FALSE(Validation::task(early, campaign()));
    Task untitled = task();
    untitled.title.clear();
    EXPECT_FALSE(Validation::task(untitled, campaign()));
}

TEST(Validation, OptionalTaskBelongsToAUnit)
{
    Task t = task();
    t.kind = TaskKind::Optional;
    EXPECT_FALSE(Validation::task(t, campaign()));
    t.ownerUnitId = 7;
    EXPECT_TRUE(Validation::task(t, campaign()));
}

TEST(Validation, ResponsibilityNamesAPerson)
{
    Responsibility r{0, 1, 2, ResponsibilityLevel::First, QStringLiteral("张三"), {}, {}, 2};
    EXPECT_TRUE(Validation::responsibility(r));
    r.person.clear();
    EXPECT_FALSE(Validation::responsibility(r));
    r.person = QStringLiteral("张三");
    r.target = -2;
    EXPECT_FALSE(Validation::responsibility(r));
    r.target = 0;
    r.unitId = 0;
    EXPECT_FALSE(Validation::responsibility(r));
}

TEST(Validation, CampaignDates)
{
    Campaign c = campaign();
    EXPECT_TRUE(Validation::campaign(c));
    c.end = QDate(2019, 1, 1);
    EXPECT_FALSE(Validation::campaign(c));
    c = campaign();
    c.name.clear();
    EXPECT_FALSE(Validation::campaign(c));
}
