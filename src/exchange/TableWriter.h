#pragma once

#include "domain/Error.h"
#include "exchange/Sheet.h"

namespace cd {

class TableWriter
{
public:
    // A cell starting with = + - @ (or a tab/CR that Excel strips) would be run as a formula
    // by Excel or WPS; prefixing an apostrophe keeps it text.
    static QString neutralised(const QString& cell);
    // UTF-8 with BOM so Excel on a Chinese system opens it correctly; CRLF line ends.
    static Status writeCsv(const Table& table, const QString& path);
    static Status writeXlsx(const Table& table, const QString& path, const QString& sheetName);
    // By the file's extension.
    static Status write(const Table& table, const QString& path, const QString& sheetName);
};

} // namespace cd
