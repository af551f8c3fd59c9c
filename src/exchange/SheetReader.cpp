#include "exchange/SheetReader.h"

#include "exchange/CsvReader.h"
#include "exchange/XlsxReader.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace cd {

Result<Sheet> readSheet(const QString& path, const QString& sheetName, const ReadLimits& limits)
{
    // Sizes and the kind of file are checked as the bytes are read (input::read), not here.
    const QFileInfo info(path);
    const QString suffix = info.suffix().toLower();
    if (suffix == QLatin1String("xlsx")) return XlsxReader::read(path, sheetName, limits);
    if (suffix == QLatin1String("csv") || suffix == QLatin1String("txt")) return CsvReader::read(path, limits);
    return fail(Error::invalid(QCoreApplication::translate("cd::SheetReader", "%1: only .csv and .xlsx files can be imported.").arg(info.fileName())));
}

} // namespace cd
