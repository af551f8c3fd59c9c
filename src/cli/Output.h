#pragma once

#include <QJsonObject>
#include <QList>
#include <QStringList>
#include <QTextStream>

namespace cd::cli {

// Rows with stable snake_case keys; printed as an aligned table, CSV or a JSON array.
struct Listing
{
    QStringList keys;
    QStringList captions;
    QList<QJsonObject> rows;
};

// Returns false for an unknown format.
bool print(const Listing& listing, const QString& format, QTextStream& out);

} // namespace cd::cli
