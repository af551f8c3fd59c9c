#include "reports/OdtWriter.h"

#include "reports/DocumentFlow.h"
#include "reports/OfficialDocument.h"
#include "reports/ZipParts.h"

#include <QHash>
#include <functional>
#include <QSet>
#include <QXmlStreamWriter>

namespace cd {

namespace {

const QString OFFICE = QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:office:1.0");
const QString STYLE = QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:style:1.0");
const QString TEXT = QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:text:1.0");
const QString TABLE = QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:table:1.0");
const QString FO = QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0");
const QString SVG = QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0");
const QString DRAW = QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:drawing:1.0");
const QString XLINK = QStringLiteral("http://www.w3.org/1999/xlink");
const QString DC = QStringLiteral("http://purl.org/dc/elements/1.1/");
const QString META = QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:meta:1.0");

QString pt(double v) { return QString::number(v, 'f', 2) + QStringLiteral("pt"); }
// A length that must not come out longer than asked where the reader keeps it in twips, as
// LibreOffice does: an exact line height (28.98 pt became 580 twips, 21 lines to the page) and
// the grid's letter spacing (−0.21 pt became −4 twips, 27 characters to the line).
QString ptDown(double v) { return pt(std::floor(v * 20 + 1e-6) / 20); }
QString mm(double v) { return QString::number(v, 'f', 2) + QStringLiteral("mm"); }

void namespaces(QXmlStreamWriter& x);

// Elements written with the ODF prefixes, without a root: for putting inside one.
QByteArray inner(const std::function<void(QXmlStreamWriter&)>& write)
{
    QByteArray b;
    QXmlStreamWriter x(&b);
    x.writeStartElement(QStringLiteral("wrapper"));
    namespaces(x);
    write(x);
    x.writeCharacters(QString());
    x.writeEndElement();
    const qsizetype open = b.indexOf('>') + 1;
    return b.mid(open, b.lastIndexOf("</wrapper>") - open);
}

void namespaces(QXmlStreamWriter& x)
{
    x.writeNamespace(OFFICE, QStringLiteral("office"));
    x.writeNamespace(STYLE, QStringLiteral("style"));
    x.writeNamespace(TEXT, QStringLiteral("text"));
    x.writeNamespace(TABLE, QStringLiteral("table"));
    x.writeNamespace(FO, QStringLiteral("fo"));
    x.writeNamespace(SVG, QStringLiteral("svg"));
    x.writeNamespace(DRAW, QStringLiteral("draw"));
    x.writeNamespace(XLINK, QStringLiteral("xlink"));
}

// Text properties in all three scripts: Western, Asian and complex alike.
void textProperties(QXmlStreamWriter& x, const QString& family, double size, bool bold = false, bool italic = false, bool underline = false,
                    const QColor& color = Qt::black, double spacing = 0)
{
    x.writeEmptyElement(STYLE, QStringLiteral("text-properties"));
    for (const char* n : {"font-name", "font-name-asian", "font-name-complex"}) x.writeAttribute(STYLE, QLatin1String(n), family);
    x.writeAttribute(FO, QStringLiteral("font-size"), pt(size));
    x.writeAttribute(STYLE, QStringLiteral("font-size-asian"), pt(size));
    x.writeAttribute(STYLE, QStringLiteral("font-size-complex"), pt(size));
    const QString weight = bold ? QStringLiteral("bold") : QStringLiteral("normal");
    x.writeAttribute(FO, QStringLiteral("font-weight"), weight);
    x.writeAttribute(STYLE, QStringLiteral("font-weight-asian"), weight);
    x.writeAttribute(STYLE, QStringLiteral("font-weight-complex"), weight);
    if (italic) {
        x.writeAttribute(FO, QStringLiteral("font-style"), QStringLiteral("italic"));
        x.writeAttribute(STYLE, QStringLiteral("font-style-asian"), QStringLiteral("italic"));
    }
    if (underline) {
        x.writeAttribute(STYLE, QStringLiteral("text-underline-style"), QStringLiteral("solid"));
        x.writeAttribute(STYLE, QStringLiteral("text-underline-width"), QStringLiteral("auto"));
        x.writeAttribute(STYLE, QStringLiteral("text-underline-color"), QStringLiteral("font-color"));
    }
    x.writeAttribute(FO, QStringLiteral("color"), color.name());
    if (std::abs(spacing) >= 0.05) x.writeAttribute(FO, QStringLiteral("letter-spacing"), ptDown(spacing));
}

QString alignment(Qt::Alignment a)
{
    if (a & Qt::AlignJustify) return QStringLiteral("justify");
    if (a & Qt::AlignHCenter) return QStringLiteral("center");
    if (a & Qt::AlignRight) return QStringLiteral("end");
    return QStringLiteral("start");
}

QString parentStyle(int style)
{
    switch (OfficialDocument::Style(style)) {
    case OfficialDocument::Style::Title: return QStringLiteral("Title");
    case OfficialDocument::Style::Heading1: return QStringLiteral("Heading_20_1");
    case OfficialDocument::Style::Heading2: return QStringLiteral("Heading_20_2");
    case OfficialDocument::Style::Body: break;
    }
    return QStringLiteral("Standard");
}

// content.xml: the automatic styles the body needs, each written once, then the body.
class Content
{
public:
    explicit Content(const DocumentFlow& flow) : m_flow(flow) {}

    // The body, collecting the automatic styles it uses; then styles() has them.
    QByteArray body()
    {
        return inner([this](QXmlStreamWriter& x) {
            int images = 0;
            double carried = 0;
            for (const auto& block : m_flow.blocks) {
                if (const auto* p = std::get_if<FlowParagraph>(&block)) {
                    paragraph(x, *p, carried);
                    carried = 0;
                } else if (const auto* t = std::get_if<FlowTable>(&block); t && t->atFoot) {
                    footTable(x, *t);
                    carried = 0;
                } else if (t) {
                    table(x, *t);
                    carried = t->afterPt;
                } else if (const auto* i = std::get_if<FlowImage>(&block)) {
                    image(x, *i, ++images);
                    carried = 0;
                }
            }
        });
    }
    QByteArray styles()
    {
        return inner([this](QXmlStreamWriter& x) {
            for (const auto& write : m_styles) write(x);
        });
    }

private:
    // A style by what it says: the same properties, the same name.
    QString style(const QString& key, const std::function<void(QXmlStreamWriter&, const QString&)>& write)
    {
        if (auto it = m_names.constFind(key); it != m_names.cend()) return *it;
        const QString name = QStringLiteral("S%1").arg(m_names.size() + 1);
        m_names.insert(key, name);
        m_styles.push_back([write, name](QXmlStreamWriter& x) { write(x, name); });
        return name;
    }

    QString paragraphStyle(const FlowParagraph& p, double extraBefore)
    {
        const double firstLine = p.firstLineChars * (p.runs.isEmpty() ? 16 : p.runs.first().pt);
        const QString parent = parentStyle(p.style);
        const QString key = QStringLiteral("P|%1|%2|%3|%4|%5|%6|%7|%8|%9")
                                .arg(parent, alignment(p.align))
                                .arg(firstLine)
                                .arg(p.leftPt)
                                .arg(p.rightPt)
                                .arg(p.linePt)
                                .arg(p.beforePt + extraBefore)
                                .arg(p.afterPt)
                                .arg(p.keepNext) +
                            (p.pageBreakBefore ? QStringLiteral("|break") : QString());
        return style(key, [=](QXmlStreamWriter& x, const QString& name) {
            x.writeStartElement(STYLE, QStringLiteral("style"));
            x.writeAttribute(STYLE, QStringLiteral("name"), name);
            x.writeAttribute(STYLE, QStringLiteral("family"), QStringLiteral("paragraph"));
            x.writeAttribute(STYLE, QStringLiteral("parent-style-name"), parent);
            x.writeEmptyElement(STYLE, QStringLiteral("paragraph-properties"));
            x.writeAttribute(FO, QStringLiteral("text-align"), alignment(p.align));
            x.writeAttribute(FO, QStringLiteral("text-indent"), pt(firstLine));
            x.writeAttribute(FO, QStringLiteral("margin-left"), pt(p.leftPt));
            x.writeAttribute(FO, QStringLiteral("margin-right"), pt(p.rightPt));
            x.writeAttribute(FO, QStringLiteral("margin-top"), pt(p.beforePt + extraBefore));
            x.writeAttribute(FO, QStringLiteral("margin-bottom"), pt(p.afterPt));
            x.writeAttribute(FO, QStringLiteral("line-height"), p.linePt > 0 ? ptDown(p.linePt) : QStringLiteral("100%"));
            if (p.keepNext) x.writeAttribute(FO, QStringLiteral("keep-with-next"), QStringLiteral("always"));
            if (p.pageBreakBefore) x.writeAttribute(FO, QStringLiteral("break-before"), QStringLiteral("page"));
            x.writeEndElement();
        });
    }

    QString textStyle(const FlowRun& r)
    {
        const QString key = QStringLiteral("T|%1|%2|%3|%4|%5|%6|%7")
                                .arg(r.family)
                                .arg(r.pt)
                                .arg(r.bold)
                                .arg(r.italic)
                                .arg(r.underline)
                                .arg(r.color.name())
                                .arg(r.spacingPt);
        m_fonts.insert(r.family);
        return style(key, [=](QXmlStreamWriter& x, const QString& name) {
            x.writeStartElement(STYLE, QStringLiteral("style"));
            x.writeAttribute(STYLE, QStringLiteral("name"), name);
            x.writeAttribute(STYLE, QStringLiteral("family"), QStringLiteral("text"));
            textProperties(x, r.family, r.pt, r.bold, r.italic, r.underline, r.color, r.spacingPt);
            x.writeEndElement();
        });
    }

    void paragraph(QXmlStreamWriter& x, const FlowParagraph& p, double extraBefore = 0)
    {
        const bool heading = p.style == int(OfficialDocument::Style::Heading1) || p.style == int(OfficialDocument::Style::Heading2);
        x.writeStartElement(TEXT, heading ? QStringLiteral("h") : QStringLiteral("p"));
        x.writeAttribute(TEXT, QStringLiteral("style-name"), paragraphStyle(p, extraBefore));
        if (heading) x.writeAttribute(TEXT, QStringLiteral("outline-level"), p.style == int(OfficialDocument::Style::Heading1) ? QStringLiteral("1") : QStringLiteral("2"));
        for (const FlowRun& r : p.runs) {
            x.writeStartElement(TEXT, QStringLiteral("span"));
            x.writeAttribute(TEXT, QStringLiteral("style-name"), textStyle(r));
            text(x, r.text);
            x.writeEndElement();
        }
        x.writeEndElement();
    }

    // Runs of spaces are <text:s/>, line separators <text:line-break/>.
    static void text(QXmlStreamWriter& x, const QString& t)
    {
        QString plain;
        const auto flush = [&] {
            if (!plain.isEmpty()) x.writeCharacters(plain);
            plain.clear();
        };
        for (qsizetype i = 0; i < t.size(); ++i) {
            const QChar c = t[i];
            if (c == QChar::LineSeparator) {
                flush();
                x.writeEmptyElement(TEXT, QStringLiteral("line-break"));
            } else if (c == QLatin1Char(' ') && i + 1 < t.size() && t[i + 1] == QLatin1Char(' ')) {
                int n = 0;
                while (i + 1 < t.size() && t[i + 1] == QLatin1Char(' ')) ++n, ++i;
                plain += c;
                flush();
                x.writeEmptyElement(TEXT, QStringLiteral("s"));
                x.writeAttribute(TEXT, QStringLiteral("c"), QString::number(n));
            } else {
                plain += c;
            }
        }
        flush();
    }

    QString cellStyle(const FlowTable& t, const FlowCell& c)
    {
        const QString key = QStringLiteral("C|%1|%2|%3|%4|%5|%6").arg(t.grid).arg(t.padPt).arg(c.topRulePt).arg(c.bottomRulePt).arg(c.ruleColor.name()).arg(c.bottomPadPt);
        return style(key, [=](QXmlStreamWriter& x, const QString& name) {
            x.writeStartElement(STYLE, QStringLiteral("style"));
            x.writeAttribute(STYLE, QStringLiteral("name"), name);
            x.writeAttribute(STYLE, QStringLiteral("family"), QStringLiteral("table-cell"));
            x.writeEmptyElement(STYLE, QStringLiteral("table-cell-properties"));
            if (c.bottomPadPt > 0) {
                x.writeAttribute(FO, QStringLiteral("padding-top"), pt(t.padPt));
                x.writeAttribute(FO, QStringLiteral("padding-left"), pt(t.padPt));
                x.writeAttribute(FO, QStringLiteral("padding-right"), pt(t.padPt));
                x.writeAttribute(FO, QStringLiteral("padding-bottom"), pt(c.bottomPadPt));
            } else {
                x.writeAttribute(FO, QStringLiteral("padding"), pt(t.padPt));
            }
            x.writeAttribute(STYLE, QStringLiteral("vertical-align"), t.grid ? QStringLiteral("middle") : QStringLiteral("bottom"));
            if (t.grid) {
                x.writeAttribute(FO, QStringLiteral("border"), QStringLiteral("0.5pt solid #000000"));
            } else {
                const auto rule = [&](double w) { return w > 0 ? QStringLiteral("%1 solid %2").arg(pt(w), c.ruleColor.name()) : QStringLiteral("none"); };
                x.writeAttribute(FO, QStringLiteral("border-top"), rule(c.topRulePt));
                x.writeAttribute(FO, QStringLiteral("border-bottom"), rule(c.bottomRulePt));
                x.writeAttribute(FO, QStringLiteral("border-left"), QStringLiteral("none"));
                x.writeAttribute(FO, QStringLiteral("border-right"), QStringLiteral("none"));
            }
            x.writeEndElement();
        });
    }

    void table(QXmlStreamWriter& x, const FlowTable& t)
    {
        double total = 0;
        for (double w : t.widthsPt) total += w;
        const QString tableStyle = style(QStringLiteral("Tb|%1|%2").arg(total).arg(t.beforePt), [=](QXmlStreamWriter& s, const QString& name) {
            s.writeStartElement(STYLE, QStringLiteral("style"));
            s.writeAttribute(STYLE, QStringLiteral("name"), name);
            s.writeAttribute(STYLE, QStringLiteral("family"), QStringLiteral("table"));
            s.writeEmptyElement(STYLE, QStringLiteral("table-properties"));
            s.writeAttribute(STYLE, QStringLiteral("width"), pt(total));
            s.writeAttribute(TABLE, QStringLiteral("align"), QStringLiteral("center"));
            s.writeAttribute(FO, QStringLiteral("margin-top"), pt(t.beforePt));
            s.writeAttribute(FO, QStringLiteral("margin-bottom"), QStringLiteral("0pt"));
            s.writeEndElement();
        });
        x.writeStartElement(TABLE, QStringLiteral("table"));
        x.writeAttribute(TABLE, QStringLiteral("name"), QStringLiteral("Table%1").arg(++m_tables));
        x.writeAttribute(TABLE, QStringLiteral("style-name"), tableStyle);
        for (double w : t.widthsPt) {
            const QString column = style(QStringLiteral("Col|%1").arg(w), [=](QXmlStreamWriter& s, const QString& name) {
                s.writeStartElement(STYLE, QStringLiteral("style"));
                s.writeAttribute(STYLE, QStringLiteral("name"), name);
                s.writeAttribute(STYLE, QStringLiteral("family"), QStringLiteral("table-column"));
                s.writeEmptyElement(STYLE, QStringLiteral("table-column-properties"));
                s.writeAttribute(STYLE, QStringLiteral("column-width"), pt(w));
                s.writeEndElement();
            });
            x.writeEmptyElement(TABLE, QStringLiteral("table-column"));
            x.writeAttribute(TABLE, QStringLiteral("style-name"), column);
        }
        for (qsizetype r = 0; r < t.rows.size(); ++r) {
            if (r == 0 && t.headerRows > 0) x.writeStartElement(TABLE, QStringLiteral("table-header-rows"));
            x.writeStartElement(TABLE, QStringLiteral("table-row"));
            for (const FlowCell& c : t.rows[r]) {
                x.writeStartElement(TABLE, QStringLiteral("table-cell"));
                x.writeAttribute(TABLE, QStringLiteral("style-name"), cellStyle(t, c));
                x.writeAttribute(OFFICE, QStringLiteral("value-type"), QStringLiteral("string"));
                if (c.span > 1) x.writeAttribute(TABLE, QStringLiteral("number-columns-spanned"), QString::number(c.span));
                if (c.paragraphs.isEmpty()) x.writeEmptyElement(TEXT, QStringLiteral("p"));
                for (const FlowParagraph& p : c.paragraphs) paragraph(x, p);
                x.writeEndElement();
                for (int s = 1; s < c.span; ++s) x.writeEmptyElement(TABLE, QStringLiteral("covered-table-cell"));
            }
            x.writeEndElement(); // row
            if (r + 1 == t.headerRows) x.writeEndElement(); // header rows
        }
        x.writeEndElement(); // table
    }

    // The 版记 at the foot of the last page, as in print: its table in a frame anchored to a
    // paragraph a point high after the text, standing on the text block's lower edge. The
    // frame's style derives from Frame: LibreOffice 7.4 drops a table from a text box whose
    // style does not (an empty box was drawn), and lays a table in the flow out after the text.
    void footTable(QXmlStreamWriter& x, FlowTable t)
    {
        double total = 0;
        for (double w : t.widthsPt) total += w;
        FlowParagraph anchor;
        anchor.linePt = 1;
        const QString frame = style(QStringLiteral("FrFoot"), [](QXmlStreamWriter& s, const QString& name) {
            s.writeStartElement(STYLE, QStringLiteral("style"));
            s.writeAttribute(STYLE, QStringLiteral("name"), name);
            s.writeAttribute(STYLE, QStringLiteral("family"), QStringLiteral("graphic"));
            s.writeAttribute(STYLE, QStringLiteral("parent-style-name"), QStringLiteral("Frame"));
            s.writeEmptyElement(STYLE, QStringLiteral("graphic-properties"));
            s.writeAttribute(STYLE, QStringLiteral("vertical-pos"), QStringLiteral("bottom"));
            s.writeAttribute(STYLE, QStringLiteral("vertical-rel"), QStringLiteral("page-content"));
            s.writeAttribute(STYLE, QStringLiteral("horizontal-pos"), QStringLiteral("center"));
            s.writeAttribute(STYLE, QStringLiteral("horizontal-rel"), QStringLiteral("page-content"));
            s.writeAttribute(STYLE, QStringLiteral("wrap"), QStringLiteral("none"));
            for (const char* side : {"margin-left", "margin-right", "margin-top", "margin-bottom"}) s.writeAttribute(FO, QLatin1String(side), QStringLiteral("0pt"));
            s.writeAttribute(FO, QStringLiteral("padding"), QStringLiteral("0pt"));
            s.writeAttribute(FO, QStringLiteral("border"), QStringLiteral("none"));
            s.writeAttribute(DRAW, QStringLiteral("fill"), QStringLiteral("none"));
            s.writeEndElement();
        });
        x.writeStartElement(TEXT, QStringLiteral("p"));
        x.writeAttribute(TEXT, QStringLiteral("style-name"), paragraphStyle(anchor, 0));
        x.writeStartElement(DRAW, QStringLiteral("frame"));
        x.writeAttribute(DRAW, QStringLiteral("style-name"), frame);
        x.writeAttribute(DRAW, QStringLiteral("name"), QStringLiteral("版记"));
        x.writeAttribute(TEXT, QStringLiteral("anchor-type"), QStringLiteral("paragraph"));
        x.writeAttribute(SVG, QStringLiteral("width"), pt(total));
        x.writeAttribute(DRAW, QStringLiteral("z-index"), QStringLiteral("0"));
        x.writeStartElement(DRAW, QStringLiteral("text-box"));
        t.beforePt = 0;
        table(x, t);
        x.writeEndElement(); // text-box
        x.writeEndElement(); // frame
        x.writeEndElement(); // p
    }

    void image(QXmlStreamWriter& x, const FlowImage& i, int n)
    {
        FlowParagraph holder;
        holder.align = Qt::AlignHCenter;
        holder.beforePt = i.beforePt;
        holder.keepNext = true;
        const QString frame = style(QStringLiteral("Fr"), [](QXmlStreamWriter& s, const QString& name) {
            s.writeStartElement(STYLE, QStringLiteral("style"));
            s.writeAttribute(STYLE, QStringLiteral("name"), name);
            s.writeAttribute(STYLE, QStringLiteral("family"), QStringLiteral("graphic"));
            s.writeEmptyElement(STYLE, QStringLiteral("graphic-properties"));
            s.writeAttribute(STYLE, QStringLiteral("vertical-pos"), QStringLiteral("top"));
            s.writeAttribute(STYLE, QStringLiteral("vertical-rel"), QStringLiteral("baseline"));
            s.writeEndElement();
        });
        x.writeStartElement(TEXT, QStringLiteral("p"));
        x.writeAttribute(TEXT, QStringLiteral("style-name"), paragraphStyle(holder, 0));
        x.writeStartElement(DRAW, QStringLiteral("frame"));
        x.writeAttribute(DRAW, QStringLiteral("style-name"), frame);
        x.writeAttribute(DRAW, QStringLiteral("name"), i.name);
        x.writeAttribute(TEXT, QStringLiteral("anchor-type"), QStringLiteral("as-char"));
        x.writeAttribute(SVG, QStringLiteral("width"), mm(i.widthMm));
        x.writeAttribute(SVG, QStringLiteral("height"), mm(i.heightMm));
        x.writeEmptyElement(DRAW, QStringLiteral("image"));
        x.writeAttribute(XLINK, QStringLiteral("href"), QStringLiteral("Pictures/figure%1.png").arg(n));
        x.writeAttribute(XLINK, QStringLiteral("type"), QStringLiteral("simple"));
        x.writeAttribute(XLINK, QStringLiteral("show"), QStringLiteral("embed"));
        x.writeAttribute(XLINK, QStringLiteral("actuate"), QStringLiteral("onLoad"));
        x.writeEndElement(); // frame
        x.writeEndElement(); // p
    }

    const DocumentFlow& m_flow;
    QHash<QString, QString> m_names;
    std::vector<std::function<void(QXmlStreamWriter&)>> m_styles;
    int m_tables = 0;

public:
    QSet<QString> m_fonts;
};

// Each font by the name the document uses (PageStyle::named: the official one unless another
// was chosen), with its kind, so that an editor without it substitutes a serif for 仿宋, 楷体
// and 小标宋 and a sans for 黑体.
void fontFaces(QXmlStreamWriter& x, const QSet<QString>& families, const PageStyle& s)
{
    x.writeStartElement(OFFICE, QStringLiteral("font-face-decls"));
    QStringList sorted(families.cbegin(), families.cend());
    sorted.sort();
    for (const QString& f : sorted) {
        x.writeEmptyElement(STYLE, QStringLiteral("font-face"));
        x.writeAttribute(STYLE, QStringLiteral("name"), f);
        x.writeAttribute(SVG, QStringLiteral("font-family"), f);
        x.writeAttribute(STYLE, QStringLiteral("font-family-generic"), f == s.named(PageStyle::Role::Heading1) ? QStringLiteral("swiss") : QStringLiteral("roman"));
    }
    x.writeEndElement();
}

// styles.xml: fonts, the named styles an editor lists, the page and its footers.
QByteArray stylesXml(const DocumentFlow& flow, QSet<QString> families)
{
    const PageStyle& s = flow.style;
    for (PageStyle::Role r : {PageStyle::Role::Title, PageStyle::Role::Body, PageStyle::Role::Heading1, PageStyle::Role::Heading2}) families.insert(s.named(r));
    QByteArray out;
    QXmlStreamWriter x(&out);
    x.writeStartDocument();
    x.writeStartElement(OFFICE, QStringLiteral("document-styles"));
    namespaces(x);
    x.writeAttribute(OFFICE, QStringLiteral("version"), QStringLiteral("1.3"));
    fontFaces(x, families, s);
    x.writeStartElement(OFFICE, QStringLiteral("styles"));
    // The text frames' style (the 版记's frame derives from it).
    x.writeStartElement(STYLE, QStringLiteral("style"));
    x.writeAttribute(STYLE, QStringLiteral("name"), QStringLiteral("Frame"));
    x.writeAttribute(STYLE, QStringLiteral("family"), QStringLiteral("graphic"));
    x.writeEndElement();
    x.writeStartElement(STYLE, QStringLiteral("default-style"));
    x.writeAttribute(STYLE, QStringLiteral("family"), QStringLiteral("paragraph"));
    x.writeEmptyElement(STYLE, QStringLiteral("paragraph-properties"));
    // No extra space between Chinese and digits or Latin letters, as in print.
    x.writeAttribute(STYLE, QStringLiteral("text-autospace"), QStringLiteral("none"));
    // A closing mark never hangs into the margin: as in print, it takes its character with it.
    x.writeAttribute(STYLE, QStringLiteral("punctuation-wrap"), QStringLiteral("simple"));
    x.writeAttribute(STYLE, QStringLiteral("line-break"), QStringLiteral("strict"));
    textProperties(x, s.named(PageStyle::Role::Body), s.bodyPt);
    x.writeEndElement();
    const auto named = [&](const QString& name, const QString& display, const QString& family, double size, bool centred, int outline) {
        x.writeStartElement(STYLE, QStringLiteral("style"));
        x.writeAttribute(STYLE, QStringLiteral("name"), name);
        x.writeAttribute(STYLE, QStringLiteral("display-name"), display);
        x.writeAttribute(STYLE, QStringLiteral("family"), QStringLiteral("paragraph"));
        if (name != QLatin1String("Standard")) x.writeAttribute(STYLE, QStringLiteral("parent-style-name"), QStringLiteral("Standard"));
        if (outline > 0) x.writeAttribute(STYLE, QStringLiteral("default-outline-level"), QString::number(outline));
        x.writeEmptyElement(STYLE, QStringLiteral("paragraph-properties"));
        x.writeAttribute(FO, QStringLiteral("text-align"), centred ? QStringLiteral("center") : QStringLiteral("justify"));
        x.writeAttribute(FO, QStringLiteral("text-indent"), centred ? QStringLiteral("0pt") : pt(2 * s.bodyPt));
        x.writeAttribute(FO, QStringLiteral("line-height"), ptDown(s.linePitchPt));
        if (outline > 0) x.writeAttribute(FO, QStringLiteral("keep-with-next"), QStringLiteral("always"));
        textProperties(x, family, size);
        x.writeEndElement();
    };
    named(QStringLiteral("Standard"), QStringLiteral("Default Paragraph Style"), s.named(PageStyle::Role::Body), s.bodyPt, false, 0);
    named(QStringLiteral("Title"), QStringLiteral("Title"), s.named(PageStyle::Role::Title), s.titlePt, true, 0);
    named(QStringLiteral("Heading_20_1"), QStringLiteral("Heading 1"), s.named(PageStyle::Role::Heading1), s.bodyPt, false, 1);
    named(QStringLiteral("Heading_20_2"), QStringLiteral("Heading 2"), s.named(PageStyle::Role::Heading2), s.bodyPt, false, 2);
    named(QStringLiteral("Footer"), QStringLiteral("Footer"), s.named(PageStyle::Role::Body), s.pageNumberPt, false, 0);
    x.writeEndElement(); // styles

    // The page: A4, the text block's margins; the page number 7 mm below the text block, in a
    // footer inside the bottom margin, right on odd pages and left on even ones.
    const QSizeF page = s.pageMm();
    const double footerMm = s.pageNumberPt * 1.6 / 72 * 25.4;
    x.writeStartElement(OFFICE, QStringLiteral("automatic-styles"));
    x.writeStartElement(STYLE, QStringLiteral("page-layout"));
    x.writeAttribute(STYLE, QStringLiteral("name"), QStringLiteral("GBT9704"));
    // The same margins on every page, as in print (the binding edge is always on the left).
    x.writeAttribute(STYLE, QStringLiteral("page-usage"), QStringLiteral("all"));
    x.writeEmptyElement(STYLE, QStringLiteral("page-layout-properties"));
    x.writeAttribute(FO, QStringLiteral("page-width"), mm(page.width()));
    x.writeAttribute(FO, QStringLiteral("page-height"), mm(page.height()));
    x.writeAttribute(STYLE, QStringLiteral("print-orientation"), s.landscape ? QStringLiteral("landscape") : QStringLiteral("portrait"));
    x.writeAttribute(FO, QStringLiteral("margin-top"), mm(s.marginsMm.top()));
    x.writeAttribute(FO, QStringLiteral("margin-bottom"), mm(s.marginsMm.bottom() - s.pageNumberGapMm - footerMm));
    x.writeAttribute(FO, QStringLiteral("margin-left"), mm(s.marginsMm.left()));
    x.writeAttribute(FO, QStringLiteral("margin-right"), mm(s.marginsMm.right()));
    x.writeStartElement(STYLE, QStringLiteral("footer-style"));
    x.writeEmptyElement(STYLE, QStringLiteral("header-footer-properties"));
    x.writeAttribute(FO, QStringLiteral("min-height"), mm(footerMm));
    x.writeAttribute(FO, QStringLiteral("margin-top"), mm(s.pageNumberGapMm));
    x.writeEndElement();
    x.writeEndElement(); // page-layout
    for (const bool odd : {true, false}) {
        x.writeStartElement(STYLE, QStringLiteral("style"));
        x.writeAttribute(STYLE, QStringLiteral("name"), odd ? QStringLiteral("PageNumberOdd") : QStringLiteral("PageNumberEven"));
        x.writeAttribute(STYLE, QStringLiteral("family"), QStringLiteral("paragraph"));
        x.writeAttribute(STYLE, QStringLiteral("parent-style-name"), QStringLiteral("Footer"));
        x.writeEmptyElement(STYLE, QStringLiteral("paragraph-properties"));
        x.writeAttribute(FO, QStringLiteral("text-align"), odd ? QStringLiteral("end") : QStringLiteral("start"));
        x.writeAttribute(FO, QStringLiteral("text-indent"), QStringLiteral("0pt"));
        x.writeAttribute(FO, odd ? QStringLiteral("margin-right") : QStringLiteral("margin-left"), pt(s.pageNumberPt));
        x.writeAttribute(FO, QStringLiteral("line-height"), QStringLiteral("100%"));
        x.writeEndElement();
    }
    x.writeEndElement(); // automatic-styles
    x.writeStartElement(OFFICE, QStringLiteral("master-styles"));
    x.writeStartElement(STYLE, QStringLiteral("master-page"));
    x.writeAttribute(STYLE, QStringLiteral("name"), QStringLiteral("Standard"));
    x.writeAttribute(STYLE, QStringLiteral("page-layout-name"), QStringLiteral("GBT9704"));
    for (const bool odd : {true, false}) {
        x.writeStartElement(STYLE, odd ? QStringLiteral("footer") : QStringLiteral("footer-left"));
        x.writeStartElement(TEXT, QStringLiteral("p"));
        x.writeAttribute(TEXT, QStringLiteral("style-name"), odd ? QStringLiteral("PageNumberOdd") : QStringLiteral("PageNumberEven"));
        x.writeCharacters(QStringLiteral("— "));
        x.writeStartElement(TEXT, QStringLiteral("page-number"));
        x.writeAttribute(TEXT, QStringLiteral("select-page"), QStringLiteral("current"));
        x.writeCharacters(QStringLiteral("1"));
        x.writeEndElement();
        x.writeCharacters(QStringLiteral(" —"));
        x.writeEndElement();
        x.writeEndElement();
    }
    x.writeEndElement(); // master-page
    x.writeEndElement(); // master-styles
    x.writeEndElement();
    x.writeEndDocument();
    return out;
}

QByteArray metaXml(const QString& title)
{
    QByteArray out;
    QXmlStreamWriter x(&out);
    x.writeStartDocument();
    x.writeStartElement(OFFICE, QStringLiteral("document-meta"));
    x.writeNamespace(OFFICE, QStringLiteral("office"));
    x.writeNamespace(DC, QStringLiteral("dc"));
    x.writeNamespace(META, QStringLiteral("meta"));
    x.writeAttribute(OFFICE, QStringLiteral("version"), QStringLiteral("1.3"));
    x.writeStartElement(OFFICE, QStringLiteral("meta"));
    x.writeTextElement(DC, QStringLiteral("title"), title);
    x.writeTextElement(META, QStringLiteral("generator"), QStringLiteral("CampaignDesk"));
    x.writeEndElement();
    x.writeEndElement();
    x.writeEndDocument();
    return out;
}

} // namespace

Status OdtWriter::write(const DocumentFlow& flow, const QString& path)
{
    Content content(flow);
    const QByteArray body = content.body();
    QByteArray root;
    {
        QXmlStreamWriter x(&root);
        x.writeStartElement(QStringLiteral("office:document-content"));
        namespaces(x);
        x.writeAttribute(OFFICE, QStringLiteral("version"), QStringLiteral("1.3"));
        x.writeCharacters(QString()); // ends the start tag
    }
    const QByteArray xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>" + root +
                           inner([&](QXmlStreamWriter& x) { fontFaces(x, content.m_fonts, flow.style); }) + "<office:automatic-styles>" + content.styles() +
                           "</office:automatic-styles><office:body><office:text>" + body + "</office:text></office:body></office:document-content>";
    QList<ZipPart> parts;
    parts << ZipPart{QStringLiteral("mimetype"), "application/vnd.oasis.opendocument.text", true};
    QByteArray manifest = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                          "<manifest:manifest xmlns:manifest=\"urn:oasis:names:tc:opendocument:xmlns:manifest:1.0\" manifest:version=\"1.3\">"
                          "<manifest:file-entry manifest:full-path=\"/\" manifest:version=\"1.3\" manifest:media-type=\"application/vnd.oasis.opendocument.text\"/>"
                          "<manifest:file-entry manifest:full-path=\"content.xml\" manifest:media-type=\"text/xml\"/>"
                          "<manifest:file-entry manifest:full-path=\"styles.xml\" manifest:media-type=\"text/xml\"/>"
                          "<manifest:file-entry manifest:full-path=\"meta.xml\" manifest:media-type=\"text/xml\"/>";
    int n = 0;
    for (const auto& block : flow.blocks)
        if (const auto* i = std::get_if<FlowImage>(&block)) {
            ++n;
            parts << ZipPart{QStringLiteral("Pictures/figure%1.png").arg(n), i->png, true};
            manifest += QStringLiteral("<manifest:file-entry manifest:full-path=\"Pictures/figure%1.png\" manifest:media-type=\"image/png\"/>").arg(n).toUtf8();
        }
    manifest += "</manifest:manifest>";
    parts << ZipPart{QStringLiteral("META-INF/manifest.xml"), manifest};
    parts << ZipPart{QStringLiteral("content.xml"), xml};
    parts << ZipPart{QStringLiteral("styles.xml"), stylesXml(flow, content.m_fonts)};
    parts << ZipPart{QStringLiteral("meta.xml"), metaXml(flow.title)};
    return writeZipParts(path, parts);
}

} // namespace cd
