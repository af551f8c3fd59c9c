#include "exchange/SheetImport.h"
#include "exchange/SheetReader.h"
#include "services/UnitService.h"
#include "support/TestSupport.h"

using namespace cd;
using namespace cd::test;

namespace {
QList<UnitImportRow> rowsOf(const QString& path)
{
    auto sheet = readSheet(path);
    EXPECT_TRUE(sheet) << (sheet ? "" : sheet.error().message.toStdString());
    if (!sheet) return {};
    auto rows = SheetImport::unitRows(*sheet);
    EXPECT_TRUE(rows) << (rows ? "" : rows.error().message.toStdString());
    return rows ? *rows : QList<UnitImportRow>{};
}

const QString kMessy = QStringLiteral(
    "2020年市直单位名单（截至3月）,,,\r\n"
    ",,,\r\n"
    "序号,单位名称,单位类别,联络员,联系电话\r\n"
    "1,\u3000市教育局\u3000,政府部门,莫英洋,内线6945\r\n"
    "2,市财政局,,叶佳敏,\r\n"
    ",,,,\r\n"
    "3,\"市委办公室, 机要\",党委部门,\"罗琳宇\",\"内线\"\"7640\"\"\"\r\n"
    ",,,,\r\n"
    ",,,,\r\n");
} // namespace

TEST(CsvImport, TheOfficesOwnUnitListImports)
{
    Fixture f;
    const auto rows = rowsOf(sharedFile(QStringLiteral("fixtures/city-units.csv")));
    ASSERT_EQ(rows.size(), 58);
    EXPECT_EQ(rows[0].row, 2);
    EXPECT_EQ(rows[0].unit.name, QStringLiteral("市委办公室"));
    EXPECT_EQ(rows[0].unit.head, QStringLiteral("闫明峰"));
    UnitService s(f.ctx());
    const auto p = s.preview(rows);
    EXPECT_EQ(p.added.size(), 58);
    EXPECT_TRUE(p.rejected.isEmpty());
    ASSERT_TRUE(s.apply(p));
    EXPECT_EQ(s.list().size(), 58);
}

TEST(CsvImport, TitleRowSerialColumnBlankCellsAndFullWidthSpaces)
{
    Fixture f;
    const QString path = f.path(QStringLiteral("messy.csv"));
    writeFile(path, kMessy.toUtf8());
    const auto rows = rowsOf(path);
    ASSERT_EQ(rows.size(), 3);
    EXPECT_EQ(rows[0].row, 4);
    EXPECT_EQ(rows[0].unit.name, QStringLiteral("市教育局"));
    EXPECT_EQ(rows[1].unit.category, QString());
    EXPECT_EQ(rows[2].row, 7);
    EXPECT_EQ(rows[2].unit.name, QStringLiteral("市委办公室, 机要"));
    EXPECT_EQ(rows[2].unit.phone, QStringLiteral("内线\"7640\""));
}

TEST(CsvImport, Utf8WithBom)
{
    Fixture f;
    const QString path = f.path(QStringLiteral("bom.csv"));
    writeFile(path, QByteArray("\xEF\xBB\xBF") + kMessy.toUtf8());
    EXPECT_EQ(rowsOf(path).size(), 3);
}

TEST(CsvImport, Gb18030AsWpsSavesIt)
{
    Fixture f;
    const QString path = f.path(QStringLiteral("gbk.csv"));
    writeFile(path, toGb18030(kMessy));
    const auto rows = rowsOf(path);
    ASSERT_EQ(rows.size(), 3);
    EXPECT_EQ(rows[0].unit.name, QStringLiteral("市教育局"));
    EXPECT_EQ(rows[0].unit.secretary, QStringLiteral("莫英洋"));
}

TEST(CsvImport, Utf16WithBomAndTabs)
{
    Fixture f;
    const QString path = f.path(QStringLiteral("unicode.csv"));
    QString text = QStringLiteral("单位名称\t联系电话\r\n市教育局\t内线1\r\n");
    QByteArray bytes("\xFF\xFE");
    bytes.append(reinterpret_cast<const char*>(text.utf16()), text.size() * 2);
    writeFile(path, bytes);
    const auto rows = rowsOf(path);
    ASSERT_EQ(rows.size(), 1);
    EXPECT_EQ(rows[0].unit.phone, QStringLiteral("内线1"));
}

TEST(CsvImport, EnglishHeaders)
{
    Fixture f;
    const QString path = f.path(QStringLiteral("en.csv"));
    writeFile(path, "name,short_name,category,head,deputy,secretary,phone\nCity Office,CO,Party,A,B,C,123\n");
    const auto rows = rowsOf(path);
    ASSERT_EQ(rows.size(), 1);
    EXPECT_EQ(rows[0].unit.shortName, QStringLiteral("CO"));
    EXPECT_EQ(rows[0].unit.phone, QStringLiteral("123"));
}
