#include "reports/PdfTextLayer.h"

#include <QCoreApplication>
#include <QFile>
#include <QString>
#include <algorithm>
#include <array>
#include <optional>
#include <qpdf/QPDF.hh>
#include <qpdf/QPDFObjectHandle.hh>
#include <qpdf/QPDFWriter.hh>

namespace cd {

namespace {

struct Equivalent
{
    char32_t radical;
    char32_t ideograph;
};
constexpr Equivalent kEquivalents[] = {
#include "reports/IdeographEquivalents.inc"
};
static_assert(std::ranges::is_sorted(kEquivalents, {}, &Equivalent::radical));

int hexValue(char c)
{
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}

// A destination string: UTF-16BE in hex. One code point (one unit or a surrogate pair), or
// nothing when it is anything else (several characters, odd length).
std::optional<char32_t> codePoint(QByteArrayView hex)
{
    if (hex.size() != 4 && hex.size() != 8) return std::nullopt;
    std::array<char16_t, 2> units{};
    for (qsizetype i = 0; i < hex.size(); ++i) {
        const int v = hexValue(hex[i]);
        if (v < 0) return std::nullopt;
        units[size_t(i / 4)] = char16_t(units[size_t(i / 4)] * 16 + v);
    }
    if (hex.size() == 4) return QChar::isSurrogate(units[0]) ? std::nullopt : std::optional<char32_t>(units[0]);
    if (!QChar::isHighSurrogate(units[0]) || !QChar::isLowSurrogate(units[1])) return std::nullopt;
    return QChar::surrogateToUcs4(units[0], units[1]);
}

QByteArray utf16Hex(char32_t c)
{
    QByteArray out;
    const auto unit = [&out](char16_t u) { out += QByteArray::number(u, 16).toUpper().rightJustified(4, '0'); };
    if (QChar::requiresSurrogates(c)) {
        unit(QChar::highSurrogate(c));
        unit(QChar::lowSurrogate(c));
    } else {
        unit(char16_t(c));
    }
    return out;
}

// The hex strings and brackets of a CMap section, with where each lies.
struct Token
{
    enum Kind { Hex, Open, Close } kind;
    qsizetype begin; // of the text inside <> for Hex
    qsizetype end;
};

QList<Token> tokens(const QByteArray& text, qsizetype from, qsizetype to)
{
    QList<Token> out;
    for (qsizetype i = from; i < to; ++i) {
        const char c = text[i];
        if (c == '<') {
            const qsizetype close = text.indexOf('>', i);
            if (close < 0 || close > to) break;
            out.append({Token::Hex, i + 1, close});
            i = close;
        } else if (c == '[') {
            out.append({Token::Open, i, i + 1});
        } else if (c == ']') {
            out.append({Token::Close, i, i + 1});
        }
    }
    return out;
}

// A run of bytes [begin, end) to be replaced by text.
struct Splice
{
    qsizetype begin, end;
    QByteArray text;
};

// `bytes` up to `until` with each splice made (sorted by begin, none overlapping).
QByteArray spliced(QByteArrayView bytes, const QList<Splice>& splices, qsizetype until)
{
    QByteArray out;
    out.reserve(until + 4096);
    qsizetype copied = 0;
    for (const Splice& s : splices) {
        out += bytes.sliced(copied, s.begin - copied);
        out += s.text;
        copied = s.end;
    }
    out += bytes.sliced(copied, until - copied);
    return out;
}

} // namespace

char32_t PdfTextLayer::ideographFor(char32_t c)
{
    if (c >= 0x2E80 && c <= 0x2FDF) {
        const auto it = std::ranges::lower_bound(kEquivalents, c, {}, &Equivalent::radical);
        return it != std::end(kEquivalents) && it->radical == c ? it->ideograph : c;
    }
    // CJK compatibility ideographs: their canonical (NFC) form is a unified ideograph.
    if ((c >= 0xF900 && c <= 0xFAFF) || (c >= 0x2F800 && c <= 0x2FA1F)) {
        const QString nfc = QString::fromUcs4(&c, 1).normalized(QString::NormalizationForm_C);
        const QList<uint> ucs = nfc.toUcs4();
        if (ucs.size() == 1) return char32_t(ucs.first());
    }
    return c;
}

QByteArray PdfTextLayer::mendCMap(const QByteArray& cmap, int* changed)
{
    QList<Splice> edits;
    const auto mended = [&](const Token& t) -> std::optional<QByteArray> {
        const auto c = codePoint(QByteArrayView(cmap).sliced(t.begin, t.end - t.begin));
        if (!c) return std::nullopt;
        const char32_t to = ideographFor(*c);
        if (to == *c) return std::nullopt;
        return utf16Hex(to);
    };
    const auto section = [&](const char* beginWord, const char* endWord, auto&& each) {
        for (qsizetype at = 0;;) {
            const qsizetype begin = cmap.indexOf(beginWord, at);
            if (begin < 0) return;
            const qsizetype from = begin + qsizetype(qstrlen(beginWord));
            const qsizetype to = cmap.indexOf(endWord, from);
            if (to < 0) return;
            each(tokens(cmap, from, to));
            at = to;
        }
    };
    // bfchar: <source> <destination> pairs.
    section("beginbfchar", "endbfchar", [&](const QList<Token>& ts) {
        for (qsizetype i = 1; i < ts.size(); i += 2) {
            if (ts[i].kind != Token::Hex || ts[i - 1].kind != Token::Hex) return;
            if (auto m = mended(ts[i])) edits.append({ts[i].begin, ts[i].end, *m});
        }
    });
    // bfrange: <low> <high> followed by <first destination> or [<destination> ...].
    section("beginbfrange", "endbfrange", [&](const QList<Token>& ts) {
        for (qsizetype i = 0; i + 2 < ts.size();) {
            if (ts[i].kind != Token::Hex || ts[i + 1].kind != Token::Hex) return;
            const auto low = codePoint(QByteArrayView(cmap).sliced(ts[i].begin, ts[i].end - ts[i].begin));
            const auto high = codePoint(QByteArrayView(cmap).sliced(ts[i + 1].begin, ts[i + 1].end - ts[i + 1].begin));
            if (ts[i + 2].kind == Token::Open) {
                qsizetype j = i + 3;
                for (; j < ts.size() && ts[j].kind == Token::Hex; ++j)
                    if (auto m = mended(ts[j])) edits.append({ts[j].begin, ts[j].end, *m});
                i = j + 1;
                continue;
            }
            const Token& dest = ts[i + 2];
            const auto first = codePoint(QByteArrayView(cmap).sliced(dest.begin, dest.end - dest.begin));
            i += 3;
            if (!low || !high || !first || *high < *low || *high - *low > 0xFF) continue;
            // One destination counted up over the range: written out as an array when any of
            // the range needs mending.
            const char32_t n = *high - *low + 1;
            bool any = false;
            for (char32_t k = 0; k < n; ++k) any = any || ideographFor(*first + k) != *first + k;
            if (!any) continue;
            QByteArray array("[");
            for (char32_t k = 0; k < n; ++k) array += (k ? " <" : "<") + utf16Hex(ideographFor(*first + k)) + '>';
            array += ']';
            edits.append({dest.begin - 1, dest.end + 1, array});
        }
    });
    if (edits.isEmpty()) {
        if (changed) *changed = 0;
        return cmap;
    }
    std::ranges::sort(edits, {}, &Splice::begin);
    if (changed) *changed = int(edits.size());
    return spliced(cmap, edits, cmap.size());
}

namespace {

// A number written at `at` after any blanks; -1 when there is none.
qint64 numberAt(QByteArrayView pdf, qsizetype& at)
{
    while (at < pdf.size() && (pdf[at] == ' ' || pdf[at] == '\n' || pdf[at] == '\r')) ++at;
    const qsizetype from = at;
    while (at < pdf.size() && pdf[at] >= '0' && pdf[at] <= '9' && at - from < 12) ++at;
    return at > from ? pdf.sliced(from, at - from).toLongLong() : -1;
}

} // namespace

std::optional<QByteArray> PdfTextLayer::mendWritten(const QByteArray& pdf, int* changed)
{
    constexpr qsizetype kEntry = 20;
    const qsizetype startxref = pdf.lastIndexOf("startxref");
    if (!pdf.startsWith("%PDF-") || startxref < 0) return std::nullopt;
    qsizetype at = startxref + 9;
    const qint64 xref = numberAt(pdf, at);
    if (xref <= 0 || xref >= startxref || !QByteArrayView(pdf).sliced(xref).startsWith("xref")) return std::nullopt;
    at = xref + 4;
    const qint64 first = numberAt(pdf, at), count = numberAt(pdf, at);
    if (first != 0 || count <= 0) return std::nullopt;
    if (at < pdf.size() && pdf[at] == '\r') ++at;
    if (at >= pdf.size() || pdf[at] != '\n') return std::nullopt;
    const qsizetype entries = at + 1, trailer = entries + count * kEntry;
    if (trailer > startxref || !QByteArrayView(pdf).sliced(trailer).startsWith("trailer")) return std::nullopt;
    QList<qint64> offsets(count);
    for (qint64 i = 0; i < count; ++i) {
        const QByteArrayView e = QByteArrayView(pdf).sliced(entries + i * kEntry, kEntry);
        if (e[10] != ' ' || e[16] != ' ' || (e[17] != 'n' && e[17] != 'f')) return std::nullopt;
        offsets[i] = e.first(10).toLongLong();
    }

    QList<Splice> replacements;
    QList<qint64> seen;
    int mended = 0;
    for (qsizetype found = pdf.indexOf("/ToUnicode "); found >= 0 && found < xref; found = pdf.indexOf("/ToUnicode ", found + 1)) {
        at = found + 11;
        const qint64 object = numberAt(pdf, at);
        if (object <= 0 || object >= count || !QByteArrayView(pdf).sliced(at).startsWith(" 0 R") || seen.contains(object)) return std::nullopt;
        seen << object;
        const qint64 start = offsets[object];
        const QByteArray head = QByteArray::number(object) + " 0 obj\n";
        const qsizetype stream = pdf.indexOf("stream\n", start);
        if (start <= 0 || start >= xref || !QByteArrayView(pdf).sliced(start).startsWith(head) || stream < 0 || stream - start > 200) return std::nullopt;
        const QByteArrayView dict = QByteArrayView(pdf).sliced(start + head.size(), stream - start - head.size());
        const qsizetype length = dict.indexOf("/Length");
        if (length < 0 || dict.contains("/Filter")) return std::nullopt;
        qsizetype l = length + 7;
        const qint64 size = numberAt(dict, l);
        const qsizetype data = stream + 7;
        if (size < 0 || data + size > xref || !QByteArrayView(pdf).sliced(data + size).startsWith("\nendstream")) return std::nullopt;
        int n = 0;
        const QByteArray cmap = mendCMap(pdf.sliced(data, size), &n);
        if (n == 0) continue;
        replacements.append({start, data + size, head + "<< /Length " + QByteArray::number(cmap.size()) + " >>\nstream\n" + cmap});
        mended += n;
    }
    std::ranges::sort(replacements, {}, &Splice::begin);
    // Where a byte of the file written by Qt stands in the mended one.
    const auto moved = [&](qint64 offset) {
        qint64 by = 0;
        for (const Splice& r : replacements)
            if (r.begin < offset) by += r.text.size() - (r.end - r.begin);
        return offset + by;
    };
    QByteArray out = spliced(pdf, replacements, entries);
    for (qint64 i = 0; i < count; ++i) {
        const QByteArrayView e = QByteArrayView(pdf).sliced(entries + i * kEntry, kEntry);
        out += e[17] == 'n' ? QByteArray::number(moved(offsets[i])).rightJustified(10, '0') : e.first(10).toByteArray();
        out += e.sliced(10);
    }
    out += QByteArrayView(pdf).sliced(trailer, startxref - trailer);
    out += "startxref\n" + QByteArray::number(moved(xref)) + "\n%%EOF\n";
    if (changed) *changed = mended;
    return out;
}

Result<int> PdfTextLayer::mend(const QString& in, const QString& out)
{
    const auto failed = [&](const QString& why) {
        return fail(Error::io(QCoreApplication::translate("cd::PdfRenderer", "Could not write %1.").arg(out) + QLatin1Char(' ') + why));
    };
    if (QFile file(in); file.open(QIODevice::ReadOnly)) {
        int n = 0;
        if (const auto fast = mendWritten(file.readAll(), &n)) {
            QFile written(out);
            if (written.open(QIODevice::WriteOnly | QIODevice::Truncate) && written.write(*fast) == fast->size() && written.flush()) return n;
            const QString why = written.errorString();
            written.close();
            QFile::remove(out);
            return failed(why);
        }
    }
    try {
        QPDF pdf;
        pdf.setSuppressWarnings(true);
        pdf.processFile(QFile::encodeName(in).constData());
        int mendedEntries = 0;
        for (QPDFObjectHandle object : pdf.getAllObjects()) {
            if (!object.isDictionary() || !object.hasKey("/ToUnicode")) continue;
            QPDFObjectHandle map = object.getKey("/ToUnicode");
            if (!map.isStream()) continue;
            const auto data = map.getStreamData(qpdf_dl_generalized);
            const QByteArray cmap(reinterpret_cast<const char*>(data->getBuffer()), qsizetype(data->getSize()));
            int n = 0;
            const QByteArray mended = mendCMap(cmap, &n);
            if (n == 0) continue;
            map.replaceStreamData(mended.toStdString(), QPDFObjectHandle::newNull(), QPDFObjectHandle::newNull());
            mendedEntries += n;
        }
        QPDFWriter writer(pdf, QFile::encodeName(out).constData());
        writer.setCompressStreams(true);
        writer.write();
        return mendedEntries;
    } catch (const std::exception& e) {
        QFile::remove(out);
        return failed(QString::fromLocal8Bit(e.what()));
    }
}

} // namespace cd
