// libFuzzer target for the sheet readers a units list or a responsibility list comes through:
// any bytes as a CSV file (every encoding the reader guesses between: UTF-8 with or without a
// byte-order mark, GB18030, UTF-16), and any bytes starting "PK" as an XLSX workbook (zip
// structure, shared strings, cells, sizes). Built by the "fuzz" preset (clang);
// scripts/dev.sh test runs it briefly.
#include "exchange/CsvReader.h"
#include "exchange/XlsxReader.h"

#include <cstddef>
#include <cstdint>

using namespace cd;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const QByteArray bytes = QByteArray(reinterpret_cast<const char*>(data), qsizetype(size));
    ReadLimits limits;
    limits.maxFileBytes = 4 << 20;
    limits.maxUnpackedBytes = 16 << 20;
    limits.maxRows = 20000;
    if (bytes.startsWith("PK")) {
        (void)XlsxReader::parse(bytes, QStringLiteral("fuzz.xlsx"), {}, limits);
        (void)XlsxReader::parse(bytes, QStringLiteral("fuzz.xlsx"), QStringLiteral("单位"), limits);
    } else {
        (void)CsvReader::parse(bytes, limits);
    }
    return 0;
}
