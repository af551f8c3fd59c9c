#pragma once

#include "reports/PageStyle.h"

#include <QByteArray>
#include <QColor>
#include <QList>
#include <QString>
#include <variant>

namespace cd {

class OfficialDocument;

// An official document as the editable formats (DOCX, ODT) write it: paragraphs of runs with
// their fonts, sizes and spacing in points, real tables with fixed column widths, pictures —
// read from the same OfficialDocument the PDF is painted from, so that the three cannot drift
// apart. No empty paragraphs: the space one would make goes before the next.
struct FlowRun
{
    QString text;
    QString family;
    double pt = 16;
    bool bold = false, italic = false, underline = false;
    QColor color = Qt::black;
    double spacingPt = 0; // letter spacing
};

struct FlowParagraph
{
    int style = 0; // OfficialDocument::Style: body, title, heading 1, heading 2
    Qt::Alignment align = Qt::AlignLeft;
    double firstLineChars = 0; // first-line indent in characters of the paragraph's size
    double leftPt = 0, rightPt = 0;
    double linePt = 0; // exact line height; 0: single
    double beforePt = 0, afterPt = 0;
    bool keepNext = false;
    bool pageBreakBefore = false; // starts a page (an attachment)
    QList<FlowRun> runs;
    QString text() const;
};

struct FlowCell
{
    QList<FlowParagraph> paragraphs;
    int span = 1;
    double topRulePt = 0, bottomRulePt = 0; // for tables without a grid
    double bottomPadPt = 0;                   // more than the table's padding under the text (the masthead's red line)
    QColor ruleColor = Qt::black;
};

struct FlowTable
{
    static constexpr int kMostRows = 500; // a longer table is written as several, see DocumentFlow::of
    QList<double> widthsPt;
    QList<QList<FlowCell>> rows;
    int headerRows = 0;   // repeated at the top of every page
    bool grid = true;     // thin rules round every cell
    double padPt = 3;
    bool atFoot = false;  // the 版记: at the foot of the last page (ODT: a frame there)
    double beforePt = 0, afterPt = 0;
};

// A picture in a centred paragraph of its own, kept with the caption after it.
struct FlowImage
{
    QByteArray png;
    double widthMm = 0, heightMm = 0;
    double beforePt = 0;
    QString name;
};

struct DocumentFlow
{
    using Block = std::variant<FlowParagraph, FlowTable, FlowImage>;
    PageStyle style;
    QList<Block> blocks;
    QString title;

    static DocumentFlow of(OfficialDocument& doc, const QString& title);
};

} // namespace cd
