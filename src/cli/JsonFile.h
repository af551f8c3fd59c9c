#pragma once

#include "domain/Error.h"

#include <QJsonObject>

namespace cd::cli {

// A JSON object from a file a person hands the CLI (a report, a plan, inspection visits, a
// rubric), read through input::read: regular files only, at most maxBytes.
Result<QJsonObject> readJsonObject(const QString& path, qint64 maxBytes = 16ll * 1024 * 1024);

} // namespace cd::cli
