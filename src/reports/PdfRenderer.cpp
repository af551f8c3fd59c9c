#include "reports/PdfRenderer.h"

#include "reports/OfficialDocument.h"
#include "reports/PdfTextLayer.h"

#include <QAbstractTextDocumentLayout>
#include <QTextFrame>
#include <QTextLayout>
#include <QCoreApplication>
#include <QFileInfo>
#include <QPageLayout>
#include <QPaintEngine>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QFontMetricsF>
#include <QGlyphRun>
#include <QRawFont>
#include <algorithm>
#include <optional>
#include <unordered_map>
#include <map>
#include <memory>

namespace cd {

namespace {

// Lays segments out one after another on pages of the text block: text through Qt's own
// layout, starting where the previous segment ended; tables row by row, the header row
// again at the top of every page a table continues on.
class Pager
{
public:
    Pager(OfficialDocument& doc, QPagedPaintDevice& device, QPainter& painter, bool startOnNewPage)
        : m_doc(doc), m_style(doc.style()), m_device(device), m_painter(painter), m_dpi(device.logicalDpiX()),
          m_dpmm(m_dpi / 25.4), m_block(m_style.textBlockMm() * m_dpmm), m_newPage(startOnNewPage)
    {
        // The printable area may start at the paper's edge or inside it; place by paper position.
        const QRectF paint = device.pageLayout().paintRectPixels(m_dpi);
        m_origin = QPointF(m_style.marginsMm.left() * m_dpmm - paint.left(), m_style.marginsMm.top() * m_dpmm - paint.top());
        m_number = m_style.font(PageStyle::Role::Body, m_style.pageNumberPt);
        // A PDF (QPdfWriter, or a printer, which prints one) takes a table's text a page at a
        // time as glyphs; anything else draws each cell's laid-out text. A print preview
        // records its pages as pictures, which keep text as text but turn bare glyphs into
        // outlines: the 5,000-unit register's preview took twelve times as long.
        m_glyphRows = painter.paintEngine() && painter.paintEngine()->type() == QPaintEngine::Pdf;
    }

    int run()
    {
        const auto& segments = m_doc.segments();
        for (size_t i = 0; i < segments.size(); ++i) {
            if (segments[i].text) {
                const bool tableNext = i + 1 < segments.size() && segments[i + 1].table;
                text(*segments[i].text, tableNext ? tableStart(*segments[i + 1].table) : 0);
            } else if (segments[i].table) {
                table(*segments[i].table);
            } else if (segments[i].imprint) {
                imprint(*segments[i].imprint);
            } else if (segments[i].chart) {
                figure(*segments[i].chart);
            }
        }
        if (m_pages == 0) beginPage();
        if (!m_doc.recordCode().isEmpty()) recordCode(m_doc.recordCode());
        return m_pages;
    }

private:
    double logical(double px96) const { return px96 * m_dpi / 96.0; }
    // The whole document's QTextTable numbers: 6 pt above and below a table, 3 pt padding.
    double tableMargin() const { return logical(6 * 96.0 / 72.0); }

    void beginPage()
    {
        if (m_pages > 0 || m_newPage) m_device.newPage();
        ++m_pages;
        m_y = 0;
        // "— N —", 7 mm below the text block, odd pages on the right and even on the left, one character in.
        const double oneChar = m_style.pageNumberPt * m_dpi / 72.0;
        m_painter.save();
        m_painter.setFont(m_number);
        m_painter.setPen(Qt::black);
        const double top = m_origin.y() + m_block.height() + m_style.pageNumberGapMm * m_dpmm;
        const QRectF line(m_origin.x() + oneChar, top, m_block.width() - 2 * oneChar, oneChar * 1.6);
        m_painter.drawText(line, (m_pages % 2 ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignTop, QStringLiteral("— %1 —").arg(m_pages));
        m_painter.restore();
    }

    // reserve: the room what follows must find on the page this run ends on (a table's header
    // and first row), so that a closing heading does not stay behind without it.
    void text(QTextDocument& text, double reserve = 0)
    {
        if (m_pages == 0) beginPage();
        // Less than two lines left: the run starts on a new page.
        if (m_y + 2 * m_style.linePitchPt * m_dpi / 72.0 > m_block.height()) beginPage();
        text.documentLayout()->setPaintDevice(&m_device);
        text.setPageSize(QSizeF(m_block.width() + gridSlack(), m_block.height())); // see forDevice
        // The run starts below what is already on the current page: its first block is a
        // spacer (OfficialDocument puts one there) as tall as the page is already filled.
        QTextCursor first(&text);
        QTextBlockFormat f = first.blockFormat();
        f.setLineHeight(std::max(0.01, m_y * 96.0 / m_dpi), QTextBlockFormat::FixedHeight);
        first.setBlockFormat(f);
        forDevice(text);
        tablesInBlock(text);
        keepHeadingsWithNext(text);
        keepSignatureTogether(text);
        if (reserve > 0) keepLastHeadingWithTable(text, reserve);
        const int pages = text.pageCount();
        for (int i = 0; i < pages; ++i) {
            if (i > 0) beginPage();
            paintPage(text, i);
        }
        const QRectF last = text.documentLayout()->blockBoundingRect(text.lastBlock());
        m_y = last.bottom() - (pages - 1) * m_block.height();
    }

    // 首行缩进 two characters and the grid's pitch on the paint device. Qt lays the text indent
    // out in device pixels, unlike margins and line heights, so a logical indent came out at a
    // third of its width at 300 dpi. Absolute letter spacing it scales itself, but the glyphs'
    // advances are rounded on the device (16 pt is 16.08 at 300 dpi), so the spacing that puts
    // characters on the grid is measured there: a line 15.46 pt to the character drifted off
    // the columns. A line on the grid may reach gridSlack() past the right margin: Qt will not
    // let a line's last glyph overhang the width by its ink (孙 by 2 px at 300 dpi) nor by the
    // spacing's rounding, and a full line of 28 broke at 27. The run is laid out that much
    // wider, and everything but the grid's left-aligned lines (centred and right-aligned
    // text, tables) takes it back as a right margin: the characters stay on the columns, a
    // 29th cannot fit, and nothing else moves. The logical lengths are kept in properties, so
    // a document painted again (preview, then print) comes out the same.
    void forDevice(QTextDocument& text)
    {
        for (QTextBlock b = text.begin(); b.isValid(); b = b.next()) {
            QTextBlockFormat f = b.blockFormat();
            bool changed = false;
            // Each length once from what the document says, kept in its property.
            const auto scale = [&](int property, double given, auto set) {
                if (given == 0 && !f.hasProperty(property)) {
                    f.setProperty(property, 0.0); // so that a length set below is not taken for the document's
                    changed = true;
                    return;
                }
                const double length = f.hasProperty(property) ? f.doubleProperty(property) : given;
                f.setProperty(property, length);
                set(logical(length));
                changed = true;
            };
            scale(OfficialDocument::kLogicalIndent, f.textIndent(), [&](double v) { f.setTextIndent(v); });
            scale(OfficialDocument::kLogicalLeft, f.leftMargin(), [&](double v) { f.setLeftMargin(v); });
            scale(OfficialDocument::kLogicalRight, f.rightMargin(), [&](double v) { f.setRightMargin(v); });
            const QTextCharFormat first = b.begin().atEnd() ? b.charFormat() : b.begin().fragment().charFormat();
            const bool onGrid = first.hasProperty(OfficialDocument::kGridPitch) && !(f.alignment() & (Qt::AlignRight | Qt::AlignHCenter));
            if (!onGrid && !QTextCursor(b).currentTable()) f.setRightMargin(f.rightMargin() + gridSlack());
            if (changed) QTextCursor(b).setBlockFormat(f);
            for (auto it = b.begin(); !it.atEnd(); ++it) {
                const QTextFragment fragment = it.fragment();
                QTextCharFormat c = fragment.charFormat();
                if (!c.hasProperty(OfficialDocument::kGridPitch)) continue;
                c.setFontLetterSpacingType(QFont::AbsoluteSpacing);
                c.setFontLetterSpacing(gridSpacing(c.font(), c.doubleProperty(OfficialDocument::kGridPitch)));
                QTextCursor cursor(&text);
                cursor.setPosition(fragment.position());
                cursor.setPosition(fragment.position() + fragment.length(), QTextCursor::KeepAnchor);
                cursor.setCharFormat(c);
            }
        }
    }

    // How far past the text block a line of the grid may reach, in device pixels: a sixteenth
    // of a character, 1 pt, what the widest ink of Noto CJK's ideographs asks (landscape pages
    // have no grid). A line with half-width digits may come that much over the margin.
    double gridSlack() const { return m_style.landscape ? 0 : m_style.characterPitchPt() / 16 * m_dpi / 72.0; }

    // The tables in a run (the masthead's line) keep to the text block: their frames take the
    // slack back as a right margin, which Qt, unlike a block's, scales to the device itself.
    void tablesInBlock(QTextDocument& text)
    {
        for (QTextFrame* frame : text.rootFrame()->childFrames()) {
            QTextFrameFormat f = frame->frameFormat();
            const double given = f.hasProperty(OfficialDocument::kLogicalRight) ? f.doubleProperty(OfficialDocument::kLogicalRight) : f.rightMargin();
            f.setProperty(OfficialDocument::kLogicalRight, given);
            f.setRightMargin(given + gridSlack() * 96.0 / m_dpi);
            frame->setFrameFormat(f);
        }
    }

    // The letter spacing (as the format takes it) that sets a font's ideographs `pitchPt` apart
    // on the paint device.
    double gridSpacing(QFont font, double pitchPt)
    {
        const QString key = font.family() + QString::number(font.pointSizeF()) + QLatin1Char('/') + QString::number(pitchPt);
        if (auto it = m_spacing.find(key); it != m_spacing.end()) return it->second;
        static const QString ideograph = QStringLiteral("\u4e2d");
        font.setLetterSpacing(QFont::AbsoluteSpacing, 0);
        const double plain = QFontMetricsF(font, &m_device).horizontalAdvance(ideograph);
        font.setLetterSpacing(QFont::AbsoluteSpacing, 1);
        const double perUnit = QFontMetricsF(font, &m_device).horizontalAdvance(ideograph) - plain;
        const double spacing = perUnit > 0 ? (pitchPt * m_dpi / 72.0 - plain) / perUnit : 0;
        m_spacing.emplace(key, spacing);
        return spacing;
    }

    int pageOf(const QTextLayout* layout, const QTextLine& line) const
    {
        return int((layout->position().y() + line.y() + line.height() / 2) / m_block.height());
    }

    // A heading whose next paragraph starts on the following page moves there with it.
    void keepHeadingsWithNext(QTextDocument& text)
    {
        for (int round = 0; round < 8; ++round) {
            text.pageCount(); // lays the run out
            bool moved = false;
            for (QTextBlock b = text.begin(); b.isValid() && b.next().isValid(); b = b.next()) {
                if (!b.blockFormat().boolProperty(OfficialDocument::kKeepWithNext)) continue;
                if (b.blockFormat().hasProperty(OfficialDocument::kSignature)) continue; // keepSignatureTogether
                if (b.blockFormat().pageBreakPolicy() & QTextFormat::PageBreak_AlwaysBefore) continue;
                const QTextLayout* heading = b.layout();
                const QTextLayout* next = b.next().layout();
                if (!heading || !next || heading->lineCount() == 0 || next->lineCount() == 0) continue;
                if (pageOf(heading, heading->lineAt(heading->lineCount() - 1)) == pageOf(next, next->lineAt(0))) continue;
                QTextBlockFormat f = b.blockFormat();
                f.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
                QTextCursor(b).setBlockFormat(f);
                moved = true;
                break; // everything after it moves: lay out again
            }
            if (!moved) return;
        }
    }

    // The signature's lines (OfficialDocument::kSignature) on one page, with the last two
    // lines of the text before them (GB/T 9704 7.3.5): where the page turns inside them, the
    // paragraph before is split two lines from its end and its tail starts the next page.
    void keepSignatureTogether(QTextDocument& text)
    {
        for (QTextBlock open = text.begin(); open.isValid(); open = open.next()) {
            if (open.blockFormat().intProperty(OfficialDocument::kSignature) != 1) continue;
            text.pageCount(); // lays the run out
            QTextBlock last = open;
            while (last.next().isValid() && last.next().blockFormat().intProperty(OfficialDocument::kSignature) == 2) last = last.next();
            const QTextLayout* end = last.layout();
            if (!end || end->lineCount() == 0) continue;
            const int page = pageOf(end, end->lineAt(end->lineCount() - 1));
            const QTextBlock before = open.previous();
            const QTextLayout* body = before.isValid() ? before.layout() : nullptr;
            // The text before, when it is in this run (not the run's spacer, not a table's cell).
            const bool textBefore = body && body->lineCount() > 0 && before.previous().isValid() && !before.blockFormat().hasProperty(OfficialDocument::kSignature) &&
                              !QTextCursor(before).currentTable();
            if (textBefore) {
                const int from = std::max(0, body->lineCount() - 2);
                if (pageOf(body, body->lineAt(from)) == page) continue;
                if (from == 0) {
                    QTextBlockFormat f = before.blockFormat();
                    f.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
                    QTextCursor(before).setBlockFormat(f);
                } else {
                    // The tail goes on as the same paragraph: no indent of its own.
                    QTextCursor split(before);
                    split.setPosition(before.position() + body->lineAt(from).textStart());
                    QTextBlockFormat f = before.blockFormat();
                    f.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
                    f.setTextIndent(0);
                    f.setProperty(OfficialDocument::kLogicalIndent, 0.0);
                    split.insertBlock(f);
                }
            } else {
                const QTextLayout* first = open.layout();
                if (!first || first->lineCount() == 0 || pageOf(first, first->lineAt(0)) == page) continue;
                QTextBlockFormat f = open.blockFormat();
                f.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
                QTextCursor(open).setBlockFormat(f);
            }
            text.pageCount();
        }
    }

    void keepLastHeadingWithTable(QTextDocument& text, double reserve)
    {
        const QTextBlock last = text.lastBlock();
        const QTextLayout* layout = last.layout();
        if (!layout || layout->lineCount() == 0 || !last.blockFormat().boolProperty(OfficialDocument::kKeepWithNext)) return;
        if (last.blockFormat().pageBreakPolicy() & QTextFormat::PageBreak_AlwaysBefore) return;
        const QRectF r = text.documentLayout()->blockBoundingRect(last);
        const double end = r.bottom() - std::floor(r.top() / m_block.height()) * m_block.height();
        if (end + reserve <= m_block.height()) return;
        QTextBlockFormat f = last.blockFormat();
        f.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
        QTextCursor(last).setBlockFormat(f);
        text.pageCount();
    }

    // One page of a text run. Qt draws every line of a paragraph that crosses onto the page,
    // and a PDF keeps text even where it is clipped away, so a paragraph split over two pages
    // would be written (invisibly) twice. Lines are drawn here each on its own page; only
    // frames (the masthead's issuer and date) go through Qt's drawing, clipped to the frame.
    void paintPage(QTextDocument& text, int i)
    {
        QAbstractTextDocumentLayout* layout = text.documentLayout();
        const QRectF page(0, i * m_block.height(), m_block.width() + gridSlack(), m_block.height());
        m_painter.save();
        m_painter.translate(m_origin.x(), m_origin.y() - i * m_block.height());
        m_painter.setClipRect(page);
        m_painter.setPen(Qt::black);
        for (auto it = text.rootFrame()->begin(); !it.atEnd(); ++it) {
            if (QTextFrame* frame = it.currentFrame()) {
                const QRectF r = layout->frameBoundingRect(frame);
                if (!r.intersects(page)) continue;
                QAbstractTextDocumentLayout::PaintContext ctx;
                ctx.clip = r & page;
                ctx.palette.setColor(QPalette::Text, Qt::black);
                layout->draw(&m_painter, ctx);
                continue;
            }
            const QTextLayout* lines = it.currentBlock().layout();
            if (!lines) continue;
            const QPointF at = lines->position();
            for (int n = 0; n < lines->lineCount(); ++n) {
                const QTextLine line = lines->lineAt(n);
                // By the line's middle: a line stands wholly on one page, though a fixed line
                // height may put its top a little above the block's.
                const double middle = at.y() + line.y() + line.height() / 2;
                if (middle >= page.top() && middle < page.bottom()) line.draw(&m_painter, at);
            }
        }
        m_painter.restore();
    }

    // A cell's text as laid out in its column: how many lines, and its glyphs placed from the
    // cell's text origin. A table repeats a few values (the counts, 红/黄/绿) down thousands of
    // rows; each is laid out once per column.
    struct Cell
    {
        int lines = 1;
        QList<QGlyphRun> glyphs;             // on a PDF
        std::shared_ptr<QTextLayout> layout; // on anything else
    };

    // Breaks a cell's text into lines of the column's width. A last line of one character takes
    // the character before it along (市人力资源和社会保/障局, not 保障/局).
    Cell layOut(const QString& text, const QFont& font, double width, Qt::Alignment align, double lineHeight)
    {
        std::unique_ptr<QTextLayout> layout;
        const auto lay = [&](int shorter, double by) {
            layout = std::make_unique<QTextLayout>(text, font, &m_device);
            QTextOption option(align);
            option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
            layout->setTextOption(option);
            layout->beginLayout();
            int n = 0;
            for (QTextLine line = layout->createLine(); line.isValid(); line = layout->createLine()) {
                line.setLineWidth(n == shorter ? width - by : width);
                line.setPosition(QPointF(0, n * lineHeight + (lineHeight - line.height()) / 2));
                ++n;
            }
            layout->endLayout();
            return n;
        };
        int n = lay(-1, 0);
        if (n >= 2) {
            const QTextLine last = layout->lineAt(n - 1), before = layout->lineAt(n - 2);
            if (last.textLength() == 1 && before.textLength() > 2) {
                // The line before gives up its last character: as much narrower as that is wide.
                const double by = before.naturalTextWidth() - layout->lineAt(n - 2).cursorToX(before.textStart() + before.textLength() - 1) + 0.5;
                const int again = lay(n - 2, std::max(by, 1.0));
                if (again == n) n = again;
                else n = lay(-1, 0); // it would have made a line more: as it was
            }
        }
        if (!m_glyphRows) return Cell{std::max(1, n), {}, std::move(layout)};
        return Cell{std::max(1, n), layout->glyphRuns(), nullptr};
    }

    struct Geometry
    {
        QList<double> widths;
        double pad = 0;
        double lineHeight = 0;
        QFont body;
        QFont bold;
        QStringList header; // as laid out: on two lines where the column is narrower
    };

    // Column widths from the content (TableColumns): measured on the paint device.
    Geometry geometry(const OfficialDocument::Table& t)
    {
        if (auto it = m_geometry.find(&t); it != m_geometry.end()) return it->second;
        Geometry g;
        g.pad = logical(3 * 96.0 / 72.0);
        g.lineHeight = t.pt * 1.5 * m_dpi / 72.0;
        g.body = m_style.font(PageStyle::Role::Body, t.pt);
        g.bold = m_style.font(PageStyle::Role::Heading1, t.pt);
        g.widths = m_doc.columnWidths(t, &m_device, m_block.width());
        // A header wider than its column breaks where OfficialDocument::headerLines says.
        const QFontMetricsF bold(g.bold, &m_device);
        for (qsizetype c = 0; c < t.header.size(); ++c) {
            const QString& h = t.header[c];
            g.header << (bold.horizontalAdvance(h) > g.widths[c] - 2 * g.pad ? m_doc.headerLines(h, &m_device, t.pt).join(QChar::LineSeparator) : h);
        }
        m_geometry.emplace(&t, g);
        return g;
    }

    // A character laid out alone in a font: its glyph, where on the line it stands, how far on,
    // and how far its ink reaches past that (a line ending with it is that much wider).
    struct Glyph
    {
        QRawFont font;
        quint32 glyph = 0;
        QPointF at;
        double advance = 0;
        double overhang = 0;
    };

    // Digits and the unified ideographs: each one glyph of a fixed advance, which neither kerns
    // nor joins with its neighbours.
    static bool plain(QChar c) { return (c >= u'0' && c <= u'9') || (c.unicode() >= 0x4E00 && c.unicode() <= 0x9FFF); }

    // A one-line cell of plain characters put together from their glyphs, each character laid
    // out once: a register numbers thousands of rows and names thousands of units, and shaping
    // each anew was most of its layout. Nothing when the text has anything else, would not fit
    // on one line, or its characters do not all come out as one glyph of one font (the caller
    // then lays the text out whole).
    // `glyphs`: the characters already laid out alone in this font and line height.
    std::optional<Cell> plainLine(const QString& text, const QFont& font, double width, Qt::Alignment align, double lineHeight,
                                  std::unordered_map<char16_t, Glyph>& glyphs)
    {
        if (text.isEmpty() || text.size() > 64 || !std::ranges::all_of(text, plain)) return std::nullopt;
        std::vector<const Glyph*> line;
        line.reserve(size_t(text.size()));
        double total = 0;
        for (QChar c : text) {
            auto it = glyphs.find(c.unicode());
            if (it == glyphs.end()) {
                QTextLayout alone(QString(c), font, &m_device);
                alone.beginLayout();
                QTextLine l = alone.createLine();
                l.setLineWidth(width);
                l.setPosition(QPointF(0, (lineHeight - l.height()) / 2));
                alone.endLayout();
                const QList<QGlyphRun> runs = alone.glyphRuns();
                Glyph g; // an invalid font when it is not one glyph: never put together
                if (runs.size() == 1 && runs[0].glyphIndexes().size() == 1) {
                    const double advance = runs[0].rawFont().advancesForGlyphIndexes(runs[0].glyphIndexes()).value(0).x();
                    g = Glyph{runs[0].rawFont(), runs[0].glyphIndexes()[0], runs[0].positions()[0], advance, l.naturalTextWidth() - advance};
                }
                it = glyphs.emplace(c.unicode(), g).first;
            }
            if (!it->second.font.isValid() || (!line.empty() && !(it->second.font == line.front()->font))) return std::nullopt;
            line.push_back(&it->second);
            total += it->second.advance;
        }
        // Qt fits a line to its last glyph's ink, and centres it by its advances.
        if (total + line.back()->overhang > width) return std::nullopt;
        QList<quint32> indexes;
        QList<QPointF> positions;
        double x = align & Qt::AlignHCenter ? (width - total) / 2 : 0;
        for (const Glyph* g : line) {
            indexes << g->glyph;
            positions << QPointF(x + g->at.x(), g->at.y());
            x += g->advance;
        }
        QGlyphRun run;
        run.setRawFont(line.front()->font);
        run.setGlyphIndexes(indexes);
        run.setPositions(positions);
        return Cell{1, {run}, nullptr};
    }

    double layRow(const OfficialDocument::Table& t, const Geometry& g, const QStringList& cells, bool header, std::vector<const Cell*>& out)
    {
        const auto columns = t.header.size();
        out.resize(size_t(columns));
        Laid& laid = m_laid[{&t, header}];
        laid.columns.resize(size_t(columns));
        int lines = 1;
        for (qsizetype c = 0; c < columns; ++c) {
            const QString text = cells.value(c);
            auto& column = laid.columns[size_t(c)];
            auto it = column.find(text);
            if (it == column.end()) {
                const Qt::Alignment align = header || t.centred.value(c) ? Qt::AlignHCenter : Qt::AlignLeft;
                const QFont& font = header ? g.bold : g.body;
                const double width = g.widths[c] - 2 * g.pad;
                auto cell = m_glyphRows ? plainLine(text, font, width, align, g.lineHeight, laid.glyphs) : std::nullopt;
                it = column.emplace(text, cell ? std::move(*cell) : layOut(text, font, width, align, g.lineHeight)).first;
            }
            out[size_t(c)] = &it->second;
            lines = std::max(lines, it->second.lines);
        }
        return lines * g.lineHeight + 2 * g.pad;
    }

    // The glyphs in one font of a table's part on a page, gathered to be drawn as one run.
    struct RowRun
    {
        QRawFont font;
        QList<quint32> glyphs;
        QList<QPointF> positions;
    };

    // Adds a cell's glyphs, moved by `by`, to the run of the same font.
    static void append(std::vector<RowRun>& runs, const QGlyphRun& run, QPointF by)
    {
        const QRawFont font = run.rawFont();
        auto it = std::ranges::find_if(runs, [&](const RowRun& r) { return r.font == font; });
        if (it == runs.end()) it = runs.insert(runs.end(), RowRun{font, {}, {}});
        it->glyphs << run.glyphIndexes();
        for (const QPointF& p : run.positions()) it->positions << p + by;
    }

    // What a table needs on the page it starts on: its top margin, header and first row.
    double tableStart(const OfficialDocument::Table& t)
    {
        const Geometry g = geometry(t);
        std::vector<const Cell*> cells;
        double h = tableMargin() + layRow(t, g, g.header, true, cells);
        if (!t.rows.isEmpty()) h += layRow(t, g, t.rows.first(), false, cells);
        return h;
    }

    void table(const OfficialDocument::Table& t)
    {
        if (m_pages == 0) beginPage();
        const Geometry g = geometry(t);
        std::vector<const Cell*> header;
        const double headerHeight = layRow(t, g, g.header, true, header);
        const double pen = std::max(1.0, logical(1));
        // On a PDF the text of the table's part on a page goes in one run per font, and its
        // rules in one stroke, once the part is done (each column's rule from the part's top
        // to its foot, each row's under it): the page holds a text object and a few dozen
        // lines, rather than a text object and a box per cell.
        double top = -1;
        QList<double> feet;
        std::vector<RowRun> runs; // the part's text on a PDF, drawn with its rules
        const auto rule = [&] {
            if (top < 0) return;
            m_painter.save();
            m_painter.translate(m_origin);
            m_painter.setPen(Qt::black);
            for (const RowRun& r : runs) {
                QGlyphRun run;
                run.setRawFont(r.font);
                run.setGlyphIndexes(r.glyphs);
                run.setPositions(r.positions);
                m_painter.drawGlyphRun(QPointF(0, 0), run);
            }
            m_painter.restore();
            runs.clear();
            QList<QLineF> lines;
            double x = 0;
            for (qsizetype c = 0; c <= g.widths.size(); ++c) {
                lines << QLineF(x, top, x, feet.last());
                if (c < g.widths.size()) x += g.widths[c];
            }
            lines << QLineF(0, top, x, top);
            for (double y : feet) lines << QLineF(0, y, x, y);
            m_painter.save();
            m_painter.translate(m_origin);
            m_painter.setPen(QPen(Qt::black, pen));
            m_painter.drawLines(lines);
            m_painter.restore();
            top = -1;
            feet.clear();
        };
        const auto drawRow = [&](const std::vector<const Cell*>& cells, double height) {
            if (!m_glyphRows) {
                m_painter.save();
                m_painter.translate(m_origin);
                m_painter.setPen(Qt::black);
            }
            double x = 0;
            for (size_t c = 0; c < cells.size(); ++c) {
                const QPointF at(x + g.pad, m_y + g.pad);
                if (m_glyphRows)
                    for (const QGlyphRun& run : cells[c]->glyphs) append(runs, run, at);
                else
                    cells[c]->layout->draw(&m_painter, at);
                x += g.widths[qsizetype(c)];
            }
            if (!m_glyphRows) m_painter.restore();
            if (top < 0) top = m_y;
            m_y += height;
            feet << m_y;
        };
        const auto newPage = [&] {
            rule();
            beginPage();
        };

        // The header row opens the table and every page it continues on.
        m_y += tableMargin();
        std::vector<const Cell*> row;
        bool headed = false;
        for (const QStringList& cells : t.rows) {
            const double height = layRow(t, g, cells, false, row);
            if (!headed || m_y + height > m_block.height() + 0.5) {
                if (headed || m_y + headerHeight + height > m_block.height() + 0.5) newPage();
                drawRow(header, headerHeight);
                headed = true;
            }
            drawRow(row, height);
        }
        if (!headed) {
            if (m_y + headerHeight > m_block.height()) newPage();
            drawRow(header, headerHeight);
        }
        rule();
        m_y += tableMargin();
    }

    // 版记 at the foot of the page (a new page when what is on it leaves no room): 抄送 with
    // its names aligned after the colon, 印发机关 one character in from the left and 印发日期
    // one in from the right, rules 0.35 mm above and below and 0.25 mm between, the last on
    // the text block's lower edge. Lines on the body's grid.
    void imprint(const OfficialDocument::Imprint& im)
    {
        if (m_pages == 0) beginPage();
        const double pitch = m_style.linePitchPt * m_dpi / 72.0;
        const double oneChar = im.pt * m_dpi / 72.0;
        const QFont font = m_style.font(PageStyle::Role::Body, im.pt);
        std::unique_ptr<QTextLayout> copy;
        int copyLines = 0;
        if (!im.copyTo.isEmpty()) {
            copy = std::make_unique<QTextLayout>(QStringLiteral("抄送：") + im.copyTo, font, &m_device);
            QTextOption option;
            option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
            copy->setTextOption(option);
            const double hang = QFontMetricsF(font, &m_device).horizontalAdvance(QStringLiteral("抄送："));
            copy->beginLayout();
            for (QTextLine line = copy->createLine(); line.isValid(); line = copy->createLine()) {
                const double in = copyLines ? hang : 0;
                line.setLineWidth(m_block.width() - 2 * oneChar - in);
                line.setPosition(QPointF(oneChar + in, copyLines * pitch + (pitch - line.height()) / 2));
                ++copyLines;
            }
            copy->endLayout();
        }
        const double height = (copyLines + 1) * pitch;
        if (m_y + height > m_block.height() + 0.5) beginPage();
        m_painter.save();
        m_painter.translate(m_origin.x(), m_origin.y() + m_block.height() - height);
        const double thick = 0.35 * m_dpmm, thin = 0.25 * m_dpmm;
        const auto rule = [&](double y, double width) { m_painter.fillRect(QRectF(0, y, m_block.width(), width), Qt::black); };
        rule(0, thick);
        if (copy) {
            copy->draw(&m_painter, QPointF(0, 0));
            rule(copyLines * pitch - thin / 2, thin);
        }
        m_painter.setFont(font);
        m_painter.setPen(Qt::black);
        const QRectF line(oneChar, copyLines * pitch, m_block.width() - 2 * oneChar, pitch);
        m_painter.drawText(line, Qt::AlignLeft | Qt::AlignVCenter, im.printer);
        m_painter.drawText(line, Qt::AlignRight | Qt::AlignVCenter, im.printed);
        rule(height - thick, thick);
        m_painter.restore();
        m_y = m_block.height();
    }

    // On the page-number line of the last page, one character in from the side the number
    // is not on, in 小五 (9 pt).
    void recordCode(const QString& code)
    {
        const double oneChar = m_style.pageNumberPt * m_dpi / 72.0;
        const QFont small = m_style.font(PageStyle::Role::Body, 9);
        m_painter.save();
        m_painter.setFont(small);
        m_painter.setPen(Qt::black);
        const double top = m_origin.y() + m_block.height() + m_style.pageNumberGapMm * m_dpmm;
        const QRectF line(m_origin.x() + oneChar, top, m_block.width() - 2 * oneChar, oneChar * 1.6);
        m_painter.drawText(line, (m_pages % 2 ? Qt::AlignLeft : Qt::AlignRight) | Qt::AlignVCenter, QStringLiteral("记录校验码：") + code);
        m_painter.restore();
    }

    // A figure and its caption (4号, centred, one line of the grid), kept on one page, with
    // half a line of space above and below.
    // A figure that does not fit the rest of the page is drawn up to a fifth shorter to fit it,
    // rather than leaving a third of the page blank; shorter than that, it starts the next page.
    void figure(const Chart& chart)
    {
        if (m_pages == 0) beginPage();
        const double pitch = m_style.linePitchPt * m_dpi / 72.0;
        double drawing = chart.heightMm * m_dpmm;
        const double room = m_block.height() - m_y - 2 * pitch; // for the drawing, under its spacing and caption
        if (drawing > room + 0.5) {
            if (m_y > 0 && room >= kShortestFigure * drawing) drawing = room;
            else beginPage();
        }
        const double height = pitch / 2 + drawing + pitch + pitch / 2;
        m_painter.save();
        m_painter.translate(m_origin.x(), m_origin.y() + m_y + pitch / 2);
        chart.paint(m_painter, QRectF(0, 0, m_block.width(), drawing), m_style.family(PageStyle::Role::Body), &m_device);
        const QFont font = m_style.font(PageStyle::Role::Body, m_style.pageNumberPt);
        m_painter.setFont(font);
        m_painter.setPen(Qt::black);
        m_painter.drawText(QRectF(0, drawing, m_block.width(), pitch), Qt::AlignHCenter | Qt::AlignVCenter, chart.caption);
        m_painter.restore();
        m_y += height;
    }

    static constexpr double kShortestFigure = 0.8;

    OfficialDocument& m_doc;
    const PageStyle& m_style;
    QPagedPaintDevice& m_device;
    QPainter& m_painter;
    double m_dpi;
    double m_dpmm;
    QSizeF m_block;
    QPointF m_origin;
    QFont m_number;
    bool m_newPage;
    bool m_glyphRows = false;
    std::map<const OfficialDocument::Table*, Geometry> m_geometry;
    std::map<QString, double> m_spacing;
    // Per table and for its header or its body (one font, one line height): per column, each
    // text as laid out, and each character laid out alone.
    struct Laid
    {
        std::vector<std::unordered_map<QString, Cell>> columns;
        std::unordered_map<char16_t, Glyph> glyphs;
    };
    std::map<std::pair<const OfficialDocument::Table*, bool>, Laid> m_laid;
    int m_pages = 0;
    double m_y = 0; // within the text block of the current page, in device pixels
};

} // namespace

int PdfRenderer::paint(OfficialDocument& doc, QPagedPaintDevice& device, QPainter& painter, bool startOnNewPage)
{
    return Pager(doc, device, painter, startOnNewPage).run();
}

int PdfRenderer::paint(const QList<OfficialDocument*>& docs, QPagedPaintDevice& device, QPainter& painter)
{
    int pages = 0;
    for (int i = 0; i < docs.size(); ++i) pages += paint(*docs[i], device, painter, i > 0);
    return pages;
}

Status PdfRenderer::writePdf(OfficialDocument& doc, const QString& path, const QString& title)
{
    return writePdf(QList<OfficialDocument*>{&doc}, path, title);
}

Status PdfRenderer::writePdf(const QList<OfficialDocument*>& docs, const QString& path, const QString& title)
{
    if (docs.isEmpty()) return fail(Error::invalid(QCoreApplication::translate("cd::PdfRenderer", "There is nothing to print.")));
    OfficialDocument& doc = *docs.first();
    // Qt writes the pages, then the text layer is mended into a second file; only a whole
    // file takes the name asked for.
    const QString raw = path + QStringLiteral(".qt.partial");
    const QString partial = path + QStringLiteral(".partial");
    {
        QPdfWriter writer(raw);
        writer.setResolution(doc.dpi());
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setPageOrientation(doc.style().landscape ? QPageLayout::Landscape : QPageLayout::Portrait);
        writer.setPageMargins(QMarginsF(0, 0, 0, 0), QPageLayout::Millimeter);
        writer.setTitle(title);
        writer.setCreator(QStringLiteral("CampaignDesk"));
        QPainter painter;
        if (!painter.begin(&writer)) return fail(Error::io(QCoreApplication::translate("cd::PdfRenderer", "Could not write %1.").arg(path)));
        paint(docs, writer, painter);
        painter.end();
    }
    if (QFileInfo(raw).size() == 0) {
        QFile::remove(raw);
        return fail(Error::io(QCoreApplication::translate("cd::PdfRenderer", "Could not write %1.").arg(path)));
    }
    const auto mended = PdfTextLayer::mend(raw, partial);
    QFile::remove(raw);
    if (!mended) return fail(mended.error());
    QFile::remove(path);
    if (!QFile::rename(partial, path)) return fail(Error::io(QCoreApplication::translate("cd::PdfRenderer", "Could not write %1.").arg(path)));
    return {};
}

} // namespace cd
