#include "exchange/CsvReader.h"
#include "exchange/Exports.h"
#include "exchange/SheetImport.h"
#include "exchange/SheetReader.h"
#include "exchange/TableWriter.h"
#include "services/UnitService.h"
#include "support/TestSupport.h"

using namespace cd;
using namespace cd::test;

TEST(Export, FormulaLikeCellsAreNeutralised)
{
    for (const char* danger : {"=1+1", "+86 10", "-2", "@SUM(A1)", "\tx"})
        EXPECT_TRUE(TableWriter::neutralised(QString::fromLatin1(danger)).startsWith(QLatin1Char('\''))) << danger;
    EXPECT_EQ(TableWriter::neutralised(QStringLiteral("市教育局")), QStringLiteral("市教育局"));
    EXPECT_EQ(TableWriter::neutralised(QString()), QString());
}

TEST(Export, CsvHasABomQuotesAndNoLiveFormulas)
{
    Fixture f;
    const Table t{{QStringLiteral("单位名称"), QStringLiteral("联系电话")},
                  {{QStringLiteral("市委办公室, 机要"), QStringLiteral("=HYPERLINK(\"x\")")}}};
    const QString path = f.path(QStringLiteral("out.csv"));
    ASSERT_TRUE(TableWriter::writeCsv(t, path));
    const QByteArray bytes = readFile(path);
    EXPECT_TRUE(bytes.startsWith("\xEF\xBB\xBF"));
    EXPECT_TRUE(bytes.contains("\r\n"));
    auto back = CsvReader::parse(bytes);
    ASSERT_TRUE(back);
    ASSERT_EQ(back->rows.size(), 2);
    EXPECT_EQ(back->rows[1][0], QStringLiteral("市委办公室, 机要"));
    EXPECT_EQ(back->rows[1][1], QStringLiteral("'=HYPERLINK(\"x\")"));
}

TEST(Export, ExportedUnitsReimportUnchanged)
{
    Fixture f;
    UnitService s(f.ctx());
    for (const char* name : {"市教育局", "市财政局"}) {
        Unit u;
        u.name = QString::fromUtf8(name);
        u.category = QStringLiteral("政府部门");
        u.head = QStringLiteral("负责人");
        ASSERT_TRUE(s.add(u));
    }
    for (const char* file : {"units.xlsx", "units.csv"}) {
        const QString path = f.path(QString::fromLatin1(file));
        ASSERT_TRUE(TableWriter::write(Exports::units(s.list()), path, QStringLiteral("单位")));
        auto sheet = readSheet(path);
        ASSERT_TRUE(sheet) << sheet.error().message.toStdString();
        auto rows = SheetImport::unitRows(*sheet);
        ASSERT_TRUE(rows);
        const auto p = s.preview(*rows);
        EXPECT_EQ(p.unchanged, 2) << file;
        EXPECT_EQ(p.changes(), 0) << file;
    }
}

TEST(Export, UnwritablePlaceGivesAMessage)
{
    const Table t{{QStringLiteral("a")}, {}};
    auto s = TableWriter::write(t, QStringLiteral("/nonexistent-dir/x.xlsx"), QStringLiteral("s"));
    ASSERT_FALSE(s);
    EXPECT_TRUE(s.error().message.contains(QStringLiteral("x.xlsx")));
    EXPECT_FALSE(TableWriter::write(t, QStringLiteral("/nonexistent-dir/x.csv"), QStringLiteral("s")));
    EXPECT_FALSE(TableWriter::write(t, QStringLiteral("/tmp/x.pdf"), QStringLiteral("s")));
}
