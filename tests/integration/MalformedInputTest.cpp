#include "exchange/SheetImport.h"
#include "exchange/SheetReader.h"
#include "services/UnitService.h"
#include "support/TestSupport.h"

#include <QDir>
#include <QFile>
#include <QRandomGenerator>
#include <QStringEncoder>
#include <sys/stat.h>

using namespace cd;
using namespace cd::test;

namespace {

// What the CLI and the wizard do, end to end; refuses when any row is rejected.
Status importUnits(Fixture& f, const QString& path, const ReadLimits& limits = {})
{
    auto sheet = readSheet(path, {}, limits);
    if (!sheet) return fail(sheet.error());
    auto rows = SheetImport::unitRows(*sheet);
    if (!rows) return fail(rows.error());
    UnitService s(f.ctx());
    const auto p = s.preview(*rows);
    if (!p.rejected.isEmpty()) return fail(Error::invalid(p.rejected.first().reason));
    return s.apply(p);
}

class MalformedInput : public ::testing::Test
{
protected:
    void SetUp() override
    {
        Unit u;
        u.name = QStringLiteral("市教育局");
        ASSERT_TRUE(UnitService(f.ctx()).add(u));
        before = f.state();
    }
    // Refused with a message that says something, and nothing in the database changed.
    void expectRefused(const Status& s, const QString& mentions = {})
    {
        ASSERT_FALSE(s);
        EXPECT_FALSE(s.error().message.isEmpty());
        if (!mentions.isEmpty()) {
            EXPECT_TRUE(s.error().message.contains(mentions)) << s.error().message.toStdString();
        }
        EXPECT_EQ(f.state(), before);
    }
    Fixture f;
    QString before;
};

} // namespace

TEST_F(MalformedInput, TruncatedWorkbook)
{
    const QString good = f.path(QStringLiteral("good.xlsx"));
    writeXlsxWithLibrary(good, {{QStringLiteral("单位名称")}, {QStringLiteral("市财政局")}});
    const QByteArray bytes = readFile(good);
    const QString cut = f.path(QStringLiteral("cut.xlsx"));
    writeFile(cut, bytes.left(bytes.size() / 2));
    expectRefused(importUnits(f, cut), QStringLiteral("cut.xlsx"));
}

TEST_F(MalformedInput, ZipWithoutAWorksheet)
{
    const QString path = f.path(QStringLiteral("nosheet.xlsx"));
    writeZip(path, {{QStringLiteral("readme.txt"), "hello"}});
    expectRefused(importUnits(f, path), QStringLiteral("xl/workbook.xml"));
    const QString empty = f.path(QStringLiteral("emptybook.xlsx"));
    writeZip(empty, {{QStringLiteral("xl/workbook.xml"), "<workbook><sheets/></workbook>"}});
    expectRefused(importUnits(f, empty));
}

TEST_F(MalformedInput, BinaryGarbage)
{
    QByteArray junk(64 * 1024, '\0');
    QRandomGenerator rng(42);
    for (auto& c : junk) c = char(rng.bounded(256));
    const QString csv = f.path(QStringLiteral("junk.csv"));
    writeFile(csv, junk);
    expectRefused(importUnits(f, csv));
    const QString xlsx = f.path(QStringLiteral("junk.xlsx"));
    writeFile(xlsx, junk);
    expectRefused(importUnits(f, xlsx), QStringLiteral("junk.xlsx"));
}

TEST_F(MalformedInput, TenMegabyteCell)
{
    const QString path = f.path(QStringLiteral("huge.csv"));
    QByteArray bytes = "单位名称,联系电话\n市财政局,\"";
    bytes += QByteArray(10 * 1024 * 1024, 'x');
    bytes += "\"\n";
    writeFile(path, bytes);
    expectRefused(importUnits(f, path), QStringLiteral("4000"));

    const QString xlsx = f.path(QStringLiteral("huge.xlsx"));
    // Varied text, so the workbook is big honestly rather than a suspicious zip.
    QString cell(10 * 1024 * 1024 / 3, Qt::Uninitialized);
    QRandomGenerator rng(7);
    for (auto& c : cell) c = QChar(char16_t(0x4e00 + rng.bounded(0x5000)));
    writeXlsx(xlsx, {{QStringLiteral("s"), {{QStringLiteral("单位名称")}, {cell}}}});
    expectRefused(importUnits(f, xlsx), QStringLiteral("A2"));
}

TEST_F(MalformedInput, WrongEncodings)
{
    // Latin-1 bytes are neither valid UTF-8 nor valid GB18030 here.
    const QString latin = f.path(QStringLiteral("latin1.csv"));
    writeFile(latin, "name,phone\nCaf\xe9,\xff\xfe\xfd\n");
    expectRefused(importUnits(f, latin), QStringLiteral("UTF-8"));
    // Big5 decodes as GB18030 into nonsense: the header cannot be found, and the message says why.
    QStringEncoder big5("Big5");
    ASSERT_TRUE(big5.isValid());
    const QString b5 = f.path(QStringLiteral("big5.csv"));
    writeFile(b5, big5.encode(QStringLiteral("單位名稱,聯繫電話\n市教育局,1\n")));
    expectRefused(importUnits(f, b5), QStringLiteral("GB18030"));
    // UTF-16 without its byte-order mark is full of NULs.
    const QString u16 = f.path(QStringLiteral("u16.csv"));
    const QString text = QStringLiteral("单位名称\n市财政局\n");
    writeFile(u16, QByteArray(reinterpret_cast<const char*>(text.utf16()), text.size() * 2));
    expectRefused(importUnits(f, u16));
}

TEST_F(MalformedInput, ZipBombsAreNotUnpacked)
{
    const QString path = f.path(QStringLiteral("bomb.xlsx"));
    writeZip(path, {{QStringLiteral("xl/workbook.xml"), "<workbook><sheets><sheet name=\"a\"/></sheets></workbook>"},
                    {QStringLiteral("xl/worksheets/sheet1.xml"), QByteArray(8 * 1024 * 1024, ' ')}});
    expectRefused(importUnits(f, path), QStringLiteral("bomb.xlsx"));
    ReadLimits small;
    small.maxUnpackRatio = 1 << 30;
    small.maxUnpackedBytes = 1024 * 1024;
    expectRefused(importUnits(f, path, small), QStringLiteral("MB"));
}

TEST_F(MalformedInput, DamagedWorksheetXmlAndDanglingSharedString)
{
    const QString xml = f.path(QStringLiteral("badxml.xlsx"));
    writeZip(xml, {{QStringLiteral("xl/workbook.xml"), "<workbook><sheets><sheet name=\"a\"/></sheets></workbook>"},
                   {QStringLiteral("xl/worksheets/sheet1.xml"), "<worksheet><sheetData><row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>单位名称"}});
    expectRefused(importUnits(f, xml));
    const QString dangling = f.path(QStringLiteral("dangling.xlsx"));
    writeZip(dangling, {{QStringLiteral("xl/workbook.xml"), "<workbook><sheets><sheet name=\"a\"/></sheets></workbook>"},
                        {QStringLiteral("xl/worksheets/sheet1.xml"),
                         "<worksheet><sheetData><row r=\"1\"><c r=\"A1\" t=\"s\"><v>7</v></c></row></sheetData></worksheet>"}});
    expectRefused(importUnits(f, dangling), QStringLiteral("A1"));
}

TEST_F(MalformedInput, NotASheetAtAll)
{
    expectRefused(importUnits(f, f.path(QStringLiteral("missing.csv"))), QStringLiteral("missing.csv"));
    const QString doc = f.path(QStringLiteral("report.docx"));
    writeFile(doc, "PK");
    expectRefused(importUnits(f, doc), QStringLiteral(".xlsx"));
    const QString noHeader = f.path(QStringLiteral("noheader.csv"));
    writeFile(noHeader, "姓名,电话\n张三,1\n");
    expectRefused(importUnits(f, noHeader), QStringLiteral("单位名称"));
}

TEST_F(MalformedInput, DevicesFifosAndLinksToThemAreNotRead)
{
    // A .csv that is a link to an endless device used to pass the 64 MB check (its size is 0)
    // and then be read for ever; a FIFO blocked the import waiting for a writer.
    const QString zero = f.path(QStringLiteral("units.csv"));
    ASSERT_TRUE(QFile::link(QStringLiteral("/dev/zero"), zero));
    expectRefused(importUnits(f, zero), QStringLiteral("units.csv"));
    const QString sheet = f.path(QStringLiteral("units.xlsx"));
    ASSERT_TRUE(QFile::link(QStringLiteral("/dev/urandom"), sheet));
    expectRefused(importUnits(f, sheet), QStringLiteral("units.xlsx"));
    const QString fifo = f.path(QStringLiteral("pipe.csv"));
    ASSERT_EQ(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
    expectRefused(importUnits(f, fifo), QStringLiteral("FIFO"));
    ASSERT_TRUE(QDir().mkpath(f.path(QStringLiteral("folder.csv"))));
    expectRefused(importUnits(f, f.path(QStringLiteral("folder.csv"))), QStringLiteral("folder.csv"));
}

TEST_F(MalformedInput, TheSizeLimitIsKeptOnTheBytesRead)
{
    const QString path = f.path(QStringLiteral("big.csv"));
    QByteArray bytes = "单位名称\n";
    while (bytes.size() <= 4096) bytes += "市财政局\n";
    writeFile(path, bytes);
    ReadLimits small;
    small.maxFileBytes = 4096;
    expectRefused(importUnits(f, path, small), QStringLiteral("big.csv"));
}

TEST_F(MalformedInput, ARowOfAMillionCellsIsRefusedByItsWidth)
{
    // 3 MB on one line: 1,500,000 empty cells. Refused for its width, not searched cell by cell.
    const QString path = f.path(QStringLiteral("wide.csv"));
    writeFile(path, QByteArray("单位名称") + QByteArray(1500000, ',') + "\n市财政局\n");
    expectRefused(importUnits(f, path), QStringLiteral("1024"));
    // The same in a workbook: one cell far to the right.
    const QString xlsx = f.path(QStringLiteral("wide.xlsx"));
    writeZip(xlsx, {{QStringLiteral("xl/workbook.xml"), "<workbook><sheets><sheet name=\"a\"/></sheets></workbook>"},
                    {QStringLiteral("xl/worksheets/sheet1.xml"),
                     "<worksheet><sheetData><row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>单位名称</t></is></c>"
                     "<c r=\"XFD1\" t=\"inlineStr\"><is><t>x</t></is></c></row></sheetData></worksheet>"}});
    expectRefused(importUnits(f, xlsx), QStringLiteral("XFD1"));
}

// A cell reference of too many letters (its column once overflowed the count) or of letters
// other than A–Z is refused by name.
TEST_F(MalformedInput, ACellReferenceBeyondTheLastColumnIsRefusedByName)
{
    for (const char* ref : {"ZZZZZZZZZZZZZZ1", "XFE1", "Ω1"}) {
        const QString xlsx = f.path(QStringLiteral("ref.xlsx"));
        QFile::remove(xlsx);
        writeZip(xlsx, {{QStringLiteral("xl/workbook.xml"), "<workbook><sheets><sheet name=\"a\"/></sheets></workbook>"},
                        {QStringLiteral("xl/worksheets/sheet1.xml"),
                         QByteArray("<worksheet><sheetData><row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>单位名称</t></is></c><c r=\"") + ref +
                             "\" t=\"inlineStr\"><is><t>x</t></is></c></row></sheetData></worksheet>"}});
        expectRefused(importUnits(f, xlsx), QString::fromUtf8(ref));
    }
}

// Numbers no integer holds (1e300, NaN, infinity) are read as written, not cast.
TEST_F(MalformedInput, NumbersBeyondAnIntegerAreReadAsWritten)
{
    const QString xlsx = f.path(QStringLiteral("numbers.xlsx"));
    writeZip(xlsx, {{QStringLiteral("xl/workbook.xml"), "<workbook><sheets><sheet name=\"a\"/></sheets></workbook>"},
                    {QStringLiteral("xl/worksheets/sheet1.xml"),
                     "<worksheet><sheetData><row r=\"1\"><c r=\"A1\"><v>1e300</v></c><c r=\"B1\"><v>nan</v></c><c r=\"C1\"><v>-inf</v></c>"
                     "<c r=\"D1\"><v>42</v></c></row></sheetData></worksheet>"}});
    const auto sheet = readSheet(xlsx);
    ASSERT_TRUE(sheet) << sheet.error().message.toStdString();
    ASSERT_EQ(sheet->rows.size(), 1);
    EXPECT_EQ(sheet->rows[0], (QStringList{QStringLiteral("1e+300"), QStringLiteral("nan"), QStringLiteral("-inf"), QStringLiteral("42")}));
}

TEST_F(MalformedInput, TheCellsOfAWholeSheetAreBounded)
{
    ReadLimits small;
    small.maxCells = 1000;
    const QString path = f.path(QStringLiteral("many.csv"));
    QByteArray bytes = "单位名称,联系电话\n";
    for (int i = 0; i < 600; ++i) bytes += "市单位" + QByteArray::number(i) + ",1\n";
    writeFile(path, bytes);
    expectRefused(importUnits(f, path, small), QStringLiteral("1000"));
}
