// The official layout's placement on documents laid out here: the signature and date by
// GB/T 9704 7.3.5, kept on one page with the text's last lines, and titles broken between
// words. (tests/integration/DocumentPlacementTest reads the documents the command line prints.)
#include "reports/DocumentFiles.h"
#include "reports/OfficialDocument.h"
#include "reports/PdfRenderer.h"
#include "reports/TitleLines.h"
#include "support/PdfText.h"
#include "support/TestSupport.h"

#include <QFontMetricsF>
#include <QImage>
#include <QTemporaryDir>
#include <gtest/gtest.h>
#include <optional>

using namespace cd;
using cd::test::PdfWord;
using cd::test::lastWord;
using cd::test::pdfWords;
using namespace cd::test::a4;

namespace {

const QString kIssuer = QStringLiteral("“三抓一促”活动领导小组办公室");
const QString kDate = QStringLiteral("2026年11月30日");

} // namespace

// 7.3.5.2 when the date is the longer: the date two characters in from the right, the issuer
// moved in so that the date still starts two characters right of it.
TEST(DocumentPlacement, AShortIssuerMovesInOverALongerDate)
{
    QTemporaryDir dir;
    OfficialDocument doc;
    doc.setSeals({false, false, false, false});
    doc.paragraph(QStringLiteral("特此通知。"));
    doc.signature(QStringLiteral("市委办"), QDate(2026, 11, 30), DocumentKind::Notice);
    const QString pdf = dir.filePath(QStringLiteral("short.pdf"));
    ASSERT_TRUE(PdfRenderer::writePdf(doc, pdf, QStringLiteral("test")));
    const auto words = pdfWords(pdf);
    const auto issuer = lastWord(words, QStringLiteral("市委办")), date = lastWord(words, kDate);
    ASSERT_TRUE(issuer && date);
    EXPECT_NEAR(kRight - date->x1, 2 * kPitch, 1.0);
    EXPECT_NEAR(date->x0 - issuer->x0, 2 * kPitch, 1.0);
}

// GB/T 9704 7.3.5: the issuer and the date stay on one page with at least the last two lines
// of the text above them, wherever the page happens to turn. Every position of the turn is
// tried by adding a line of text at a time in front.
TEST(DocumentPlacement, TheSignatureKeepsTheTextsLastTwoLinesWithIt)
{
    QTemporaryDir dir;
    const QString line = QStringLiteral("各单位要把抓学习作为首要任务结合实际抓好落实务求实效"); // one line with its indent
    const QString closing = QStringLiteral("终").repeated(28 * 3 + 10); // four lines, the last of 12
    int checked = 0, moved = 0;
    for (int filler = 6; filler <= 24; ++filler) {
        for (bool sealed : {true, false}) {
            OfficialDocument doc;
            doc.setSeals({sealed, sealed, sealed, sealed});
            doc.title(QStringLiteral("测试文件"));
            for (int i = 0; i < filler; ++i) doc.paragraph(line);
            doc.paragraph(closing);
            doc.signature(kIssuer, QDate(2026, 11, 30), DocumentKind::Notice);
            const QString pdf = dir.filePath(QStringLiteral("keep-%1-%2.pdf").arg(filler).arg(sealed));
            ASSERT_TRUE(PdfRenderer::writePdf(doc, pdf, QStringLiteral("test")));
            const auto words = pdfWords(pdf);
            QList<PdfWord> tail;
            for (const auto& w : words)
                if (w.text.startsWith(QStringLiteral("终"))) tail << w;
            ASSERT_EQ(tail.size(), 4) << filler;
            const auto issuer = lastWord(words, kIssuer), date = lastWord(words, kDate);
            ASSERT_TRUE(issuer && date) << filler;
            EXPECT_EQ(issuer->page, date->page) << filler;
            EXPECT_EQ(tail[2].page, date->page) << filler;
            EXPECT_EQ(tail[3].page, date->page) << filler;
            // The rest of the paragraph, where the page turns inside it, stays at the margin.
            if (tail[1].page != tail[2].page) {
                EXPECT_NEAR(tail[2].x0, kLeft, 0.5) << filler;
                ++moved;
            }
            ++checked;
        }
    }
    EXPECT_EQ(checked, 38);
    EXPECT_GT(moved, 0); // some filler put the page's turn inside the signature's block
}

// A title too long for one line breaks between words, in a 梯形, never one character alone.
TEST(DocumentPlacement, TitlesBreakBetweenWords)
{
    // 2号 (22 pt): an ideograph 22 pt wide, a digit half that; the text block 442 pt.
    const auto width = [](const QString& s) {
        double w = 0;
        for (QChar c : s) w += c.unicode() < 0x2000 ? 11 : 22;
        return w;
    };
    const double line = kRight - kLeft;
    EXPECT_EQ(TitleLines::of(QStringLiteral("关于2026年第三季度“三抓一促”活动督查情况的通报"), width, line),
              (QStringList{QStringLiteral("关于2026年第三季度"), QStringLiteral("“三抓一促”活动督查情况的通报")}));
    // The unit's name is kept whole; the notice's kind (建议) too.
    const QString unit = QStringLiteral("市发展和改革委员会");
    const QStringList accountability = TitleLines::of(QStringLiteral("关于对%1启动问责程序的建议").arg(unit), width, line, {unit});
    ASSERT_EQ(accountability.size(), 2);
    EXPECT_TRUE(accountability[0].endsWith(unit) || accountability[1].startsWith(unit)) << accountability.join(QLatin1Char('|')).toStdString();
    for (const QString& l : accountability) EXPECT_GE(l.size(), 2) << accountability.join(QLatin1Char('|')).toStdString();
    EXPECT_TRUE(accountability.last().endsWith(QStringLiteral("建议")));
    // What fits stays on one line.
    EXPECT_EQ(TitleLines::of(QStringLiteral("催办通知"), width, line), QStringList{QStringLiteral("催办通知")});
    // Three lines: none alone, each within the line, every character kept in order.
    const QString longTitle = QStringLiteral("关于市委办公室市政府办公室市发展和改革委员会市财政局等单位2026年第三季度“三抓一促”活动督查发现问题整改情况的通报");
    const QStringList three = TitleLines::of(longTitle, width, line);
    EXPECT_EQ(three.join(QString()), longTitle);
    EXPECT_GE(three.size(), 3);
    for (const QString& l : three) {
        EXPECT_GE(l.size(), 2);
        EXPECT_LE(width(l), line);
    }
}


// A person's name is not broken across lines (孙/鑫): where the line's end falls inside it, the
// whole name starts the next line, and the text reads as written, with nothing between its
// characters.
TEST(DocumentPlacement, ANameMovesWholeToTheNextLine)
{
    QTemporaryDir dir;
    OfficialDocument doc;
    // With its two-character indent the first line holds 26: the name's first character would
    // be the line's last.
    const QString filler = QStringLiteral("经").repeated(25);
    doc.paragraph(filler + QStringLiteral("孙鑫同志督促落实。"), {QStringLiteral("孙鑫")});
    doc.paragraph(filler + QStringLiteral("孙鑫同志督促落实。")); // no name given: broken where the line ends
    const QString pdf = dir.filePath(QStringLiteral("name.pdf"));
    ASSERT_TRUE(PdfRenderer::writePdf(doc, pdf, QStringLiteral("test")));
    QStringList lines;
    for (const auto& w : pdfWords(pdf))
        if (w.height() > 22) lines << w.text; // 3号 body, not the page number
    ASSERT_EQ(lines.size(), 4) << lines.join(QLatin1Char('|')).toStdString();
    EXPECT_EQ(lines[0], filler);
    EXPECT_EQ(lines[1], QStringLiteral("孙鑫同志督促落实。"));
    EXPECT_EQ(lines[2], filler + QStringLiteral("孙"));
    EXPECT_EQ(lines[3], QStringLiteral("鑫同志督促落实。"));
}

// A table's figure columns are as narrow as their header allows on two lines, split between
// words (任务 / 按进度, never 任务按 / 进度); the names get the width; and no cell ends with a
// character alone on its last line.
TEST(DocumentPlacement, TableHeadersBreakBetweenWordsAndNoCellLeavesOneCharacter)
{
    QTemporaryDir dir;
    OfficialDocument doc;
    QList<QStringList> rows;
    // The bulletin's columns, and names of every length up to more than a line can hold.
    const QString name = QStringLiteral("市人民政府国有资产监督管理委员会办公室综合科信息化工作组第一小组");
    for (int n = 4; n <= name.size(); ++n)
        rows << QStringList{QString::number(n), name.left(n), QStringLiteral("3"), QStringLiteral("3"), QStringLiteral("2"), QStringLiteral("26"),
                            QStringLiteral("2"), QStringLiteral("0"), QStringLiteral("0"), QStringLiteral("0"), QStringLiteral("黄")};
    doc.table({QStringLiteral("序号"), QStringLiteral("单位"), QStringLiteral("应报"), QStringLiteral("已报"), QStringLiteral("按时"), QStringLiteral("任务按进度"),
               QStringLiteral("任务滞后"), QStringLiteral("发现问题"), QStringLiteral("已销号"), QStringLiteral("逾期"), QStringLiteral("信号灯")},
              rows, {5, 23, 7, 7, 7, 9, 8, 9, 8, 8, 9}, 10.5);
    const QString pdf = dir.filePath(QStringLiteral("table.pdf"));
    ASSERT_TRUE(PdfRenderer::writePdf(doc, pdf, QStringLiteral("test")));
    const auto words = pdfWords(pdf);
    QStringList texts;
    for (const auto& w : words) texts << w.text;
    for (const char* line : {"任务", "按进度", "滞后", "发现", "问题"}) EXPECT_TRUE(texts.contains(QString::fromUtf8(line))) << line;
    EXPECT_FALSE(texts.contains(QStringLiteral("任务按")));
    EXPECT_FALSE(texts.contains(QStringLiteral("任务按进度"))); // the column is narrower than its header
    int wrapped = 0;
    for (const auto& w : words) {
        if (w.text.size() != 1 || w.text.at(0).isDigit() || QStringLiteral("—黄").contains(w.text)) continue;
        ADD_FAILURE() << "a character alone: " << w.text.toStdString() << " on page " << w.page;
    }
    // Some names do wrap (the longest cannot fit one line), and each wrapped tail is two or more.
    for (const QString& t : texts)
        if (name.contains(t) && !name.startsWith(t) && t.size() >= 2) ++wrapped;
    EXPECT_GT(wrapped, 0);
}

// A （一） heading in 楷体 (AR PL UKai here, whose ascent is 2.85 pt less than the body's) has
// its baseline on the grid's line, as the body's lines around it do: Qt centres a fixed-height
// line's text by its font's height. The baseline is read from pdftotext's box: its top is the
// baseline less the font's ascent. (Its box's foot stands 2.6 pt above a body line's: UKai's
// descent is shorter. That is the font, not the line.)
TEST(DocumentPlacement, AHeadingInAnotherFontSitsOnTheGridsLine)
{
    QTemporaryDir dir;
    OfficialDocument doc;
    const PageStyle& style = doc.style();
    const QString sentence = QStringLiteral("各单位要把抓学习作为首要任务，结合实际抓好落实。");
    doc.paragraph(sentence);
    doc.heading2(QStringLiteral("（一）学习教育"));
    doc.paragraph(sentence);
    const QString pdf = dir.filePath(QStringLiteral("heading.pdf"));
    ASSERT_TRUE(PdfRenderer::writePdf(doc, pdf, QStringLiteral("test")));
    const auto ascent = [&](PageStyle::Role role) {
        QImage probe(1, 1, QImage::Format_RGB32);
        probe.setDotsPerMeterX(int(std::lround(72 / 0.0254)));
        probe.setDotsPerMeterY(int(std::lround(72 / 0.0254)));
        return QFontMetricsF(style.font(role, style.bodyPt), &probe).ascent();
    };
    const auto heading = lastWord(pdfWords(pdf), QStringLiteral("（一）学习教育"));
    QList<double> body;
    for (const auto& w : pdfWords(pdf))
        if (w.text == sentence) body << w.y0 + ascent(PageStyle::Role::Body);
    ASSERT_TRUE(heading);
    ASSERT_EQ(body.size(), 2);
    EXPECT_NEAR(body[1] - body[0], 2 * style.linePitchPt, 0.3);
    EXPECT_NEAR(heading->y0 + ascent(PageStyle::Role::Heading2), body[0] + style.linePitchPt, 0.3);
}

// A long table in DOCX and ODT: tables of 500 rows, each opening with the header row (which
// repeats on every page), two DOCX tables kept apart by a paragraph, and each cell its text
// and a style's name: the lean form LibreOffice opens a 5,000-row table in quickly.
TEST(DocumentPlacement, ALongTableIsWrittenLeanInTheEditableFormats)
{
    QTemporaryDir dir;
    OfficialDocument doc;
    doc.paragraph(QStringLiteral("各单位情况如下。"));
    QList<QStringList> rows;
    for (int n = 1; n <= 1100; ++n) rows << QStringList{QString::number(n), QStringLiteral("阳平县第%1单位").arg(n), QStringLiteral("3"), QStringLiteral("黄")};
    doc.table({QStringLiteral("序号"), QStringLiteral("单位"), QStringLiteral("应报"), QStringLiteral("信号灯")}, rows, {10, 50, 20, 20}, 10.5);
    const QString docx = dir.filePath(QStringLiteral("long.docx")), odt = dir.filePath(QStringLiteral("long.odt"));
    ASSERT_TRUE(DocumentFiles::write(doc, docx, QStringLiteral("test")));
    ASSERT_TRUE(DocumentFiles::write(doc, odt, QStringLiteral("test")));
    const QString document = QString::fromUtf8(test::readZip(docx).value(QStringLiteral("word/document.xml")));
    EXPECT_EQ(document.count(QStringLiteral("<w:tbl>")), 3);
    EXPECT_EQ(document.count(QStringLiteral("<w:tblHeader/>")), 3);
    EXPECT_EQ(document.count(QStringLiteral("</w:tbl><w:p>")), 2); // a paragraph between, none after the last
    EXPECT_EQ(document.count(QStringLiteral("阳平县第")), 1100);
    // Every cell's paragraph by its style: no run properties in the tables.
    EXPECT_LT(document.count(QStringLiteral("<w:rPr>")), 5);
    EXPECT_GE(document.count(QStringLiteral("<w:pStyle w:val=\"TableText")), 4 * 1103);
    const QString styles = QString::fromUtf8(test::readZip(docx).value(QStringLiteral("word/styles.xml")));
    EXPECT_TRUE(styles.contains(QStringLiteral("w:styleId=\"TableText21center")));
    const QString content = QString::fromUtf8(test::readZip(odt).value(QStringLiteral("content.xml")));
    EXPECT_EQ(content.count(QStringLiteral("<table:table ")), 3);
    EXPECT_EQ(content.count(QStringLiteral("阳平县第")), 1100);
}
