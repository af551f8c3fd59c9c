#pragma once

#include "domain/Error.h"
#include "exchange/Sheet.h"

namespace cd {

struct ReadLimits
{
    qint64 maxFileBytes = 64ll * 1024 * 1024;
    qint64 maxUnpackedBytes = 256ll * 1024 * 1024; // zip bombs
    int maxUnpackRatio = 200;
    int maxCellChars = 4000;
    int maxRows = 200000;
    // A malformed file must not stretch the work: a real import sheet has a few dozen columns.
    int maxColumns = 1024;
    qint64 maxCells = 10'000'000; // counted with the empty cells a row is padded with
};

// Reads .csv and .xlsx by extension; sheetName picks a worksheet, else the first.
Result<Sheet> readSheet(const QString& path, const QString& sheetName = {}, const ReadLimits& limits = {});

} // namespace cd
