#pragma once

#include "domain/Settings.h"
#include "reports/Chart.h"
#include "reports/PageStyle.h"

#include <QDate>
#include <QFontMetricsF>
#include <QImage>
#include <QTextCursor>
#include <QTextDocument>
#include <functional>
#include <memory>
#include <vector>

namespace cd {

// Builds a document in the official layout: title, addressee, headings, indented body
// paragraphs, tables whose header row repeats on every page, the issuer and date.
// Lengths are laid out for a paint device of the given resolution (the PDF writer's).
//
// The document is kept twice: whole, as one QTextDocument (for ODT and HTML), and as
// segments for printing — runs of text, each a QTextDocument, and the tables between them,
// which PdfRenderer lays out row by row itself: Qt's own table layout and painting grow
// with the square of the rows, and a 5,000-unit table took a minute.
class OfficialDocument
{
public:
    explicit OfficialDocument(PageStyle style = PageStyle::official(), int dpi = 300);

    // The title, centred; a line too long for the text block breaks between words (TitleLines),
    // the `names` of units or people in it kept whole. '\n' starts a line of its own.
    void title(const QString& text, const QStringList& names = {});
    void addressee(const QString& text);
    void heading1(const QString& text);
    void heading2(const QString& text);
    // A body paragraph; the `names` of people in it are not broken across lines in print.
    void paragraph(const QString& text, const QStringList& names = {});
    // widths in percent of the text block; numeric columns centred. pt: the cells' size
    // (0: 4号, 14 pt; wide tables may go down to 小四).
    void table(const QStringList& header, const QList<QStringList>& rows, const QList<int>& widths = {}, double pt = 0);
    // 版头: the issuing body's name in red, the issue number, the issuer and date, the red line.
    void masthead(const QString& name, const QString& issueLine, const QString& issuer, const QDate& date);
    // Rich text the office wrote (HTML): each paragraph indented two characters in the body
    // font; bold, italic and underline are kept, other styling is not.
    void richText(const QString& html);
    // The issuer's name and the date under the body (GB/T 9704 7.3.5), by the rule of the
    // office's seal for this kind of document (setSeals): sealed, the date four characters in
    // from the right and the name centred over it; unsealed, the name two characters in and the
    // date below it, its first character two right of the name's. The name, the date and the
    // text's last two lines are kept on one page.
    void signature(const QString& issuer, const QDate& date, DocumentKind kind);
    void setSeals(const SealSettings& seals) { m_seals = seals; }
    // The width of a line of body text in points, at the grid's pitch.
    double bodyWidthPt(const QString& text) const;
    // 附件说明 under the body (GB/T 9704 7.3.4): "附件：" two characters in, one title per line,
    // numbered when there are several.
    void attachmentNote(const QStringList& titles);
    // An attachment after the signature, on a new page: "附件" (with its number when given) at
    // the top left in 黑体, its title centred as a document's title; what follows is its body.
    void attachment(const QString& number, const QString& title);
    // 版记 at the foot of the last page: 抄送 (left blank: no 抄送 line), 印发机关 and 印发日期,
    // between the standard's rules (the first and last thick, the one between thin); the last
    // rule lies on the text block's lower edge.
    void imprint(const QString& copyTo, const QString& printer, const QDate& printed);
    // A figure with its caption centred below it: vectors in a PDF, a picture in ODT and HTML.
    void figure(const Chart& chart);
    // 记录校验码 in small type at the foot of the last page, opposite its page number.
    void recordCode(const QString& code) { m_recordCode = code; }
    const QString& recordCode() const { return m_recordCode; }

    // The whole document as one QTextDocument, built on first use (ODT, HTML).
    QTextDocument& document();

    struct Table
    {
        QStringList header;
        QList<QStringList> rows;
        QList<int> widths; // percent of the text block
        double pt = 14;
        QList<bool> centred;
    };
    struct Imprint
    {
        QString copyTo; // "抄送：" comes before it
        QString printer;
        QString printed; // 2026年11月30日印发
        double pt = 14;  // 4号
    };
    struct Segment
    {
        std::unique_ptr<QTextDocument> text; // or
        std::unique_ptr<Table> table;        // or
        std::unique_ptr<Imprint> imprint;    // or
        std::unique_ptr<Chart> chart;
    };
    const std::vector<Segment>& segments() const { return m_segments; }
    // A table's column widths from what its columns hold (TableColumns), measured in the
    // table's fonts on `device` (a PDF writer, a printer, a 72 dpi image for points); they
    // add up to `width`, in the device's pixels. Every output lays tables out with these.
    QList<double> columnWidths(const Table& t, QPaintDevice* device, double width) const;
    // A header as it may take two lines in a narrow column: split between words, the halves as
    // even as they come (任务 / 按进度); whole where it cannot be.
    QStringList headerLines(const QString& header, QPaintDevice* device, double pt) const;
    // Block properties for the editable formats: which style a paragraph has (0 body).
    enum class Style { Body = 0, Title = 1, Heading1 = 2, Heading2 = 3 };
    static constexpr int kStyle = QTextFormat::UserProperty + 4;
    const PageStyle& style() const { return m_style; }
    int dpi() const { return m_dpi; }

    static QString chineseDate(const QDate& d); // 2020年4月15日
    static QString chineseNumber(int n);        // 一 … 十 … 一百二十, for numbering headings
    // A block property: the heading stays on the page of what follows it (no orphan heading).
    static constexpr int kKeepWithNext = QTextFormat::UserProperty + 1;
    // A block property: the first-line indent in the layout's logical pixels. Qt's layout
    // scales margins to the paint device but takes the text indent as device pixels, so the
    // renderer sets the indent from this for the device it paints on.
    static constexpr int kLogicalIndent = QTextFormat::UserProperty + 2;
    // A character property, the same for absolute letter spacing (the grid's pitch).
    static constexpr int kLogicalSpacing = QTextFormat::UserProperty + 3;
    // A character property: the grid's pitch in points, for the renderer to set the letter
    // spacing that puts these characters on its columns on the paint device.
    static constexpr int kGridPitch = QTextFormat::UserProperty + 5;
    // Block properties, as kLogicalIndent, for the left and right margins.
    static constexpr int kLogicalLeft = QTextFormat::UserProperty + 6;
    static constexpr int kLogicalRight = QTextFormat::UserProperty + 7;
    // A block property: 1 on the block that opens a signature (the blank line above it), 2 on
    // its other lines; the renderer keeps them on one page with the last two lines of the text
    // before them.
    static constexpr int kSignature = QTextFormat::UserProperty + 8;
    // A character property: 1 + the PageStyle::Role whose font the text is set in, so that the
    // editable formats name the role's font (仿宋_GB2312 …) rather than this computer's stand-in.
    static constexpr int kRole = QTextFormat::UserProperty + 9;

private:
    // Format lengths are in the layout's logical pixels (96 per inch); the layout scales them
    // to the paint device, whatever its resolution.
    static double px(double pt) { return pt * 96.0 / 72.0; }
    QTextCharFormat chars(PageStyle::Role role, double pt, bool bold = false) const;
    QTextBlockFormat block(Qt::Alignment align, double indentChars = 0) const;
    // A character (字) of the body, as indents count them: the grid's pitch, or where there is
    // no grid (landscape registers) the body's size.
    double charPt() const { return m_style.landscape ? m_style.bodyPt : m_style.characterPitchPt(); }
    // A role's font measured at the document's resolution.
    QFontMetricsF metrics(PageStyle::Role role, double pt) const;
    // A role's font's line spacing (ascent, descent and leading) in points.
    double lineSpacingPt(PageStyle::Role role, double pt) const;
    // A line's width in points in the font measured; `grid`: at the grid's pitch.
    double widthPt(const QFontMetricsF& font, const QString& text, bool grid = false) const;

    // Where text goes: the whole document, and the text segment being written.
    struct Target
    {
        QTextDocument* doc = nullptr;
        QTextCursor cursor;
        bool empty = true;
        bool printed = false; // a segment the renderer lays out, not the whole document
        void startBlock(const QTextBlockFormat& f, const QTextCharFormat& c);
    };
    std::unique_ptr<QTextDocument> newText() const;
    Target& segmentTarget();
    // Writes into the text segment, and keeps the writing to replay into the whole document
    // when it is asked for. Writers capture by value.
    template <typename Write> void write(Write w)
    {
        w(segmentTarget());
        if (m_wholeBuilt) w(m_whole);
        m_log.emplace_back(std::move(w));
    }
    void insertTable(Target& t, const Table& table);

    PageStyle m_style;
    int m_dpi;
    std::unique_ptr<QTextDocument> m_doc;
    Target m_whole;
    std::vector<std::function<void(Target&)>> m_log;
    bool m_wholeBuilt = false;
    std::vector<Segment> m_segments;
    Target m_segment;
    QString m_recordCode;
    SealSettings m_seals;
    mutable QImage m_probe; // a paint device of the document's resolution, for measuring
};

} // namespace cd
