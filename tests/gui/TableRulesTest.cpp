// A printed table's rules, read from the pages rendered: every cell closed on every page the
// table runs on, the header again at the top of each.
#include "reports/OfficialDocument.h"
#include "reports/PdfRenderer.h"
#include "support/PdfText.h"

#include <QImage>
#include <QProcess>
#include <QTemporaryDir>
#include <algorithm>
#include <optional>
#include <gtest/gtest.h>

using namespace cd;
using cd::test::PdfWord;
using namespace cd::test::a4;

namespace {

constexpr double kScale = 2; // pixels per point at 144 dpi

bool dark(const QImage& page, int x, int y) { return qGray(page.pixel(x, y)) < 128; }

// Runs of neighbouring positions (a rule is a pixel or two thick) as their middles.
QList<double> middles(const QList<int>& at)
{
    QList<double> out;
    for (qsizetype i = 0; i < at.size();) {
        qsizetype j = i;
        while (j + 1 < at.size() && at[j + 1] == at[j] + 1) ++j;
        out << (at[i] + at[j]) / 2.0;
        i = j + 1;
    }
    return out;
}

struct Rules
{
    QList<double> across; // y of each rule across the table, top to bottom
    QList<double> down;   // x of each rule down the whole table, left to right
};

// The rules across half the text block or more, and then those down the full height between
// the first and the last of them.
Rules rulesOf(const QImage& page)
{
    Rules r;
    const int left = int(kLeft * kScale), right = int(kRight * kScale);
    QList<int> rows;
    for (int y = 0; y < page.height(); ++y) {
        int run = 0, longest = 0;
        for (int x = left; x < right; ++x) longest = std::max(longest, run = dark(page, x, y) ? run + 1 : 0);
        if (longest > (right - left) / 2) rows << y;
    }
    r.across = middles(rows);
    if (r.across.size() < 2) return r;
    const int top = int(r.across.first()) + 2, bottom = int(r.across.last()) - 2;
    QList<int> columns;
    for (int x = left - 4; x < right + 4; ++x) {
        int n = 0;
        for (int y = top; y <= bottom; ++y) n += dark(page, x, y);
        if (n >= (bottom - top + 1) * 0.98) columns << x;
    }
    r.down = middles(columns);
    return r;
}

} // namespace

TEST(Printing, ATableIsRuledRoundEveryCellOnEveryPageItRunsOn)
{
    QTemporaryDir dir;
    OfficialDocument doc;
    doc.title(QStringLiteral("测试表格"));
    QList<QStringList> rows;
    for (int i = 1; i <= 70; ++i) {
        // Every seventh unit's name runs to more lines: its row is taller. Every fifth has
        // brackets, which only a whole layout sets.
        const QString name = i % 7 == 0 ? QStringLiteral("兴远县人力资源和社会保障局机关事务服务中心").repeated(3) + QStringLiteral("第%1科").arg(i)
                             : i % 5 == 0 ? QStringLiteral("第%1单位（筹）").arg(i)
                                          : QStringLiteral("第%1单位").arg(i);
        rows << QStringList{QString::number(i), name, QString::number(i % 5)};
    }
    doc.table({QStringLiteral("序号"), QStringLiteral("单位"), QStringLiteral("应报")}, rows);
    const QString pdf = dir.filePath(QStringLiteral("table.pdf"));
    ASSERT_TRUE(PdfRenderer::writePdf(doc, pdf, QStringLiteral("test")));
    const QList<PdfWord> words = test::pdfWords(pdf);
    int pages = 0;
    for (const PdfWord& w : words) pages = std::max(pages, w.page);
    ASSERT_GE(pages, 2);
    QProcess render;
    render.start(QStringLiteral("pdftoppm"), {QStringLiteral("-png"), QStringLiteral("-r"), QStringLiteral("144"), pdf, dir.filePath(QStringLiteral("page"))});
    ASSERT_TRUE(render.waitForFinished(60000));

    int numbered = 0;
    for (int p = 1; p <= pages; ++p) {
        const QImage page(dir.filePath(QStringLiteral("page-%1.png").arg(p)));
        ASSERT_FALSE(page.isNull()) << "page " << p;
        // The first column's words on the page: the header's 序号, then each row's number.
        QList<PdfWord> first;
        double leftmost = 1e9;
        for (const PdfWord& w : words)
            if (w.page == p) leftmost = std::min(leftmost, w.x0);
        for (const PdfWord& w : words)
            if (w.page == p && w.x0 < leftmost + 20 && (w.text == QStringLiteral("序号") || w.text.toInt() > 0)) first << w;
        std::ranges::sort(first, {}, &PdfWord::y0);
        ASSERT_FALSE(first.isEmpty()) << "page " << p;
        EXPECT_EQ(first.first().text, QStringLiteral("序号")) << "the header opens page " << p;

        const Rules r = rulesOf(page);
        // A rule above each row and one under the last.
        ASSERT_EQ(r.across.size(), first.size() + 1) << "page " << p;
        for (qsizetype i = 0; i < first.size(); ++i) {
            const double middle = (first[i].y0 + first[i].y1) / 2 * kScale;
            EXPECT_GT(middle, r.across[i]) << first[i].text.toStdString() << " on page " << p;
            EXPECT_LT(middle, r.across[i + 1]) << first[i].text.toStdString() << " on page " << p;
        }
        // Each column's rule down from the header's top to the last row's foot, and the
        // table's two sides.
        ASSERT_EQ(r.down.size(), 4) << "page " << p;
        // The numbers stand in the middle of their column (they are put together from their
        // digits' glyphs, not laid out one by one).
        const double middle = (r.down[0] + r.down[1]) / 2 / kScale;
        for (const PdfWord& w : first) EXPECT_NEAR((w.x0 + w.x1) / 2, middle, 0.75) << w.text.toStdString() << " on page " << p;
        // Every name starts at the same place, whether put together from its glyphs (one line)
        // or laid out whole (two lines): the two ways agree.
        std::optional<double> nameStart;
        for (const PdfWord& w : words) {
            const bool inColumn = w.x0 * kScale > r.down[1] && w.x1 * kScale < r.down[2] && w.y0 * kScale > r.across[1] && w.y1 * kScale < r.across.last();
            if (w.page != p || !inColumn) continue;
            if (!nameStart) nameStart = w.x0;
            EXPECT_NEAR(w.x0, *nameStart, 0.05) << w.text.toStdString() << " on page " << p;
        }
        EXPECT_TRUE(nameStart) << "page " << p;
        numbered += int(first.size()) - 1;
    }
    EXPECT_EQ(numbered, 70);
}
