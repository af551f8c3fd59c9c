#include "reports/OfficialDocument.h"

#include <QTextTable>

namespace cd {

OfficialDocument::OfficialDocument(PageStyle style, int dpi)
    : m_style(std::move(style)), m_dpi(dpi), m_doc(std::make_unique<QTextDocument>()), m_cursor(m_doc.get())
{
    m_doc->setDocumentMargin(0);
    QFont base(m_style.family(PageStyle::Role::Body));
    base.setPointSizeF(m_style.bodyPt);
    m_doc->setDefaultFont(base);
}

QString OfficialDocument::chineseDate(const QDate& d)
{
    return QStringLiteral("%1年%2月%3日").arg(d.year()).arg(d.month()).arg(d.day());
}

QTextCharFormat OfficialDocument::chars(PageStyle::Role role, double pt, bool bold) const
{
    QTextCharFormat f;
    f.setFontFamilies({m_style.family(role)});
    f.setFontPointSize(pt);
    f.setFontWeight(bold ? QFont::Bold : QFont::Normal);
    f.setForeground(Qt::black);
    return f;
}

QTextBlockFormat OfficialDocument::block(Qt::Alignment align, double indentChars) const
{
    QTextBlockFormat f;
    f.setAlignment(align);
    f.setLineHeight(px(m_style.linePitchPt), QTextBlockFormat::FixedHeight);
    f.setTextIndent(px(m_style.bodyPt) * indentChars);
    f.setTopMargin(0);
    f.setBottomMargin(0);
    return f;
}

void OfficialDocument::startBlock(const QTextBlockFormat& f, const QTextCharFormat& c)
{
    const QTextBlockFormat& format = f;
    if (m_empty) {
        m_cursor.setBlockFormat(format);
        m_cursor.setBlockCharFormat(c);
        m_empty = false;
    } else {
        m_cursor.insertBlock(format, c);
    }
    m_cursor.setCharFormat(c);
}

void OfficialDocument::title(const QString& text)
{
    // A title of several lines (a unit's name above the subject) keeps its lines together;
    // the space below comes after the last.
    const QStringList lines = text.split(QLatin1Char('\n'));
    for (qsizetype i = 0; i < lines.size(); ++i) {
        QTextBlockFormat f = block(Qt::AlignHCenter);
        f.setLineHeight(px(m_style.titlePt * 1.5), QTextBlockFormat::FixedHeight);
        f.setBottomMargin(i + 1 == lines.size() ? px(m_style.linePitchPt) : 0);
        startBlock(f, chars(PageStyle::Role::Title, m_style.titlePt));
        m_cursor.insertText(lines[i]);
    }
}

void OfficialDocument::addressee(const QString& text)
{
    startBlock(block(Qt::AlignLeft), chars(PageStyle::Role::Body, m_style.bodyPt));
    m_cursor.insertText(text);
}

void OfficialDocument::heading1(const QString& text)
{
    startBlock(block(Qt::AlignLeft, 2), chars(PageStyle::Role::Heading1, m_style.bodyPt));
    m_cursor.insertText(text);
}

void OfficialDocument::heading2(const QString& text)
{
    startBlock(block(Qt::AlignLeft, 2), chars(PageStyle::Role::Heading2, m_style.bodyPt));
    m_cursor.insertText(text);
}

void OfficialDocument::paragraph(const QString& text)
{
    startBlock(block(Qt::AlignJustify, 2), chars(PageStyle::Role::Body, m_style.bodyPt));
    m_cursor.insertText(text);
}

void OfficialDocument::table(const QStringList& header, const QList<QStringList>& rows, const QList<int>& widths, double size)
{
    // Tables use a smaller size (4号) so that names fit; still black text with thin rules.
    const double pt = size > 0 ? size : m_style.pageNumberPt;
    startBlock(block(Qt::AlignLeft), chars(PageStyle::Role::Body, pt));
    QTextTableFormat tf;
    tf.setHeaderRowCount(1);
    tf.setBorderStyle(QTextFrameFormat::BorderStyle_Solid);
    tf.setBorder(1);
    tf.setBorderBrush(Qt::black);
    tf.setCellSpacing(0);
    tf.setCellPadding(px(3));
    tf.setWidth(QTextLength(QTextLength::PercentageLength, 100));
    tf.setBorderCollapse(true);
    tf.setTopMargin(px(6));
    tf.setBottomMargin(px(6));
    QList<QTextLength> constraints;
    for (int w : widths) constraints << QTextLength(QTextLength::PercentageLength, w);
    if (!constraints.isEmpty()) tf.setColumnWidthConstraints(constraints);
    QTextTable* t = m_cursor.insertTable(int(rows.size()) + 1, int(header.size()), tf);
    // Short columns (numbers, states, names of people) are centred; text columns start left.
    QList<bool> centred;
    for (int c = 0; c < header.size(); ++c)
        centred << std::ranges::all_of(rows, [c](const QStringList& r) { return r.value(c).size() <= 5; });
    auto fill = [&](int r, int c, const QString& text, bool bold) {
        QTextCursor cell = t->cellAt(r, c).firstCursorPosition();
        QTextBlockFormat bf;
        bf.setAlignment(bold || centred[c] ? Qt::AlignHCenter : Qt::AlignLeft);
        bf.setLineHeight(px(pt * 1.5), QTextBlockFormat::FixedHeight);
        cell.setBlockFormat(bf);
        cell.insertText(text, chars(bold ? PageStyle::Role::Heading1 : PageStyle::Role::Body, pt));
    };
    for (int c = 0; c < header.size(); ++c) fill(0, c, header[c], true);
    for (int r = 0; r < rows.size(); ++r)
        for (int c = 0; c < header.size(); ++c) fill(r + 1, c, rows[r].value(c), false);
    m_cursor.movePosition(QTextCursor::End);
}

void OfficialDocument::signature(const QString& issuer, const QDate& date)
{
    // The date stands four characters in from the right; the issuer is centred over it.
    QTextBlockFormat spacer = block(Qt::AlignRight);
    startBlock(spacer, chars(PageStyle::Role::Body, m_style.bodyPt));
    QTextBlockFormat f = block(Qt::AlignRight);
    f.setRightMargin(px(m_style.bodyPt) * 4);
    const QString d = chineseDate(date);
    const int pad = std::max(0, int(issuer.size() - d.size()) / 2);
    startBlock(f, chars(PageStyle::Role::Body, m_style.bodyPt));
    m_cursor.insertText(issuer);
    QTextBlockFormat g = f;
    g.setRightMargin(px(m_style.bodyPt) * (4 + pad));
    startBlock(g, chars(PageStyle::Role::Body, m_style.bodyPt));
    m_cursor.insertText(d);
}

void OfficialDocument::masthead(const QString& name, const QString& issueLine, const QString& issuer, const QDate& date)
{
    const QColor red(0xd0, 0x10, 0x10);
    QTextBlockFormat f = block(Qt::AlignHCenter);
    const double namePt = m_style.titlePt * 1.3; // eleven characters fit the 156 mm text block
    f.setLineHeight(px(namePt * 1.4), QTextBlockFormat::FixedHeight);
    QTextCharFormat c = chars(PageStyle::Role::Title, namePt);
    c.setForeground(red);
    startBlock(f, c);
    m_cursor.insertText(name);
    startBlock(block(Qt::AlignHCenter), chars(PageStyle::Role::Body, m_style.bodyPt));
    m_cursor.insertText(issueLine);
    // The issuer on the left, the date on the right, and under both the red line.
    QTextTableFormat tf;
    tf.setBorder(0);
    tf.setCellSpacing(0);
    tf.setCellPadding(0);
    tf.setWidth(QTextLength(QTextLength::PercentageLength, 100));
    tf.setBottomMargin(px(m_style.linePitchPt));
    QTextTable* t = m_cursor.insertTable(1, 2, tf);
    const QStringList texts{issuer, chineseDate(date)};
    for (int col = 0; col < 2; ++col) {
        QTextTableCellFormat cf;
        cf.setBottomBorder(px(1.5));
        cf.setBottomBorderStyle(QTextFrameFormat::BorderStyle_Solid);
        cf.setBottomBorderBrush(red);
        cf.setBottomPadding(px(4));
        t->cellAt(0, col).setFormat(cf);
        QTextCursor cell = t->cellAt(0, col).firstCursorPosition();
        QTextBlockFormat bf = block(col == 0 ? Qt::AlignLeft : Qt::AlignRight);
        bf.setLeftMargin(col == 0 ? px(m_style.bodyPt) : 0);
        bf.setRightMargin(col == 1 ? px(m_style.bodyPt) : 0);
        cell.setBlockFormat(bf);
        cell.insertText(texts[col], chars(PageStyle::Role::Body, m_style.bodyPt));
    }
    m_cursor.movePosition(QTextCursor::End);
}

void OfficialDocument::richText(const QString& html)
{
    QTextDocument source;
    source.setHtml(html);
    for (QTextBlock b = source.begin(); b.isValid(); b = b.next()) {
        if (b.text().trimmed().isEmpty()) continue;
        startBlock(block(Qt::AlignJustify, 2), chars(PageStyle::Role::Body, m_style.bodyPt));
        for (auto it = b.begin(); !it.atEnd(); ++it) {
            const QTextFragment fragment = it.fragment();
            if (!fragment.isValid()) continue;
            QTextCharFormat c = chars(PageStyle::Role::Body, m_style.bodyPt);
            const QTextCharFormat given = fragment.charFormat();
            if (given.fontWeight() >= QFont::DemiBold) {
                // Emphasis in an official document is 黑体 rather than a faked bold 仿宋.
                c.setFontFamilies({m_style.family(PageStyle::Role::Heading1)});
            }
            c.setFontItalic(given.fontItalic());
            c.setFontUnderline(given.fontUnderline());
            m_cursor.insertText(fragment.text(), c);
        }
    }
}

} // namespace cd
