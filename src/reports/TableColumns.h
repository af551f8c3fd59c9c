#pragma once

#include <QList>
#include <QString>

namespace cd {

// Column widths for a printed table, from what the columns hold. Columns of dates, numbers,
// states and other short entries ("atomic") are made as wide as their longest entry, so
// nothing in them breaks. Columns of text share what is left by their weights, up to their
// longest entry, and wrap; a long header takes two lines unless there is room to spare.
struct TableColumn
{
    double content = 0;     // the widest entry on one line, padding included
    double header = 0;      // the header on one line
    double headerHalf = 0;  // the header on two lines, split between words (as `header` where it cannot be)
    double minimum = 0;     // the least a text column may have (a few characters)
    double weight = 1;      // a text column's share of what is left
    bool atomic = false;    // never broken
};

class TableColumns
{
public:
    // Widths summing to `width`. Where even the atomic columns do not fit, the widest of
    // them turn into text columns; where nothing fits, widths follow the weights.
    static QList<double> fit(QList<TableColumn> columns, double width);
    // An entry that must not break: a number, a date, a percentage, or a short word (a state,
    // a person's name, a pillar) of at most eight characters.
    static bool atomic(const QString& cell);
};

} // namespace cd
