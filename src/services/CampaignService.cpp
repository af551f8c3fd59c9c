#include "services/CampaignService.h"

#include "domain/PeriodCalendar.h"
#include "domain/Validation.h"
#include "services/Json.h"
#include "storage/CampaignRepository.h"
#include "storage/Transaction.h"
#include "storage/UnitRepository.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>

namespace cd {
namespace {
} // namespace

QStringList CampaignService::templateIds()
{
    QStringList ids;
    for (const auto& name : QDir(QStringLiteral(":/templates")).entryList({QStringLiteral("*.json")}))
        ids << name.chopped(5);
    return ids;
}

Result<CampaignTemplate> CampaignService::loadTemplate(const QString& id)
{
    QFile f(QStringLiteral(":/templates/%1.json").arg(id));
    if (!f.open(QIODevice::ReadOnly))
        return fail(Error::notFound(QCoreApplication::translate("cd::CampaignService", "There is no campaign template called '%1'.").arg(id)));
    return CampaignTemplate::parse(f.readAll());
}

Result<Campaign> CampaignService::createFromTemplate(int year, const QString& templateId)
{
    Transaction tx(m_ctx.db);
    if (!tx.ok()) return fail(tx.error());
    auto created = createFromTemplateInTransaction(year, templateId);
    if (!created) return created;
    if (auto s = tx.commit(); !s) return fail(s.error());
    return created;
}

Result<Campaign> CampaignService::createFromTemplateInTransaction(int year, const QString& templateId)
{
    if (auto s = m_ctx.requireSetupRights(QT_TRANSLATE_NOOP("cd::ServiceContext", "create the year's campaign")); !s) return fail(s.error());
    auto tmpl = loadTemplate(templateId);
    if (!tmpl) return fail(tmpl.error());
    Campaign c{0, tmpl->name.arg(year), year, QDate(year, 1, 1), QDate(year, 12, 31), templateId};
    if (auto s = Validation::campaign(c); !s) return fail(s.error());
    if (CampaignRepository(m_ctx.db).byYear(year))
        return fail(Error::conflict(QCoreApplication::translate("cd::CampaignService", "A campaign for %1 already exists.").arg(year)));
    return writeFromTemplate(c, *tmpl);
}

Result<Campaign> CampaignService::writeFromTemplate(Campaign c, const CampaignTemplate& tmpl)
{
    CampaignRepository repo(m_ctx.db);
    auto id = repo.insert(c);
    if (!id) return fail(id.error());
    c.id = *id;
    for (const auto& w : tmpl.weights)
        if (auto s = repo.insertPillar(c.id, w); !s) return fail(s.error());
    for (const auto& t : tmpl.tasksFor(c)) {
        if (auto s = Validation::task(t, c); !s) return fail(s.error());
        if (auto r = repo.insertTask(t); !r) return fail(r.error());
    }
    for (auto p : PeriodCalendar().periodsForYear(c.year)) {
        p.campaignId = c.id;
        if (auto r = repo.insertPeriod(p); !r) return fail(r.error());
    }
    if (auto s = m_ctx.audit(QStringLiteral("campaign.create"), QStringLiteral("campaign"), c.id, {}, json::of(c)); !s)
        return fail(s.error());
    return c;
}

std::optional<Campaign> CampaignService::current() { return CampaignRepository(m_ctx.db).latest(); }
std::optional<Campaign> CampaignService::forYear(int year) { return CampaignRepository(m_ctx.db).byYear(year); }
QList<Task> CampaignService::tasks(qint64 campaignId) { return CampaignRepository(m_ctx.db).tasks(campaignId); }
QList<Period> CampaignService::periods(qint64 campaignId) { return CampaignRepository(m_ctx.db).periods(campaignId); }
QList<PillarWeight> CampaignService::pillars(qint64 campaignId) { return CampaignRepository(m_ctx.db).pillars(campaignId); }

Result<qint64> CampaignService::addOptionalTask(Task task)
{
    if (auto s = m_ctx.requireSetupRights(QT_TRANSLATE_NOOP("cd::ServiceContext", "add tasks")); !s) return fail(s.error());
    CampaignRepository repo(m_ctx.db);
    const auto campaigns = repo.all();
    auto campaign = std::ranges::find(campaigns, task.campaignId, &Campaign::id);
    if (campaign == campaigns.end()) return fail(Error::notFound(QCoreApplication::translate("cd::CampaignService", "The campaign does not exist.")));
    task.kind = TaskKind::Optional;
    if (auto s = Validation::task(task, *campaign); !s) return fail(s.error());
    if (!UnitRepository(m_ctx.db).byId(task.ownerUnitId)) return fail(Error::notFound(QCoreApplication::translate("cd::CampaignService", "The unit does not exist.")));
    if (repo.taskByCode(task.campaignId, task.code))
        return fail(Error::conflict(QCoreApplication::translate("cd::CampaignService", "A task with code %1 already exists.").arg(task.code)));
    Transaction tx(m_ctx.db);
    if (!tx.ok()) return fail(tx.error());
    auto id = repo.insertTask(task);
    if (!id) return fail(id.error());
    task.id = *id;
    if (auto s = m_ctx.audit(QStringLiteral("task.create"), QStringLiteral("task"), task.id, {}, json::of(task)); !s)
        return fail(s.error());
    if (auto s = tx.commit(); !s) return fail(s.error());
    return task.id;
}

Status CampaignService::updateTask(const Task& task, const Task* asRead)
{
    if (auto s = m_ctx.requireSetupRights(QT_TRANSLATE_NOOP("cd::ServiceContext", "change tasks")); !s) return s;
    CampaignRepository repo(m_ctx.db);
    Transaction tx(m_ctx.db);
    if (!tx.ok()) return fail(tx.error());
    auto before = repo.taskById(task.id);
    if (!before) return fail(Error::notFound(QCoreApplication::translate("cd::CampaignService", "The task does not exist.")));
    if (asRead && json::of(*asRead) != json::of(*before))
        return fail(m_ctx.staleEdit(QStringLiteral("task"), task.id, asRead->code + QLatin1Char(' ') + asRead->title));
    const auto campaigns = repo.all();
    auto campaign = std::ranges::find(campaigns, task.campaignId, &Campaign::id);
    if (campaign == campaigns.end()) return fail(Error::notFound(QCoreApplication::translate("cd::CampaignService", "The campaign does not exist.")));
    if (auto s = Validation::task(task, *campaign); !s) return s;
    if (auto other = repo.taskByCode(task.campaignId, task.code); other && other->id != task.id)
        return fail(Error::conflict(QCoreApplication::translate("cd::CampaignService", "A task with code %1 already exists.").arg(task.code)));
    if (auto s = repo.updateTask(task); !s) return s;
    if (auto s = m_ctx.audit(QStringLiteral("task.update"), QStringLiteral("task"), task.id, json::of(*before), json::of(task)); !s)
        return s;
    return tx.commit();
}

} // namespace cd
