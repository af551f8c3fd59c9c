// The editable documents (DOCX, ODT) opened by a real word processor: LibreOffice converts
// them to PDF headless, and what it lays out is measured against the program's own PDF of the
// same document — pages, glyph heights, margins, table cells, page numbers — as a person
// opening the file in WPS or Word would see it. Also the files' structure.
#include "integration/CliFixture.h"
#include "support/PdfText.h"

#include <QColor>
#include <QImage>
#include <QRegularExpression>
#include <QXmlStreamReader>

using namespace cd;

namespace {

// A 60-unit 2026 demo on 30 November; each document printed as PDF, DOCX and ODT, and the
// DOCX and ODT converted by LibreOffice.
class EditableDocuments : public Cli
{
protected:
    void SetUp() override
    {
        timeoutMs = 180000;
        ASSERT_EQ(run(words("--as-of 2026-11-30 demo --units 60 --year 2026")).code, 0);
        units.clear();
        for (const auto& u : json(words("units list --format json"))) units << u.toObject().value(QStringLiteral("name")).toString();
    }
    static QStringList words(const char* text) { return QString::fromUtf8(text).split(QLatin1Char(' ')); }

    // Prints `command` (ending in --out) as NAME.pdf, NAME.docx and NAME.odt.
    void print(const QStringList& command, const QString& name)
    {
        for (const char* ext : {"pdf", "docx", "odt"}) {
            const QString out = dir.filePath(name + QLatin1Char('.') + QLatin1String(ext));
            const CliRun r = run(QStringList(command) << out);
            ASSERT_EQ(r.code, 0) << command.join(QLatin1Char(' ')).toStdString() << " " << ext << ": " << r.err.toStdString();
        }
    }
    // LibreOffice's PDF of an editable file (its own profile, so runs in parallel never share one),
    // on this computer's fonts with the aliases the package installs for the official fonts'
    // names (resources/fontconfig), as on an office's Debian with the package installed.
    QString convert(const QString& file)
    {
        const QString outDir = dir.filePath(QStringLiteral("lo-") + QFileInfo(file).suffix());
        const QString fonts = dir.filePath(QStringLiteral("fonts.conf"));
        QFile conf(fonts);
        EXPECT_TRUE(conf.open(QIODevice::WriteOnly));
        conf.write("<?xml version=\"1.0\"?>\n<!DOCTYPE fontconfig SYSTEM \"urn:fontconfig:fonts.dtd\">\n<fontconfig>"
                   "<include ignore_missing=\"no\">/etc/fonts/fonts.conf</include><include ignore_missing=\"no\">" CD_FONTCONFIG_ALIASES "</include>"
                   "</fontconfig>\n");
        conf.close();
        QProcess soffice;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("FONTCONFIG_FILE"), fonts);
        soffice.setProcessEnvironment(env);
        soffice.start(QStringLiteral("soffice"), {QStringLiteral("-env:UserInstallation=file://") + dir.filePath(QStringLiteral("lo-profile")),
                                                  QStringLiteral("--headless"), QStringLiteral("--convert-to"), QStringLiteral("pdf"),
                                                  QStringLiteral("--outdir"), outDir, file});
        EXPECT_TRUE(soffice.waitForFinished(120000));
        EXPECT_EQ(soffice.exitCode(), 0) << soffice.readAllStandardError().toStdString();
        const QString pdf = QDir(outDir).filePath(QFileInfo(file).completeBaseName() + QStringLiteral(".pdf"));
        EXPECT_GT(QFileInfo(pdf).size(), 1000) << file.toStdString();
        return pdf;
    }
    // Whether page 1, rendered at 72 dpi, has a row red across nine tenths of the text block.
    bool redRuleOnFirstPage(const QString& pdf)
    {
        QProcess render;
        const QString base = dir.filePath(QStringLiteral("red-") + QFileInfo(pdf).completeBaseName() + QFileInfo(pdf).dir().dirName());
        render.start(QStringLiteral("pdftoppm"), {QStringLiteral("-png"), QStringLiteral("-r"), QStringLiteral("72"), QStringLiteral("-f"), QStringLiteral("1"),
                                                  QStringLiteral("-l"), QStringLiteral("1"), QStringLiteral("-singlefile"), pdf, base});
        render.waitForFinished(30000);
        const QImage page(base + QStringLiteral(".png"));
        const double mm = 72.0 / 25.4;
        for (int y = 0; y < page.height() / 2; ++y) {
            int red = 0;
            for (int x = int(28 * mm); x < int((210 - 26) * mm) && x < page.width(); ++x) {
                const QColor c = page.pixelColor(x, y);
                red += c.red() > 150 && c.green() < 110 && c.blue() < 110;
            }
            if (red > 156 * mm * 0.9) return true;
        }
        return false;
    }
    static int pages(const QString& pdf)
    {
        QProcess info;
        info.start(QStringLiteral("pdfinfo"), {pdf});
        info.waitForFinished(20000);
        return QRegularExpression(QStringLiteral("Pages:\\s+(\\d+)")).match(QString::fromUtf8(info.readAllStandardOutput())).captured(1).toInt();
    }
    static std::optional<PdfWord> find(const QList<PdfWord>& words, const QString& text)
    {
        for (const auto& w : words)
            if (w.text == text) return w;
        return std::nullopt;
    }

    QStringList units;
};

// The font (size in points, family without its subset tag) of each piece of text pdftohtml
// finds on the line of page 1 that holds `anchor`.
struct PieceFont
{
    double size = 0;
    QString family;
};
QList<PieceFont> fontsOnLine(const QString& pdf, const QString& anchor);

QList<double> sizesOnLine(const QString& pdf, const QString& anchor)
{
    QList<double> out;
    for (const auto& f : fontsOnLine(pdf, anchor)) out << f.size;
    return out;
}

QStringList familiesOnLine(const QString& pdf, const QString& anchor)
{
    QStringList out;
    for (const auto& f : fontsOnLine(pdf, anchor))
        if (!out.contains(f.family)) out << f.family;
    return out;
}

QList<PieceFont> fontsOnLine(const QString& pdf, const QString& anchor)
{
    QProcess p;
    p.start(QStringLiteral("pdftohtml"), {QStringLiteral("-xml"), QStringLiteral("-i"), QStringLiteral("-zoom"), QStringLiteral("1"),
                                          QStringLiteral("-stdout"), QStringLiteral("-f"), QStringLiteral("1"), QStringLiteral("-l"), QStringLiteral("1"), pdf});
    p.waitForFinished(30000);
    const QString xml = QString::fromUtf8(p.readAllStandardOutput());
    QHash<QString, PieceFont> font;
    static const QRegularExpression spec(QStringLiteral("<fontspec id=\"(\\d+)\" size=\"(\\d+)\" family=\"(?:[A-Z]{6}\\+)?([^\"]*)\""));
    for (auto it = spec.globalMatch(xml); it.hasNext();) {
        const auto m = it.next();
        font.insert(m.captured(1), {m.captured(2).toDouble(), m.captured(3)});
    }
    static const QRegularExpression text(QStringLiteral("<text top=\"(\\d+)\" left=\"\\d+\" width=\"\\d+\" height=\"\\d+\" font=\"(\\d+)\">([^<]*)</text>"));
    QList<std::tuple<int, QString, QString>> pieces;
    int top = -1;
    for (auto it = text.globalMatch(xml); it.hasNext();) {
        const auto m = it.next();
        pieces.append({m.captured(1).toInt(), m.captured(2), m.captured(3)});
        if (m.captured(3).contains(anchor)) top = m.captured(1).toInt();
    }
    QList<PieceFont> out;
    for (const auto& [t, id, s] : pieces)
        if (top >= 0 && std::abs(t - top) <= 3 && !s.trimmed().isEmpty()) out << font.value(id);
    return out;
}

} // namespace

// The 60-unit bulletin as LibreOffice lays out its DOCX and its ODT, against the program's PDF.
TEST_F(EditableDocuments, TheBulletinOpensAsItPrints)
{
    print(words("--as-of 2026-11-30 bulletin --quarter 2026Q3 --out"), QStringLiteral("bulletin"));
    const QString own = dir.filePath(QStringLiteral("bulletin.pdf"));
    const auto ownWords = pdfWords(own);
    const int ownPages = pages(own);
    // The title breaks between words: 关于2026年第三季度 above this.
    const auto ownTitle = find(ownWords, QStringLiteral("“三抓一促”活动督查情况的通报"));
    ASSERT_TRUE(ownTitle);
    const double mm = 72.0 / 25.4, slack = 2;
    for (const char* ext : {"docx", "odt"}) {
        SCOPED_TRACE(ext);
        const QString pdf = convert(dir.filePath(QStringLiteral("bulletin.") + QLatin1String(ext)));
        EXPECT_NEAR(pages(pdf), ownPages, 1);
        const auto theirs = pdfWords(pdf);
        // The title at its size (the second line of the title, a word on its own).
        const auto title = find(theirs, QStringLiteral("“三抓一促”活动督查情况的通报"));
        ASSERT_TRUE(title);
        EXPECT_NEAR(title->height() / ownTitle->height(), 1.0, 0.1) << title->height() << " vs " << ownTitle->height();
        // Where the PDF has it: two lines under the red line (it was a line lower, 30 pt, in both).
        EXPECT_NEAR(title->y0, ownTitle->y0, 8);
        // Body text: Chinese and digits on one line at 3号 (16 pt ± 10 %).
        const auto sizes = sizesOnLine(pdf, QStringLiteral("各单位活动推进情况进行了督查"));
        ASSERT_FALSE(sizes.isEmpty());
        for (double s : sizes) EXPECT_NEAR(s, 16, 1.6);
        // Each role in the font the program prints it in, though the file names the official
        // fonts (仿宋_GB2312, 方正小标宋简体, 黑体), which this computer has not: without the
        // aliases LibreOffice took fontconfig's default, a sans, for all of them.
        // The Noto CJK faces share one CFF table in their collection, which LibreOffice embeds
        // under the table's own name (NotoSerifCJKjp-Regular for the SC face it chose, as it
        // did when the file named Noto Serif CJK SC itself), so the font is compared up to "CJK".
        const auto face = [](const QString& family) { return family.contains(QLatin1String("CJK")) ? family.left(family.indexOf(QLatin1String("CJK")) + 3) : family; };
        for (const QString& anchor : {QStringLiteral("各单位活动推进情况进行了督查"), QStringLiteral("“三抓一促”活动督查情况的通报"), QStringLiteral("一、总体情况")}) {
            const QStringList own = familiesOnLine(dir.filePath(QStringLiteral("bulletin.pdf")), anchor);
            ASSERT_FALSE(own.isEmpty()) << anchor.toStdString();
            EXPECT_EQ(face(familiesOnLine(pdf, anchor).value(0)), face(own.value(0))) << anchor.toStdString() << ": " << familiesOnLine(pdf, anchor).join(',').toStdString();
        }
        // Every word inside the text block, the page numbers below it.
        for (const auto& w : theirs) {
            EXPECT_GE(w.x0, 28 * mm - slack) << w.text.toStdString();
            // LibreOffice reads DOCX's overflowPunct the other way round from Word and WPS: where
            // the file says a closing mark may not hang (as in print), it hangs it. A mark past
            // the margin by one character is that, and only in the DOCX.
            const bool hanging = QLatin1String(ext) == QLatin1String("docx") && QStringLiteral("，。、；：！？）”").contains(w.text.right(1)) &&
                                 w.x1 <= (210 - 26) * mm + 16 + slack;
            if (!hanging) {
                EXPECT_LE(w.x1, (210 - 26) * mm + slack) << w.text.toStdString();
            }
            EXPECT_GE(w.y0, 37 * mm - slack) << w.text.toStdString();
            if (w.y1 > (297 - 35) * mm + slack) {
                EXPECT_TRUE(QRegularExpression(QStringLiteral("^(—|\\d+)$")).match(w.text).hasMatch()) << w.text.toStdString();
            }
        }
        // A unit's name on one line wherever the program's own PDF has it on one line.
        int whole = 0;
        for (const QString& unit : units)
            if (find(ownWords, unit)) {
                EXPECT_TRUE(find(theirs, unit)) << unit.toStdString();
                ++whole;
            }
        EXPECT_GT(whole, 30);
        // The grid as the word processor lays it out: body lines 28.95 pt apart (22 to the page;
        // 29.00 left room for 21), and a line of Chinese at the margin holds 28 characters (27
        // at −0.20 pt a character).
        static const QRegularExpression chinese(QStringLiteral("^[\\x{3000}-\\x{303f}\\x{4e00}-\\x{9fff}\\x{ff00}-\\x{ffef}“”]+$"));
        int pitches = 0, full = 0;
        double sum = 0;
        for (qsizetype i = 1; i < theirs.size(); ++i) {
            const auto &a = theirs[i - 1], &b = theirs[i];
            const bool body = a.height() > 20 && a.height() < 25 && std::abs(a.height() - b.height()) < 0.1;
            if (body && a.page == b.page && b.y0 - a.y0 > 20 && b.y0 - a.y0 < 35 && std::abs(a.x0 - 28 * mm) < 1 && std::abs(b.x0 - 28 * mm) < 1) {
                EXPECT_NEAR(b.y0 - a.y0, 28.95, 0.11) << b.text.toStdString(); // LibreOffice writes tenths of a point
                sum += b.y0 - a.y0;
                ++pitches;
            }
            if (body && std::abs(b.x0 - 28 * mm) < 1 && chinese.match(b.text).hasMatch()) full = std::max(full, int(b.text.size()));
        }
        ASSERT_GT(pitches, 5);
        EXPECT_NEAR(sum / pitches, 28.95, 0.02);
        EXPECT_EQ(full, 28);
        // Page numbers, "— N —", on the pages after the first.
        EXPECT_TRUE(pdftotext(pdf).contains(QRegularExpression(QStringLiteral("—\\s*2\\s*—"))));
        // The masthead's red rule across the text block on page 1.
        EXPECT_TRUE(redRuleOnFirstPage(pdf));
        // No space between Chinese and digits where the format lets us say so: LibreOffice
        // honours ODT's text-autospace, not DOCX's autoSpaceDE (WPS and Word honour both).
        if (QLatin1String(ext) == QLatin1String("odt")) {
            EXPECT_TRUE(pdftotext(pdf).contains(QStringLiteral("2026年11月30日"))) << "a space between Chinese and digits";
        }
    }
}

// The 版记 at the foot of the last page in the DOCX and the ODT, as in print, with the figures
// and without them: LibreOffice laid a table in the flow out after the text, alone at the top
// of a page or right under the date (and a DOCX floating table or framed paragraph too).
TEST_F(EditableDocuments, TheImprintStandsAtTheFootOfTheLastPage)
{
    const double foot = (297 - 35) * 72.0 / 25.4; // the text block's lower edge
    for (const char* charts : {"yes", "no"}) {
        SCOPED_TRACE(charts);
        ASSERT_EQ(run({QStringLiteral("bulletin"), QStringLiteral("set"), QStringLiteral("--quarter"), QStringLiteral("2026Q3"), QStringLiteral("--charts"),
                       QLatin1String(charts)})
                      .code,
                  0);
        const QString name = QStringLiteral("imprint-") + QLatin1String(charts);
        print(words("--as-of 2026-11-30 bulletin --quarter 2026Q3 --out"), name);
        const auto printed = [](const QList<PdfWord>& words) {
            std::optional<PdfWord> out;
            for (const auto& w : words)
                if (w.text.endsWith(QStringLiteral("印发"))) out = w;
            return out;
        };
        const QString own = dir.filePath(name + QStringLiteral(".pdf"));
        const auto ownPrinted = printed(pdfWords(own));
        ASSERT_TRUE(ownPrinted);
        ASSERT_EQ(ownPrinted->page, pages(own));
        for (const char* ext : {"docx", "odt"}) {
            SCOPED_TRACE(ext);
            const QString pdf = convert(dir.filePath(name + QLatin1Char('.') + QLatin1String(ext)));
            const auto theirs = printed(pdfWords(pdf));
            ASSERT_TRUE(theirs);
            EXPECT_EQ(theirs->page, pages(pdf));
            EXPECT_EQ(pages(pdf), pages(own));
            EXPECT_GT(theirs->y1, foot - 29) << "the 印发 line stands " << foot - theirs->y1 << " pt above the text block's foot";
            EXPECT_LT(theirs->y1, foot + 6);
            EXPECT_NEAR(theirs->y1, ownPrinted->y1, 12);
        }
    }
}

namespace {

bool wellFormed(const QByteArray& xml)
{
    QXmlStreamReader r(xml);
    while (!r.atEnd()) r.readNext();
    return !r.hasError();
}

} // namespace

// DOCX: every part has a content type, every relationship's target is in the package, every
// XML part parses; headings are the editor's styles; no empty paragraph makes space.
TEST_F(EditableDocuments, TheDocxIsWholeAndEditable)
{
    print(words("--as-of 2026-11-30 bulletin --quarter 2026Q3 --out"), QStringLiteral("bulletin"));
    const auto byName = readZip(dir.filePath(QStringLiteral("bulletin.docx")));
    ASSERT_TRUE(byName.contains(QStringLiteral("[Content_Types].xml")));
    const QString types = QString::fromUtf8(byName.value(QStringLiteral("[Content_Types].xml")));
    for (const auto& [name, data] : byName.asKeyValueRange()) {
        if (name.endsWith(QLatin1String(".xml")) || name.endsWith(QLatin1String(".rels"))) {
            EXPECT_TRUE(wellFormed(data)) << name.toStdString();
        }
        if (name == QLatin1String("[Content_Types].xml")) continue;
        const bool typed = types.contains(QStringLiteral("PartName=\"/%1\"").arg(name)) ||
                           types.contains(QStringLiteral("Extension=\"%1\"").arg(QFileInfo(name).suffix()));
        EXPECT_TRUE(typed) << name.toStdString();
    }
    static const QRegularExpression target(QStringLiteral("Target=\"([^\"]+)\""));
    for (const auto& [name, data] : byName.asKeyValueRange()) {
        if (!name.endsWith(QLatin1String(".rels"))) continue;
        const QString base = QFileInfo(QFileInfo(name).path()).path(); // word/_rels → word
        for (auto it = target.globalMatch(QString::fromUtf8(data)); it.hasNext();) {
            const QString t = it.next().captured(1);
            const QString resolved = QDir::cleanPath(base == QLatin1String(".") || base.isEmpty() ? t : base + QLatin1Char('/') + t);
            EXPECT_TRUE(byName.contains(resolved)) << name.toStdString() << " → " << resolved.toStdString();
        }
    }
    const QString document = QString::fromUtf8(byName.value(QStringLiteral("word/document.xml")));
    EXPECT_TRUE(document.contains(QRegularExpression(QStringLiteral("<w:pStyle w:val=\"Heading1\"/>.*一、总体情况"))));
    EXPECT_TRUE(document.contains(QRegularExpression(QStringLiteral("<w:pStyle w:val=\"Heading2\"/>.*（一）月度进度未按要求报送的单位"))));
    EXPECT_TRUE(document.contains(QStringLiteral("<w:tblHeader/>")));
    EXPECT_TRUE(document.contains(QStringLiteral("w:firstLineChars=\"200\"")));
    const QString styles = QString::fromUtf8(byName.value(QStringLiteral("word/styles.xml")));
    for (const char* name : {"heading 1", "heading 2", "Title"}) EXPECT_TRUE(styles.contains(QStringLiteral("<w:name w:val=\"%1\"/>").arg(QLatin1String(name)))) << name;
    // The official fonts by name, with this computer's stand-ins as their other names: Word or
    // WPS on the office's computer sets the text in the installed 仿宋_GB2312; no run names a
    // stand-in.
    for (const char* name : {"仿宋_GB2312", "方正小标宋简体", "黑体"})
        EXPECT_TRUE(document.contains(QStringLiteral("w:eastAsia=\"%1\"").arg(QString::fromUtf8(name)))) << name;
    EXPECT_TRUE(styles.contains(QStringLiteral("w:eastAsia=\"楷体_GB2312\"")));
    EXPECT_FALSE(document.contains(QLatin1String("Noto"))) << "a run names this computer's font";
    const QString fontTable = QString::fromUtf8(byName.value(QStringLiteral("word/fontTable.xml")));
    EXPECT_TRUE(fontTable.contains(QRegularExpression(QStringLiteral("<w:font w:name=\"仿宋_GB2312\"><w:altName w:val=\"Noto Serif CJK SC\"/>"
                                                                     "<w:panose1 w:val=\"02010609030101010101\"/><w:charset w:val=\"86\"/>"))))
        << fontTable.toStdString();
    // Paragraphs directly in the body carry text or a picture, but for the one that keeps two
    // tables apart (without it a word processor makes them one: the attachment's table and the
    // 版记 here).
    QXmlStreamReader r(byName.value(QStringLiteral("word/document.xml")));
    int depth = 0, bodyDepth = -1, paragraphs = 0;
    bool inBodyParagraph = false, hasContent = false;
    QStringList children; // the body's: "tbl", "p" or "empty"
    while (!r.atEnd()) {
        r.readNext();
        if (r.isStartElement()) {
            ++depth;
            if (r.name() == QLatin1String("body")) bodyDepth = depth;
            if (r.name() == QLatin1String("tbl") && depth == bodyDepth + 1) children << QStringLiteral("tbl");
            if (r.name() == QLatin1String("p") && depth == bodyDepth + 1) inBodyParagraph = true, hasContent = false;
            if (inBodyParagraph && (r.name() == QLatin1String("t") || r.name() == QLatin1String("drawing"))) hasContent = true;
        } else if (r.isEndElement()) {
            if (r.name() == QLatin1String("p") && depth == bodyDepth + 1) {
                children << (hasContent ? QStringLiteral("p") : QStringLiteral("empty"));
                inBodyParagraph = false;
                ++paragraphs;
            }
            --depth;
        }
    }
    EXPECT_GT(paragraphs, 20);
    for (qsizetype i = 0; i < children.size(); ++i)
        if (children[i] == QLatin1String("empty")) {
            EXPECT_TRUE(i > 0 && i + 1 < children.size() && children[i - 1] == QLatin1String("tbl") && children[i + 1] == QLatin1String("tbl"))
                << "an empty paragraph in the body, not between two tables, at " << i;
        }
}

// ODT: the mimetype first and stored, every file in the manifest, headings as text:h.
TEST_F(EditableDocuments, TheOdtIsWholeAndEditable)
{
    print(words("--as-of 2026-11-30 bulletin --quarter 2026Q3 --out"), QStringLiteral("bulletin"));
    const QString odt = dir.filePath(QStringLiteral("bulletin.odt"));
    const QByteArray raw = readFile(odt);
    ASSERT_GT(raw.size(), 64);
    EXPECT_EQ(raw.mid(30, 8), QByteArray("mimetype"));
    EXPECT_EQ(raw[8], 0); // stored
    EXPECT_EQ(raw.mid(38, 39), QByteArray("application/vnd.oasis.opendocument.text"));
    const auto byName = readZip(odt);
    const QString manifest = QString::fromUtf8(byName.value(QStringLiteral("META-INF/manifest.xml")));
    for (const auto& [name, data] : byName.asKeyValueRange()) {
        if (name.endsWith(QLatin1String(".xml"))) {
            EXPECT_TRUE(wellFormed(data)) << name.toStdString();
        }
        if (name != QLatin1String("mimetype") && name != QLatin1String("META-INF/manifest.xml")) {
            EXPECT_TRUE(manifest.contains(QStringLiteral("full-path=\"%1\"").arg(name))) << name.toStdString();
        }
    }
    const QString content = QString::fromUtf8(byName.value(QStringLiteral("content.xml")));
    EXPECT_TRUE(content.contains(QRegularExpression(QStringLiteral("<text:h [^>]*text:outline-level=\"1\"[^>]*>.*一、总体情况"))));
    EXPECT_TRUE(content.contains(QStringLiteral("style:font-name-asian=\"仿宋_GB2312\"")));
    EXPECT_TRUE(content.contains(QStringLiteral("<style:font-face style:name=\"黑体\" svg:font-family=\"黑体\" style:font-family-generic=\"swiss\"/>")));
    EXPECT_FALSE(content.contains(QLatin1String("Noto"))) << "a style names this computer's font";
    EXPECT_TRUE(content.contains(QStringLiteral("<table:table-header-rows>")));
    const QString styles = QString::fromUtf8(byName.value(QStringLiteral("styles.xml")));
    EXPECT_TRUE(styles.contains(QStringLiteral("fo:page-width=\"210.00mm\"")));
    EXPECT_TRUE(styles.contains(QStringLiteral("fo:margin-top=\"37.00mm\"")));
    EXPECT_TRUE(styles.contains(QStringLiteral("<text:page-number")));
}

// Registers and notices as DOCX and ODT from the command line, each opened by LibreOffice
// with the program's page count (± 1) and its text block.
TEST_F(EditableDocuments, RegistersAndNoticesOpenToo)
{
    print(words("--as-of 2026-11-30 print ledger --out"), QStringLiteral("ledger"));
    print(words("--as-of 2026-11-30 reminders --period 2026-10 --out"), QStringLiteral("reminders"));
    print(words("--as-of 2026-11-30 assess --year 2026 --out"), QStringLiteral("ranking"));
    for (const char* name : {"ledger", "reminders", "ranking"})
        for (const char* ext : {"docx", "odt"}) {
            SCOPED_TRACE(std::string(name) + "." + ext);
            const QString pdf = convert(dir.filePath(QLatin1String(name) + QLatin1Char('.') + QLatin1String(ext)));
            EXPECT_NEAR(pages(pdf), pages(dir.filePath(QLatin1String(name) + QStringLiteral(".pdf"))), 1);
            EXPECT_TRUE(pdftotext(pdf).contains(QStringLiteral("“三抓一促”")));
        }
    EXPECT_EQ(run(words("--as-of 2026-11-30 reminders --period 2026-10 --per-unit --out") << dir.filePath(QStringLiteral("n.docx"))).code, 2);
}
