#include "reports/OfficialDocument.h"

#include "reports/TableColumns.h"
#include "reports/TitleLines.h"

#include <QFontMetricsF>
#include <QImage>
#include <QPainter>
#include <QTextTable>
#include <QUrl>
#include <array>

namespace cd {

OfficialDocument::OfficialDocument(PageStyle style, int dpi) : m_style(std::move(style)), m_dpi(dpi), m_doc(newText())
{
    m_whole.doc = m_doc.get();
    m_whole.cursor = QTextCursor(m_doc.get());
}

QTextDocument& OfficialDocument::document()
{
    if (!m_wholeBuilt) {
        for (const auto& w : m_log) w(m_whole);
        m_wholeBuilt = true;
    }
    return *m_whole.doc;
}

std::unique_ptr<QTextDocument> OfficialDocument::newText() const
{
    auto doc = std::make_unique<QTextDocument>();
    doc->setDocumentMargin(0);
    doc->setDefaultFont(m_style.font(PageStyle::Role::Body, m_style.bodyPt));
    return doc;
}

OfficialDocument::Target& OfficialDocument::segmentTarget()
{
    if (m_segments.empty() || !m_segments.back().text) {
        m_segments.push_back({newText(), nullptr, nullptr, nullptr});
        m_segment = Target{m_segments.back().text.get(), QTextCursor(m_segments.back().text.get()), false, true};
        // The first block is a spacer the renderer sizes to where the run starts on its page.
        QTextBlockFormat spacer;
        spacer.setLineHeight(0.01, QTextBlockFormat::FixedHeight);
        spacer.setTopMargin(0);
        spacer.setBottomMargin(0);
        m_segment.cursor.setBlockFormat(spacer);
    }
    return m_segment;
}

namespace {
// A table without rules or spacing across the text block (the masthead's and the 版记's lines).
QTextTableFormat borderless()
{
    QTextTableFormat tf;
    tf.setBorder(0);
    tf.setCellSpacing(0);
    tf.setCellPadding(0);
    tf.setWidth(QTextLength(QTextLength::PercentageLength, 100));
    return tf;
}
} // namespace

QString OfficialDocument::chineseDate(const QDate& d)
{
    return QStringLiteral("%1年%2月%3日").arg(d.year()).arg(d.month()).arg(d.day());
}

QList<double> OfficialDocument::columnWidths(const Table& t, QPaintDevice* device, double width) const
{
    const double dpi = device->logicalDpiX();
    const QFont bodyFont = m_style.font(PageStyle::Role::Body, t.pt), boldFont = m_style.font(PageStyle::Role::Heading1, t.pt);
    const QFontMetricsF body(bodyFont, device), bold(boldFont, device);
    // 3 pt padding either side, and 2 pt to spare: a word processor takes the rules' width from
    // the cell as well, and its fonts round differently.
    const double slack = (2 * 3 + 2) * dpi / 72.0;
    // A register's 序号 runs to thousands of numbers, each measured once: a number is its
    // digits' advances added up (digits neither kern nor join), the rest measured whole.
    std::array<double, 10> digits{};
    for (int d = 0; d < 10; ++d) digits[size_t(d)] = body.horizontalAdvance(QChar(u'0' + d));
    const auto advance = [&](const QString& cell) {
        if (cell.isEmpty() || !std::ranges::all_of(cell, [](QChar ch) { return ch >= u'0' && ch <= u'9'; })) return body.horizontalAdvance(cell);
        double w = 0;
        for (QChar ch : cell) w += digits[size_t(ch.unicode() - u'0')];
        return w;
    };
    QList<TableColumn> columns;
    for (qsizetype c = 0; c < t.header.size(); ++c) {
        TableColumn column;
        const QString& h = t.header[c];
        column.header = bold.horizontalAdvance(h) + slack;
        double half = 0;
        for (const QString& line : headerLines(h, device, t.pt)) half = std::max(half, bold.horizontalAdvance(line) + slack);
        column.headerHalf = half;
        column.minimum = 4 * t.pt * dpi / 72.0 + slack;
        column.weight = c < t.widths.size() && t.widths[c] > 0 ? t.widths[c] : 1;
        column.atomic = true;
        QHash<QString, double> measured;
        double total = 0;
        for (const QStringList& row : t.rows) {
            const QString cell = row.value(c);
            auto it = measured.find(cell);
            if (it == measured.end()) {
                it = measured.insert(cell, advance(cell) + slack);
                column.content = std::max(column.content, *it);
                column.atomic = column.atomic && TableColumns::atomic(cell);
            }
            total += *it;
        }
        // A text column's share follows how much it holds on an average row, so that the
        // rows' lines come out as even as the columns allow; the caller's width is the weight
        // where there are no rows.
        if (!t.rows.isEmpty()) column.weight = std::max(1.0, total / double(t.rows.size()));
        columns << column;
    }
    return TableColumns::fit(columns, width);
}

QStringList OfficialDocument::headerLines(const QString& header, QPaintDevice* device, double pt) const
{
    const QFontMetricsF bold(m_style.font(PageStyle::Role::Heading1, pt), device);
    return TitleLines::halves(header, [&](const QString& s) { return bold.horizontalAdvance(s); });
}

QString OfficialDocument::chineseNumber(int n)
{
    static const QString digits = QStringLiteral("零一二三四五六七八九");
    if (n <= 0 || n > 999) return QString::number(n);
    QString out;
    const int hundreds = n / 100, tens = n / 10 % 10, ones = n % 10;
    if (hundreds) out += digits[hundreds] + QStringLiteral("百");
    if (tens) out += (tens == 1 && !hundreds ? QString() : QString(digits[tens])) + QStringLiteral("十");
    else if (hundreds && ones) out += digits[0];
    if (ones) out += digits[ones];
    return out;
}

QTextCharFormat OfficialDocument::chars(PageStyle::Role role, double pt, bool bold) const
{
    QTextCharFormat f;
    f.setFontFamilies({m_style.family(role)});
    f.setProperty(kRole, int(role) + 1);
    f.setFontPointSize(pt);
    f.setFontStyleStrategy(QFont::PreferNoShaping); // see PageStyle::font
    f.setFontWeight(bold ? QFont::Bold : QFont::Normal);
    f.setForeground(Qt::black);
    if (pt == m_style.bodyPt && !m_style.landscape) {
        // 28 characters to a line of the text block (GB/T 9704's grid): 3号 is 16 pt, the grid's
        // pitch 15.79 pt, so the characters close up by a fifth of a point. Landscape registers
        // have no grid.
        f.setFontLetterSpacingType(QFont::AbsoluteSpacing);
        f.setFontLetterSpacing(px(m_style.characterPitchPt() - pt));
        f.setProperty(kGridPitch, m_style.characterPitchPt());
    }
    return f;
}

QTextBlockFormat OfficialDocument::block(Qt::Alignment align, double indentChars) const
{
    QTextBlockFormat f;
    f.setAlignment(align);
    f.setLineHeight(px(m_style.linePitchPt), QTextBlockFormat::FixedHeight);
    f.setTextIndent(px(charPt()) * indentChars);
    f.setTopMargin(0);
    f.setBottomMargin(0);
    return f;
}

void OfficialDocument::Target::startBlock(const QTextBlockFormat& f, const QTextCharFormat& c)
{
    if (empty) {
        cursor.setBlockFormat(f);
        cursor.setBlockCharFormat(c);
        empty = false;
    } else {
        cursor.insertBlock(f, c);
    }
    cursor.setCharFormat(c);
}

void OfficialDocument::title(const QString& text, const QStringList& names)
{
    // A title of several lines (a unit's name above the subject) keeps its lines together;
    // the space below comes after the last. A line too long for the text block is broken
    // between words (TitleLines), each part a line of its own.
    QStringList lines;
    const double width = m_style.textBlockMm().width() / 25.4 * 72;
    const QFontMetricsF titleFont = metrics(PageStyle::Role::Title, m_style.titlePt);
    const auto measure = [&](const QString& line) { return widthPt(titleFont, line); };
    for (const QString& line : text.split(QLatin1Char('\n'))) lines += TitleLines::of(line, measure, width, names);
    for (qsizetype i = 0; i < lines.size(); ++i) {
        QTextBlockFormat f = block(Qt::AlignHCenter);
        f.setProperty(kStyle, int(Style::Title));
        f.setLineHeight(px(m_style.titlePt * 1.5), QTextBlockFormat::FixedHeight);
        f.setBottomMargin(i + 1 == lines.size() ? px(m_style.linePitchPt) : 0);
        write([=, this](Target& t) {
            t.startBlock(f, chars(PageStyle::Role::Title, m_style.titlePt));
            t.cursor.insertText(lines[i]);
        });
    }
}

void OfficialDocument::addressee(const QString& text)
{
    write([=, this](Target& t) {
        t.startBlock(block(Qt::AlignLeft), chars(PageStyle::Role::Body, m_style.bodyPt));
        t.cursor.insertText(text);
    });
}

void OfficialDocument::heading1(const QString& text)
{
    QTextBlockFormat f = block(Qt::AlignLeft, 2);
    f.setProperty(kStyle, int(Style::Heading1));
    f.setProperty(kKeepWithNext, true);
    write([=, this](Target& t) {
        t.startBlock(f, chars(PageStyle::Role::Heading1, m_style.bodyPt));
        t.cursor.insertText(text);
    });
}

void OfficialDocument::heading2(const QString& text)
{
    QTextBlockFormat f = block(Qt::AlignLeft, 2);
    f.setProperty(kStyle, int(Style::Heading2));
    f.setProperty(kKeepWithNext, true);
    write([=, this](Target& t) {
        t.startBlock(f, chars(PageStyle::Role::Heading2, m_style.bodyPt));
        t.cursor.insertText(text);
    });
}

void OfficialDocument::paragraph(const QString& text, const QStringList& names)
{
    // In print a name's characters are joined by WORD JOINER (U+2060), which the line breaker
    // honours and which writes nothing: the name moves whole to the next line. The editable
    // formats get the text as written.
    QString printed = text;
    for (const QString& name : names) {
        if (name.size() < 2) continue;
        QString joined = name.at(0);
        for (qsizetype i = 1; i < name.size(); ++i) joined += QString(QChar(0x2060)) + name.at(i);
        printed.replace(name, joined);
    }
    // On the grid, not justified: a line that cannot fill (a "，" may not start the next) keeps
    // its characters on the grid's columns rather than spreading them.
    write([=, this](Target& t) {
        t.startBlock(block(Qt::AlignLeft, 2), chars(PageStyle::Role::Body, m_style.bodyPt));
        t.cursor.insertText(t.printed ? printed : text);
    });
}

void OfficialDocument::table(const QStringList& header, const QList<QStringList>& rows, const QList<int>& widths, double size)
{
    // Tables use a smaller size (4号) so that names fit; still black text with thin rules.
    auto t = std::make_unique<Table>();
    t->header = header;
    t->rows = rows;
    t->widths = widths;
    t->pt = size > 0 ? size : m_style.pageNumberPt;
    // Short columns (numbers, states, names of people) are centred; text columns start left.
    for (int c = 0; c < header.size(); ++c)
        t->centred << std::ranges::all_of(rows, [c](const QStringList& r) { return r.value(c).size() <= 5; });
    const Table* kept = t.get();
    m_log.emplace_back([this, kept](Target& whole) { insertTable(whole, *kept); });
    if (m_wholeBuilt) m_log.back()(m_whole);
    m_segments.push_back({nullptr, std::move(t), nullptr, nullptr});
}

void OfficialDocument::insertTable(Target& target, const Table& table)
{
    const double pt = table.pt;
    target.startBlock(block(Qt::AlignLeft), chars(PageStyle::Role::Body, pt));
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
    for (int w : table.widths) constraints << QTextLength(QTextLength::PercentageLength, w);
    if (!constraints.isEmpty()) tf.setColumnWidthConstraints(constraints);
    const auto columns = int(table.header.size());
    QTextTable* t = target.cursor.insertTable(int(table.rows.size()) + 1, columns, tf);
    auto fill = [&](int r, int c, const QString& text, bool bold) {
        QTextCursor cell = t->cellAt(r, c).firstCursorPosition();
        QTextBlockFormat bf;
        bf.setAlignment(bold || table.centred[c] ? Qt::AlignHCenter : Qt::AlignLeft);
        bf.setLineHeight(px(pt * 1.5), QTextBlockFormat::FixedHeight);
        cell.setBlockFormat(bf);
        cell.insertText(text, chars(bold ? PageStyle::Role::Heading1 : PageStyle::Role::Body, pt));
    };
    for (int c = 0; c < columns; ++c) fill(0, c, table.header[c], true);
    for (int r = 0; r < table.rows.size(); ++r)
        for (int c = 0; c < columns; ++c) fill(r + 1, c, table.rows[r].value(c), false);
    target.cursor.movePosition(QTextCursor::End);
}

QFontMetricsF OfficialDocument::metrics(PageStyle::Role role, double pt) const
{
    // At the resolution the document is laid out for.
    if (m_probe.isNull()) {
        m_probe = QImage(1, 1, QImage::Format_RGB32);
        m_probe.setDotsPerMeterX(int(std::lround(m_dpi / 0.0254)));
        m_probe.setDotsPerMeterY(int(std::lround(m_dpi / 0.0254)));
    }
    return QFontMetricsF(m_style.font(role, pt), &m_probe);
}

double OfficialDocument::widthPt(const QFontMetricsF& font, const QString& text, bool grid) const
{
    // Without the letter spacing, which comes after every character.
    const double scale = 72.0 / m_dpi;
    if (!grid) return font.horizontalAdvance(text) * scale;
    // On the grid an ideograph takes the pitch, whatever its advance on the device (the renderer
    // sets the spacing so); every character is that much closer.
    const double spacing = m_style.characterPitchPt() - font.horizontalAdvance(QChar(0x4e2d)) * scale;
    return font.horizontalAdvance(text) * scale + spacing * double(text.size());
}

double OfficialDocument::lineSpacingPt(PageStyle::Role role, double pt) const { return metrics(role, pt).lineSpacing() * 72.0 / m_dpi; }

double OfficialDocument::bodyWidthPt(const QString& text) const
{
    return widthPt(metrics(PageStyle::Role::Body, m_style.bodyPt), text, !m_style.landscape);
}

void OfficialDocument::signature(const QString& issuer, const QDate& date, DocumentKind kind)
{
    const QString d = chineseDate(date);
    const double ch = charPt();
    const double name = bodyWidthPt(issuer), dated = bodyWidthPt(d);
    QTextBlockFormat spacer = block(Qt::AlignLeft);
    spacer.setProperty(kSignature, 1);
    spacer.setProperty(kKeepWithNext, true);
    QTextBlockFormat nameLine = block(Qt::AlignRight), dateLine = block(Qt::AlignRight);
    nameLine.setProperty(kSignature, 2);
    nameLine.setProperty(kKeepWithNext, true);
    dateLine.setProperty(kSignature, 2);
    if (m_seals.sealed(kind)) {
        // 7.3.5.1: the date 右空四字, the name centred on it; a name too long to be centred there
        // takes the date further in rather than leaving the text block.
        const double dateRight = std::max(4 * ch, (name - dated) / 2);
        dateLine.setRightMargin(px(dateRight));
        nameLine.setRightMargin(px(std::max(0.0, dateRight + (dated - name) / 2)));
    } else {
        // 7.3.5.2: the name 右空二字, the date's first character two right of the name's; a date
        // that would then come nearer the edge than two characters stands 右空二字 itself and the
        // name moves in to keep the two characters between their starts.
        const double width = m_style.textBlockMm().width() / 25.4 * 72;
        const double nameStart = width - 2 * ch - name;
        if (nameStart + 2 * ch + dated <= width - 2 * ch + 0.01) {
            nameLine.setRightMargin(px(2 * ch));
            dateLine.setAlignment(Qt::AlignLeft);
            dateLine.setLeftMargin(px(nameStart + 2 * ch));
        } else {
            dateLine.setRightMargin(px(2 * ch));
            nameLine.setRightMargin(px(4 * ch + dated - name));
        }
    }
    write([=, this](Target& t) {
        t.startBlock(spacer, chars(PageStyle::Role::Body, m_style.bodyPt));
        t.startBlock(nameLine, chars(PageStyle::Role::Body, m_style.bodyPt));
        t.cursor.insertText(issuer);
        t.startBlock(dateLine, chars(PageStyle::Role::Body, m_style.bodyPt));
        t.cursor.insertText(d);
    });
}

void OfficialDocument::attachmentNote(const QStringList& titles)
{
    // One blank line under the body, then "附件：" two characters in; further titles line up
    // under the first one's text.
    const QTextBlockFormat spacer = block(Qt::AlignLeft);
    write([=, this](Target& t) { t.startBlock(spacer, chars(PageStyle::Role::Body, m_style.bodyPt)); });
    for (qsizetype i = 0; i < titles.size(); ++i) {
        const QString number = titles.size() > 1 ? QStringLiteral("%1. ").arg(i + 1) : QString();
        QTextBlockFormat f = block(Qt::AlignLeft, i == 0 ? 2 : 0);
        if (i > 0) f.setLeftMargin(px(charPt()) * 5);
        const QString text = (i == 0 ? QStringLiteral("附件：") : QString()) + number + titles[i];
        write([=, this](Target& t) {
            t.startBlock(f, chars(PageStyle::Role::Body, m_style.bodyPt));
            t.cursor.insertText(text);
        });
    }
}

void OfficialDocument::attachment(const QString& number, const QString& title)
{
    QTextBlockFormat head = block(Qt::AlignLeft);
    head.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
    head.setProperty(kStyle, int(Style::Heading1));
    const QString label = QStringLiteral("附件") + number;
    write([=, this](Target& t) {
        t.startBlock(head, chars(PageStyle::Role::Heading1, m_style.bodyPt));
        t.cursor.insertText(label);
    });
    this->title(title);
}

void OfficialDocument::masthead(const QString& name, const QString& issueLine, const QString& issuer, const QDate& date)
{
    const QColor red(0xd0, 0x10, 0x10);
    QTextBlockFormat f = block(Qt::AlignHCenter);
    const double namePt = m_style.titlePt * 1.3; // eleven characters fit the 156 mm text block
    f.setLineHeight(px(namePt * 1.4), QTextBlockFormat::FixedHeight);
    QTextCharFormat c = chars(PageStyle::Role::Title, namePt);
    c.setForeground(red);
    write([=, this](Target& t) {
        t.startBlock(f, c);
        t.cursor.insertText(name);
        t.startBlock(block(Qt::AlignHCenter), chars(PageStyle::Role::Body, m_style.bodyPt));
        t.cursor.insertText(issueLine);
    });
    // The issuer on the left, the date on the right, and under both the red line, 4 mm below
    // their characters (GB/T 9704 7.2.4: 发文字号之下4 mm): Qt centres the font's line spacing
    // in the line's fixed height, and the half left over below comes before the cell's padding.
    const double redLineGap = 4 / 25.4 * 72 - (m_style.linePitchPt - lineSpacingPt(PageStyle::Role::Body, m_style.bodyPt)) / 2;
    QTextTableFormat tf = borderless();
    tf.setBottomMargin(px(2 * m_style.linePitchPt)); // the title 红色分隔线下空二行 (7.3.1)
    const QStringList texts{issuer, chineseDate(date)};
    write([=, this](Target& target) {
    QTextTable* t = target.cursor.insertTable(1, 2, tf);
    for (int col = 0; col < 2; ++col) {
        QTextTableCellFormat cf;
        cf.setBottomBorder(px(1.5));
        cf.setBottomBorderStyle(QTextFrameFormat::BorderStyle_Solid);
        cf.setBottomBorderBrush(red);
        cf.setBottomPadding(px(redLineGap));
        t->cellAt(0, col).setFormat(cf);
        QTextCursor cell = t->cellAt(0, col).firstCursorPosition();
        QTextBlockFormat bf = block(col == 0 ? Qt::AlignLeft : Qt::AlignRight);
        bf.setLeftMargin(col == 0 ? px(m_style.bodyPt) : 0);
        bf.setRightMargin(col == 1 ? px(m_style.bodyPt) : 0);
        cell.setBlockFormat(bf);
        cell.insertText(texts[col], chars(PageStyle::Role::Body, m_style.bodyPt));
    }
    target.cursor.movePosition(QTextCursor::End);
    });
}

void OfficialDocument::richText(const QString& html)
{
    QTextDocument source;
    source.setHtml(html);
    for (QTextBlock b = source.begin(); b.isValid(); b = b.next()) {
        if (b.text().trimmed().isEmpty()) continue;
        QList<QPair<QString, QTextCharFormat>> runs;
        for (auto it = b.begin(); !it.atEnd(); ++it) {
            const QTextFragment fragment = it.fragment();
            if (!fragment.isValid()) continue;
            QTextCharFormat c = chars(PageStyle::Role::Body, m_style.bodyPt);
            const QTextCharFormat given = fragment.charFormat();
            if (given.fontWeight() >= QFont::DemiBold) {
                // Emphasis in an official document is 黑体 rather than a faked bold 仿宋.
                c.setFontFamilies({m_style.family(PageStyle::Role::Heading1)});
                c.setProperty(kRole, int(PageStyle::Role::Heading1) + 1);
            }
            c.setFontItalic(given.fontItalic());
            c.setFontUnderline(given.fontUnderline());
            runs.append({fragment.text(), c});
        }
        write([=, this](Target& t) {
            t.startBlock(block(Qt::AlignLeft, 2), chars(PageStyle::Role::Body, m_style.bodyPt));
            for (const auto& [text, format] : runs) t.cursor.insertText(text, format);
        });
    }
}

} // namespace cd

namespace cd {

void OfficialDocument::imprint(const QString& copyTo, const QString& printer, const QDate& printed)
{
    auto im = std::make_unique<Imprint>();
    im->copyTo = copyTo.trimmed();
    im->printer = printer;
    im->printed = chineseDate(printed) + QStringLiteral("印发");
    im->pt = m_style.pageNumberPt;
    // In the whole document (ODT, HTML): the same lines between rules, as a borderless table.
    const Imprint kept = *im;
    m_log.emplace_back([this, kept](Target& target) {
        target.startBlock(block(Qt::AlignLeft), chars(PageStyle::Role::Body, kept.pt));
        QTextTableFormat tf = borderless();
        tf.setTopMargin(px(m_style.linePitchPt));
        const int rows = kept.copyTo.isEmpty() ? 1 : 2;
        QTextTable* t = target.cursor.insertTable(rows, 2, tf);
        const auto rule = [&](int row, double thickTop, double bottom) {
            for (int col = 0; col < 2; ++col) {
                QTextTableCellFormat cf;
                cf.setTopBorder(px(thickTop));
                cf.setTopBorderStyle(QTextFrameFormat::BorderStyle_Solid);
                cf.setTopBorderBrush(Qt::black);
                cf.setBottomBorder(px(bottom));
                cf.setBottomBorderStyle(QTextFrameFormat::BorderStyle_Solid);
                cf.setBottomBorderBrush(Qt::black);
                t->cellAt(row, col).setFormat(cf);
            }
        };
        const double thick = 0.35 / 25.4 * 72, thin = 0.25 / 25.4 * 72;
        if (rows == 2) {
            t->mergeCells(0, 0, 1, 2);
            rule(0, thick, thin);
            QTextCursor cell = t->cellAt(0, 0).firstCursorPosition();
            QTextBlockFormat bf = block(Qt::AlignLeft);
            bf.setLeftMargin(px(kept.pt));
            bf.setRightMargin(px(kept.pt));
            cell.setBlockFormat(bf);
            cell.insertText(QStringLiteral("抄送：") + kept.copyTo, chars(PageStyle::Role::Body, kept.pt));
        }
        rule(rows - 1, rows == 2 ? 0 : thick, thick);
        for (int col = 0; col < 2; ++col) {
            QTextCursor cell = t->cellAt(rows - 1, col).firstCursorPosition();
            QTextBlockFormat bf = block(col == 0 ? Qt::AlignLeft : Qt::AlignRight);
            bf.setLeftMargin(col == 0 ? px(kept.pt) : 0);
            bf.setRightMargin(col == 1 ? px(kept.pt) : 0);
            cell.setBlockFormat(bf);
            cell.insertText(col == 0 ? kept.printer : kept.printed, chars(PageStyle::Role::Body, kept.pt));
        }
        target.cursor.movePosition(QTextCursor::End);
    });
    if (m_wholeBuilt) m_log.back()(m_whole);
    m_segments.push_back({nullptr, nullptr, std::move(im), nullptr});
}

} // namespace cd

namespace cd {

void OfficialDocument::figure(const Chart& chart)
{
    auto kept = std::make_unique<Chart>(chart);
    const Chart copy = chart;
    // For ODT and HTML: the drawing as a picture at 200 dpi, the width of the text block.
    m_log.emplace_back([this, copy](Target& target) {
        const double widthMm = m_style.textBlockMm().width();
        const QImage image = copy.picture(widthMm, m_style.family(PageStyle::Role::Body));
        const QUrl name(QStringLiteral("figure-%1.png").arg(target.doc->blockCount())); // one per block
        target.doc->addResource(QTextDocument::ImageResource, name, image);
        target.startBlock(block(Qt::AlignHCenter), chars(PageStyle::Role::Body, m_style.pageNumberPt));
        QTextImageFormat f;
        f.setName(name.toString());
        f.setWidth(px(widthMm / 25.4 * 72));
        f.setHeight(px(copy.heightMm / 25.4 * 72));
        target.cursor.insertImage(f);
        QTextBlockFormat caption = block(Qt::AlignHCenter);
        target.startBlock(caption, chars(PageStyle::Role::Body, m_style.pageNumberPt));
        target.cursor.insertText(copy.caption);
    });
    if (m_wholeBuilt) m_log.back()(m_whole);
    m_segments.push_back({nullptr, nullptr, nullptr, std::move(kept)});
}

} // namespace cd
