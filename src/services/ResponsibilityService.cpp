#include "services/ResponsibilityService.h"

#include "domain/Text.h"
#include "domain/Validation.h"
#include "services/Json.h"
#include "storage/CampaignRepository.h"
#include "storage/ResponsibilityRepository.h"
#include "storage/Transaction.h"
#include "storage/UnitRepository.h"

#include <QCoreApplication>
#include <QSet>

namespace cd {
namespace {

bool sameData(const Responsibility& a, const Responsibility& b)
{
    return a.person == b.person && a.post == b.post && a.duty == b.duty && a.target == b.target;
}
} // namespace

int CoverageMatrix::missingFor(const Unit& u) const
{
    int missing = 0;
    for (const auto& t : tasks)
        if (applies(u, t) && count(u.id, t.id) == 0) ++missing;
    return missing;
}

QList<Responsibility> ResponsibilityService::forUnit(qint64 unitId)
{
    if (!m_ctx.actor.inScope(unitId)) return {}; // another part's, for an account scoped to a group
    return ResponsibilityRepository(m_ctx.db).forUnit(unitId);
}

QList<Responsibility> ResponsibilityService::all()
{
    auto out = ResponsibilityRepository(m_ctx.db).all();
    out.removeIf([this](const Responsibility& r) { return !m_ctx.actor.inScope(r.unitId); });
    return out;
}

Status ResponsibilityService::checkReferences(const Responsibility& r)
{
    if (!UnitRepository(m_ctx.db).byId(r.unitId)) return fail(Error::notFound(QCoreApplication::translate("cd::ResponsibilityService", "The unit does not exist.")));
    auto task = CampaignRepository(m_ctx.db).taskById(r.taskId);
    if (!task) return fail(Error::notFound(QCoreApplication::translate("cd::ResponsibilityService", "The task does not exist.")));
    if (task->kind == TaskKind::Optional && task->ownerUnitId != r.unitId)
        return fail(Error::invalid(QCoreApplication::translate("cd::ResponsibilityService", "Task %1 is another unit's own task.").arg(task->code)));
    return {};
}

Result<qint64> ResponsibilityService::save(Responsibility r, std::optional<Responsibility> asRead)
{
    if (auto s = m_ctx.requireSetupRights(QT_TRANSLATE_NOOP("cd::ServiceContext", "change responsibility lists")); !s) return fail(s.error());
    for (auto* s : {&r.person, &r.post, &r.duty}) *s = text::clean(*s);
    if (auto s = Validation::responsibility(r); !s) return fail(s.error());
    if (auto s = checkReferences(r); !s) return fail(s.error());
    ResponsibilityRepository repo(m_ctx.db);
    if (auto other = repo.find(r.unitId, r.taskId, r.level); other && other->id != r.id)
        return fail(Error::conflict(QCoreApplication::translate("cd::ResponsibilityService", "This task already has a person at that level of responsibility.")));
    Transaction tx(m_ctx.db);
    if (!tx.ok()) return fail(tx.error());
    if (r.id == 0) {
        auto id = repo.insert(r);
        if (!id) return fail(id.error());
        r.id = *id;
        if (auto s = m_ctx.audit(QStringLiteral("responsibility.create"), QStringLiteral("responsibility"), r.id, {}, json::of(r)); !s)
            return fail(s.error());
    } else {
        auto before = repo.byId(r.id);
        if (!before) return fail(Error::notFound(QCoreApplication::translate("cd::ResponsibilityService", "The responsibility no longer exists.")));
        if (asRead && json::of(*asRead) != json::of(*before))
            return fail(m_ctx.staleEdit(QStringLiteral("responsibility"), r.id, QCoreApplication::translate("cd::ResponsibilityService", "The responsibility of %1").arg(asRead->person)));
        if (auto s = repo.update(r); !s) return fail(s.error());
        if (auto s = m_ctx.audit(QStringLiteral("responsibility.update"), QStringLiteral("responsibility"), r.id, json::of(*before),
                                 json::of(r));
            !s)
            return fail(s.error());
    }
    if (auto s = tx.commit(); !s) return fail(s.error());
    return r.id;
}

Status ResponsibilityService::remove(qint64 id)
{
    if (auto s = m_ctx.requireSetupRights(QT_TRANSLATE_NOOP("cd::ServiceContext", "remove responsibilities")); !s) return s;
    ResponsibilityRepository repo(m_ctx.db);
    auto before = repo.byId(id);
    if (!before) return fail(Error::notFound(QCoreApplication::translate("cd::ResponsibilityService", "The responsibility no longer exists.")));
    Transaction tx(m_ctx.db);
    if (!tx.ok()) return fail(tx.error());
    if (auto s = repo.remove(id); !s) return s;
    if (auto s = m_ctx.audit(QStringLiteral("responsibility.delete"), QStringLiteral("responsibility"), id, json::of(*before), {}); !s)
        return s;
    return tx.commit();
}

CoverageMatrix ResponsibilityService::coverage(qint64 campaignId)
{
    CoverageMatrix m;
    for (const auto& u : UnitRepository(m_ctx.db).all())
        if (u.active) m.units.append(u);
    m.tasks = CampaignRepository(m_ctx.db).tasks(campaignId);
    m.counts = ResponsibilityRepository(m_ctx.db).coverage(campaignId);
    return m;
}

ImportPreview<ResponsibilityImportRow> ResponsibilityService::preview(qint64 campaignId, const QList<ResponsibilityImportRow>& rows)
{
    ImportPreview<ResponsibilityImportRow> out;
    UnitRepository units(m_ctx.db);
    CampaignRepository campaigns(m_ctx.db);
    ResponsibilityRepository repo(m_ctx.db);
    QHash<QString, Unit> unitByName;
    for (const auto& u : units.all()) unitByName.insert(u.name, u);
    QHash<QString, Task> taskByCode;
    for (const auto& t : campaigns.tasks(campaignId)) taskByCode.insert(t.code.toUpper(), t);
    QSet<QString> seen;

    for (auto row : rows) {
        auto reject = [&](const QString& why) { out.rejected.append({row.row, why}); };
        const QString unitName = text::clean(row.unitName);
        auto unit = unitByName.constFind(unitName);
        if (unit == unitByName.cend()) {
            reject(QCoreApplication::translate("cd::ResponsibilityService", "Unknown unit: %1").arg(unitName));
            continue;
        }
        auto task = taskByCode.constFind(text::clean(row.taskCode).toUpper());
        if (task == taskByCode.cend()) {
            reject(QCoreApplication::translate("cd::ResponsibilityService", "Unknown task code: %1").arg(row.taskCode));
            continue;
        }
        auto level = text::clean(row.level).isEmpty() ? std::optional(ResponsibilityLevel::Specific) : levelFromText(row.level);
        if (!level) {
            reject(QCoreApplication::translate("cd::ResponsibilityService", "Unknown level of responsibility: %1").arg(row.level));
            continue;
        }
        Responsibility r{0, unit->id, task->id, *level, text::clean(row.person), text::clean(row.post), text::clean(row.duty), 0};
        const QString targetText = text::clean(row.target);
        bool ok = true;
        r.target = targetText.isEmpty() ? 0 : targetText.toDouble(&ok);
        if (!ok) {
            reject(QCoreApplication::translate("cd::ResponsibilityService", "The target '%1' is not a number.").arg(targetText));
            continue;
        }
        if (auto s = Validation::responsibility(r); !s) {
            reject(s.error().message);
            continue;
        }
        if (task->kind == TaskKind::Optional && task->ownerUnitId != unit->id) {
            reject(QCoreApplication::translate("cd::ResponsibilityService", "Task %1 is another unit's own task.").arg(task->code));
            continue;
        }
        const QString key = QStringLiteral("%1/%2/%3").arg(r.unitId).arg(r.taskId).arg(toId(r.level));
        if (seen.contains(key)) {
            reject(QCoreApplication::translate("cd::ResponsibilityService", "The same unit, task and level appear in an earlier row."));
            continue;
        }
        seen.insert(key);
        row.resolved = r;
        if (auto existing = repo.find(r.unitId, r.taskId, r.level)) {
            if (sameData(*existing, r)) {
                ++out.unchanged;
                continue;
            }
            row.resolved.id = existing->id;
            out.updated.append(row);
        } else {
            out.added.append(row);
        }
    }
    return out;
}

Status ResponsibilityService::apply(const ImportPreview<ResponsibilityImportRow>& preview)
{
    if (auto s = m_ctx.requireSetupRights(QT_TRANSLATE_NOOP("cd::ServiceContext", "import responsibility lists")); !s) return s;
    ResponsibilityRepository repo(m_ctx.db);
    Transaction tx(m_ctx.db);
    if (!tx.ok()) return fail(tx.error());
    for (const auto& row : preview.added) {
        auto id = repo.insert(row.resolved);
        if (!id) return fail(Error{id.error().code, QCoreApplication::translate("cd::ResponsibilityService", "Row %1: %2").arg(row.row).arg(id.error().message)});
        Responsibility r = row.resolved;
        r.id = *id;
        if (auto s = m_ctx.audit(QStringLiteral("responsibility.import"), QStringLiteral("responsibility"), r.id, {}, json::of(r)); !s)
            return s;
    }
    for (const auto& row : preview.updated) {
        auto before = repo.byId(row.resolved.id);
        if (!before) return fail(Error::notFound(QCoreApplication::translate("cd::ResponsibilityService", "Row %1: the responsibility no longer exists.").arg(row.row)));
        if (auto s = repo.update(row.resolved); !s) return s;
        if (auto s = m_ctx.audit(QStringLiteral("responsibility.import"), QStringLiteral("responsibility"), row.resolved.id,
                                 json::of(*before), json::of(row.resolved));
            !s)
            return s;
    }
    return tx.commit();
}

} // namespace cd
