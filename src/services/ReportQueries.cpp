// The reading side of reporting: the review queue, diffs, progress, reminders, and plans.
#include "services/ReportService.h"

#include "storage/CampaignRepository.h"
#include "storage/Locks.h"
#include "storage/Transaction.h"
#include "storage/UnitRepository.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace cd {
namespace {

QString number(double v) { return QString::number(v, 'g', 10); }

QList<DiffLine> compare(const SelfReport& before, const SelfReport& after, const QHash<qint64, QString>& codes)
{
    QList<DiffLine> out;
    if (before.summary != after.summary) out.append({QString(), QCoreApplication::translate("cd::ReportService", "Summary"), before.summary, after.summary});
    QHash<qint64, ReportItem> old;
    for (const auto& i : before.items) old.insert(i.taskId, i);
    for (const auto& i : after.items) {
        const ReportItem o = old.value(i.taskId);
        const QString code = codes.value(i.taskId);
        if (o.progress != i.progress) out.append({code, QCoreApplication::translate("cd::ReportService", "Progress"), number(o.progress), number(i.progress)});
        if (o.status != i.status) out.append({code, QCoreApplication::translate("cd::ReportService", "Status"), displayName(o.status), displayName(i.status)});
        if (o.done != i.done) out.append({code, QCoreApplication::translate("cd::ReportService", "Done"), o.done, i.done});
        if (o.problems != i.problems) out.append({code, QCoreApplication::translate("cd::ReportService", "Problems"), o.problems, i.problems});
        if (o.next != i.next) out.append({code, QCoreApplication::translate("cd::ReportService", "Next steps"), o.next, i.next});
    }
    return out;
}

} // namespace

QList<ReportListRow> ReportService::list(const ReportFilter& filter)
{
    ReportFilter f = filter;
    if (m_ctx.actor.role == Role::Unit) f.unitId = m_ctx.actor.unitId; // a unit sees its own reports only
    else if (!m_ctx.require(Operation::ReadAllUnits)) return {};
    QList<ReportListRow> out;
    for (const auto& row : ReportRepository(m_ctx.db).list(f))
        if (m_ctx.actor.inScope(row.unitId)) out.append({row, ReportRules::isLate(row.firstSubmittedAt, row.deadline)});
    return out;
}

Result<ReportDiff> ReportService::diff(qint64 reportId)
{
    ReportRepository repo(m_ctx.db);
    auto r = repo.byId(reportId);
    if (!r) return fail(Error::notFound(QCoreApplication::translate("cd::ReportService", "The report does not exist.")));
    if (auto s = m_ctx.require(Operation::ReadUnitData, r->unitId); !s) return fail(s.error());
    QHash<qint64, QString> codes;
    for (const auto& t : campaignTasks()) codes.insert(t.id, t.code);
    ReportDiff d;
    if (r->version > 1) d.previousVersion = repo.version(r->unitId, r->periodId, r->version - 1);
    if (d.previousVersion) d.againstPreviousVersion = compare(*d.previousVersion, *r, codes);
    // The previous period of the same kind: the month before, the quarter before.
    CampaignRepository campaigns(m_ctx.db);
    auto c = campaigns.latest();
    if (c) {
        const auto periods = campaigns.periods(c->id);
        auto self = std::ranges::find(periods, r->periodId, &Period::id);
        if (self != periods.end()) {
            for (auto it = periods.begin(); it != self; ++it)
                if (it->kind == self->kind && it->end < self->start) d.previousPeriod = repo.latestSubmitted(r->unitId, it->id);
        }
    }
    if (d.previousPeriod) d.againstPreviousPeriod = compare(*d.previousPeriod, *r, codes);
    return d;
}

Result<QList<ProgressLine>> ReportService::progress(qint64 unitId)
{
    if (auto s = m_ctx.require(Operation::ReadUnitData, unitId); !s) return fail(s.error());
    // Two reads (each a round trip on a server): the latest campaign's tasks with the unit's
    // sums, and its periods.
    CampaignRepository campaigns(m_ctx.db);
    const auto tasks = campaigns.latestTasksWithProgress(unitId);
    if (tasks.isEmpty()) return QList<ProgressLine>{};
    const auto shares = ReportRules::dueShares(campaigns.latestPeriods(), m_ctx.clock.today());
    QList<ProgressLine> out;
    for (const auto& [t, sum, reports] : tasks) {
        if (t.kind == TaskKind::Optional && t.ownerUnitId != unitId) continue;
        const auto standing = ReportRules::standing(t, sum, reports, shares, m_ctx.clock.today());
        ProgressLine line{t, standing.cumulative, 0, standing.behind};
        line.percent = t.target > 0 && !t.lowerIsBetter ? std::min(100.0, 100.0 * line.cumulative / t.target) : 0;
        out.append(line);
    }
    return out;
}

std::optional<Period> ReportService::latestDueMonth()
{
    CampaignRepository campaigns(m_ctx.db);
    auto c = campaigns.latest();
    if (!c) return std::nullopt;
    std::optional<Period> out;
    for (const auto& p : campaigns.periods(c->id))
        if (p.kind == PeriodKind::Month && p.deadline < m_ctx.clock.today()) out = p;
    return out;
}

QHash<qint64, Standing> ReportService::standings(const Period& period)
{
    QHash<qint64, Standing> out;
    if (!m_ctx.require(Operation::ReadAllUnits)) return out;
    const auto first = ReportRepository(m_ctx.db).firstSubmissions(period.id);
    const QDate today = m_ctx.clock.today();
    for (const auto& u : UnitRepository(m_ctx.db).all()) {
        if (!u.active || !m_ctx.actor.inScope(u.id)) continue; // an inactive unit owes nothing
        const QDateTime at = first.value(u.id);
        if (at.isValid()) out.insert(u.id, ReportRules::isLate(at, period.deadline) ? Standing::Late : Standing::OnTime);
        else out.insert(u.id, ReportRules::isMissing(false, period.deadline, today) ? Standing::Missing : Standing::Pending);
    }
    return out;
}

QDate ReportService::planDeadline(const Period& month) { return month.start.addDays(month.deadline.day() - 1); }

QList<ReminderLine> ReportService::reminders(const QString& periodCode)
{
    QList<ReminderLine> out;
    if (!m_ctx.require(Operation::ReadAllUnits)) return out;
    auto p = period(periodCode);
    if (!p) return out;
    const QDate today = m_ctx.clock.today();
    const auto reports = ReportRepository(m_ctx.db).firstSubmissions(p->id);
    const bool month = p->kind == PeriodKind::Month;
    const auto plans = month ? PlanRepository(m_ctx.db).firstSubmissions(p->id) : QHash<qint64, QDateTime>{};
    const QDate planDue = month ? planDeadline(*p) : QDate();
    for (const auto& u : UnitRepository(m_ctx.db).all()) {
        if (!u.active || !m_ctx.actor.inScope(u.id)) continue;
        ReminderLine line{u};
        const QDateTime report = reports.value(u.id);
        line.reportMissing = ReportRules::isMissing(report.isValid(), p->deadline, today);
        line.reportLate = ReportRules::isLate(report, p->deadline);
        if (month) {
            const QDateTime plan = plans.value(u.id);
            line.planMissing = ReportRules::isMissing(plan.isValid(), planDue, today);
            line.planLate = ReportRules::isLate(plan, planDue);
        }
        if (line.reportMissing || line.reportLate || line.planMissing || line.planLate) out.append(line);
    }
    return out;
}

Result<qint64> ReportService::submitPlan(qint64 unitId, const QString& monthCode, const QList<PlanItem>& items, const QString& requestKey)
{
    return retrying([&] { return submitPlanOnce(unitId, monthCode, items, requestKey); });
}

Result<qint64> ReportService::submitPlanOnce(qint64 unitId, const QString& monthCode, const QList<PlanItem>& items, const QString& requestKey)
{
    if (auto s = m_ctx.require(Operation::WriteUnitData, unitId); !s) return fail(s.error());
    auto p = period(monthCode);
    if (!p) return fail(p.error());
    if (p->kind != PeriodKind::Month)
        return fail(Error::invalid(QCoreApplication::translate("cd::ReportService", "A plan is made for a month, written like 2020-03.")));
    if (!UnitRepository(m_ctx.db).byId(unitId))
        return fail(Error::notFound(QCoreApplication::translate("cd::ReportService", "The unit does not exist.")));
    if (p->start > m_ctx.clock.today().addMonths(1))
        return fail(Error::invalid(QCoreApplication::translate("cd::ReportService", "A plan can be made for this month or the next, not for %1.").arg(p->code)));
    QSet<qint64> valid;
    for (const auto& t : campaignTasks())
        if (t.kind == TaskKind::Mandatory || t.ownerUnitId == unitId) valid.insert(t.id);
    for (const auto& i : items)
        if (!valid.contains(i.taskId))
            return fail(Error::invalid(QCoreApplication::translate("cd::ReportService", "A task in the plan does not belong to this unit.")));
    PlanRepository repo(m_ctx.db);
    // The next version is taken inside the transaction under the unit's lock, as a report's.
    Transaction tx(m_ctx.db);
    if (!tx.ok()) return fail(tx.error());
    if (auto s = locks::hold(m_ctx.db, locks::Kind::PlanVersions, unitId); !s) return fail(s.error());
    if (const auto stored = repo.byRequestKey(requestKey)) { // a retry of one already stored
        if (stored->unitId != unitId || stored->periodId != p->id) return fail(keyTaken(requestKey));
        return stored->id;
    }
    auto previous = repo.latest(unitId, p->id);
    MonthlyPlan plan{0, unitId, p->id, previous ? previous->version + 1 : 1, items, m_ctx.clock.now(), m_ctx.actor.login, requestKey};
    auto id = repo.insert(plan);
    if (!id) return fail(id.error());
    QJsonArray tasks;
    for (const auto& i : items) tasks.append(i.taskId);
    if (auto s = m_ctx.audit(QStringLiteral("plan.submit"), QStringLiteral("plan"), *id, {},
                             {{QStringLiteral("unit_id"), unitId}, {QStringLiteral("period"), p->code},
                              {QStringLiteral("version"), plan.version}, {QStringLiteral("tasks"), tasks}});
        !s)
        return fail(s.error());
    if (auto s = tx.commit(); !s) return fail(s.error());
    return *id;
}

std::optional<MonthlyPlan> ReportService::latestPlan(qint64 unitId, const QString& monthCode)
{
    if (!m_ctx.require(Operation::ReadUnitData, unitId)) return std::nullopt;
    auto p = period(monthCode);
    if (!p) return std::nullopt;
    return PlanRepository(m_ctx.db).latest(unitId, p->id);
}

} // namespace cd
