#pragma once

#include "domain/Error.h"
#include "domain/Reporting.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QPair>
#include <QSet>

namespace cd {

class BulkInsert;
class Database;

// One report package taken in by the office.
struct PackageImport
{
    qint64 id = 0;
    qint64 unitId = 0;
    QString unitName;
    qint64 sequence = 0;
    QString sha256;
    QDateTime madeAt;
    QDateTime importedAt;
    QString importedBy;
    QString summary; // JSON: what it added and what it skipped
};

// Keys, the import log and the file's package identity (office side); which unit a unit's own
// file acts as and how many packages it has made (unit side).
class PackageRepository
{
public:
    explicit PackageRepository(Database& db) : m_db(db) {}

    QString meta(const QString& key);
    Status setMeta(const QString& key, const QString& value);

    QByteArray unitKey(qint64 unitId);
    // unit → key, for every unit with one.
    QHash<qint64, QByteArray> unitKeys();
    Status putUnitKey(qint64 unitId, const QByteArray& key, const QDateTime& at);

    qint64 lastSequence(qint64 unitId);
    // unit → highest sequence imported, for every unit with an import.
    QHash<qint64, qint64> lastSequences();
    // With `batch` (BulkInsert::packageImports), the record goes with the others of an import.
    Status recordImport(const PackageImport& record, BulkInsert* batch = nullptr);
    QList<PackageImport> imports();

    // A unit's report versions (submitted ones, or all), by period and version.
    QList<qint64> reportIds(qint64 unitId, bool submittedOnly);
    // Every plan of a unit, items included, by period and version.
    QList<MonthlyPlan> plans(qint64 unitId);
    // "period id|submitted at" → id of every submitted report of a unit; the same keys for plans.
    QHash<QString, qint64> reportStamps(qint64 unitId);
    QSet<QString> planStamps(qint64 unitId);
    // What an import of many packages consults for each: read once for every unit, so a
    // package costs no reads of its own (on a server, a round trip each).
    struct Known
    {
        QHash<qint64, QHash<QString, qint64>> reportStamps; // unit → reportStamps(unit)
        QHash<qint64, QSet<QString>> planStamps;            // unit → planStamps(unit)
        QHash<QPair<qint64, qint64>, int> reportVersions;   // (unit, period) → latest version
        QSet<QPair<qint64, qint64>> accepted;               // (unit, period) whose latest sent version is accepted
        QHash<QPair<qint64, qint64>, int> planVersions;     // (unit, period) → latest plan version
    };
    Known known();
    static QString stampKey(qint64 periodId, const QDateTime& at);

private:
    Database& m_db;
};

} // namespace cd
