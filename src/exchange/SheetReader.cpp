#include "exchange/SheetReader.h"

#include "exchange/CsvReader.h"
#include "exchange/XlsxReader.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace cd {

Result<Sheet> readSheet(const QString& path, const QString& sheetName, const ReadLimits& limits)
{
    const QFileInfo info(path);
    if (!info.exists()) return fail(Error::notFound(QCoreApplication::translate("cd::SheetReader", "The file %1 does not exist.").arg(path)));
    if (info.size() > limits.maxFileBytes)
        return fail(Error::invalid(QCoreApplication::translate("cd::SheetReader", "The file %1 is too large to import (%2 MB).").arg(path).arg(info.size() >> 20)));
    const QString suffix = info.suffix().toLower();
    if (suffix == QLatin1String("xlsx")) return XlsxReader::read(path, sheetName, limits);
    if (suffix == QLatin1String("csv") || suffix == QLatin1String("txt")) return CsvReader::read(path, limits);
    return fail(Error::invalid(QCoreApplication::translate("cd::SheetReader", "%1: only .csv and .xlsx files can be imported.").arg(info.fileName())));
}

} // namespace cd
