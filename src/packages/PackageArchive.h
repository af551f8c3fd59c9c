#pragma once

#include "domain/Error.h"

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>

class QIODevice;

// The file format shared by task packages (office → unit) and report packages (unit → office):
// a zip of JSON parts and evidence files, a manifest listing every part with its SHA-256, and
// the manifest's signature with the unit's key. Described in docs/packages.md. Nothing here
// touches a database: reading checks the archive itself, so it can be fed any bytes.
namespace cd::package {

inline constexpr int kFormatVersion = 1;
inline constexpr auto kTaskFormat = "campaigndesk.task-package";
inline constexpr auto kReportFormat = "campaigndesk.report-package";
inline constexpr auto kManifest = "manifest.json";
inline constexpr auto kSignature = "manifest.sig";
inline constexpr int kKeyBytes = 32;

// Refusal reasons (Error::reason), stable for programs and tests.
namespace reason {
inline const QString notPackage = QStringLiteral("not_a_package");
inline const QString unsafeName = QStringLiteral("unsafe_name");
inline const QString unexpectedPart = QStringLiteral("unexpected_part");
inline const QString tooLarge = QStringLiteral("too_large");
inline const QString bomb = QStringLiteral("zip_bomb");
inline const QString damaged = QStringLiteral("damaged");
inline const QString altered = QStringLiteral("altered");
inline const QString wrongKey = QStringLiteral("wrong_key");
inline const QString otherCampaign = QStringLiteral("other_campaign");
inline const QString otherUnit = QStringLiteral("other_unit");
inline const QString replay = QStringLiteral("replay");
inline const QString version = QStringLiteral("version");
inline const QString malformed = QStringLiteral("malformed");
inline const QString attachmentTooLarge = QStringLiteral("attachment_too_large");
inline const QString unknownReference = QStringLiteral("unknown_reference");
} // namespace reason

struct Limits
{
    qint64 maxPackageBytes = qint64(1) << 30; // the zip file itself
    qint64 maxJsonBytes = qint64(64) << 20;   // one JSON part
    qint64 maxFileBytes = qint64(20) << 20;   // one evidence file: the campaign's limit
    qint64 maxTotalBytes = qint64(2) << 30;   // everything unpacked
    int maxEntries = 20000;
    int maxRatio = 100; // unpacked / packed, for parts over 1 MB
};

// What the manifest says about the package.
struct Header
{
    QString format; // kTaskFormat or kReportFormat
    int version = kFormatVersion;
    QString office;    // the office file's identity
    int campaign = 0;  // the campaign's year
    qint64 unitId = 0; // the unit's id in the office's file
    QString unitName;
    qint64 sequence = 0; // report packages: counts up with each package a unit makes
    QDateTime madeAt;
    QString keyId; // which key signed it (a fingerprint, not the key)
};

struct Part
{
    QString path;
    QByteArray data;
};

// A package whose structure, names, sizes and part hashes were checked; the signature is
// checked separately, once the reader knows which key to expect (verify()).
struct Archive
{
    QByteArray manifestBytes;
    QJsonObject manifest;
    QByteArray signature;
    Header header;
    QHash<QString, QByteArray> parts; // every part the manifest lists, hash checked
    QString sha256;                   // of the whole file
};

Result<Archive> read(QIODevice& device, const Limits& limits);
Result<Archive> readFile(const QString& path, const Limits& limits);
// The signature made with this key over the manifest, and the key's fingerprint.
Status verify(const Archive& archive, const QByteArray& key);

// Writes parts, manifest and signature; the file appears whole or not at all.
Status write(const QString& path, Header header, const QList<Part>& parts, const QByteArray& key);

QByteArray newKey();
QString keyId(const QByteArray& key);
QString sha256(const QByteArray& data);
// An evidence file's place in a package.
QString filePath(const QString& sha256);

} // namespace cd::package
