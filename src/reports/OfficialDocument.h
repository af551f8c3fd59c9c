#pragma once

#include "reports/PageStyle.h"

#include <QDate>
#include <QTextCursor>
#include <QTextDocument>
#include <memory>

namespace cd {

// Builds a document in the official layout: title, addressee, headings, indented body
// paragraphs, tables whose header row repeats on every page, the issuer and date.
// Lengths are laid out for a paint device of the given resolution (the PDF writer's).
class OfficialDocument
{
public:
    explicit OfficialDocument(PageStyle style = PageStyle::official(), int dpi = 300);

    void title(const QString& text);
    void addressee(const QString& text);
    void heading1(const QString& text);
    void heading2(const QString& text);
    void paragraph(const QString& text);
    // widths in percent of the text block; numeric columns centred. pt: the cells' size
    // (0: 4号, 14 pt; wide tables may go down to 小四).
    void table(const QStringList& header, const QList<QStringList>& rows, const QList<int>& widths = {}, double pt = 0);
    // 版头: the issuing body's name in red, the issue number, the issuer and date, the red line.
    void masthead(const QString& name, const QString& issueLine, const QString& issuer, const QDate& date);
    // Rich text the office wrote (HTML): each paragraph indented two characters in the body
    // font; bold, italic and underline are kept, other styling is not.
    void richText(const QString& html);
    void signature(const QString& issuer, const QDate& date);

    QTextDocument& document() { return *m_doc; }
    const PageStyle& style() const { return m_style; }
    int dpi() const { return m_dpi; }

    static QString chineseDate(const QDate& d); // 2020年4月15日

private:
    // Format lengths are in the layout's logical pixels (96 per inch); the layout scales them
    // to the paint device, whatever its resolution.
    static double px(double pt) { return pt * 96.0 / 72.0; }
    QTextCharFormat chars(PageStyle::Role role, double pt, bool bold = false) const;
    QTextBlockFormat block(Qt::Alignment align, double indentChars = 0) const;
    void startBlock(const QTextBlockFormat& f, const QTextCharFormat& c);

    PageStyle m_style;
    int m_dpi;
    std::unique_ptr<QTextDocument> m_doc;
    QTextCursor m_cursor;
    bool m_empty = true;
};

} // namespace cd
