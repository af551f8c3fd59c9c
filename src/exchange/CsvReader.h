#pragma once

#include "exchange/SheetReader.h"

namespace cd {

// CSV as WPS and Excel save it on a Chinese system: UTF-8 with or without BOM, UTF-16 with
// BOM, or GB18030/GBK, detected from the bytes; comma, semicolon or tab separated.
class CsvReader
{
public:
    static Result<Sheet> read(const QString& path, const ReadLimits& limits = {});
    static Result<Sheet> parse(const QByteArray& bytes, const ReadLimits& limits = {});
    static Result<QString> decode(const QByteArray& bytes);
};

} // namespace cd
