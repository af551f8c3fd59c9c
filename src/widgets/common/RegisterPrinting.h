#pragma once

#include <QtGlobal>

class QWidget;

namespace cd {

class Workspace;

// Saves one of the office's registers as an official document (PDF, or ODT to edit in WPS
// or Word): the problem ledger, a unit's responsibility list, the monthly progress table.
namespace registers {
enum class Kind { Ledger, Responsibilities, Progress };
void save(QWidget* parent, Workspace& workspace, Kind kind, qint64 unitId = 0);
} // namespace registers

} // namespace cd
