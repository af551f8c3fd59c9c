#pragma once

#include <QJsonObject>
#include <QList>
#include <QStringList>
#include <QTextStream>

namespace cd::cli {

// Rows with stable snake_case keys; printed as an aligned table, CSV or a JSON array. JSON
// keeps the stable English identifiers; the table and CSV are for people: captions for a
// header, enumerations and yes/no in the user's language.
struct Listing
{
    QStringList keys;
    QStringList captions;
    QList<QJsonObject> rows;
};

// Returns false for an unknown format.
bool print(const Listing& listing, const QString& format, QTextStream& out);

} // namespace cd::cli
