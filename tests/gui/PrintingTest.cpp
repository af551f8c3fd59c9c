// Typesetting rules of the printing machinery checked on rendered PDFs.
#include "reports/OfficialDocument.h"
#include "reports/PdfRenderer.h"

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
