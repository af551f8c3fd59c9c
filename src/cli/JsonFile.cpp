#include "cli/JsonFile.h"

#include "io/InputFile.h"

#include <QCoreApplication>
#include <QJsonDocument>

namespace cd::cli {

Result<QJsonObject> readJsonObject(const QString& path, qint64 maxBytes)
{
    auto bytes = input::read(path, maxBytes, QCoreApplication::translate("cd::cli", "JSON file"));
    if (!bytes) return fail(bytes.error());
    QJsonParseError e;
    const auto doc = QJsonDocument::fromJson(*bytes, &e);
    if (e.error != QJsonParseError::NoError)
        return fail(Error::invalid(QCoreApplication::translate("cd::cli", "%1 is not valid JSON: %2 (at byte %3).").arg(path, e.errorString()).arg(e.offset)));
    if (!doc.isObject()) return fail(Error::invalid(QCoreApplication::translate("cd::cli", "%1 must hold a JSON object.").arg(path)));
    return doc.object();
}

} // namespace cd::cli
