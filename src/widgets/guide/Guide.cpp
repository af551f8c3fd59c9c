#include "Guide.h"

#include <QFile>

namespace cd::guide {

bool available() { return QFile::exists(QStringLiteral(":/guide/index.html")); }

} // namespace cd::guide
