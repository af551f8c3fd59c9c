#pragma once

#include "domain/Error.h"

#include <QtGlobal>

namespace cd {

class Database;

// Serialises the writers that take the next number of a sequence-like count (a bulletin's
// 第N期, a report's version) for the rest of the caller's transaction. On a file the write
// transaction already holds the only write lock (BEGIN IMMEDIATE); on a server, where
// transactions run side by side, it is a row lock on (what, id) in cd_locks, taken through
// cd_hold (schema v14), which lets a unit take its own unit's locks only.
namespace locks {

// PackageImports: one import of report packages at a time (id 0), so that two offices taking in
// the same unit's packages at once do not both number the same versions and sequences.
enum class Kind { BulletinNumbers = 1, ReportVersions = 2, PlanVersions = 3, Assessment = 4, PackageImports = 5 };

Status hold(Database& db, Kind what, qint64 id);

} // namespace locks
} // namespace cd
