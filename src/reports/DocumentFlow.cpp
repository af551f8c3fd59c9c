#include "reports/DocumentFlow.h"

#include "reports/OfficialDocument.h"

#include <QBuffer>
#include <QFontMetricsF>
#include <QImage>
#include <QPainter>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextFrame>
#include <QTextTable>
#include <utility>

namespace cd {

namespace {

double pt(double logicalPx) { return logicalPx * 72.0 / 96.0; }

FlowRun run(const QString& text, const QTextCharFormat& c, const PageStyle& style)
{
    FlowRun r;
    r.text = text;
    // The role's own font by name (仿宋_GB2312 …), for the editor on the office's computer.
    const int role = c.intProperty(OfficialDocument::kRole);
    r.family = role > 0 ? style.named(PageStyle::Role(role - 1)) : style.named(c.fontFamilies().toStringList().value(0));
    r.pt = c.fontPointSize() > 0 ? c.fontPointSize() : 16;
    r.bold = c.fontWeight() >= QFont::DemiBold;
    r.italic = c.fontItalic();
    r.underline = c.fontUnderline();
    r.color = c.foreground().style() == Qt::NoBrush ? QColor(Qt::black) : c.foreground().color();
    if (c.fontLetterSpacingType() == QFont::AbsoluteSpacing)
        r.spacingPt = pt(c.hasProperty(OfficialDocument::kLogicalSpacing) ? c.doubleProperty(OfficialDocument::kLogicalSpacing) : c.fontLetterSpacing());
    return r;
}

// One block's paragraph, in points. The renderer may have set device lengths on a segment it
// painted; the logical ones are kept in properties.
FlowParagraph paragraph(const QTextBlock& b, const PageStyle& style)
{
    const QTextBlockFormat f = b.blockFormat();
    FlowParagraph p;
    p.style = f.intProperty(OfficialDocument::kStyle);
    p.align = f.alignment();
    p.leftPt = pt(f.hasProperty(OfficialDocument::kLogicalLeft) ? f.doubleProperty(OfficialDocument::kLogicalLeft) : f.leftMargin());
    p.rightPt = pt(f.hasProperty(OfficialDocument::kLogicalRight) ? f.doubleProperty(OfficialDocument::kLogicalRight) : f.rightMargin());
    p.beforePt = pt(f.topMargin());
    p.afterPt = pt(f.bottomMargin());
    p.keepNext = f.boolProperty(OfficialDocument::kKeepWithNext);
    p.pageBreakBefore = f.pageBreakPolicy() & QTextFormat::PageBreak_AlwaysBefore;
    if (f.lineHeightType() == QTextBlockFormat::FixedHeight) p.linePt = pt(f.lineHeight());
    for (auto it = b.begin(); !it.atEnd(); ++it)
        if (const QTextFragment fr = it.fragment(); fr.isValid()) p.runs << run(fr.text(), fr.charFormat(), style);
    const double indent = f.hasProperty(OfficialDocument::kLogicalIndent) ? f.doubleProperty(OfficialDocument::kLogicalIndent) : f.textIndent();
    // In characters: of the grid where the text is on it (two of its columns are 2 字符).
    const QTextCharFormat first = b.begin().atEnd() ? b.charFormat() : b.begin().fragment().charFormat();
    const double size = first.hasProperty(OfficialDocument::kGridPitch) ? first.doubleProperty(OfficialDocument::kGridPitch)
                        : p.runs.isEmpty()                              ? b.charFormat().fontPointSize()
                                                                        : p.runs.first().pt;
    if (indent > 0 && size > 0) p.firstLineChars = pt(indent) / size;
    return p;
}

bool blank(const QTextBlock& b) { return b.text().trimmed().isEmpty(); }

// A borderless table in the text (the masthead's issuer and date): each column as wide as its
// text, what is left shared out, the whole the text block's width.
FlowTable frameTable(QTextTable* t, double blockPt, QPaintDevice* points, const PageStyle& style)
{
    FlowTable out;
    out.grid = false;
    out.padPt = pt(t->format().cellPadding());
    out.afterPt = pt(t->format().bottomMargin());
    QList<double> need(t->columns(), 0);
    for (int r = 0; r < t->rows(); ++r)
        for (int c = 0; c < t->columns(); ++c) {
            const QTextTableCell cell = t->cellAt(r, c);
            for (auto it = cell.begin(); !it.atEnd(); ++it) {
                const QTextBlock b = it.currentBlock();
                if (!b.isValid()) continue;
                QFont font(b.charFormat().fontFamilies().toStringList().value(0));
                font.setPointSizeF(b.charFormat().fontPointSize() > 0 ? b.charFormat().fontPointSize() : 16);
                const double w = QFontMetricsF(font, points).horizontalAdvance(b.text()) * 72.0 / points->logicalDpiX() +
                                 pt(b.blockFormat().leftMargin() + b.blockFormat().rightMargin()) + 4;
                need[c] = std::max(need[c], w);
            }
        }
    double sum = 0;
    for (double n : need) sum += n;
    for (int c = 0; c < t->columns(); ++c) out.widthsPt << need[c] + (blockPt - sum) / t->columns();
    for (int r = 0; r < t->rows(); ++r) {
        QList<FlowCell> row;
        for (int c = 0; c < t->columns(); ++c) {
            const QTextTableCell cell = t->cellAt(r, c);
            FlowCell fc;
            const QTextTableCellFormat cf = cell.format().toTableCellFormat();
            fc.bottomRulePt = pt(cf.bottomBorder());
            fc.topRulePt = pt(cf.topBorder());
            fc.bottomPadPt = pt(cf.bottomPadding());
            fc.ruleColor = cf.bottomBorderBrush().style() == Qt::NoBrush ? QColor(Qt::black) : cf.bottomBorderBrush().color();
            for (auto it = cell.begin(); !it.atEnd(); ++it)
                if (it.currentBlock().isValid() && !blank(it.currentBlock())) fc.paragraphs << paragraph(it.currentBlock(), style);
            row << fc;
        }
        out.rows << row;
    }
    return out;
}

} // namespace

QString FlowParagraph::text() const
{
    QString s;
    for (const auto& r : runs) s += r.text;
    return s;
}

DocumentFlow DocumentFlow::of(OfficialDocument& doc, const QString& title)
{
    DocumentFlow flow;
    flow.style = doc.style();
    flow.title = title;
    const PageStyle& style = doc.style();
    const double blockPt = style.textBlockMm().width() / 25.4 * 72.0;
    double pendingSpace = 0; // an empty block's height, given to the next paragraph as space before
    const auto add = [&](FlowParagraph p) {
        p.beforePt += pendingSpace;
        pendingSpace = 0;
        flow.blocks << p;
    };
    // Widths of table columns: measured as the PDF measures them, at its resolution, then
    // turned into points, so that a cell's text breaks where it breaks in print.
    QImage points(1, 1, QImage::Format_RGB32);
    const double dpi = doc.dpi();
    points.setDotsPerMeterX(int(std::lround(dpi / 0.0254)));
    points.setDotsPerMeterY(int(std::lround(dpi / 0.0254)));
    const auto inPoints = [dpi](QList<double> px) {
        for (double& w : px) w = w * 72.0 / dpi;
        return px;
    };

    for (const auto& segment : doc.segments()) {
        if (segment.text) {
            QTextDocument& text = *segment.text;
            bool first = true; // the renderer's spacer
            bool afterTable = false;
            for (auto it = text.rootFrame()->begin(); !it.atEnd(); ++it) {
                if (QTextFrame* frame = it.currentFrame()) {
                    if (auto* table = qobject_cast<QTextTable*>(frame)) {
                        FlowTable t = frameTable(table, blockPt, &points, style);
                        t.beforePt = pendingSpace;
                        pendingSpace = 0;
                        flow.blocks << t;
                        afterTable = true;
                    }
                    continue;
                }
                const QTextBlock b = it.currentBlock();
                if (first) {
                    first = false;
                    continue;
                }
                // The empty block Qt keeps after a table (the masthead's line) is no line in print:
                // taken for one, it set the title a line lower in DOCX and ODT than in the PDF.
                if (std::exchange(afterTable, false) && blank(b)) continue;
                if (blank(b)) {
                    const QTextBlockFormat f = b.blockFormat();
                    pendingSpace += f.lineHeightType() == QTextBlockFormat::FixedHeight ? pt(f.lineHeight()) : style.linePitchPt;
                    continue;
                }
                add(paragraph(b, style));
            }
        } else if (segment.table) {
            const auto& t = *segment.table;
            FlowTable out;
            out.headerRows = 1;
            out.beforePt = 6 + pendingSpace;
            out.afterPt = 6;
            pendingSpace = 0;
            out.widthsPt = inPoints(doc.columnWidths(t, &points, blockPt * dpi / 72.0));
            const QString body = style.named(PageStyle::Role::Body), bold = style.named(PageStyle::Role::Heading1);
            const auto cell = [&](const QString& text, bool header, int column) {
                FlowParagraph p;
                p.align = header || t.centred.value(column) ? Qt::AlignHCenter : Qt::AlignLeft;
                p.linePt = t.pt * 1.5;
                FlowRun r;
                r.text = text;
                r.family = header ? bold : body;
                r.pt = t.pt;
                p.runs << r;
                FlowCell c;
                c.paragraphs << p;
                return c;
            };
            QList<FlowCell> head;
            for (int c = 0; c < t.header.size(); ++c) head << cell(t.header[c], true, c);
            out.rows << head;
            // A long table goes as tables of FlowTable::kMostRows rows, each with the header row:
            // LibreOffice 7.4 opened the 5,000-unit bulletin's 4,909-row table in 53 s as DOCX
            // (and drew it without its rules) and 41 s as ODT; as 500-row tables, in 15 s and
            // 10 s. The price: the header row once more where one table ends mid-page.
            for (qsizetype i = 0; i < t.rows.size(); ++i) {
                if (i > 0 && i % FlowTable::kMostRows == 0) {
                    out.afterPt = 0;
                    flow.blocks << out;
                    out.rows = {head};
                    out.beforePt = 0;
                    out.afterPt = 6;
                }
                QList<FlowCell> cells;
                for (int c = 0; c < t.header.size(); ++c) cells << cell(t.rows[i].value(c), false, c);
                out.rows << cells;
            }
            flow.blocks << out;
        } else if (segment.imprint) {
            const auto& im = *segment.imprint;
            FlowTable out;
            out.grid = false;
            out.padPt = 0;
            out.atFoot = true;
            out.beforePt = style.linePitchPt + pendingSpace;
            pendingSpace = 0;
            // 印发机关 as wide as it needs, 印发日期 the rest.
            QFont font(style.family(PageStyle::Role::Body));
            font.setPointSizeF(im.pt);
            const double printer = std::min(blockPt * 0.7, QFontMetricsF(font, &points).horizontalAdvance(im.printer) * 72.0 / dpi + 2 * im.pt);
            out.widthsPt = {printer, blockPt - printer};
            const double thick = 0.35 / 25.4 * 72, thin = 0.25 / 25.4 * 72;
            const auto line = [&](const QString& text, Qt::Alignment align, double indentPt) {
                FlowParagraph p;
                p.align = align;
                p.linePt = style.linePitchPt;
                (align & Qt::AlignRight ? p.rightPt : p.leftPt) = indentPt;
                FlowRun r;
                r.text = text;
                r.family = style.named(PageStyle::Role::Body);
                r.pt = im.pt;
                p.runs << r;
                return p;
            };
            if (!im.copyTo.isEmpty()) {
                FlowCell c;
                c.span = 2;
                c.topRulePt = thick;
                c.bottomRulePt = thin;
                c.paragraphs << line(QStringLiteral("抄送：") + im.copyTo, Qt::AlignLeft, im.pt);
                out.rows << QList<FlowCell>{c};
            }
            FlowCell left, right;
            left.paragraphs << line(im.printer, Qt::AlignLeft, im.pt);
            right.paragraphs << line(im.printed, Qt::AlignRight, im.pt);
            left.bottomRulePt = right.bottomRulePt = thick;
            if (im.copyTo.isEmpty()) left.topRulePt = right.topRulePt = thick;
            out.rows << QList<FlowCell>{left, right};
            flow.blocks << out;
        } else if (segment.chart) {
            const Chart& chart = *segment.chart;
            const double widthMm = style.textBlockMm().width();
            const QImage image = chart.picture(widthMm, style.family(PageStyle::Role::Body));
            FlowImage picture;
            QBuffer buffer(&picture.png);
            buffer.open(QIODevice::WriteOnly);
            image.save(&buffer, "PNG");
            picture.widthMm = widthMm;
            picture.heightMm = chart.heightMm;
            picture.name = chart.caption.section(QLatin1Char(' '), 0, 0);
            picture.beforePt = style.linePitchPt / 2 + pendingSpace;
            pendingSpace = 0;
            flow.blocks << picture;
            FlowParagraph caption;
            caption.align = Qt::AlignHCenter;
            caption.linePt = style.linePitchPt;
            caption.afterPt = style.linePitchPt / 2;
            FlowRun r;
            r.text = chart.caption;
            r.family = style.named(PageStyle::Role::Body);
            r.pt = style.pageNumberPt;
            caption.runs << r;
            flow.blocks << caption;
        }
    }
    // 记录校验码 closes the editable files in small type.
    if (!doc.recordCode().isEmpty()) {
        FlowParagraph code;
        code.align = Qt::AlignRight;
        code.beforePt = style.linePitchPt / 2 + pendingSpace;
        FlowRun r;
        r.text = QStringLiteral("记录校验码：") + doc.recordCode();
        r.family = style.named(PageStyle::Role::Body);
        r.pt = 9;
        code.runs << r;
        flow.blocks << code;
    }
    return flow;
}

} // namespace cd
