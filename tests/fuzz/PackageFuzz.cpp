// libFuzzer target for the package reader: any bytes as a package file (zip structure, names,
// sizes, manifest, part hashes), and any bytes as each JSON part the payload readers take.
// Built by the "fuzz" preset (clang); scripts/dev.sh test runs it briefly.
#include "packages/PackageArchive.h"
#include "packages/PackagePayload.h"

#include <QBuffer>
#include <cstddef>
#include <cstdint>

using namespace cd;

namespace {

void readPayloads(const package::Archive& a)
{
    (void)package::parseReportPayload(a);
    (void)package::parseTaskPayload(a);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const QByteArray bytes =
        QByteArray::fromRawData(reinterpret_cast<const char*>(data), qsizetype(size));
    package::Limits limits;
    limits.maxJsonBytes = 4 << 20;
    limits.maxFileBytes = 4 << 20;
    limits.maxTotalBytes = 16 << 20;
    if (bytes.startsWith("PK")) {
        QByteArray copy = bytes;
        QBuffer buffer(&copy);
        buffer.open(QIODevice::ReadOnly);
        auto archive = package::read(buffer, limits);
        if (archive) {
            (void)package::verify(*archive, QByteArray(package::kKeyBytes, 'k'));
            readPayloads(*archive);
        }
        return 0;
    }
    // The same bytes as every JSON part of either kind of package.
    package::Archive a;
    a.header.campaign = 2020;
    a.header.unitId = 1;
    a.header.unitName = QStringLiteral("单位");
    for (const char* part : {"reports.json", "plans.json", "answers.json", "campaign.json",
                             "unit.json", "problems.json", "reviews.json"})
        a.parts.insert(QLatin1String(part), bytes);
    a.header.format = QLatin1String(package::kReportFormat);
    readPayloads(a);
    a.header.format = QLatin1String(package::kTaskFormat);
    readPayloads(a);
    return 0;
}
