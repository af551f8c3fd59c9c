#pragma once

#include <QtGlobal>
#include <functional>

class QPushButton;

namespace cd {

class Workspace;

// The office's registers as official documents: the problem ledger, a unit's responsibility
// list, the monthly progress table. Each gets a Print button whose menu offers preview,
// print, PDF and ODT, like every printed document.
namespace registers {
enum class Kind { Ledger, Responsibilities, Progress };
// unitOf: the unit the register is for when it is one unit's (0: all).
void attach(QPushButton* button, Workspace& workspace, Kind kind, std::function<qint64()> unitOf = {});
} // namespace registers

} // namespace cd
