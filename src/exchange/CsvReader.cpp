#include "exchange/CsvReader.h"

#include "io/InputFile.h"

#include <QCoreApplication>
#include <QStringDecoder>

namespace cd {
namespace {


std::optional<QString> strictDecode(QStringDecoder decoder, const QByteArray& bytes)
{
    if (!decoder.isValid()) return std::nullopt;
    QString out = decoder.decode(bytes);
    if (decoder.hasError()) return std::nullopt;
    return out;
}

QChar guessDelimiter(const QString& text)
{
    const QString head = text.left(4096);
    int best = 0;
    QChar chosen = QLatin1Char(',');
    for (QChar c : {QLatin1Char(','), QLatin1Char('\t'), QLatin1Char(';')}) {
        const int n = int(head.count(c));
        if (n > best) best = n, chosen = c;
    }
    return chosen;
}

} // namespace

Result<QString> CsvReader::decode(const QByteArray& bytes)
{
    if (bytes.startsWith("\xEF\xBB\xBF")) {
        if (auto s = strictDecode(QStringDecoder(QStringConverter::Utf8), bytes.mid(3))) return *s;
        return fail(Error::invalid(QCoreApplication::translate("cd::CsvReader", "The file says it is UTF-8 but contains bytes that are not.")));
    }
    if (bytes.startsWith("\xFF\xFE") || bytes.startsWith("\xFE\xFF")) {
        const auto enc = bytes.startsWith("\xFF\xFE") ? QStringConverter::Utf16LE : QStringConverter::Utf16BE;
        if (auto s = strictDecode(QStringDecoder(enc), bytes.mid(2))) return *s;
        return fail(Error::invalid(QCoreApplication::translate("cd::CsvReader", "The file says it is UTF-16 but cannot be read as such.")));
    }
    if (bytes.contains('\0'))
        return fail(Error::invalid(QCoreApplication::translate("cd::CsvReader", "This is not a text file; save the sheet as CSV or XLSX and try again.")));
    if (auto s = strictDecode(QStringDecoder(QStringConverter::Utf8), bytes)) return *s;
    if (auto s = strictDecode(QStringDecoder("GB18030"), bytes)) return *s;
    return fail(Error::invalid(QCoreApplication::translate("cd::CsvReader", "The text is neither UTF-8 nor GB18030/GBK; save it again as \"CSV UTF-8\" and retry.")));
}

Result<Sheet> CsvReader::read(const QString& path, const ReadLimits& limits)
{
    auto bytes = input::read(path, limits.maxFileBytes, QCoreApplication::translate("cd::CsvReader", "sheet"));
    if (!bytes) return fail(bytes.error());
    return parse(*bytes, limits);
}

Result<Sheet> CsvReader::parse(const QByteArray& bytes, const ReadLimits& limits)
{
    auto decoded = decode(bytes);
    if (!decoded) return fail(decoded.error());
    const QString& text = *decoded;
    const QChar delim = guessDelimiter(text);
    Sheet sheet;
    QStringList row;
    QString cell;
    bool quoted = false;
    qint64 cells = 0;
    auto endCell = [&]() -> Status {
        if (row.size() >= limits.maxColumns)
            return fail(Error::invalid(QCoreApplication::translate("cd::CsvReader", "Row %1 has more than %2 columns; this is not a sheet that can be imported.")
                                           .arg(sheet.rows.size() + 1)
                                           .arg(limits.maxColumns)));
        if (++cells > limits.maxCells)
            return fail(Error::invalid(QCoreApplication::translate("cd::CsvReader", "The file has more than %1 cells.").arg(limits.maxCells)));
        if (cell.size() > limits.maxCellChars)
            return fail(Error::invalid(QCoreApplication::translate("cd::CsvReader", "Row %1, column %2: the cell holds more than %3 characters.")
                                           .arg(sheet.rows.size() + 1)
                                           .arg(row.size() + 1)
                                           .arg(limits.maxCellChars)));
        row.append(cell);
        cell.clear();
        return {};
    };
    auto endRow = [&]() -> Status {
        if (auto s = endCell(); !s) return s;
        sheet.rows.append(row);
        row.clear();
        if (sheet.rows.size() > limits.maxRows)
            return fail(Error::invalid(QCoreApplication::translate("cd::CsvReader", "The file has more than %1 rows.").arg(limits.maxRows)));
        return {};
    };
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (quoted) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < text.size() && text[i + 1] == QLatin1Char('"')) {
                    cell += c;
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                cell += c;
                // Fail early on a runaway quoted cell instead of buffering the whole file.
                if (cell.size() > limits.maxCellChars) return fail(endCell().error());
            }
        } else if (c == QLatin1Char('"') && cell.isEmpty()) {
            quoted = true;
        } else if (c == delim) {
            if (auto s = endCell(); !s) return fail(s.error());
        } else if (c == QLatin1Char('\n') || c == QLatin1Char('\r')) {
            if (c == QLatin1Char('\r') && i + 1 < text.size() && text[i + 1] == QLatin1Char('\n')) ++i;
            if (auto s = endRow(); !s) return fail(s.error());
        } else {
            cell += c;
            if (cell.size() > limits.maxCellChars) return fail(endCell().error());
        }
    }
    if (!cell.isEmpty() || !row.isEmpty())
        if (auto s = endRow(); !s) return fail(s.error());
    return sheet;
}

} // namespace cd
