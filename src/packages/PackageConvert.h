#pragma once

#include "domain/Entities.h"
#include "packages/PackagePayload.h"

#include <QHash>
#include <optional>

namespace cd {

class Database;
class VersionBatch;

// The campaign's tasks and periods by id and by code, to turn stored versions into package
// entries and back.
struct CampaignIndex
{
    Campaign campaign;
    QList<Task> tasks;
    QList<Period> periods;
    QHash<qint64, QString> taskCode;
    QHash<QString, qint64> taskId;
    QHash<qint64, QString> periodCode;
    QHash<QString, Period> periodByCode;

    static std::optional<CampaignIndex> load(Database& db);
};

package::ReportEntry entryOf(const SelfReport& r, const CampaignIndex& index);
package::PlanEntry entryOf(const MonthlyPlan& p, const CampaignIndex& index);
// A package's version stored as the unit's next version of the period, submitted, with its
// evidence taken from `files` (package paths); its id and version number.
struct StoredVersion
{
    qint64 id = 0;
    int version = 0;
};
// `latestVersion`: the period's latest version when the caller knows it (an import of many
// packages reads them all at once); read here when not given.
// `batch`: the rows go with many others (an import of many packages; see VersionBatch).
Result<StoredVersion> storeVersion(Database& db, const package::ReportEntry& e, qint64 unitId,
                                   qint64 periodId, const QHash<QString, qint64>& taskIds,
                                   const QHash<QString, QByteArray>& files,
                                   std::optional<int> latestVersion = std::nullopt, VersionBatch* batch = nullptr);
Result<StoredVersion> storePlan(Database& db, const package::PlanEntry& e, qint64 unitId, qint64 periodId,
                                const QHash<QString, qint64>& taskIds, std::optional<int> latestVersion = std::nullopt,
                                VersionBatch* batch = nullptr);

// The evidence files of the given versions, each once, as package parts.
QList<package::Part> evidenceParts(Database& db, const QList<SelfReport>& reports);

} // namespace cd
