#pragma once

// Reading back the PDFs the program writes, with poppler's pdftotext, exactly as it comes out.
#include <QProcess>
#include <QRegularExpression>
#include <QString>
#include <QStringList>
#include <optional>
#include <gtest/gtest.h>

namespace cd::test {

inline QString pdftotext(const QString& pdf, const QStringList& options = {})
{
    QProcess p;
    p.start(QStringLiteral("pdftotext"), QStringList(options) << QStringLiteral("-enc") << QStringLiteral("UTF-8") << pdf << QStringLiteral("-"));
    p.waitForFinished(60000);
    EXPECT_EQ(p.exitCode(), 0) << pdf.toStdString();
    return QString::fromUtf8(p.readAllStandardOutput());
}

struct PdfWord
{
    QString text;
    double x0 = 0, y0 = 0, x1 = 0, y1 = 0; // points from the page's top left
    int page = 0;                          // from 1
    double height() const { return y1 - y0; }
};

// The words pdftotext -bbox finds, page by page. It breaks words at spaces and gaps, so a line
// of Chinese is one word, and so is each table cell's line.
inline QList<PdfWord> pdfWords(const QString& pdf)
{
    static const QRegularExpression tag(
        QStringLiteral("<page |<word xMin=\"([0-9.]+)\" yMin=\"([0-9.]+)\" xMax=\"([0-9.]+)\" yMax=\"([0-9.]+)\">([^<]*)</word>"));
    QList<PdfWord> out;
    int page = 0;
    for (auto it = tag.globalMatch(pdftotext(pdf, {QStringLiteral("-bbox")})); it.hasNext();) {
        const auto m = it.next();
        if (m.captured(0).startsWith(QLatin1String("<page"))) {
            ++page;
            continue;
        }
        out.append({m.captured(5), m.captured(1).toDouble(), m.captured(2).toDouble(), m.captured(3).toDouble(), m.captured(4).toDouble(), page});
    }
    return out;
}

// The last word that is exactly `text`.
inline std::optional<PdfWord> lastWord(const QList<PdfWord>& words, const QString& text)
{
    std::optional<PdfWord> found;
    for (const auto& w : words)
        if (w.text == text) found = w;
    return found;
}

// A portrait A4 page of GB/T 9704 in points: the text block's edges and the grid's pitch.
namespace a4 {
inline constexpr double kMm = 72.0 / 25.4;
inline constexpr double kLeft = 28 * kMm, kRight = (210 - 26) * kMm;
inline constexpr double kPitch = (kRight - kLeft) / 28; // a character of the grid
} // namespace a4

} // namespace cd::test
