// Typesetting rules of the printing machinery checked on rendered PDFs.
#include "reports/OfficialDocument.h"
#include "reports/PdfRenderer.h"
#include "reports/PrintFonts.h"
#include "support/PdfText.h"
#include "widgets/main/PrintSettingsDialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QPushButton>

#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <gtest/gtest.h>

using namespace cd;

namespace {
QString pageText(const QString& pdf, int page)
{
    QProcess p;
    p.start(QStringLiteral("pdftotext"), {QStringLiteral("-f"), QString::number(page), QStringLiteral("-l"), QString::number(page),
                                          QStringLiteral("-layout"), pdf, QStringLiteral("-")});
    p.waitForFinished(20000);
    return QString::fromUtf8(p.readAllStandardOutput());
}
// The last line of text on each page (page numbers left out), for the first two pages.
QStringList lastLines(const QString& pdf)
{
    QStringList out;
    for (int page = 1; page <= 2; ++page) {
        QStringList lines = pageText(pdf, page).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        lines.removeIf([](const QString& l) { return l.trimmed().isEmpty() || l.contains(QStringLiteral("—")); });
        if (!lines.isEmpty()) out << lines.last();
    }
    return out;
}
} // namespace

// Wherever the page ends, a heading is never its last line: it moves over with its paragraph.
TEST(Printing, NoHeadingIsLeftAtTheFootOfAPage)
{
    QTemporaryDir dir;
    int checked = 0;
    for (int filler = 14; filler <= 24; ++filler) {
        OfficialDocument doc;
        doc.title(QStringLiteral("测试文件"));
        for (int i = 0; i < filler; ++i) doc.paragraph(QStringLiteral("第%1段。").arg(i + 1));
        doc.heading1(QStringLiteral("二、标题在此"));
        doc.paragraph(QStringLiteral("标题之后的第一段。"));
        const QString pdf = dir.filePath(QStringLiteral("%1.pdf").arg(filler));
        ASSERT_TRUE(PdfRenderer::writePdf(doc, pdf, QStringLiteral("test")));
        for (const QString& last : lastLines(pdf)) {
            EXPECT_FALSE(last.contains(QStringLiteral("标题在此"))) << "filler " << filler;
            ++checked;
        }
    }
    EXPECT_GT(checked, 11);
}

// A heading right before a table goes to the page where the table starts.
TEST(Printing, AHeadingStaysWithItsTable)
{
    QTemporaryDir dir;
    int checked = 0;
    for (int filler = 14; filler <= 24; ++filler) {
        OfficialDocument doc;
        doc.title(QStringLiteral("测试文件"));
        for (int i = 0; i < filler; ++i) doc.paragraph(QStringLiteral("第%1段。").arg(i + 1));
        doc.heading2(QStringLiteral("市教育局责任清单"));
        doc.table({QStringLiteral("编号"), QStringLiteral("任务")}, {{QStringLiteral("S1"), QStringLiteral("主题征文")}, {QStringLiteral("S2"), QStringLiteral("中心组学习")}});
        const QString pdf = dir.filePath(QStringLiteral("%1.pdf").arg(filler));
        ASSERT_TRUE(PdfRenderer::writePdf(doc, pdf, QStringLiteral("test")));
        for (const QString& last : lastLines(pdf)) {
            EXPECT_FALSE(last.contains(QStringLiteral("责任清单"))) << "filler " << filler;
            ++checked;
        }
    }
    EXPECT_GT(checked, 11);
}

namespace {

// Body text of the standard's grid: 3号 lines, one above another 29 pt apart.
bool bodyLine(const cd::test::PdfWord& w) { return w.height() > 22 && w.height() < 24.5; }

} // namespace

// GB/T 9704's grid on full pages of body text: 22 lines of 28 characters, the line pitch
// 29 pt (±0.3 pt), every paragraph and heading two characters (two columns of the grid,
// ±0.3 pt) in from the margin, its further lines at the margin, and every character on the
// grid's columns: a line of n characters n pitches wide, whether it fills the line or not.
TEST(Printing, BodyTextKeepsTheGridAndTheIndent)
{
    QTemporaryDir dir;
    OfficialDocument doc;
    doc.title(QStringLiteral("测试文件"));
    doc.addressee(QStringLiteral("各市直单位："));
    doc.heading1(QStringLiteral("一、总体情况"));
    doc.heading2(QStringLiteral("（一）学习教育"));
    const QString sentence = QStringLiteral("各单位要把抓学习作为首要任务，结合实际抓好落实。");
    for (int i = 0; i < 40; ++i) doc.paragraph(sentence.repeated(3 + i % 3));
    const QString pdf = dir.filePath(QStringLiteral("grid.pdf"));
    ASSERT_TRUE(PdfRenderer::writePdf(doc, pdf, QStringLiteral("test")));

    const double mm = 72.0 / 25.4, margin = 28 * mm, right = (210 - 26) * mm, pitch = (right - margin) / 28;
    QList<cd::test::PdfWord> lines;
    for (const auto& w : cd::test::pdfWords(pdf))
        if (bodyLine(w)) lines << w;
    ASSERT_GT(lines.size(), 100);
    const int pages = lines.last().page;
    ASSERT_GE(pages, 4);
    int full = 0, indented = 0;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const auto& l = lines[i];
        const bool last = i + 1 == lines.size() || lines[i + 1].page != l.page || lines[i + 1].x0 > margin + 16;
        // Every line starts at the margin or two characters in.
        const bool in = std::abs(l.x0 - (margin + 2 * pitch)) < 0.3;
        EXPECT_TRUE(in || std::abs(l.x0 - margin) < 0.3) << "page " << l.page << " x " << l.x0 << ": " << l.text.toStdString();
        indented += in;
        // pdftotext's box ends at the last character's advance, which overhangs the pitch by
        // less than half a point.
        EXPECT_NEAR(l.x1 - l.x0, l.text.size() * pitch, 0.5) << "page " << l.page << ": " << l.text.toStdString();
        if (i > 0 && lines[i - 1].page == l.page && l.y0 - lines[i - 1].y0 < 40) {
            EXPECT_NEAR(l.y0 - lines[i - 1].y0, 29, 0.3) << "page " << l.page << ": " << l.text.toStdString();
        }
        // A line that runs to the right margin and is not a paragraph's last holds 28 characters
        // with its indent; 27 where its last character went over with a mark that may not open
        // a line (，。 and the like, 避头尾).
        if (!last && l.x1 > right - 2 && l.text.startsWith(QStringLiteral("各单位")) == in) {
            const qsizetype n = l.text.size() + (in ? 2 : 0);
            const bool keptWithMark = n == 27 && QStringLiteral("，。、；：？！）”").contains(lines[i + 1].text.mid(1, 1));
            EXPECT_TRUE(n == 28 || keptWithMark) << n << " on page " << l.page << ": " << l.text.toStdString();
            ++full;
        }
    }
    EXPECT_GT(full, 30);
    EXPECT_GT(indented, 40);
    // Pages between the first and the last are full: 22 lines each.
    for (int page = 2; page < pages; ++page)
        EXPECT_EQ(std::ranges::count_if(lines, [page](const auto& l) { return l.page == page; }), 22) << "page " << page;
}

namespace {
// The fonts a PDF embeds, by the names pdffonts gives.
QStringList pdfFonts(const QString& pdf)
{
    QProcess p;
    p.start(QStringLiteral("pdffonts"), {pdf});
    p.waitForFinished(20000);
    QStringList names;
    const QStringList lines = QString::fromUtf8(p.readAllStandardOutput()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    for (qsizetype i = 2; i < lines.size(); ++i) names << lines[i].section(QLatin1Char(' '), 0, 0);
    return names;
}
// The PostScript name each family of a bare Debian embeds as.
QString embeddedAs(const QString& family)
{
    static const QHash<QString, QString> known{{QStringLiteral("Noto Serif CJK SC"), QStringLiteral("NotoSerifCJKsc-Regular")},
                                               {QStringLiteral("Noto Sans CJK SC"), QStringLiteral("NotoSansCJKsc-Regular")},
                                               {QStringLiteral("AR PL UKai CN"), QStringLiteral("UKaiCN")}};
    return known.value(family, family);
}
QString printOneOfEach(const QTemporaryDir& dir, const QString& name)
{
    OfficialDocument doc;
    doc.title(QStringLiteral("关于督查情况的通报"));
    doc.heading1(QStringLiteral("一、总体情况"));
    doc.heading2(QStringLiteral("（一）学习教育"));
    doc.paragraph(QStringLiteral("各单位要把抓学习作为首要任务。"));
    const QString pdf = dir.filePath(name);
    EXPECT_TRUE(PdfRenderer::writePdf(doc, pdf, QStringLiteral("test")));
    return pdf;
}
} // namespace

// File ▸ Print settings: what the dialog says each role is printed in is what the PDF embeds,
// for the automatic choice and for a family chosen for every role.
TEST(Printing, TheFontsPrintSettingsShowAreTheFontsInThePdf)
{
    QTemporaryDir dir;
    const auto shown = [](const PrintSettingsDialog& d) {
        QStringList out;
        for (PageStyle::Role role : PrintFonts::kRoles) out << embeddedAs(d.shownFamily(role));
        out.removeDuplicates();
        out.sort();
        return out;
    };
    {
        PrintSettingsDialog automatic;
        QStringList embedded = pdfFonts(printOneOfEach(dir, QStringLiteral("automatic.pdf")));
        embedded.removeDuplicates();
        embedded.sort();
        EXPECT_EQ(embedded, shown(automatic));
        EXPECT_GE(embedded.size(), 2);
    }
    const QString sans = QStringLiteral("Noto Sans CJK SC");
    ASSERT_TRUE(PrintFonts::installedChinese().contains(sans));
    PrintSettingsDialog dialog;
    for (const char* id : {"title", "body", "heading1", "heading2"}) {
        auto* combo = dialog.findChild<QComboBox*>(QStringLiteral("font_%1").arg(QLatin1String(id)));
        ASSERT_NE(combo, nullptr) << id;
        combo->setCurrentIndex(combo->findData(sans));
    }
    EXPECT_EQ(shown(dialog), QStringList{embeddedAs(sans)});
    dialog.accept();
    EXPECT_EQ(PrintFonts::chosen(PageStyle::Role::Body), sans);
    QStringList embedded = pdfFonts(printOneOfEach(dir, QStringLiteral("sans.pdf")));
    embedded.removeDuplicates();
    EXPECT_EQ(embedded, QStringList{embeddedAs(sans)});
    // Restore defaults puts every role back to automatic.
    PrintSettingsDialog again;
    again.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::RestoreDefaults)->click();
    again.accept();
    for (PageStyle::Role role : PrintFonts::kRoles) EXPECT_TRUE(PrintFonts::chosen(role).isEmpty());
}
