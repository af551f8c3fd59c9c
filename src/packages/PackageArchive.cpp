#include "packages/PackageArchive.h"

#include "io/InputFile.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>
#include <filesystem>
#include <quazip/quazip.h>
#include <quazip/quazipfile.h>
#include <sodium.h>

namespace cd::package {
namespace {

auto refuse(const QString& why, const QString& message)
{
    return fail(Error::refused(why, message));
}

bool unsafe(const QString& name)
{
    if (name.isEmpty() || name.startsWith(QLatin1Char('/')) || name.contains(QLatin1Char('\\')))
        return true;
    if (name.size() >= 2 && name[1] == QLatin1Char(':')) return true; // C:…
    for (const auto& segment : name.split(QLatin1Char('/')))
        if (segment.isEmpty() || segment == QLatin1String("..") || segment == QLatin1String("."))
            return true;
    return false;
}

bool isFilePart(const QString& name)
{
    static const QRegularExpression re(QStringLiteral("^files/[0-9a-f]{64}$"));
    return re.match(name).hasMatch();
}

bool expected(const QString& name)
{
    static const QRegularExpression json(QStringLiteral("^[a-z_]{1,40}\\.json$"));
    return name == QLatin1String(kSignature) || json.match(name).hasMatch() || isFilePart(name);
}

Result<Header> parseHeader(const QJsonObject& m)
{
    Header h;
    h.format = m.value(QStringLiteral("format")).toString();
    if (h.format != QLatin1String(kTaskFormat) && h.format != QLatin1String(kReportFormat))
        return refuse(
            reason::notPackage,
            QCoreApplication::translate(
                "cd::Package",
                "The file is not a CampaignDesk package (its manifest names no known format)."));
    h.version = m.value(QStringLiteral("version")).toInt(-1);
    if (h.version > kFormatVersion)
        return refuse(reason::version,
                      QCoreApplication::translate(
                          "cd::Package", "The package was made by a newer CampaignDesk (format "
                                         "%1); this program reads format %2. Update it first.")
                          .arg(h.version)
                          .arg(kFormatVersion));
    if (h.version < 1)
        return refuse(reason::malformed,
                      QCoreApplication::translate(
                          "cd::Package", "The package's manifest has no valid format version."));
    h.office = m.value(QStringLiteral("office")).toString();
    h.campaign = m.value(QStringLiteral("campaign")).toInt();
    const QJsonObject unit = m.value(QStringLiteral("unit")).toObject();
    h.unitId = unit.value(QStringLiteral("id")).toInteger();
    h.unitName = unit.value(QStringLiteral("name")).toString();
    h.sequence = m.value(QStringLiteral("sequence")).toInteger();
    h.madeAt =
        QDateTime::fromString(m.value(QStringLiteral("made_at")).toString(), Qt::ISODateWithMs);
    h.keyId = m.value(QStringLiteral("key_id")).toString();
    if (h.office.isEmpty() || h.campaign <= 0 || h.unitId <= 0 || h.unitName.isEmpty() ||
        h.sequence < 0 || !h.madeAt.isValid() || h.keyId.isEmpty())
        return refuse(reason::malformed,
                      QCoreApplication::translate(
                          "cd::Package",
                          "The package's manifest lacks its office, campaign, unit, time or key."));
    return h;
}

class Reader
{
public:
    Reader(QIODevice& device, const Limits& limits) : m_zip(&device), m_limits(limits) {}

    Result<Archive> run()
    {
        if (!m_zip.open(QuaZip::mdUnzip))
            return refuse(reason::notPackage,
                          QCoreApplication::translate(
                              "cd::Package",
                              "The file is not a CampaignDesk package (it is not a zip archive)."));
        if (auto s = survey(); !s) return fail(s.error());
        Archive a;
        auto manifest = entry(QLatin1String(kManifest));
        if (!manifest) return fail(manifest.error());
        a.manifestBytes = *manifest;
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(a.manifestBytes, &error);
        if (error.error != QJsonParseError::NoError || !doc.isObject())
            return refuse(reason::malformed,
                          QCoreApplication::translate(
                              "cd::Package", "The package's manifest is not valid JSON: %1.")
                              .arg(error.errorString()));
        a.manifest = doc.object();
        auto header = parseHeader(a.manifest);
        if (!header) return fail(header.error());
        a.header = *header;
        auto signature = entry(QLatin1String(kSignature));
        if (!signature) return fail(signature.error());
        a.signature = QByteArray::fromHex(signature->trimmed());
        if (auto s = readParts(a); !s) return fail(s.error());
        return a;
    }

private:
    Status survey()
    {
        const auto infos = m_zip.getFileInfoList64();
        if (m_zip.getZipError() != UNZ_OK)
            return refuse(reason::damaged,
                          QCoreApplication::translate("cd::Package",
                                                      "The package's zip directory is damaged."));
        if (infos.size() > m_limits.maxEntries)
            return refuse(reason::tooLarge,
                          QCoreApplication::translate(
                              "cd::Package", "The package holds %1 parts; at most %2 are read.")
                              .arg(infos.size())
                              .arg(m_limits.maxEntries));
        qint64 total = 0;
        for (const auto& info : infos) {
            if (unsafe(info.name))
                return refuse(reason::unsafeName,
                              QCoreApplication::translate(
                                  "cd::Package", "The package contains the name “%1”, which points "
                                                 "outside the package (../ or an absolute path). "
                                                 "Nothing was read.")
                                  .arg(info.name));
            if (!expected(info.name))
                return refuse(reason::unexpectedPart,
                              QCoreApplication::translate(
                                  "cd::Package",
                                  "The package contains a part CampaignDesk does not make: “%1”.")
                                  .arg(info.name));
            if (m_sizes.contains(info.name))
                return refuse(reason::damaged,
                              QCoreApplication::translate(
                                  "cd::Package", "The package contains the part “%1” twice.")
                                  .arg(info.name));
            const qint64 size = qint64(info.uncompressedSize);
            if (isFilePart(info.name) && size > m_limits.maxFileBytes)
                return refuse(reason::attachmentTooLarge,
                              QCoreApplication::translate(
                                  "cd::Package",
                                  "An evidence file in the package is %1 MB; the limit is %2 MB.")
                                  .arg(double(size) / (1 << 20), 0, 'f', 1)
                                  .arg(m_limits.maxFileBytes >> 20));
            if (!isFilePart(info.name) && size > m_limits.maxJsonBytes)
                return refuse(
                    reason::tooLarge,
                    QCoreApplication::translate(
                        "cd::Package",
                        "The part “%1” is %2 MB; a package's data part may be at most %3 MB.")
                        .arg(info.name)
                        .arg(double(size) / (1 << 20), 0, 'f', 1)
                        .arg(m_limits.maxJsonBytes >> 20));
            if (size > (1 << 20) &&
                size / std::max<qint64>(1, qint64(info.compressedSize)) > m_limits.maxRatio)
                return refuse(
                    reason::bomb,
                    QCoreApplication::translate(
                        "cd::Package",
                        "The part “%1” expands %2 times (a zip bomb?); the package was not read.")
                        .arg(info.name)
                        .arg(size / std::max<qint64>(1, qint64(info.compressedSize))));
            total += size;
            if (total > m_limits.maxTotalBytes)
                return refuse(
                    reason::bomb,
                    QCoreApplication::translate(
                        "cd::Package", "The package expands to more than %1 MB; it was not read.")
                        .arg(m_limits.maxTotalBytes >> 20));
            m_sizes.insert(info.name, size);
        }
        if (!m_sizes.contains(QLatin1String(kManifest)) ||
            !m_sizes.contains(QLatin1String(kSignature)))
            return refuse(
                reason::notPackage,
                QCoreApplication::translate(
                    "cd::Package",
                    "The file is not a CampaignDesk package (it has no signed manifest)."));
        return {};
    }

    Result<QByteArray> entry(const QString& name)
    {
        if (!m_zip.setCurrentFile(name))
            return refuse(reason::damaged,
                          QCoreApplication::translate("cd::Package",
                                                      "The package's part “%1” cannot be found.")
                              .arg(name));
        QuaZipFile file(&m_zip);
        if (!file.open(QIODevice::ReadOnly))
            return refuse(reason::damaged, QCoreApplication::translate(
                                               "cd::Package", "The package's part “%1” is damaged.")
                                               .arg(name));
        // Never trust the declared size: read one byte past it, and no more.
        const qint64 declared = m_sizes.value(name);
        QByteArray data = file.read(declared + 1);
        const bool readError = file.getZipError() != UNZ_OK;
        file.close();
        if (readError || file.getZipError() != UNZ_OK)
            return refuse(reason::damaged,
                          QCoreApplication::translate(
                              "cd::Package", "The package's part “%1” is damaged or truncated.")
                              .arg(name));
        if (data.size() != declared)
            return refuse(reason::damaged,
                          QCoreApplication::translate(
                              "cd::Package", "The package's part “%1” is not the size it claims.")
                              .arg(name));
        return data;
    }

    Status readParts(Archive& a)
    {
        QSet<QString> listed;
        const QJsonArray parts = a.manifest.value(QStringLiteral("parts")).toArray();
        for (const auto& v : parts) {
            const QJsonObject p = v.toObject();
            const QString path = p.value(QStringLiteral("path")).toString();
            const QString hash = p.value(QStringLiteral("sha256")).toString();
            if (path == QLatin1String(kManifest) || path == QLatin1String(kSignature) ||
                listed.contains(path))
                return refuse(
                    reason::malformed,
                    QCoreApplication::translate(
                        "cd::Package", "The package's manifest lists “%1” where it should not.")
                        .arg(path));
            if (!m_sizes.contains(path))
                return refuse(
                    reason::altered,
                    QCoreApplication::translate(
                        "cd::Package", "The package lacks the part “%1” its manifest lists.")
                        .arg(path));
            listed.insert(path);
            auto data = entry(path);
            if (!data) return fail(data.error());
            if (sha256(*data) != hash)
                return refuse(reason::altered,
                              QCoreApplication::translate(
                                  "cd::Package", "The part “%1” does not match the manifest: the "
                                                 "package was changed after it was made.")
                                  .arg(path));
            if (isFilePart(path) && path.mid(6) != hash)
                return refuse(
                    reason::altered,
                    QCoreApplication::translate(
                        "cd::Package", "The evidence file “%1” is not filed under its own hash.")
                        .arg(path));
            a.parts.insert(path, *data);
        }
        for (auto it = m_sizes.cbegin(); it != m_sizes.cend(); ++it)
            if (it.key() != QLatin1String(kManifest) && it.key() != QLatin1String(kSignature) &&
                !listed.contains(it.key()))
                return refuse(
                    reason::altered,
                    QCoreApplication::translate(
                        "cd::Package",
                        "The package holds the part “%1”, which its manifest does not list.")
                        .arg(it.key()));
        return {};
    }

    QuaZip m_zip;
    Limits m_limits;
    QHash<QString, qint64> m_sizes;
};

bool ensureSodium()
{
    return sodium_init() >= 0;
}

} // namespace

QString sha256(const QByteArray& data)
{
    return QString::fromLatin1(QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex());
}

QString filePath(const QString& hash)
{
    return QStringLiteral("files/") + hash;
}

QByteArray newKey()
{
    ensureSodium();
    QByteArray key(kKeyBytes, Qt::Uninitialized);
    crypto_auth_keygen(reinterpret_cast<unsigned char*>(key.data()));
    return key;
}

QString keyId(const QByteArray& key)
{
    return sha256(QByteArrayLiteral("campaigndesk-key:") + key).left(16);
}

Result<Archive> read(QIODevice& device, const Limits& limits)
{
    if (device.size() > limits.maxPackageBytes)
        return refuse(reason::tooLarge,
                      QCoreApplication::translate("cd::Package",
                                                  "The package is %1 MB; at most %2 MB is read.")
                          .arg(device.size() >> 20)
                          .arg(limits.maxPackageBytes >> 20));
    return Reader(device, limits).run();
}

Result<Archive> readFile(const QString& path, const Limits& limits)
{
    // Read whole: the hash of the file is the package's identity, and a zip reads faster from
    // memory. input::read refuses devices and FIFOs and stops one byte past the limit.
    auto read = input::read(path, limits.maxPackageBytes, QCoreApplication::translate("cd::Package", "package"));
    if (!read) return fail(read.error()); // its reasons are the package's own (too_large…)
    QByteArray& bytes = *read;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::ReadOnly);
    auto a = Reader(buffer, limits).run();
    if (!a) return a;
    a->sha256 = sha256(bytes);
    return a;
}

Status verify(const Archive& archive, const QByteArray& key)
{
    if (!ensureSodium())
        return fail(Error::io(QCoreApplication::translate(
            "cd::Package", "The cryptography library could not start.")));
    if (key.size() != kKeyBytes || archive.header.keyId != keyId(key))
        return refuse(reason::wrongKey,
                      QCoreApplication::translate(
                          "cd::Package", "The package is signed with a key that is not the current "
                                         "key of %1 (a package for another unit or "
                                         "from an earlier export, or a forged one).")
                          .arg(archive.header.unitName));
    if (archive.signature.size() != crypto_auth_BYTES ||
        crypto_auth_verify(
            reinterpret_cast<const unsigned char*>(archive.signature.constData()),
            reinterpret_cast<const unsigned char*>(archive.manifestBytes.constData()),
            quint64(archive.manifestBytes.size()),
            reinterpret_cast<const unsigned char*>(key.constData())) != 0)
        return refuse(
            reason::altered,
            QCoreApplication::translate(
                "cd::Package",
                "The package's signature does not match its manifest: it was altered or forged."));
    return {};
}

Status write(const QString& path, Header header, const QList<Part>& parts, const QByteArray& key)
{
    if (!ensureSodium() || key.size() != kKeyBytes)
        return fail(Error::invalid(
            QCoreApplication::translate("cd::Package", "The unit has no valid package key.")));
    QJsonArray listed;
    for (const auto& p : parts)
        listed.append(QJsonObject{{QStringLiteral("path"), p.path},
                                  {QStringLiteral("sha256"), sha256(p.data)},
                                  {QStringLiteral("size"), qint64(p.data.size())}});
    const QJsonObject manifest{
        {QStringLiteral("format"), header.format},
        {QStringLiteral("version"), header.version},
        {QStringLiteral("office"), header.office},
        {QStringLiteral("campaign"), header.campaign},
        {QStringLiteral("unit"), QJsonObject{{QStringLiteral("id"), header.unitId},
                                             {QStringLiteral("name"), header.unitName}}},
        {QStringLiteral("sequence"), header.sequence},
        {QStringLiteral("made_at"), header.madeAt.toString(Qt::ISODateWithMs)},
        {QStringLiteral("key_id"), keyId(key)},
        {QStringLiteral("parts"), listed}};
    const QByteArray manifestBytes = QJsonDocument(manifest).toJson(QJsonDocument::Indented);
    QByteArray tag(crypto_auth_BYTES, Qt::Uninitialized);
    crypto_auth(reinterpret_cast<unsigned char*>(tag.data()),
                reinterpret_cast<const unsigned char*>(manifestBytes.constData()),
                quint64(manifestBytes.size()),
                reinterpret_cast<const unsigned char*>(key.constData()));

    const QString partial = path + QStringLiteral(".part");
    QFile::remove(partial);
    {
        QuaZip zip(partial);
        if (!zip.open(QuaZip::mdCreate))
            return fail(Error::io(
                QCoreApplication::translate("cd::Package", "Cannot write %1.").arg(path)));
        const auto add = [&zip](const QString& name, const QByteArray& data, bool compress) {
            QuaZipFile out(&zip);
            QuaZipNewInfo info(name);
            info.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                QFileDevice::ReadGroup | QFileDevice::ReadOther);
            if (!out.open(QIODevice::WriteOnly, info, nullptr, 0, Z_DEFLATED,
                          compress ? Z_DEFAULT_COMPRESSION : Z_NO_COMPRESSION))
                return false;
            const bool ok = out.write(data) == data.size();
            out.close();
            return ok && out.getZipError() == ZIP_OK;
        };
        bool ok = add(QLatin1String(kManifest), manifestBytes, true) &&
                  add(QLatin1String(kSignature), tag.toHex() + '\n', false);
        for (const auto& p : parts)
            ok = ok && add(p.path, p.data, !p.path.startsWith(QLatin1String("files/")));
        zip.close();
        if (!ok || zip.getZipError() != ZIP_OK) {
            QFile::remove(partial);
            return fail(Error::io(
                QCoreApplication::translate("cd::Package", "Cannot write %1 (is the disk full?).")
                    .arg(path)));
        }
    }
    std::error_code ec;
    std::filesystem::rename(QFile::encodeName(partial).toStdString(),
                            QFile::encodeName(path).toStdString(), ec);
    if (ec) {
        QFile::remove(partial);
        return fail(Error::io(QCoreApplication::translate("cd::Package", "Cannot write %1: %2")
                                  .arg(path, QString::fromStdString(ec.message()))));
    }
    return {};
}

} // namespace cd::package
