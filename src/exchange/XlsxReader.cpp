#include "exchange/XlsxReader.h"

#include "io/InputFile.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QHash>
#include <QXmlStreamReader>
#include <quazip/quazip.h>
#include <quazip/quazipfile.h>

namespace cd {
namespace {


class Workbook
{
public:
    // The workbook is read from memory: the file was read once, bounded, by input::read.
    Workbook(const QByteArray& bytes, const QString& path, const ReadLimits& limits)
        : m_bytes(bytes), m_buffer(&m_bytes), m_zip(&m_buffer), m_limits(limits), m_path(path)
    {
    }

    Status open()
    {
        if (!m_zip.open(QuaZip::mdUnzip))
            return fail(Error::invalid(QCoreApplication::translate("cd::XlsxReader", "%1 is not a valid .xlsx workbook (it cannot be opened as a zip archive).").arg(m_path)));
        qint64 total = 0;
        for (const auto& info : m_zip.getFileInfoList64()) {
            total += qint64(info.uncompressedSize);
            const bool big = info.uncompressedSize > 1024 * 1024;
            if (big && info.compressedSize > 0 && info.uncompressedSize / info.compressedSize > quint64(m_limits.maxUnpackRatio))
                return fail(Error::invalid(QCoreApplication::translate("cd::XlsxReader", "%1 expands suspiciously (a zip bomb?); it was not read.").arg(m_path)));
            m_sizes.insert(info.name, qint64(info.uncompressedSize));
        }
        if (total > m_limits.maxUnpackedBytes)
            return fail(Error::invalid(QCoreApplication::translate("cd::XlsxReader", "%1 expands to more than %2 MB; it was not read.").arg(m_path).arg(m_limits.maxUnpackedBytes >> 20)));
        return {};
    }

    bool has(const QString& name) const { return m_sizes.contains(name); }

    Result<QByteArray> entry(const QString& name)
    {
        if (!m_zip.setCurrentFile(name)) return fail(Error::invalid(QCoreApplication::translate("cd::XlsxReader", "The workbook has no part %1.").arg(name)));
        QuaZipFile file(&m_zip);
        if (!file.open(QIODevice::ReadOnly)) return fail(Error::invalid(QCoreApplication::translate("cd::XlsxReader", "The workbook part %1 is damaged.").arg(name)));
        // Never trust the declared size alone: stop reading past it.
        const qint64 cap = std::min(m_sizes.value(name), m_limits.maxUnpackedBytes) + 1;
        QByteArray data = file.read(cap);
        const bool damaged = file.getZipError() != UNZ_OK;
        file.close();
        if (damaged || file.getZipError() != UNZ_OK)
            return fail(Error::invalid(QCoreApplication::translate("cd::XlsxReader", "The workbook part %1 is damaged or truncated.").arg(name)));
        if (data.size() >= cap) return fail(Error::invalid(QCoreApplication::translate("cd::XlsxReader", "The workbook part %1 is larger than it claims.").arg(name)));
        return data;
    }

private:
    QByteArray m_bytes;
    QBuffer m_buffer;
    QuaZip m_zip;
    ReadLimits m_limits;
    QString m_path;
    QHash<QString, qint64> m_sizes;
};

struct SheetRef
{
    QString name;
    QString part;
};

Result<QList<SheetRef>> listSheets(Workbook& wb)
{
    auto workbook = wb.entry(QStringLiteral("xl/workbook.xml"));
    if (!workbook) return fail(Error::invalid(QCoreApplication::translate("cd::XlsxReader", "The file is a zip archive but not an Excel workbook (no xl/workbook.xml).")));
    QHash<QString, QString> targets;
    if (auto rels = wb.entry(QStringLiteral("xl/_rels/workbook.xml.rels"))) {
        QXmlStreamReader x(*rels);
        while (!x.atEnd()) {
            x.readNext();
            if (x.isStartElement() && x.name() == QLatin1String("Relationship")) {
                QString target = x.attributes().value(QLatin1String("Target")).toString();
                target = target.startsWith(QLatin1Char('/')) ? target.mid(1) : QStringLiteral("xl/") + target;
                targets.insert(x.attributes().value(QLatin1String("Id")).toString(), target);
            }
        }
    }
    QList<SheetRef> out;
    QXmlStreamReader x(*workbook);
    int index = 0;
    while (!x.atEnd()) {
        x.readNext();
        if (x.isStartElement() && x.name() == QLatin1String("sheet")) {
            ++index;
            QString rid;
            for (const auto& a : x.attributes())
                if (a.name() == QLatin1String("id")) rid = a.value().toString();
            QString part = targets.value(rid, QStringLiteral("xl/worksheets/sheet%1.xml").arg(index));
            out.append({x.attributes().value(QLatin1String("name")).toString(), part});
        }
    }
    if (x.hasError()) return fail(Error::invalid(QCoreApplication::translate("cd::XlsxReader", "The workbook's sheet list is damaged: %1").arg(x.errorString())));
    if (out.isEmpty()) return fail(Error::invalid(QCoreApplication::translate("cd::XlsxReader", "The workbook contains no worksheet.")));
    return out;
}

// The text of one <si> or <is>: all <t> runs, leaving out phonetic guides.
QString readRichText(QXmlStreamReader& x, QLatin1String end)
{
    QString text;
    int phonetic = 0;
    while (!x.atEnd()) {
        x.readNext();
        if (x.isStartElement() && x.name() == QLatin1String("rPh")) ++phonetic;
        else if (x.isEndElement() && x.name() == QLatin1String("rPh")) --phonetic;
        else if (x.isStartElement() && x.name() == QLatin1String("t") && phonetic == 0) text += x.readElementText();
        else if (x.isEndElement() && x.name() == end) break;
    }
    return text;
}

Result<QStringList> sharedStrings(Workbook& wb)
{
    QStringList out;
    if (!wb.has(QStringLiteral("xl/sharedStrings.xml"))) return out;
    auto data = wb.entry(QStringLiteral("xl/sharedStrings.xml"));
    if (!data) return fail(data.error());
    QXmlStreamReader x(*data);
    while (!x.atEnd()) {
        x.readNext();
        if (x.isStartElement() && x.name() == QLatin1String("si")) out.append(readRichText(x, QLatin1String("si")));
    }
    if (x.hasError()) return fail(Error::invalid(QCoreApplication::translate("cd::XlsxReader", "The workbook's shared strings are damaged: %1").arg(x.errorString())));
    return out;
}

// The column of a cell reference such as "AB12" (A is 0); -1 when its letters are other than
// A–Z or name a column past XFD, the last a sheet has (a run of letters overflowed the count).
int columnIndex(QStringView ref)
{
    constexpr int kLastColumn = 16384; // XFD
    int col = 0;
    for (QChar c : ref) {
        char16_t u = c.unicode();
        if (u >= u'a' && u <= u'z') u = char16_t(u - u'a' + u'A');
        if (u < u'A' || u > u'Z') {
            if (c.isLetter()) return -1;
            break;
        }
        col = col * 26 + (u - u'A' + 1);
        if (col > kLastColumn) return -1;
    }
    return col - 1;
}

QString numberText(const QString& raw)
{
    bool ok = false;
    const double v = raw.toDouble(&ok);
    if (!ok) return raw;
    // Whole numbers as integers; the range first, for casting NaN or 1e300 is undefined.
    if (std::abs(v) < 1e15 && v == double(qint64(v))) return QString::number(qint64(v));
    return QString::number(v, 'g', 15);
}

Result<Sheet> parseSheet(const QByteArray& data, const QStringList& strings, const ReadLimits& limits)
{
    Sheet sheet;
    QXmlStreamReader x(data);
    QStringList* row = nullptr;
    qint64 cells = 0;
    while (!x.atEnd()) {
        x.readNext();
        if (!x.isStartElement()) continue;
        if (x.name() == QLatin1String("row")) {
            const int r = x.attributes().value(QLatin1String("r")).toInt();
            const int index = r > 0 ? r - 1 : int(sheet.rows.size());
            if (index >= limits.maxRows) return fail(Error::invalid(QCoreApplication::translate("cd::XlsxReader", "The sheet has more than %1 rows.").arg(limits.maxRows)));
            while (sheet.rows.size() <= index) sheet.rows.append(QStringList());
            row = &sheet.rows[index];
        } else if (x.name() == QLatin1String("c") && row) {
            const QString ref = x.attributes().value(QLatin1String("r")).toString();
            const QString type = x.attributes().value(QLatin1String("t")).toString();
            const int col = ref.isEmpty() ? int(row->size()) : columnIndex(ref);
            if (col < 0 || col > 16384) return fail(Error::invalid(QCoreApplication::translate("cd::XlsxReader", "The sheet has a cell with a bad reference %1.").arg(ref)));
            if (col >= limits.maxColumns)
                return fail(Error::invalid(QCoreApplication::translate("cd::XlsxReader", "Cell %1 lies beyond column %2; this is not a sheet that can be imported.").arg(ref).arg(limits.maxColumns)));
            QString value;
            while (!x.atEnd()) {
                x.readNext();
                if (x.isStartElement() && x.name() == QLatin1String("v")) value = x.readElementText();
                else if (x.isStartElement() && x.name() == QLatin1String("is")) value = readRichText(x, QLatin1String("is"));
                else if (x.isEndElement() && x.name() == QLatin1String("c")) break;
            }
            if (type == QLatin1String("s")) {
                bool ok = false;
                const int i = value.toInt(&ok);
                if (!ok || i < 0 || i >= strings.size())
                    return fail(Error::invalid(QCoreApplication::translate("cd::XlsxReader", "Cell %1 refers to a shared string that does not exist.").arg(ref)));
                value = strings[i];
            } else if (type == QLatin1String("b")) {
                value = value == QLatin1String("1") ? QStringLiteral("TRUE") : QStringLiteral("FALSE");
            } else if (type.isEmpty() || type == QLatin1String("n")) {
                value = numberText(value);
            }
            if (value.size() > limits.maxCellChars)
                return fail(Error::invalid(QCoreApplication::translate("cd::XlsxReader", "Cell %1 holds more than %2 characters.").arg(ref).arg(limits.maxCellChars)));
            if (row->size() <= col) {
                cells += col + 1 - row->size();
                if (cells > limits.maxCells)
                    return fail(Error::invalid(QCoreApplication::translate("cd::XlsxReader", "The sheet has more than %1 cells.").arg(limits.maxCells)));
                row->resize(col + 1);
            }
            (*row)[col] = value;
        }
    }
    if (x.hasError()) return fail(Error::invalid(QCoreApplication::translate("cd::XlsxReader", "The worksheet is damaged: %1").arg(x.errorString())));
    return sheet;
}

} // namespace

Result<QByteArray> XlsxReader::load(const QString& path, const ReadLimits& limits)
{
    return input::read(path, limits.maxFileBytes, QCoreApplication::translate("cd::XlsxReader", "workbook"));
}

Result<QStringList> XlsxReader::sheetNames(const QString& path)
{
    const ReadLimits limits;
    auto bytes = load(path, limits);
    if (!bytes) return fail(bytes.error());
    Workbook wb(*bytes, path, limits);
    if (auto s = wb.open(); !s) return fail(s.error());
    auto sheets = listSheets(wb);
    if (!sheets) return fail(sheets.error());
    QStringList out;
    for (const auto& s : *sheets) out << s.name;
    return out;
}

Result<Sheet> XlsxReader::read(const QString& path, const QString& sheetName, const ReadLimits& limits)
{
    auto bytes = load(path, limits);
    if (!bytes) return fail(bytes.error());
    return parse(*bytes, path, sheetName, limits);
}

Result<Sheet> XlsxReader::parse(const QByteArray& bytes, const QString& path, const QString& sheetName, const ReadLimits& limits)
{
    Workbook wb(bytes, path, limits);
    if (auto s = wb.open(); !s) return fail(s.error());
    auto sheets = listSheets(wb);
    if (!sheets) return fail(sheets.error());
    SheetRef chosen = sheets->first();
    if (!sheetName.isEmpty()) {
        auto it = std::ranges::find(*sheets, sheetName, &SheetRef::name);
        if (it == sheets->end()) return fail(Error::notFound(QCoreApplication::translate("cd::XlsxReader", "The workbook has no sheet named %1.").arg(sheetName)));
        chosen = *it;
    }
    auto strings = sharedStrings(wb);
    if (!strings) return fail(strings.error());
    auto data = wb.entry(chosen.part);
    if (!data) return fail(data.error());
    return parseSheet(*data, *strings, limits);
}

} // namespace cd
