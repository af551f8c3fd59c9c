#include "domain/Enums.h"

#include <gtest/gtest.h>

using namespace cd;

TEST(Enums, IdentifiersRoundTrip)
{
    for (auto p : kAllPillars) EXPECT_EQ(pillarFromId(toId(p)), p);
    for (auto l : kAllLevels) EXPECT_EQ(levelFromId(toId(l)), l);
    EXPECT_EQ(toId(Pillar::Reform), QStringLiteral("reform"));
    EXPECT_FALSE(pillarFromId(QStringLiteral("Study")));
}

TEST(Enums, LevelsReadFromChineseSheets)
{
    EXPECT_EQ(levelFromText(QStringLiteral("第一责任人")), ResponsibilityLevel::First);
    EXPECT_EQ(levelFromText(QStringLiteral("直接责任")), ResponsibilityLevel::Direct);
    EXPECT_EQ(levelFromText(QStringLiteral(" 具体责任 ")), ResponsibilityLevel::Specific);
    EXPECT_EQ(levelFromText(QStringLiteral("first")), ResponsibilityLevel::First);
    EXPECT_FALSE(levelFromText(QStringLiteral("主要")));
}
