#pragma once

#include "exchange/SheetReader.h"

namespace cd {

// Reads cell text from an .xlsx workbook (zip of SpreadsheetML) with QuaZip and
// QXmlStreamReader: shared strings, inline strings, numbers and booleans.
class XlsxReader
{
public:
    static Result<Sheet> read(const QString& path, const QString& sheetName = {}, const ReadLimits& limits = {});
    static Result<QStringList> sheetNames(const QString& path);
    // The workbook's bytes as read from `path` (named in messages).
    static Result<Sheet> parse(const QByteArray& bytes, const QString& path, const QString& sheetName = {}, const ReadLimits& limits = {});

private:
    static Result<QByteArray> load(const QString& path, const ReadLimits& limits);
};

} // namespace cd
