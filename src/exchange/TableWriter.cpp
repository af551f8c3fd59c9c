#include "exchange/TableWriter.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include "exchange/XlsxLibrary.h"

namespace cd {
namespace {

QString csvField(const QString& raw)
{
    const QString v = TableWriter::neutralised(raw);
    if (v.contains(QLatin1Char(',')) || v.contains(QLatin1Char('"')) || v.contains(QLatin1Char('\n')) || v.contains(QLatin1Char('\r'))) {
        QString q = v;
        q.replace(QLatin1String("\""), QLatin1String("\"\""));
        return QLatin1Char('"') + q + QLatin1Char('"');
    }
    return v;
}
} // namespace

QString TableWriter::neutralised(const QString& cell)
{
    static const QString dangerous = QStringLiteral("=+-@\t\r");
    if (!cell.isEmpty() && dangerous.contains(cell.front())) return QLatin1Char('\'') + cell;
    return cell;
}

Status TableWriter::writeCsv(const Table& table, const QString& path)
{
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly)) return fail(Error::io(QCoreApplication::translate("cd::TableWriter", "Could not write %1: %2").arg(path, f.errorString())));
    QByteArray out("\xEF\xBB\xBF");
    auto line = [&](const QStringList& cells) {
        QStringList fields;
        for (const auto& c : cells) fields << csvField(c);
        out += fields.join(QLatin1Char(',')).toUtf8() + "\r\n";
    };
    line(table.header);
    for (const auto& r : table.rows) line(r);
    if (f.write(out) != out.size() || !f.commit())
        return fail(Error::io(QCoreApplication::translate("cd::TableWriter", "Could not write %1: %2").arg(path, f.errorString())));
    return {};
}

Status TableWriter::writeXlsx(const Table& table, const QString& path, const QString& sheetName)
{
    QString why;
    const XlsxLibrary* x = XlsxLibrary::get(&why);
    if (!x) return fail(Error::io(QCoreApplication::translate("cd::TableWriter", "Excel files cannot be written here: %1").arg(why)));
    // libxlsxwriter writes the file itself; write beside the target and rename, so a
    // failure never leaves half a workbook under the user's name.
    const QString partial = path + QStringLiteral(".partial");
    lxw_workbook* wb = x->workbookNew(QFile::encodeName(partial).constData());
    if (!wb) return fail(Error::io(QCoreApplication::translate("cd::TableWriter", "Could not create %1.").arg(path)));
    lxw_worksheet* ws = x->addWorksheet(wb, sheetName.left(31).toUtf8().constData());
    lxw_format* bold = x->addFormat(wb);
    x->setBold(bold);
    for (int c = 0; c < table.header.size(); ++c) {
        x->writeString(ws, 0, lxw_col_t(c), table.header[c].toUtf8().constData(), bold);
        x->setColumn(ws, lxw_col_t(c), lxw_col_t(c), 16, nullptr);
    }
    for (int r = 0; r < table.rows.size(); ++r)
        for (int c = 0; c < table.rows[r].size(); ++c)
            x->writeString(ws, lxw_row_t(r + 1), lxw_col_t(c), neutralised(table.rows[r][c]).toUtf8().constData(), nullptr);
    x->freezePanes(ws, 1, 0);
    const lxw_error err = x->close(wb);
    if (err != LXW_NO_ERROR) {
        QFile::remove(partial);
        return fail(Error::io(QCoreApplication::translate("cd::TableWriter", "Could not write %1: %2").arg(path, QString::fromUtf8(x->errorText(err)))));
    }
    QFile::remove(path);
    if (!QFile::rename(partial, path)) return fail(Error::io(QCoreApplication::translate("cd::TableWriter", "Could not write %1.").arg(path)));
    return {};
}

Status TableWriter::write(const Table& table, const QString& path, const QString& sheetName)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("csv")) return writeCsv(table, path);
    if (suffix == QLatin1String("xlsx")) return writeXlsx(table, path, sheetName);
    return fail(Error::invalid(QCoreApplication::translate("cd::TableWriter", "%1: export to .csv or .xlsx.").arg(path)));
}

} // namespace cd
