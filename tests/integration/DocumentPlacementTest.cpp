// Where the official layout puts things on the page, read back from the PDFs the command line
// prints: the signature and date by GB/T 9704 7.3.5, sealed or not as the office sets each kind
// of document, and the bulletin's title broken between words. (tests/gui/DocumentPlacementTest
// lays documents out itself.)
#include "integration/CliFixture.h"
#include "support/PdfText.h"

#include <QColor>
#include <QImage>
#include <QProcess>
#include <QRegularExpression>

using namespace cd;
using cd::test::PdfWord;
using cd::test::lastWord;
using cd::test::pdfWords;
using namespace cd::test::a4;

namespace {


const QString kIssuer = QStringLiteral("“三抓一促”活动领导小组办公室");
const QString kDate = QStringLiteral("2026年11月30日");

// The signature: the last date on its own, and the issuer's name on the line above it (the
// 版记 below names the office again).
std::pair<std::optional<PdfWord>, std::optional<PdfWord>> signature(const QList<PdfWord>& words)
{
    const auto date = lastWord(words, kDate);
    if (!date) return {};
    for (const auto& w : words)
        if (w.text == kIssuer && w.page == date->page && w.y0 < date->y0 && w.y0 > date->y0 - 40) return {w, date};
    return {std::nullopt, date};
}

// Sealed (7.3.5.1): the date four characters in from the right, the issuer centred on it, on
// the line above.
// A portrait page's text block ends at kRight, on the grid; a landscape one's 35 mm from the
// paper's edge, without a grid (a character is 3号, 16 pt).
struct Block
{
    double right = kRight, ch = kPitch;
};
const Block kLandscape{(297 - 35) * kMm, 16};

void expectSealed(const QList<PdfWord>& words, const std::string& what, Block b = {})
{
    SCOPED_TRACE(what);
    const auto [issuer, date] = signature(words);
    ASSERT_TRUE(issuer && date);
    EXPECT_NEAR(b.right - date->x1, 4 * b.ch, 1.0);
    EXPECT_NEAR((issuer->x0 + issuer->x1) / 2, (date->x0 + date->x1) / 2, 1.0);
    EXPECT_NEAR(date->y0 - issuer->y0, 28.98, 0.5);
}

// Not sealed (7.3.5.2): the issuer two characters in from the right, the date below with its
// first character two characters right of the issuer's first.
void expectUnsealed(const QList<PdfWord>& words, const std::string& what, Block b = {})
{
    SCOPED_TRACE(what);
    const auto [issuer, date] = signature(words);
    ASSERT_TRUE(issuer && date);
    EXPECT_NEAR(b.right - issuer->x1, 2 * b.ch, 1.0);
    EXPECT_NEAR(date->x0 - issuer->x0, 2 * b.ch, 1.0);
    EXPECT_NEAR(date->y0 - issuer->y0, 28.98, 0.5);
}

class DocumentPlacement : public Cli
{
protected:
    void SetUp() override { ASSERT_EQ(run(words("--as-of 2026-11-30 demo --units 12 --year 2026")).code, 0); }
    static QStringList words(const char* text) { return QString::fromUtf8(text).split(QLatin1Char(' ')); }
    QList<PdfWord> print(const char* command, const QString& name)
    {
        QStringList args = words(command);
        args << QStringLiteral("--out") << dir.filePath(name);
        const CliRun r = run(args);
        EXPECT_EQ(r.code, 0) << r.err.toStdString();
        return pdfWords(dir.filePath(name));
    }
};

} // namespace

// The bulletin and notices are sealed unless the office says otherwise, the registers and the
// assessment not; each kind follows its setting.
TEST_F(DocumentPlacement, TheSignatureStandsByTheSealRuleOfItsKind)
{
    expectSealed(print("--as-of 2026-11-30 bulletin --quarter 2026Q3", QStringLiteral("bulletin.pdf")), "bulletin");
    expectSealed(print("--as-of 2026-11-30 reminders --period 2026-10", QStringLiteral("reminders.pdf")), "reminders");
    expectUnsealed(print("--as-of 2026-11-30 print progress", QStringLiteral("progress.pdf")), "progress table");
    expectUnsealed(print("--as-of 2026-11-30 assess --year 2026", QStringLiteral("ranking.pdf")), "assessment", kLandscape);

    ASSERT_EQ(run(words("settings set seal_bulletin 0")).code, 0);
    ASSERT_EQ(run(words("settings set seal_registers 1")).code, 0);
    expectUnsealed(print("--as-of 2026-11-30 bulletin --quarter 2026Q3", QStringLiteral("bulletin2.pdf")), "bulletin unsealed");
    expectSealed(print("--as-of 2026-11-30 print progress", QStringLiteral("progress2.pdf")), "progress table sealed");
    expectSealed(print("--as-of 2026-11-30 reminders --period 2026-10", QStringLiteral("reminders2.pdf")), "reminders still sealed");

    const CliRun listed = run(words("settings"));
    EXPECT_TRUE(listed.out.contains(QStringLiteral("seal_bulletin = 0"))) << listed.out.toStdString();
    EXPECT_TRUE(listed.out.contains(QStringLiteral("seal_notices = 1"))) << listed.out.toStdString();
    EXPECT_EQ(run(words("settings set seal_notices maybe")).code, 2);
}

// The bulletin's title as printed: two lines split between words.
TEST_F(DocumentPlacement, TheBulletinsTitleBreaksBetweenWords)
{
    const auto words = print("--as-of 2026-11-30 bulletin --quarter 2026Q3", QStringLiteral("bulletin.pdf"));
    const auto first = lastWord(words, QStringLiteral("关于2026年第三季度")), second = lastWord(words, QStringLiteral("“三抓一促”活动督查情况的通报"));
    ASSERT_TRUE(first && second);
    EXPECT_EQ(first->page, 1);
    EXPECT_GT(second->y0, first->y0);
    // Centred in the text block.
    EXPECT_NEAR((first->x0 + first->x1) / 2, (kLeft + kRight) / 2, 1.0);
    EXPECT_NEAR((second->x0 + second->x1) / 2, (kLeft + kRight) / 2, 1.0);
}

// The masthead's red line runs under the issuer and date, about 4 mm below their characters
// (GB/T 9704 7.2.4), across the text block, and the title starts two lines under it: read from
// page 1 rendered at 144 dpi. The line was 1.9 mm below the characters' box, the title one
// line under it.
TEST_F(DocumentPlacement, TheRedLineStandsFourMillimetresUnderTheIssuer)
{
    const auto words = print("--as-of 2026-11-30 bulletin --quarter 2026Q3", QStringLiteral("bulletin.pdf"));
    const auto issuer = std::ranges::find_if(words, [](const PdfWord& w) { return w.text == QStringLiteral("“三抓一促”活动领导小组办公室"); });
    ASSERT_TRUE(issuer != words.end() && issuer->page == 1);
    QProcess render;
    render.start(QStringLiteral("pdftoppm"), {QStringLiteral("-png"), QStringLiteral("-r"), QStringLiteral("144"), QStringLiteral("-f"), QStringLiteral("1"),
                                              QStringLiteral("-l"), QStringLiteral("1"), QStringLiteral("-singlefile"), dir.filePath(QStringLiteral("bulletin.pdf")),
                                              dir.filePath(QStringLiteral("page1"))});
    ASSERT_TRUE(render.waitForFinished(30000));
    const QImage page(dir.filePath(QStringLiteral("page1.png")));
    ASSERT_FALSE(page.isNull());
    // The first row below the issuer that is red across most of the text block.
    int redRow = -1;
    for (int y = int(issuer->y1 * 2); y < page.height() && redRow < 0; ++y) {
        int red = 0;
        for (int x = int(kLeft * 2); x < int(kRight * 2); ++x) {
            const QColor c = page.pixelColor(x, y);
            red += c.red() > 150 && c.green() < 90 && c.blue() < 90;
        }
        if (red > (kRight - kLeft) * 2 * 0.95) redRow = y;
    }
    ASSERT_GE(redRow, 0) << "no red line under the issuer";
    const double gapMm = (redRow / 2.0 - issuer->y1) / kMm;
    // pdftotext's box reaches the font's descent, 1.6 mm under the baseline, about 1 mm under
    // the ideographs' ink.
    EXPECT_GT(gapMm, 3.0);
    EXPECT_LT(gapMm, 4.0);
    // The title two lines under the red line (7.3.1: 红色分隔线下空二行): its first line's box
    // starts two lines of the grid and a little below it.
    const auto title = lastWord(words, QStringLiteral("关于2026年第三季度"));
    ASSERT_TRUE(title);
    EXPECT_GT(title->y0 - redRow / 2.0, 2 * 28.98);
    EXPECT_LT(title->y0 - redRow / 2.0, 2 * 28.98 + 6);
}

// The bulletin's three figures share a page (a figure that does not quite fit the rest of a
// page is drawn a little shorter instead of leaving a third of it blank), and no value label
// crosses the scale's top line (图1's and 图3's sat on the 100 % line).
TEST_F(DocumentPlacement, TheFiguresShareAPageAndTheirValuesClearTheScale)
{
    const auto words = print("--as-of 2026-11-30 bulletin --quarter 2026Q3", QStringLiteral("bulletin.pdf"));
    QList<int> pages;
    for (const char* n : {"图1", "图2", "图3"}) {
        const auto caption = lastWord(words, QString::fromUtf8(n));
        ASSERT_TRUE(caption) << n;
        pages << caption->page;
    }
    EXPECT_EQ(pages[0], pages[1]);
    EXPECT_EQ(pages[1], pages[2]);
    // Each "100%" on the scale stands centred on its line; the values (right of the scale) keep
    // clear of the nearest such line above or below them.
    static const QRegularExpression value(QStringLiteral("^\\d+%$"));
    QList<double> topLines;
    for (const auto& w : words)
        if (w.page == pages[0] && w.text == QStringLiteral("100%")) topLines << (w.y0 + w.y1) / 2;
    ASSERT_EQ(topLines.size(), 2); // 图1 and 图3 are in per cent
    int checked = 0;
    for (const auto& w : words) {
        if (w.page != pages[0] || !value.match(w.text).hasMatch() || w.x0 < kLeft + 40) continue;
        for (double line : topLines)
            EXPECT_FALSE(w.y0 < line && w.y1 > line) << w.text.toStdString() << " crosses the line at " << line;
        ++checked;
    }
    EXPECT_GE(checked, 9 + 4); // nine months and four pillars
}
