#include "domain/Text.h"

#include <gtest/gtest.h>

using namespace cd;

TEST(Text, CleanTrimsFullWidthAndInvisibleSpaces)
{
    EXPECT_EQ(text::clean(QStringLiteral("\u3000市教育局 \u00a0")), QStringLiteral("市教育局"));
    EXPECT_EQ(text::clean(QStringLiteral("\ufeff名称")), QStringLiteral("名称"));
    EXPECT_EQ(text::clean(QStringLiteral("市 教育局")), QStringLiteral("市 教育局")); // inner spaces stay
}

TEST(Text, KeyMatchesCaptionsWrittenDifferently)
{
    EXPECT_EQ(text::key(QStringLiteral("单位 名称")), text::key(QStringLiteral("单位名称")));
    EXPECT_EQ(text::key(QStringLiteral("Ｎａｍｅ")), QStringLiteral("name"));
    EXPECT_EQ(text::key(QStringLiteral("*单位名称")), QStringLiteral("单位名称"));
}
