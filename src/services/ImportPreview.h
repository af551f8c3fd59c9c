#pragma once

#include <QList>
#include <QString>

namespace cd {

struct RejectedRow
{
    int row = 0; // the row number the user sees in the sheet (1-based)
    QString reason;
};

// What an import would do, shown before anything is written.
template <typename Row> struct ImportPreview
{
    QList<Row> added;
    QList<Row> updated;
    int unchanged = 0;
    QList<RejectedRow> rejected;

    int changes() const { return int(added.size() + updated.size()); }
};

} // namespace cd
