#pragma once

#include <QString>

namespace cd {

// One logger per area (storage, services, exchange, reports, ui), all writing to a rotating
// file in the application's data folder and, for warnings, to stderr.
void setUpLogging(const QString& folder);

} // namespace cd
