#pragma once

#include "domain/Error.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace cd::input {

// Why an input file was refused, for programs and tests (Error::reason).
namespace reason {
inline constexpr auto missing = "missing";
inline constexpr auto special = "special_file"; // a device, FIFO, socket or folder
inline constexpr auto unreadable = "unreadable";
inline constexpr auto tooLarge = "too_large"; // the same id as a package's
inline constexpr auto outside = "outside_folder";
} // namespace reason

// The one way an input file from outside is read (report and plan JSON, evidence, CSV, XLSX,
// packages, rubrics): a regular file only — a device, FIFO or socket is refused by what it is,
// without reading from it — and at most maxBytes, counted on the bytes actually read (reading
// stops one byte past the limit), so a file cannot pass by claiming a small size. `what` names
// the kind of file in messages ("report file", "evidence file"…), already translated.
Result<QByteArray> read(const QString& path, qint64 maxBytes, const QString& what);

// Where a file named inside another file (a report's evidence list) may come from: relative
// names are taken from `base` (else from the first of `extraRoots` that has them); the result must lie inside `base` or one of `extraRoots`
// (folders a person named on purpose), after links are followed. Absolute names and `..` that
// leave every allowed folder are refused. Returns the absolute, link-free path.
Result<QString> confine(const QString& name, const QString& base, const QStringList& extraRoots = {});

} // namespace cd::input
