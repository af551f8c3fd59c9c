#pragma once

#include <QList>
#include <QStringList>

namespace cd {

// A grid of cell text as read from a CSV file or a worksheet; rows keep their sheet numbering.
struct Sheet
{
    QList<QStringList> rows; // rows[i] is sheet row i + 1
};

// A table to write out: captions then rows of text.
struct Table
{
    QStringList header;
    QList<QStringList> rows;
};

} // namespace cd
