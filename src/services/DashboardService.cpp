#include "services/DashboardService.h"

#include "domain/Reporting.h"
#include "services/ReportService.h"
#include "storage/CampaignRepository.h"
#include "storage/DashboardRepository.h"
#include "storage/SupervisionRepository.h"
#include "storage/UnitRepository.h"
#include "storage/UserRepository.h"

#include <QCoreApplication>

namespace cd {

LightThresholds DashboardService::thresholds()
{
    SettingsRepository settings(m_ctx.db);
    LightThresholds t;
    t.behindRed = settings.value(QStringLiteral("light_behind_red"), QString::number(t.behindRed)).toInt();
    t.behindYellow = settings.value(QStringLiteral("light_behind_yellow"), QString::number(t.behindYellow)).toInt();
    t.warnDays = settings.value(QStringLiteral("light_warn_days"), QString::number(t.warnDays)).toInt();
    return t;
}

Result<DashboardFigures> DashboardService::figures()
{
    if (auto s = m_ctx.require(Operation::ReadAllUnits); !s) return fail(s.error());
    CampaignRepository campaigns(m_ctx.db);
    auto campaign = campaigns.latest();
    if (!campaign) return fail(Error::notFound(QCoreApplication::translate("cd::DashboardService", "There is no campaign yet.")));
    const QDate today = m_ctx.clock.today();
    const LightThresholds t = thresholds();
    DashboardRepository repo(m_ctx.db);
    DashboardFigures d;
    d.units = repo.activeUnits();

    // Reports for the latest month whose deadline has passed, and the next one coming due.
    const auto periods = campaigns.periods(campaign->id);
    std::optional<Period> due, next;
    for (const auto& p : periods) {
        if (p.kind != PeriodKind::Month) continue;
        if (p.deadline < today) due = p;
        else if (!next) next = p;
    }
    QHash<qint64, int> dueStates, nextStates;
    if (due) {
        d.period = due->code;
        const auto [submitted, late] = repo.submissions(due->id, due->deadline);
        d.reportsDue = d.units;
        d.reportsLate = late;
        d.reportsOnTime = submitted - late;
        d.reportsMissing = d.units - submitted;
        dueStates = repo.submissionStates(due->id, due->deadline);
    }
    const bool nextSoon = next && today.daysTo(next->deadline) <= t.warnDays && next->start <= today;
    if (nextSoon) nextStates = repo.submissionStates(next->id, next->deadline);

    const auto shares = ReportRules::dueShares(periods, today);
    const auto behind = repo.tasksBehind(campaign->id, shares.monthly, shares.quarterly, shares.annual, today);
    for (auto it = behind.begin(); it != behind.end(); ++it) d.tasksBehind += it.value();
    const auto counts = repo.problemCounts(today);
    d.problemsOpen = counts.open;
    d.problemsOverdue = counts.overdue;
    d.problemsClosed = counts.closed;
    d.closingRate = counts.raised > 0 ? double(counts.closed) / counts.raised : 0;

    const auto problems = repo.problemsByUnitPillar(today, t.warnDays);
    for (const auto& u : UnitRepository(m_ctx.db).all()) {
        if (!u.active) continue;
        for (Pillar p : {Pillar::Study, Pillar::Conduct, Pillar::Party, Pillar::Reform}) {
            const QPair<qint64, QString> key{u.id, toId(p)};
            PillarFacts f;
            f.tasksBehind = behind.value(key);
            f.problemsOverdue = problems.value(key).first;
            f.problemsDueSoon = problems.value(key).second;
            f.reportMissing = due && !dueStates.contains(u.id);
            f.reportLate = due && dueStates.value(u.id) == 2;
            f.reportDueSoon = nextSoon && !nextStates.contains(u.id);
            d.heatmap.append({u.id, u.name, p, decideLight(f, t)});
        }
    }
    return d;
}

Result<DashboardTrends> DashboardService::trends(const DashboardFigures& figures)
{
    if (auto s = m_ctx.require(Operation::ReadAllUnits); !s) return fail(s.error());
    CampaignRepository campaigns(m_ctx.db);
    auto campaign = campaigns.latest();
    if (!campaign) return fail(Error::notFound(QCoreApplication::translate("cd::DashboardService", "There is no campaign yet.")));
    DashboardRepository repo(m_ctx.db);
    const QDate today = m_ctx.clock.today();
    DashboardTrends t;
    const auto problems = repo.problemsByMonth();
    for (const auto& p : campaigns.periods(campaign->id)) {
        if (p.kind != PeriodKind::Month || p.start > today) continue;
        t.months << p.code;
        if (p.deadline < today && figures.units > 0) {
            const auto [submitted, late] = repo.submissions(p.id, p.deadline);
            t.onTimeRate << double(submitted - late) / figures.units;
        } else {
            t.onTimeRate << -1; // not due yet
        }
        t.problemsOpened << problems.value(p.code).first;
        t.problemsClosed << problems.value(p.code).second;
    }
    // Share of each pillar's unit × task pairs that are on schedule.
    QHash<QString, int> behind;
    const auto shares = ReportRules::dueShares(campaigns.periods(campaign->id), today);
    const auto byUnit = repo.tasksBehind(campaign->id, shares.monthly, shares.quarterly, shares.annual, today);
    for (auto it = byUnit.begin(); it != byUnit.end(); ++it) behind[it.key().second] += it.value();
    const auto tasks = campaigns.tasks(campaign->id);
    for (Pillar p : {Pillar::Study, Pillar::Conduct, Pillar::Party, Pillar::Reform}) {
        const int n = int(std::ranges::count_if(tasks, [p](const Task& task) { return task.pillar == p && task.kind == TaskKind::Mandatory; }));
        const int all = n * figures.units;
        t.completionByPillar.append({p, all > 0 ? 1.0 - double(behind.value(toId(p))) / all : 1.0});
    }
    return t;
}

QList<Deadline> DashboardService::upcoming(int days)
{
    QList<Deadline> out;
    CampaignRepository campaigns(m_ctx.db);
    auto campaign = campaigns.latest();
    if (!campaign) return out;
    const QDate today = m_ctx.clock.today();
    for (const auto& p : campaigns.periods(campaign->id))
        if (p.deadline >= today && p.deadline <= today.addDays(days))
            out.append({p.deadline, QCoreApplication::translate("cd::DashboardService", "Reports for %1 due").arg(p.code)});
    if (m_ctx.require(Operation::ReadAllUnits)) {
        QHash<QDate, int> problems;
        for (const auto& p : SupervisionRepository(m_ctx.db).problems({}))
            if (p.status != ProblemStatus::Closed && p.deadline >= today && p.deadline <= today.addDays(days)) ++problems[p.deadline];
        for (auto it = problems.begin(); it != problems.end(); ++it)
            out.append({it.key(), QCoreApplication::translate("cd::DashboardService", "%n problem line(s) due", nullptr, it.value())});
    }
    std::ranges::sort(out, {}, &Deadline::date);
    return out;
}

} // namespace cd
