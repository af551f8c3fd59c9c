#pragma once

#include "domain/Error.h"
#include "exchange/Sheet.h"

#include <QHash>

namespace cd {

// A column the importer knows, with the captions real sheets use for it.
struct FieldSpec
{
    QString field;       // identifier, e.g. "name"
    QStringList aliases; // Chinese and English captions
    bool required = false;
};

// Where the header row is and which column holds each field.
struct HeaderMap
{
    int headerRow = -1; // index into Sheet::rows
    QHash<QString, int> columns;

    // Real sheets put a title above the header, so the header is searched for among the
    // first ten rows: the row naming the most known columns, all required ones included.
    static Result<HeaderMap> find(const Sheet& sheet, const QList<FieldSpec>& fields);
    static constexpr int kScanRows = 10;
    static constexpr int kScanColumns = 256;
    QString cell(const QStringList& row, const QString& field) const;
};

} // namespace cd
