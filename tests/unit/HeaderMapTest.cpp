#include "exchange/HeaderMap.h"
#include "exchange/SheetImport.h"

#include <gtest/gtest.h>

using namespace cd;

TEST(HeaderMap, FindsTheHeaderBelowATitleRow)
{
    Sheet s;
    s.rows = {{QStringLiteral("2020年市直单位名单")},
              {},
              {QStringLiteral("序号"), QStringLiteral("单位名称"), QStringLiteral("联系电话")},
              {QStringLiteral("1"), QStringLiteral("市教育局"), QStringLiteral("内线1")}};
    auto h = HeaderMap::find(s, SheetImport::unitFields());
    ASSERT_TRUE(h);
    EXPECT_EQ(h->headerRow, 2);
    EXPECT_EQ(h->columns.value(QStringLiteral("name")), 1);
    EXPECT_EQ(h->columns.value(QStringLiteral("phone")), 2);
    EXPECT_FALSE(h->columns.contains(QStringLiteral("head")));
}

TEST(HeaderMap, EnglishCaptionsAndOddSpacing)
{
    Sheet s;
    s.rows = {{QStringLiteral(" Name "), QStringLiteral("SHORT_NAME"), QStringLiteral("\u3000联络员")}};
    auto h = HeaderMap::find(s, SheetImport::unitFields());
    ASSERT_TRUE(h);
    EXPECT_EQ(h->columns.value(QStringLiteral("short_name")), 1);
    EXPECT_EQ(h->columns.value(QStringLiteral("secretary")), 2);
}

TEST(HeaderMap, RefusesASheetWithoutTheRequiredColumn)
{
    Sheet s;
    s.rows = {{QStringLiteral("姓名"), QStringLiteral("电话")}, {QStringLiteral("张三"), QStringLiteral("1")}};
    auto h = HeaderMap::find(s, SheetImport::unitFields());
    ASSERT_FALSE(h);
    EXPECT_TRUE(h.error().message.contains(QStringLiteral("单位名称")));
}

TEST(HeaderMap, HeaderBeyondTheTenthRowIsNotSearched)
{
    Sheet s;
    for (int i = 0; i < 10; ++i) s.rows.append({QStringLiteral("说明")});
    s.rows.append({QStringLiteral("单位名称")});
    EXPECT_FALSE(HeaderMap::find(s, SheetImport::unitFields()));
}

TEST(HeaderMap, AVeryWideRowIsSearchedOnlyAtItsLeft)
{
    // The header search once cost a look at every alias for every cell of the first ten rows,
    // whatever their width; it now looks at the first columns of each row only.
    Sheet s;
    QStringList wide(200000, QStringLiteral("x"));
    wide[HeaderMap::kScanColumns] = QStringLiteral("单位名称"); // past the searched columns
    s.rows = {wide, {QStringLiteral("序号"), QStringLiteral("单位名称"), QStringLiteral("电话")}};
    auto h = HeaderMap::find(s, SheetImport::unitFields());
    ASSERT_TRUE(h);
    EXPECT_EQ(h->headerRow, 1);
    EXPECT_EQ(h->columns.value(QStringLiteral("phone")), 2);
    s.rows.removeLast();
    EXPECT_FALSE(HeaderMap::find(s, SheetImport::unitFields()));
}

TEST(HeaderMap, AnAliasSharedByTwoFieldsGoesToTheFirstThenTheNext)
{
    // "单位" names the unit in both lists; with "单位名称" present it still maps once.
    Sheet s;
    s.rows = {{QStringLiteral("单位"), QStringLiteral("任务编号"), QStringLiteral("责任人")}};
    auto h = HeaderMap::find(s, SheetImport::responsibilityFields());
    ASSERT_TRUE(h);
    EXPECT_EQ(h->columns.value(QStringLiteral("unit")), 0);
    EXPECT_EQ(h->columns.value(QStringLiteral("task")), 1);
    EXPECT_EQ(h->columns.value(QStringLiteral("person")), 2);
}
