#include "reports/DocxWriter.h"

#include "reports/DocumentFlow.h"
#include "reports/OfficialDocument.h"
#include "reports/ZipParts.h"

#include <QHash>
#include <QXmlStreamWriter>
#include <cmath>
#include <optional>
#include <utility>

namespace cd {

namespace {

const QString W = QStringLiteral("http://schemas.openxmlformats.org/wordprocessingml/2006/main");
const QString R = QStringLiteral("http://schemas.openxmlformats.org/officeDocument/2006/relationships");
const QString WP = QStringLiteral("http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing");
const QString A = QStringLiteral("http://schemas.openxmlformats.org/drawingml/2006/main");
const QString PIC = QStringLiteral("http://schemas.openxmlformats.org/drawingml/2006/picture");
const QString WPS = QStringLiteral("http://schemas.microsoft.com/office/word/2010/wordprocessingShape");

QString twips(double pt) { return QString::number(std::lround(pt * 20)); }
// Lengths that must not come out longer than asked, in twips: an exact line height (28.98 pt is
// 579, 22 lines to the page; 580 left room for 21) and the grid's letter spacing (−0.21 pt is
// −5: at −4 the 28th character no longer fitted the line).
QString twipsDown(double pt) { return QString::number(std::floor(pt * 20 + 1e-6)); }
QString halfPoints(double pt) { return QString::number(std::lround(pt * 2)); }
QString eighths(double pt) { return QString::number(std::max(2L, std::lround(pt * 8))); }
QString emu(double mm) { return QString::number(std::llround(mm * 36000)); }
double mmToPt(double mm) { return mm / 25.4 * 72; }

QString styleId(int style)
{
    switch (OfficialDocument::Style(style)) {
    case OfficialDocument::Style::Title: return QStringLiteral("Title");
    case OfficialDocument::Style::Heading1: return QStringLiteral("Heading1");
    case OfficialDocument::Style::Heading2: return QStringLiteral("Heading2");
    case OfficialDocument::Style::Body: break;
    }
    return {};
}

QString justification(Qt::Alignment a)
{
    if (a & Qt::AlignJustify) return QStringLiteral("both");
    if (a & Qt::AlignHCenter) return QStringLiteral("center");
    if (a & Qt::AlignRight) return QStringLiteral("right");
    return QStringLiteral("left");
}

// A table cell's paragraph as a style of its own: a 5,000-row table written with every cell's
// paragraph and run properties took LibreOffice six minutes to open; with a style per kind of
// cell (font, size, weight, alignment, line height), each cell is its text and a style's name.
struct CellStyle
{
    QString family;
    double pt = 0, linePt = 0;
    bool bold = false;
    Qt::Alignment align;
    QString id() const { return QStringLiteral("TableText%1%2%3%4").arg(halfPoints(pt), bold ? QStringLiteral("B") : QString(), justification(align)).arg(twipsDown(linePt)); }
    bool operator==(const CellStyle&) const = default;
};

class Writer
{
public:
    explicit Writer(QByteArray* out) : x(out) { x.setAutoFormatting(false); }
    QList<CellStyle> cellStyles; // as the tables use them, for styles.xml

    // The style a cell's paragraph is written with, or none where it has more than one run,
    // indents, spacing or a look of its own.
    std::optional<CellStyle> cellStyle(const FlowParagraph& p) const
    {
        if (p.runs.size() != 1 || p.style != 0 || p.leftPt != 0 || p.rightPt != 0 || p.firstLineChars != 0 || p.beforePt != 0 || p.afterPt != 0 ||
            p.keepNext || p.pageBreakBefore || p.linePt <= 0)
            return std::nullopt;
        const FlowRun& r = p.runs.first();
        if (r.italic || r.underline || r.color != QColor(Qt::black) || std::abs(r.spacingPt) >= 0.05) return std::nullopt;
        return CellStyle{r.family, r.pt, p.linePt, r.bold, p.align};
    }

    void cellParagraph(const FlowParagraph& p)
    {
        const auto style = cellStyle(p);
        if (!style) return paragraph(p);
        if (!cellStyles.contains(*style)) cellStyles << *style;
        x.writeStartElement(W, QStringLiteral("p"));
        x.writeStartElement(W, QStringLiteral("pPr"));
        empty(QStringLiteral("pStyle"), {{QStringLiteral("val"), style->id()}});
        x.writeEndElement();
        x.writeStartElement(W, QStringLiteral("r"));
        text(p.runs.first().text);
        x.writeEndElement();
        x.writeEndElement();
    }

    void start(const QString& root)
    {
        x.writeStartDocument(QStringLiteral("1.0"), true);
        x.writeNamespace(W, QStringLiteral("w"));
        x.writeNamespace(R, QStringLiteral("r"));
        x.writeStartElement(W, root);
    }
    void end()
    {
        x.writeEndElement();
        x.writeEndDocument();
    }
    void empty(const QString& name, std::initializer_list<std::pair<QString, QString>> attrs = {})
    {
        x.writeEmptyElement(W, name);
        for (const auto& [k, v] : attrs) x.writeAttribute(W, k, v);
    }

    void runProperties(const FlowRun& r)
    {
        x.writeStartElement(W, QStringLiteral("rPr"));
        empty(QStringLiteral("rFonts"), {{QStringLiteral("ascii"), r.family}, {QStringLiteral("hAnsi"), r.family},
                                         {QStringLiteral("eastAsia"), r.family}, {QStringLiteral("cs"), r.family}});
        if (r.bold) empty(QStringLiteral("b")), empty(QStringLiteral("bCs"));
        if (r.italic) empty(QStringLiteral("i"));
        if (r.underline) empty(QStringLiteral("u"), {{QStringLiteral("val"), QStringLiteral("single")}});
        if (r.color != QColor(Qt::black)) empty(QStringLiteral("color"), {{QStringLiteral("val"), r.color.name().mid(1).toUpper()}});
        if (std::abs(r.spacingPt) >= 0.05) empty(QStringLiteral("spacing"), {{QStringLiteral("val"), twipsDown(r.spacingPt)}});
        empty(QStringLiteral("sz"), {{QStringLiteral("val"), halfPoints(r.pt)}});
        empty(QStringLiteral("szCs"), {{QStringLiteral("val"), halfPoints(r.pt)}});
        x.writeEndElement();
    }

    void text(const QString& t)
    {
        // A line break inside a paragraph (U+2028) is a <w:br/>.
        const QStringList lines = t.split(QChar::LineSeparator);
        for (qsizetype i = 0; i < lines.size(); ++i) {
            if (i > 0) empty(QStringLiteral("br"));
            x.writeStartElement(W, QStringLiteral("t"));
            x.writeAttribute(QStringLiteral("xml:space"), QStringLiteral("preserve"));
            x.writeCharacters(lines[i]);
            x.writeEndElement();
        }
    }

    void paragraph(const FlowParagraph& p, double extraBefore = 0)
    {
        x.writeStartElement(W, QStringLiteral("p"));
        x.writeStartElement(W, QStringLiteral("pPr"));
        if (const QString id = styleId(p.style); !id.isEmpty()) empty(QStringLiteral("pStyle"), {{QStringLiteral("val"), id}});
        if (p.keepNext) empty(QStringLiteral("keepNext"));
        if (p.pageBreakBefore) empty(QStringLiteral("pageBreakBefore"));
        x.writeEmptyElement(W, QStringLiteral("spacing"));
        x.writeAttribute(W, QStringLiteral("before"), twips(p.beforePt + extraBefore));
        x.writeAttribute(W, QStringLiteral("after"), twips(p.afterPt));
        if (p.linePt > 0) {
            x.writeAttribute(W, QStringLiteral("line"), twipsDown(p.linePt));
            x.writeAttribute(W, QStringLiteral("lineRule"), QStringLiteral("exact"));
        }
        x.writeEmptyElement(W, QStringLiteral("ind"));
        x.writeAttribute(W, QStringLiteral("left"), twips(p.leftPt));
        x.writeAttribute(W, QStringLiteral("right"), twips(p.rightPt));
        if (p.firstLineChars > 0) {
            // In characters, as a word processor's 首行缩进 2 字符; the twips for those that ignore it.
            x.writeAttribute(W, QStringLiteral("firstLineChars"), QString::number(std::lround(p.firstLineChars * 100)));
            x.writeAttribute(W, QStringLiteral("firstLine"), twips(p.firstLineChars * (p.runs.isEmpty() ? 16 : p.runs.first().pt)));
        } else {
            x.writeAttribute(W, QStringLiteral("firstLine"), QStringLiteral("0"));
        }
        empty(QStringLiteral("jc"), {{QStringLiteral("val"), justification(p.align)}});
        x.writeEndElement(); // pPr
        for (const FlowRun& r : p.runs) {
            x.writeStartElement(W, QStringLiteral("r"));
            runProperties(r);
            text(r.text);
            x.writeEndElement();
        }
        x.writeEndElement(); // p
    }

    void separator()
    {
        x.writeStartElement(W, QStringLiteral("p"));
        x.writeStartElement(W, QStringLiteral("pPr"));
        empty(QStringLiteral("spacing"), {{QStringLiteral("before"), QStringLiteral("0")}, {QStringLiteral("after"), QStringLiteral("0")},
                                          {QStringLiteral("line"), QStringLiteral("20")}, {QStringLiteral("lineRule"), QStringLiteral("exact")}});
        empty(QStringLiteral("ind"), {{QStringLiteral("firstLineChars"), QStringLiteral("0")}, {QStringLiteral("firstLine"), QStringLiteral("0")}});
        x.writeEndElement();
        x.writeEndElement();
    }

    void border(const QString& side, double pt, const QColor& color)
    {
        x.writeEmptyElement(W, side);
        x.writeAttribute(W, QStringLiteral("val"), pt > 0 ? QStringLiteral("single") : QStringLiteral("nil"));
        if (pt > 0) {
            x.writeAttribute(W, QStringLiteral("sz"), eighths(pt));
            x.writeAttribute(W, QStringLiteral("space"), QStringLiteral("0"));
            x.writeAttribute(W, QStringLiteral("color"), color.name().mid(1).toUpper());
        }
    }

    // A table in the flow of the text (WordprocessingML has no space above a table; the space
    // below it goes before the next paragraph).
    void table(const FlowTable& t)
    {
        double total = 0;
        for (double w : t.widthsPt) total += w;
        x.writeStartElement(W, QStringLiteral("tbl"));
        x.writeStartElement(W, QStringLiteral("tblPr"));
        empty(QStringLiteral("tblW"), {{QStringLiteral("w"), twips(total)}, {QStringLiteral("type"), QStringLiteral("dxa")}});
        empty(QStringLiteral("jc"), {{QStringLiteral("val"), QStringLiteral("center")}});
        x.writeStartElement(W, QStringLiteral("tblBorders"));
        for (const char* side : {"top", "left", "bottom", "right", "insideH", "insideV"})
            border(QLatin1String(side), t.grid ? 0.5 : 0, Qt::black);
        x.writeEndElement();
        empty(QStringLiteral("tblLayout"), {{QStringLiteral("type"), QStringLiteral("fixed")}});
        x.writeStartElement(W, QStringLiteral("tblCellMar"));
        for (const char* side : {"top", "left", "bottom", "right"})
            empty(QLatin1String(side), {{QStringLiteral("w"), twips(t.padPt)}, {QStringLiteral("type"), QStringLiteral("dxa")}});
        x.writeEndElement();
        empty(QStringLiteral("tblLook"), {{QStringLiteral("val"), QStringLiteral("0000")}});
        x.writeEndElement(); // tblPr
        x.writeStartElement(W, QStringLiteral("tblGrid"));
        for (double w : t.widthsPt) empty(QStringLiteral("gridCol"), {{QStringLiteral("w"), twips(w)}});
        x.writeEndElement();
        for (qsizetype r = 0; r < t.rows.size(); ++r) {
            x.writeStartElement(W, QStringLiteral("tr"));
            x.writeStartElement(W, QStringLiteral("trPr"));
            empty(QStringLiteral("cantSplit"));
            if (r < t.headerRows) empty(QStringLiteral("tblHeader"));
            x.writeEndElement();
            qsizetype column = 0;
            for (const FlowCell& c : t.rows[r]) {
                double width = 0;
                for (int s = 0; s < c.span; ++s) width += t.widthsPt.value(column + s);
                column += c.span;
                x.writeStartElement(W, QStringLiteral("tc"));
                x.writeStartElement(W, QStringLiteral("tcPr"));
                empty(QStringLiteral("tcW"), {{QStringLiteral("w"), twips(width)}, {QStringLiteral("type"), QStringLiteral("dxa")}});
                if (c.span > 1) empty(QStringLiteral("gridSpan"), {{QStringLiteral("val"), QString::number(c.span)}});
                if (!t.grid && (c.topRulePt > 0 || c.bottomRulePt > 0)) {
                    x.writeStartElement(W, QStringLiteral("tcBorders"));
                    border(QStringLiteral("top"), c.topRulePt, c.ruleColor);
                    border(QStringLiteral("bottom"), c.bottomRulePt, c.ruleColor);
                    x.writeEndElement();
                }
                if (c.bottomPadPt > 0) {
                    x.writeStartElement(W, QStringLiteral("tcMar"));
                    empty(QStringLiteral("bottom"), {{QStringLiteral("w"), twips(c.bottomPadPt)}, {QStringLiteral("type"), QStringLiteral("dxa")}});
                    x.writeEndElement();
                }
                empty(QStringLiteral("vAlign"), {{QStringLiteral("val"), t.grid ? QStringLiteral("center") : QStringLiteral("bottom")}});
                x.writeEndElement(); // tcPr
                if (c.paragraphs.isEmpty()) empty(QStringLiteral("p")); // a cell holds at least one paragraph
                for (const FlowParagraph& p : c.paragraphs) cellParagraph(p);
                x.writeEndElement(); // tc
            }
            x.writeEndElement(); // tr
        }
        x.writeEndElement(); // tbl
    }

    // A drawing's shape properties: a rectangle cx × cy EMU at its anchor.
    void rectangle(const QString& cx, const QString& cy)
    {
        x.writeStartElement(A, QStringLiteral("xfrm"));
        x.writeEmptyElement(A, QStringLiteral("off"));
        x.writeAttribute(QStringLiteral("x"), QStringLiteral("0"));
        x.writeAttribute(QStringLiteral("y"), QStringLiteral("0"));
        x.writeEmptyElement(A, QStringLiteral("ext"));
        x.writeAttribute(QStringLiteral("cx"), cx);
        x.writeAttribute(QStringLiteral("cy"), cy);
        x.writeEndElement(); // xfrm
        x.writeStartElement(A, QStringLiteral("prstGeom"));
        x.writeAttribute(QStringLiteral("prst"), QStringLiteral("rect"));
        x.writeEmptyElement(A, QStringLiteral("avLst"));
        x.writeEndElement();
    }

    // The 版记 at the foot of the last page, as in print: its table in a text box anchored to a
    // paragraph a point high after the text, standing on the bottom margin. LibreOffice 7.4
    // lays a floating table (tblpYSpec) and a framed paragraph out in the flow after the text;
    // a text box it places.
    void footTable(FlowTable t)
    {
        double total = 0, high = 0;
        for (double w : t.widthsPt) total += w;
        for (const auto& row : t.rows) high += row.value(0).paragraphs.isEmpty() ? 0 : row.value(0).paragraphs.first().linePt;
        const QString cx = QString::number(std::lround(total * 12700)), cy = QString::number(std::lround(high * 12700));
        const auto hairline = [&] {
            x.writeStartElement(W, QStringLiteral("pPr"));
            empty(QStringLiteral("spacing"), {{QStringLiteral("before"), QStringLiteral("0")}, {QStringLiteral("after"), QStringLiteral("0")},
                                              {QStringLiteral("line"), QStringLiteral("20")}, {QStringLiteral("lineRule"), QStringLiteral("exact")}});
            x.writeEndElement();
        };
        x.writeStartElement(W, QStringLiteral("p"));
        hairline();
        x.writeStartElement(W, QStringLiteral("r"));
        x.writeStartElement(W, QStringLiteral("drawing"));
        x.writeStartElement(WP, QStringLiteral("anchor"));
        for (const char* d : {"distT", "distB", "distL", "distR"}) x.writeAttribute(QLatin1String(d), QStringLiteral("0"));
        for (const auto& [k, v] : {std::pair{"simplePos", "0"}, {"relativeHeight", "1"}, {"behindDoc", "0"}, {"locked", "0"}, {"layoutInCell", "1"}, {"allowOverlap", "0"}})
            x.writeAttribute(QLatin1String(k), QLatin1String(v));
        x.writeEmptyElement(WP, QStringLiteral("simplePos"));
        x.writeAttribute(QStringLiteral("x"), QStringLiteral("0"));
        x.writeAttribute(QStringLiteral("y"), QStringLiteral("0"));
        x.writeStartElement(WP, QStringLiteral("positionH"));
        x.writeAttribute(QStringLiteral("relativeFrom"), QStringLiteral("margin"));
        x.writeTextElement(WP, QStringLiteral("align"), QStringLiteral("center"));
        x.writeEndElement();
        x.writeStartElement(WP, QStringLiteral("positionV"));
        x.writeAttribute(QStringLiteral("relativeFrom"), QStringLiteral("margin"));
        x.writeTextElement(WP, QStringLiteral("align"), QStringLiteral("bottom"));
        x.writeEndElement();
        x.writeEmptyElement(WP, QStringLiteral("extent"));
        x.writeAttribute(QStringLiteral("cx"), cx);
        x.writeAttribute(QStringLiteral("cy"), cy);
        x.writeEmptyElement(WP, QStringLiteral("effectExtent"));
        for (const char* side : {"l", "t", "r", "b"}) x.writeAttribute(QLatin1String(side), QStringLiteral("0"));
        x.writeEmptyElement(WP, QStringLiteral("wrapTopAndBottom"));
        x.writeEmptyElement(WP, QStringLiteral("docPr"));
        x.writeAttribute(QStringLiteral("id"), QStringLiteral("1000"));
        x.writeAttribute(QStringLiteral("name"), QStringLiteral("版记"));
        x.writeEmptyElement(WP, QStringLiteral("cNvGraphicFramePr"));
        x.writeStartElement(A, QStringLiteral("graphic"));
        x.writeStartElement(A, QStringLiteral("graphicData"));
        x.writeAttribute(QStringLiteral("uri"), WPS);
        x.writeStartElement(WPS, QStringLiteral("wsp"));
        x.writeEmptyElement(WPS, QStringLiteral("cNvSpPr"));
        x.writeAttribute(QStringLiteral("txBox"), QStringLiteral("1"));
        x.writeStartElement(WPS, QStringLiteral("spPr"));
        rectangle(cx, cy);
        x.writeEmptyElement(A, QStringLiteral("noFill"));
        x.writeStartElement(A, QStringLiteral("ln"));
        x.writeEmptyElement(A, QStringLiteral("noFill"));
        x.writeEndElement();
        x.writeEndElement(); // spPr
        x.writeStartElement(WPS, QStringLiteral("txbx"));
        x.writeStartElement(W, QStringLiteral("txbxContent"));
        t.beforePt = 0;
        table(t);
        x.writeStartElement(W, QStringLiteral("p")); // a text box's content ends with a paragraph
        hairline();
        x.writeEndElement();
        x.writeEndElement(); // txbxContent
        x.writeEndElement(); // txbx
        x.writeStartElement(WPS, QStringLiteral("bodyPr"));
        for (const auto& [k, v] : {std::pair{"rot", "0"}, {"vert", "horz"}, {"wrap", "square"}, {"lIns", "0"}, {"tIns", "0"}, {"rIns", "0"}, {"bIns", "0"}, {"anchor", "b"}, {"anchorCtr", "0"}})
            x.writeAttribute(QLatin1String(k), QLatin1String(v));
        x.writeEmptyElement(A, QStringLiteral("spAutoFit"));
        x.writeEndElement(); // bodyPr
        x.writeEndElement(); // wsp
        x.writeEndElement(); // graphicData
        x.writeEndElement(); // graphic
        x.writeEndElement(); // anchor
        x.writeEndElement(); // drawing
        x.writeEndElement(); // r
        x.writeEndElement(); // p
    }

    void image(const FlowImage& image, int n)
    {
        x.writeStartElement(W, QStringLiteral("p"));
        x.writeStartElement(W, QStringLiteral("pPr"));
        empty(QStringLiteral("keepNext"));
        // Single line spacing: an exact line would crop the picture to one line's height.
        empty(QStringLiteral("spacing"), {{QStringLiteral("before"), twips(image.beforePt)}, {QStringLiteral("after"), QStringLiteral("0")},
                                          {QStringLiteral("line"), QStringLiteral("240")}, {QStringLiteral("lineRule"), QStringLiteral("auto")}});
        empty(QStringLiteral("ind"), {{QStringLiteral("firstLine"), QStringLiteral("0")}});
        empty(QStringLiteral("jc"), {{QStringLiteral("val"), QStringLiteral("center")}});
        x.writeEndElement();
        x.writeStartElement(W, QStringLiteral("r"));
        x.writeStartElement(W, QStringLiteral("drawing"));
        x.writeStartElement(WP, QStringLiteral("inline"));
        for (const char* d : {"distT", "distB", "distL", "distR"}) x.writeAttribute(QLatin1String(d), QStringLiteral("0"));
        x.writeEmptyElement(WP, QStringLiteral("extent"));
        x.writeAttribute(QStringLiteral("cx"), emu(image.widthMm));
        x.writeAttribute(QStringLiteral("cy"), emu(image.heightMm));
        x.writeEmptyElement(WP, QStringLiteral("docPr"));
        x.writeAttribute(QStringLiteral("id"), QString::number(n));
        x.writeAttribute(QStringLiteral("name"), image.name);
        x.writeStartElement(A, QStringLiteral("graphic"));
        x.writeStartElement(A, QStringLiteral("graphicData"));
        x.writeAttribute(QStringLiteral("uri"), PIC);
        x.writeStartElement(PIC, QStringLiteral("pic"));
        x.writeStartElement(PIC, QStringLiteral("nvPicPr"));
        x.writeEmptyElement(PIC, QStringLiteral("cNvPr"));
        x.writeAttribute(QStringLiteral("id"), QString::number(n));
        x.writeAttribute(QStringLiteral("name"), QStringLiteral("figure%1.png").arg(n));
        x.writeEmptyElement(PIC, QStringLiteral("cNvPicPr"));
        x.writeEndElement();
        x.writeStartElement(PIC, QStringLiteral("blipFill"));
        x.writeEmptyElement(A, QStringLiteral("blip"));
        x.writeAttribute(R, QStringLiteral("embed"), QStringLiteral("rIdImage%1").arg(n));
        x.writeStartElement(A, QStringLiteral("stretch"));
        x.writeEmptyElement(A, QStringLiteral("fillRect"));
        x.writeEndElement();
        x.writeEndElement(); // blipFill
        x.writeStartElement(PIC, QStringLiteral("spPr"));
        rectangle(emu(image.widthMm), emu(image.heightMm));
        x.writeEndElement(); // spPr
        x.writeEndElement(); // pic
        x.writeEndElement(); // graphicData
        x.writeEndElement(); // graphic
        x.writeEndElement(); // inline
        x.writeEndElement(); // drawing
        x.writeEndElement(); // r
        x.writeEndElement(); // p
    }

    QXmlStreamWriter x;
};

QByteArray documentXml(const DocumentFlow& flow, QList<CellStyle>* cellStyles)
{
    QByteArray out;
    Writer w(&out);
    w.x.writeStartDocument(QStringLiteral("1.0"), true);
    w.x.writeNamespace(W, QStringLiteral("w"));
    w.x.writeNamespace(R, QStringLiteral("r"));
    w.x.writeNamespace(WP, QStringLiteral("wp"));
    w.x.writeNamespace(A, QStringLiteral("a"));
    w.x.writeNamespace(PIC, QStringLiteral("pic"));
    w.x.writeNamespace(WPS, QStringLiteral("wps"));
    w.x.writeStartElement(W, QStringLiteral("document"));
    w.x.writeStartElement(W, QStringLiteral("body"));
    int images = 0;
    double carried = 0; // a table's space below, given to the paragraph after it
    bool afterTable = false;
    for (const auto& block : flow.blocks) {
        const bool wasTable = std::exchange(afterTable, std::holds_alternative<FlowTable>(block));
        if (const auto* p = std::get_if<FlowParagraph>(&block)) {
            w.paragraph(*p, carried);
            carried = 0;
        } else if (const auto* t = std::get_if<FlowTable>(&block); t && t->atFoot) {
            w.footTable(*t);
            carried = 0;
            afterTable = false;
        } else if (t) {
            // Two tables one after the other are one table to a word processor: a paragraph a
            // point high keeps them apart.
            if (wasTable) w.separator();
            w.table(*t);
            carried = t->afterPt;
        } else if (const auto* i = std::get_if<FlowImage>(&block)) {
            w.image(*i, ++images);
            carried = 0;
        }
    }
    // The page: A4 by GB/T 9704, the text block's margins, page numbers in the footer.
    const PageStyle& s = flow.style;
    const QSizeF page = s.pageMm();
    w.x.writeStartElement(W, QStringLiteral("sectPr"));
    w.x.writeEmptyElement(W, QStringLiteral("footerReference"));
    w.x.writeAttribute(W, QStringLiteral("type"), QStringLiteral("default"));
    w.x.writeAttribute(R, QStringLiteral("id"), QStringLiteral("rIdFooterOdd"));
    w.x.writeEmptyElement(W, QStringLiteral("footerReference"));
    w.x.writeAttribute(W, QStringLiteral("type"), QStringLiteral("even"));
    w.x.writeAttribute(R, QStringLiteral("id"), QStringLiteral("rIdFooterEven"));
    w.x.writeEmptyElement(W, QStringLiteral("pgSz"));
    w.x.writeAttribute(W, QStringLiteral("w"), twips(mmToPt(page.width())));
    w.x.writeAttribute(W, QStringLiteral("h"), twips(mmToPt(page.height())));
    if (s.landscape) w.x.writeAttribute(W, QStringLiteral("orient"), QStringLiteral("landscape"));
    // The page number's line starts 7 mm below the text block; the footer is measured from
    // the paper's lower edge to the bottom of that line.
    const double footer = mmToPt(s.marginsMm.bottom() - s.pageNumberGapMm) - s.pageNumberPt * 1.6;
    w.x.writeEmptyElement(W, QStringLiteral("pgMar"));
    w.x.writeAttribute(W, QStringLiteral("top"), twips(mmToPt(s.marginsMm.top())));
    w.x.writeAttribute(W, QStringLiteral("right"), twips(mmToPt(s.marginsMm.right())));
    w.x.writeAttribute(W, QStringLiteral("bottom"), twips(mmToPt(s.marginsMm.bottom())));
    w.x.writeAttribute(W, QStringLiteral("left"), twips(mmToPt(s.marginsMm.left())));
    w.x.writeAttribute(W, QStringLiteral("header"), twips(mmToPt(15)));
    w.x.writeAttribute(W, QStringLiteral("footer"), twips(footer));
    w.x.writeAttribute(W, QStringLiteral("gutter"), QStringLiteral("0"));
    w.x.writeEndElement(); // sectPr
    *cellStyles = w.cellStyles;
    w.x.writeEndElement(); // body
    w.x.writeEndElement(); // document
    w.x.writeEndDocument();
    return out;
}

// "— N —", one character in from the outer edge: right on odd pages, left on even ones.
QByteArray footerXml(const PageStyle& s, bool odd)
{
    QByteArray out;
    Writer w(&out);
    w.start(QStringLiteral("ftr"));
    w.x.writeStartElement(W, QStringLiteral("p"));
    w.x.writeStartElement(W, QStringLiteral("pPr"));
    w.empty(QStringLiteral("ind"), {{odd ? QStringLiteral("right") : QStringLiteral("left"), twips(s.pageNumberPt)}, {QStringLiteral("firstLine"), QStringLiteral("0")}});
    w.empty(QStringLiteral("jc"), {{QStringLiteral("val"), odd ? QStringLiteral("right") : QStringLiteral("left")}});
    w.x.writeEndElement();
    FlowRun r;
    r.family = s.named(PageStyle::Role::Body);
    r.pt = s.pageNumberPt;
    const auto run = [&](const std::function<void()>& inside) {
        w.x.writeStartElement(W, QStringLiteral("r"));
        w.runProperties(r);
        inside();
        w.x.writeEndElement();
    };
    run([&] { w.text(QStringLiteral("— ")); });
    run([&] { w.empty(QStringLiteral("fldChar"), {{QStringLiteral("fldCharType"), QStringLiteral("begin")}}); });
    run([&] {
        w.x.writeStartElement(W, QStringLiteral("instrText"));
        w.x.writeAttribute(QStringLiteral("xml:space"), QStringLiteral("preserve"));
        w.x.writeCharacters(QStringLiteral(" PAGE "));
        w.x.writeEndElement();
    });
    run([&] { w.empty(QStringLiteral("fldChar"), {{QStringLiteral("fldCharType"), QStringLiteral("separate")}}); });
    run([&] { w.text(QStringLiteral("1")); });
    run([&] { w.empty(QStringLiteral("fldChar"), {{QStringLiteral("fldCharType"), QStringLiteral("end")}}); });
    run([&] { w.text(QStringLiteral(" —")); });
    w.x.writeEndElement(); // p
    w.end();
    return out;
}

// The styles an editor lists: 正文 (Normal), 标题 (Title), 标题 1 and 标题 2 (heading 1, 2).
QByteArray stylesXml(const PageStyle& s, const QList<CellStyle>& cells)
{
    QByteArray out;
    Writer w(&out);
    w.start(QStringLiteral("styles"));
    const auto fonts = [&](const QString& f) {
        w.empty(QStringLiteral("rFonts"), {{QStringLiteral("ascii"), f}, {QStringLiteral("hAnsi"), f}, {QStringLiteral("eastAsia"), f}, {QStringLiteral("cs"), f}});
    };
    const auto size = [&](double pt) {
        w.empty(QStringLiteral("sz"), {{QStringLiteral("val"), halfPoints(pt)}});
        w.empty(QStringLiteral("szCs"), {{QStringLiteral("val"), halfPoints(pt)}});
    };
    w.x.writeStartElement(W, QStringLiteral("docDefaults"));
    w.x.writeStartElement(W, QStringLiteral("rPrDefault"));
    w.x.writeStartElement(W, QStringLiteral("rPr"));
    fonts(s.named(PageStyle::Role::Body));
    size(s.bodyPt);
    w.empty(QStringLiteral("lang"), {{QStringLiteral("val"), QStringLiteral("en-US")}, {QStringLiteral("eastAsia"), QStringLiteral("zh-CN")}});
    w.x.writeEndElement();
    w.x.writeEndElement();
    w.x.writeStartElement(W, QStringLiteral("pPrDefault"));
    w.x.writeStartElement(W, QStringLiteral("pPr"));
    // No extra space between Chinese and Latin letters or digits ("2026年", not "2026 年"):
    // the printed documents have none. WPS and Word honour this; LibreOffice's DOCX import
    // ignores it (its ODT import does not).
    w.empty(QStringLiteral("autoSpaceDE"), {{QStringLiteral("val"), QStringLiteral("0")}});
    w.empty(QStringLiteral("autoSpaceDN"), {{QStringLiteral("val"), QStringLiteral("0")}});
    // A closing mark never hangs into the margin, as in print.
    w.empty(QStringLiteral("overflowPunct"), {{QStringLiteral("val"), QStringLiteral("0")}});
    w.empty(QStringLiteral("spacing"), {{QStringLiteral("before"), QStringLiteral("0")}, {QStringLiteral("after"), QStringLiteral("0")},
                                        {QStringLiteral("line"), twipsDown(s.linePitchPt)}, {QStringLiteral("lineRule"), QStringLiteral("exact")}});
    w.x.writeEndElement();
    w.x.writeEndElement();
    w.x.writeEndElement(); // docDefaults
    const auto style = [&](const QString& id, const QString& name, bool isDefault, const QString& family, double pt, int outline, bool centred) {
        w.x.writeStartElement(W, QStringLiteral("style"));
        w.x.writeAttribute(W, QStringLiteral("type"), QStringLiteral("paragraph"));
        w.x.writeAttribute(W, QStringLiteral("styleId"), id);
        if (isDefault) w.x.writeAttribute(W, QStringLiteral("default"), QStringLiteral("1"));
        w.empty(QStringLiteral("name"), {{QStringLiteral("val"), name}});
        if (!isDefault) w.empty(QStringLiteral("basedOn"), {{QStringLiteral("val"), QStringLiteral("Normal")}});
        if (!isDefault) w.empty(QStringLiteral("next"), {{QStringLiteral("val"), QStringLiteral("Normal")}});
        w.empty(QStringLiteral("qFormat"));
        w.x.writeStartElement(W, QStringLiteral("pPr"));
        if (outline >= 0) w.empty(QStringLiteral("keepNext"));
        w.empty(QStringLiteral("autoSpaceDE"), {{QStringLiteral("val"), QStringLiteral("0")}});
        w.empty(QStringLiteral("autoSpaceDN"), {{QStringLiteral("val"), QStringLiteral("0")}});
        w.empty(QStringLiteral("overflowPunct"), {{QStringLiteral("val"), QStringLiteral("0")}});
        if (centred) w.empty(QStringLiteral("jc"), {{QStringLiteral("val"), QStringLiteral("center")}});
        else w.empty(QStringLiteral("ind"), {{QStringLiteral("firstLineChars"), QStringLiteral("200")}, {QStringLiteral("firstLine"), twips(2 * s.bodyPt)}});
        if (outline >= 0) w.empty(QStringLiteral("outlineLvl"), {{QStringLiteral("val"), QString::number(outline)}});
        w.x.writeEndElement();
        w.x.writeStartElement(W, QStringLiteral("rPr"));
        fonts(family);
        size(pt);
        w.x.writeEndElement();
        w.x.writeEndElement();
    };
    style(QStringLiteral("Normal"), QStringLiteral("Normal"), true, s.named(PageStyle::Role::Body), s.bodyPt, -1, false);
    style(QStringLiteral("Title"), QStringLiteral("Title"), false, s.named(PageStyle::Role::Title), s.titlePt, -1, true);
    style(QStringLiteral("Heading1"), QStringLiteral("heading 1"), false, s.named(PageStyle::Role::Heading1), s.bodyPt, 0, false);
    style(QStringLiteral("Heading2"), QStringLiteral("heading 2"), false, s.named(PageStyle::Role::Heading2), s.bodyPt, 1, false);
    for (const CellStyle& c : cells) {
        w.x.writeStartElement(W, QStringLiteral("style"));
        w.x.writeAttribute(W, QStringLiteral("type"), QStringLiteral("paragraph"));
        w.x.writeAttribute(W, QStringLiteral("customStyle"), QStringLiteral("1"));
        w.x.writeAttribute(W, QStringLiteral("styleId"), c.id());
        w.empty(QStringLiteral("name"), {{QStringLiteral("val"), QStringLiteral("Table text %1 pt%2 %3").arg(c.pt).arg(c.bold ? QStringLiteral(" bold") : QString(), justification(c.align))}});
        w.empty(QStringLiteral("basedOn"), {{QStringLiteral("val"), QStringLiteral("Normal")}});
        w.x.writeStartElement(W, QStringLiteral("pPr"));
        w.empty(QStringLiteral("spacing"), {{QStringLiteral("before"), QStringLiteral("0")}, {QStringLiteral("after"), QStringLiteral("0")},
                                            {QStringLiteral("line"), twipsDown(c.linePt)}, {QStringLiteral("lineRule"), QStringLiteral("exact")}});
        w.empty(QStringLiteral("ind"), {{QStringLiteral("left"), QStringLiteral("0")}, {QStringLiteral("right"), QStringLiteral("0")},
                                        {QStringLiteral("firstLineChars"), QStringLiteral("0")}, {QStringLiteral("firstLine"), QStringLiteral("0")}});
        w.empty(QStringLiteral("jc"), {{QStringLiteral("val"), justification(c.align)}});
        w.x.writeEndElement();
        w.x.writeStartElement(W, QStringLiteral("rPr"));
        fonts(c.family);
        if (c.bold) w.empty(QStringLiteral("b")), w.empty(QStringLiteral("bCs"));
        size(c.pt);
        w.x.writeEndElement();
        w.x.writeEndElement();
    }
    w.end();
    return out;
}

// The font table: each role's font by the name the document uses (the official one unless
// another was chosen), with this computer's stand-in as its other name and the GB2312 character
// set, so that Word or WPS on the office's computer takes the installed official font, and
// substitutes by kind where it is missing.
QByteArray fontTableXml(const PageStyle& s)
{
    // PANOSE of the official fonts as Windows and WPS install them.
    static const QHash<QString, QString> panose{{QStringLiteral("仿宋_GB2312"), QStringLiteral("02010609030101010101")},
                                                {QStringLiteral("楷体_GB2312"), QStringLiteral("02010609030101010101")},
                                                {QStringLiteral("黑体"), QStringLiteral("02010609060101010101")}};
    QByteArray out;
    Writer w(&out);
    w.start(QStringLiteral("fonts"));
    QStringList done;
    for (PageStyle::Role role : {PageStyle::Role::Body, PageStyle::Role::Title, PageStyle::Role::Heading1, PageStyle::Role::Heading2}) {
        const QString name = s.named(role), installed = s.family(role);
        if (done.contains(name)) continue;
        done << name;
        w.x.writeStartElement(W, QStringLiteral("font"));
        w.x.writeAttribute(W, QStringLiteral("name"), name);
        if (installed != name) w.empty(QStringLiteral("altName"), {{QStringLiteral("val"), installed}});
        if (panose.contains(name)) w.empty(QStringLiteral("panose1"), {{QStringLiteral("val"), panose.value(name)}});
        w.empty(QStringLiteral("charset"), {{QStringLiteral("val"), QStringLiteral("86")}});
        w.empty(QStringLiteral("family"), {{QStringLiteral("val"), QStringLiteral("modern")}});
        w.empty(QStringLiteral("pitch"), {{QStringLiteral("val"), QStringLiteral("fixed")}});
        w.x.writeEndElement();
    }
    w.end();
    return out;
}

QByteArray settingsXml()
{
    QByteArray out;
    Writer w(&out);
    w.start(QStringLiteral("settings"));
    w.empty(QStringLiteral("evenAndOddHeaders"));
    w.empty(QStringLiteral("defaultTabStop"), {{QStringLiteral("val"), QStringLiteral("420")}});
    w.empty(QStringLiteral("characterSpacingControl"), {{QStringLiteral("val"), QStringLiteral("compressPunctuation")}});
    w.end();
    return out;
}

QByteArray coreXml(const QString& title)
{
    QByteArray out;
    QXmlStreamWriter x(&out);
    x.writeStartDocument(QStringLiteral("1.0"), true);
    const QString cp = QStringLiteral("http://schemas.openxmlformats.org/package/2006/metadata/core-properties");
    const QString dc = QStringLiteral("http://purl.org/dc/elements/1.1/");
    x.writeNamespace(cp, QStringLiteral("cp"));
    x.writeNamespace(dc, QStringLiteral("dc"));
    x.writeStartElement(cp, QStringLiteral("coreProperties"));
    x.writeTextElement(dc, QStringLiteral("title"), title);
    x.writeTextElement(dc, QStringLiteral("creator"), QStringLiteral("CampaignDesk"));
    x.writeEndElement();
    x.writeEndDocument();
    return out;
}

} // namespace

Status DocxWriter::write(const DocumentFlow& flow, const QString& path)
{
    QList<ZipPart> parts;
    int images = 0;
    QByteArray imageTypes, imageRels;
    for (const auto& block : flow.blocks)
        if (const auto* i = std::get_if<FlowImage>(&block)) {
            ++images;
            parts << ZipPart{QStringLiteral("word/media/figure%1.png").arg(images), i->png};
            imageRels += QStringLiteral("<Relationship Id=\"rIdImage%1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/image\" "
                                        "Target=\"media/figure%1.png\"/>")
                             .arg(images)
                             .toUtf8();
        }
    parts.prepend(ZipPart{QStringLiteral("[Content_Types].xml"),
                          "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                          "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                          "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                          "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                          "<Default Extension=\"png\" ContentType=\"image/png\"/>"
                          "<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/>"
                          "<Override PartName=\"/word/styles.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml\"/>"
                          "<Override PartName=\"/word/fontTable.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.fontTable+xml\"/>"
                          "<Override PartName=\"/word/settings.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml\"/>"
                          "<Override PartName=\"/word/footer1.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml\"/>"
                          "<Override PartName=\"/word/footer2.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml\"/>"
                          "<Override PartName=\"/docProps/core.xml\" ContentType=\"application/vnd.openxmlformats-package.core-properties+xml\"/>"
                          "</Types>"});
    parts << ZipPart{QStringLiteral("_rels/.rels"),
                     "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                     "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                     "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"word/document.xml\"/>"
                     "<Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties\" Target=\"docProps/core.xml\"/>"
                     "</Relationships>"};
    parts << ZipPart{QStringLiteral("word/_rels/document.xml.rels"),
                     "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                     "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                     "<Relationship Id=\"rIdStyles\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles\" Target=\"styles.xml\"/>"
                     "<Relationship Id=\"rIdFonts\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/fontTable\" Target=\"fontTable.xml\"/>"
                     "<Relationship Id=\"rIdSettings\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/settings\" Target=\"settings.xml\"/>"
                     "<Relationship Id=\"rIdFooterOdd\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer\" Target=\"footer1.xml\"/>"
                     "<Relationship Id=\"rIdFooterEven\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer\" Target=\"footer2.xml\"/>" +
                         imageRels + "</Relationships>"};
    QList<CellStyle> cellStyles;
    parts << ZipPart{QStringLiteral("word/document.xml"), documentXml(flow, &cellStyles)};
    parts << ZipPart{QStringLiteral("word/styles.xml"), stylesXml(flow.style, cellStyles)};
    parts << ZipPart{QStringLiteral("word/settings.xml"), settingsXml()};
    parts << ZipPart{QStringLiteral("word/fontTable.xml"), fontTableXml(flow.style)};
    parts << ZipPart{QStringLiteral("word/footer1.xml"), footerXml(flow.style, true)};
    parts << ZipPart{QStringLiteral("word/footer2.xml"), footerXml(flow.style, false)};
    parts << ZipPart{QStringLiteral("docProps/core.xml"), coreXml(flow.title)};
    return writeZipParts(path, parts);
}

} // namespace cd
