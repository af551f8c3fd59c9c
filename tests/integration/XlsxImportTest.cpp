#include "exchange/SheetImport.h"
#include "exchange/SheetReader.h"
#include "exchange/XlsxReader.h"
#include "support/TestSupport.h"

using namespace cd;
using namespace cd::test;

namespace {
QList<QStringList> unitRows()
{
    return {{QStringLiteral("市直单位通讯录")},
            {},
            {QStringLiteral("序号"), QStringLiteral("单位名称"), QStringLiteral("简称"), QStringLiteral("联系电话")},
            {QStringLiteral("1"), QStringLiteral("市教育局"), QStringLiteral("教育局"), QStringLiteral("13800138000")},
            {QStringLiteral("2"), QStringLiteral("市财政局 "), QString(), QStringLiteral("0791.5")},
            {}};
}
} // namespace

TEST(XlsxImport, InlineStringsAndNumbers)
{
    Fixture f;
    const QString path = f.path(QStringLiteral("inline.xlsx"));
    writeXlsx(path, {{QStringLiteral("名单"), unitRows()}});
    auto sheet = readSheet(path);
    ASSERT_TRUE(sheet) << sheet.error().message.toStdString();
    auto rows = SheetImport::unitRows(*sheet);
    ASSERT_TRUE(rows);
    ASSERT_EQ(rows->size(), 2);
    EXPECT_EQ((*rows)[0].row, 4);
    EXPECT_EQ((*rows)[0].unit.phone, QStringLiteral("13800138000")); // a number, not 1.38e+10
    EXPECT_EQ((*rows)[1].unit.name, QStringLiteral("市财政局"));
    EXPECT_EQ((*rows)[1].unit.phone, QStringLiteral("791.5"));
}

TEST(XlsxImport, SharedStringsAsSpreadsheetProgramsWriteThem)
{
    Fixture f;
    const QString path = f.path(QStringLiteral("shared.xlsx"));
    writeXlsxWithLibrary(path, unitRows());
    auto sheet = readSheet(path);
    ASSERT_TRUE(sheet) << sheet.error().message.toStdString();
    auto rows = SheetImport::unitRows(*sheet);
    ASSERT_TRUE(rows);
    ASSERT_EQ(rows->size(), 2);
    EXPECT_EQ((*rows)[0].unit.shortName, QStringLiteral("教育局"));
    EXPECT_EQ((*rows)[0].unit.phone, QStringLiteral("13800138000"));
}

TEST(XlsxImport, FirstSheetByDefaultOrANamedOne)
{
    Fixture f;
    const QString path = f.path(QStringLiteral("two.xlsx"));
    writeXlsx(path, {{QStringLiteral("说明"), {{QStringLiteral("本表由办公室维护")}}},
                     {QStringLiteral("单位"), {{QStringLiteral("单位名称")}, {QStringLiteral("市教育局")}}}});
    auto names = XlsxReader::sheetNames(path);
    ASSERT_TRUE(names);
    EXPECT_EQ(*names, (QStringList{QStringLiteral("说明"), QStringLiteral("单位")}));
    auto first = readSheet(path);
    ASSERT_TRUE(first);
    EXPECT_FALSE(SheetImport::unitRows(*first)); // the first sheet has no header
    auto named = readSheet(path, QStringLiteral("单位"));
    ASSERT_TRUE(named);
    auto rows = SheetImport::unitRows(*named);
    ASSERT_TRUE(rows);
    EXPECT_EQ(rows->size(), 1);
    auto missing = readSheet(path, QStringLiteral("不存在"));
    ASSERT_FALSE(missing);
    EXPECT_TRUE(missing.error().message.contains(QStringLiteral("不存在")));
}
