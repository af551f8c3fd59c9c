#include "packages/PackageConvert.h"

#include "storage/CampaignRepository.h"
#include "storage/ReportRepository.h"

#include <QSet>

namespace cd {

std::optional<CampaignIndex> CampaignIndex::load(Database& db)
{
    CampaignRepository repo(db);
    auto c = repo.latest();
    if (!c) return std::nullopt;
    CampaignIndex index;
    index.campaign = *c;
    index.tasks = repo.tasks(c->id);
    index.periods = repo.periods(c->id);
    for (const auto& t : index.tasks) {
        index.taskCode.insert(t.id, t.code);
        index.taskId.insert(t.code, t.id);
    }
    for (const auto& p : index.periods) {
        index.periodCode.insert(p.id, p.code);
        index.periodByCode.insert(p.code, p);
    }
    return index;
}

package::ReportEntry entryOf(const SelfReport& r, const CampaignIndex& index)
{
    package::ReportEntry e;
    e.period = index.periodCode.value(r.periodId);
    e.version = r.version;
    e.status = r.status;
    e.summary = r.summary;
    e.savedAt = r.savedAt;
    e.submittedAt = r.submittedAt;
    e.submittedBy = r.submittedBy;
    e.reviewedAt = r.reviewedAt;
    e.reviewedBy = r.reviewedBy;
    e.reviewComment = r.reviewComment;
    for (const auto& i : r.items)
        e.items.append(
            {index.taskCode.value(i.taskId), i.progress, i.status, i.done, i.problems, i.next});
    for (const auto& a : r.attachments)
        e.files.append({a.name, a.sha256, a.size});
    return e;
}

package::PlanEntry entryOf(const MonthlyPlan& p, const CampaignIndex& index)
{
    package::PlanEntry e;
    e.month = index.periodCode.value(p.periodId);
    e.version = p.version;
    e.submittedAt = p.submittedAt;
    e.submittedBy = p.submittedBy;
    for (const auto& i : p.items)
        e.items.append({index.taskCode.value(i.taskId), i.text});
    return e;
}

Result<StoredVersion> storeVersion(Database& db, const package::ReportEntry& e, qint64 unitId,
                                   qint64 periodId, const QHash<QString, qint64>& taskIds,
                                   const QHash<QString, QByteArray>& files, std::optional<int> latestVersion, VersionBatch* batch)
{
    ReportRepository repo(db);
    if (!latestVersion) {
        auto latest = repo.latest(unitId, periodId);
        latestVersion = latest ? latest->version : 0;
    }
    SelfReport r;
    r.unitId = unitId;
    r.periodId = periodId;
    r.version = *latestVersion + 1;
    r.status = ReportStatus::Submitted;
    r.summary = e.summary;
    r.savedAt = e.savedAt.isValid() ? e.savedAt : e.submittedAt;
    r.submittedAt = e.submittedAt;
    r.submittedBy = e.submittedBy;
    for (const auto& i : e.items)
        if (taskIds.contains(i.task))
            r.items.append(
                {taskIds.value(i.task), i.progress, i.status, i.done, i.problems, i.next});
    for (const auto& f : e.files) {
        auto id = repo.storeAttachment(f.sha256, files.value(package::filePath(f.sha256)));
        if (!id) return fail(id.error());
        r.attachments.append({*id, f.name, f.sha256, f.size});
    }
    auto id = batch ? batch->addReport(r) : repo.insert(r);
    if (!id) return fail(id.error());
    return StoredVersion{*id, r.version};
}

Result<StoredVersion> storePlan(Database& db, const package::PlanEntry& e, qint64 unitId, qint64 periodId,
                                const QHash<QString, qint64>& taskIds, std::optional<int> latestVersion, VersionBatch* batch)
{
    PlanRepository repo(db);
    MonthlyPlan p;
    p.unitId = unitId;
    p.periodId = periodId;
    if (!latestVersion) {
        auto latest = repo.latest(unitId, periodId);
        latestVersion = latest ? latest->version : 0;
    }
    p.version = *latestVersion + 1;
    p.submittedAt = e.submittedAt;
    p.submittedBy = e.submittedBy;
    for (const auto& [task, text] : e.items)
        if (taskIds.contains(task)) p.items.append({taskIds.value(task), text});
    auto id = batch ? batch->addPlan(p) : repo.insert(p);
    if (!id) return fail(id.error());
    return StoredVersion{*id, p.version};
}

QList<package::Part> evidenceParts(Database& db, const QList<SelfReport>& reports)
{
    QList<package::Part> out;
    QSet<QString> seen;
    ReportRepository repo(db);
    for (const auto& r : reports)
        for (const auto& a : r.attachments) {
            if (seen.contains(a.sha256)) continue;
            seen.insert(a.sha256);
            out.append({package::filePath(a.sha256), repo.attachmentData(a.id)});
        }
    return out;
}

} // namespace cd
