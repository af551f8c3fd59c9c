#include "services/DashboardService.h"

#include "domain/Reporting.h"
#include "services/GroupService.h"
#include "services/ReportService.h"
#include "services/SettingsService.h"
#include "storage/CampaignRepository.h"
#include "storage/DashboardRepository.h"
#include "storage/GroupRepository.h"
#include "storage/ProgressRepository.h"
#include "storage/SupervisionRepository.h"
#include "storage/UnitRepository.h"
#include "storage/UserRepository.h"

#include <QCoreApplication>

#include <array>
#include <ranges>
#include <vector>

namespace cd {

namespace {

constexpr Pillar kPillars[] = {Pillar::Study, Pillar::Conduct, Pillar::Party, Pillar::Reform};
static_assert(size_t(Pillar::General) == 0 && size_t(Pillar::Reform) == 4, "counts are indexed by the Pillar value");

// Tasks behind schedule for each active unit (in the order given) and pillar, indexed by the
// Pillar value (General included, which the tile counts and the heat map leaves out), by the same rule as a unit's own progress page: every mandatory task and the unit's
// own, judged on the stored accepted progress.
Result<QList<std::array<int, 5>>> behindByUnit(Database& db, const QList<DashboardRepository::UnitRow>& units, const QList<Task>& tasks,
                                              const ReportRules::Shares& shares, const QDate& today)
{
    // Positions by id in plain arrays: ids are row numbers, dense enough, and a hash lookup
    // for each of 160,000 stored pairs would cost more than reading them.
    const auto positions = [](auto ids) {
        qint64 top = 0;
        for (qint64 id : ids) top = std::max(top, id);
        std::vector<int> at(size_t(top + 1), -1);
        int i = 0;
        for (qint64 id : ids) at[size_t(id)] = i++;
        return at;
    };
    const auto unitAt = positions(units | std::views::transform(&DashboardRepository::UnitRow::id));
    const auto taskAt = positions(tasks | std::views::transform(&Task::id));
    const size_t n = size_t(tasks.size());
    std::vector<double> sums(size_t(units.size()) * n, 0.0);
    std::vector<int> counts(sums.size(), 0);
    auto read = ProgressRepository(db).forEach([&](const ProgressRepository::Row& row) {
        if (row.unitId < 0 || size_t(row.unitId) >= unitAt.size() || row.taskId < 0 || size_t(row.taskId) >= taskAt.size()) return;
        const int u = unitAt[size_t(row.unitId)], t = taskAt[size_t(row.taskId)];
        if (u < 0 || t < 0) return;
        sums[size_t(u) * n + size_t(t)] = row.acceptedSum;
        counts[size_t(u) * n + size_t(t)] = row.acceptedReports;
    });
    if (!read) return fail(read.error());
    QList<std::array<int, 5>> out(units.size(), std::array<int, 5>{});
    for (size_t t = 0; t < n; ++t) {
        const Task& task = tasks[qsizetype(t)];
        const auto pillar = size_t(task.pillar);
        const auto mark = ReportRules::mark(task, shares, today);
        for (qsizetype u = 0; u < units.size(); ++u) {
            if (task.kind == TaskKind::Optional && task.ownerUnitId != units[u].id) continue;
            const size_t at = size_t(u) * n + t;
            if (mark.behind(sums[at], counts[at])) ++out[u][pillar];
        }
    }
    return out;
}

} // namespace

namespace {

// Fills d.groups: each child group of the scope, and the units placed in the scope itself, as
// the sums of their units' figures.
void rollUp(DashboardFigures& d, const GroupTree& tree, const QList<DashboardRepository::UnitRow>& units,
            const QHash<qint64, DashboardRepository::ProblemCounts>& problems, const QHash<qint64, qint64>& unitGroups,
            const QHash<qint64, int>& dueStates, bool due, const QHash<qint64, int>& generalBehind)
{
    const auto children = tree.children(d.scopeGroupId);
    if (children.isEmpty()) return;
    QHash<qint64, qsizetype> rowOf; // child group → row
    for (const UnitGroup* g : children) {
        rowOf.insert(g->id, d.groups.size());
        GroupFigures f;
        f.groupId = g->id;
        f.name = g->name;
        f.path = tree.path(g->id);
        d.groups << f;
    }
    // The row of a unit in group `groupId`: its child group of the scope, or the scope's own row.
    QHash<qint64, qsizetype> memo;
    const auto rowFor = [&](qint64 groupId) -> qsizetype {
        if (auto it = memo.constFind(groupId); it != memo.cend()) return *it;
        qsizetype row = -1;
        if (groupId == d.scopeGroupId) {
            if (d.groups.isEmpty() || !d.groups.last().direct) {
                GroupFigures f;
                f.direct = true;
                f.groupId = d.scopeGroupId;
                f.name = QCoreApplication::translate("cd::DashboardService", "Units placed here");
                f.path = d.scope;
                d.groups << f;
            }
            row = d.groups.size() - 1;
        } else if (const qint64 child = tree.childToward(groupId, d.scopeGroupId); child != 0) {
            row = rowOf.value(child, -1);
        }
        memo.insert(groupId, row);
        return row;
    };
    for (qsizetype i = 0; i < units.size(); ++i) {
        const qsizetype row = rowFor(units[i].groupId);
        if (row < 0) continue;
        GroupFigures& f = d.groups[row];
        ++f.units;
        if (due) {
            ++f.reportsDue;
            const int state = dueStates.value(units[i].id);
            f.reportsOnTime += state == 1;
            f.reportsLate += state == 2;
            f.reportsMissing += state == 0;
        }
        for (qsizetype c = i * 4; c < i * 4 + 4; ++c) {
            const HeatCell& cell = d.heatmap[c];
            const size_t p = size_t(c - i * 4);
            f.tasksBehind += cell.facts.tasksBehind;
            f.red[p] += cell.decision.light == Light::Red;
            f.yellow[p] += cell.decision.light == Light::Yellow;
            if (cell.decision.light == Light::Red || (cell.decision.light == Light::Yellow && f.worst[p] == Light::Green)) f.worst[p] = cell.decision.light;
        }
    }
    // The organisation tasks (no pillar) counted in the tile are not in the heat map's cells.
    for (qsizetype i = 0; i < units.size(); ++i)
        if (const qsizetype row = rowFor(units[i].groupId); row >= 0) d.groups[row].tasksBehind += generalBehind.value(units[i].id);
    // Problem lines of every unit in the part, active or not, as the tile counts them.
    for (auto it = problems.begin(); it != problems.end(); ++it) {
        const qsizetype row = rowFor(unitGroups.value(it.key()));
        if (row < 0) continue; // not under the scope
        GroupFigures& f = d.groups[row];
        f.problemsOpen += it->open;
        f.problemsOverdue += it->overdue;
        f.problemsClosed += it->closed;
        f.problemsRaised += it->raised;
    }
    for (auto& f : d.groups) f.closingRate = f.problemsRaised > 0 ? double(f.problemsClosed) / f.problemsRaised : 0;
}

} // namespace

LightThresholds DashboardService::thresholds()
{
    return SettingsService(m_ctx).current().lights;
}

Result<DashboardFigures> DashboardService::figures(const QString& groupPath)
{
    if (auto s = m_ctx.require(Operation::ReadAllUnits); !s) return fail(s.error());
    if (groupPath.trimmed().isEmpty()) return figures(qint64(0));
    const GroupTree tree(GroupRepository(m_ctx.db).all());
    const UnitGroup* g = tree.find(groupPath);
    if (!g) return fail(Error::notFound(QCoreApplication::translate("cd::DashboardService", "There is no group %1.").arg(groupPath)));
    return figures(g->id);
}

Result<DashboardFigures> DashboardService::figures(qint64 scopeGroupId)
{
    if (auto s = m_ctx.require(Operation::ReadAllUnits); !s) return fail(s.error());
    CampaignRepository campaigns(m_ctx.db);
    auto campaign = campaigns.latest();
    if (!campaign) return fail(Error::notFound(QCoreApplication::translate("cd::DashboardService", "There is no campaign yet.")));
    const QDate today = m_ctx.clock.today();
    const LightThresholds t = thresholds();
    DashboardRepository repo(m_ctx.db);
    const GroupTree tree(GroupRepository(m_ctx.db).all());
    if (auto part = GroupService::part(m_ctx, tree, scopeGroupId); !part) return fail(part.error());
    else scopeGroupId = *part;
    if (scopeGroupId != 0 && !tree.byId(scopeGroupId)) return fail(Error::notFound(QCoreApplication::translate("cd::DashboardService", "The group no longer exists.")));
    auto units = repo.activeUnits();
    if (scopeGroupId != 0) units.removeIf([&](const DashboardRepository::UnitRow& u) { return !tree.within(u.groupId, scopeGroupId); });
    DashboardFigures d;
    d.scopeGroupId = scopeGroupId;
    d.scope = tree.path(scopeGroupId);
    d.units = int(units.size());
    for (const qint64 group : repo.inactiveUnitGroups())
        if (scopeGroupId == 0 || tree.within(group, scopeGroupId)) ++d.unitsInactive;

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
        dueStates = repo.submissionStates(due->id, due->deadline);
        d.reportsDue = d.units;
        for (const auto& u : units) {
            const int state = dueStates.value(u.id);
            d.reportsOnTime += state == 1;
            d.reportsLate += state == 2;
        }
        d.reportsMissing = d.units - d.reportsOnTime - d.reportsLate;
    }
    const bool nextSoon = next && today.daysTo(next->deadline) <= t.warnDays && next->start <= today;
    if (nextSoon) nextStates = repo.submissionStates(next->id, next->deadline);

    const auto behind = behindByUnit(m_ctx.db, units, campaigns.tasks(campaign->id), ReportRules::dueShares(periods, today), today);
    if (!behind) return fail(behind.error());
    const auto byUnit = tree.all().isEmpty() ? QHash<qint64, DashboardRepository::ProblemCounts>() : repo.problemCountsByUnit(today);
    const auto unitGroups = tree.all().isEmpty() ? QHash<qint64, qint64>() : repo.unitGroups();
    DashboardRepository::ProblemCounts counts;
    if (scopeGroupId == 0) {
        counts = repo.problemCounts(today);
    } else {
        for (auto it = byUnit.begin(); it != byUnit.end(); ++it)
            if (tree.within(unitGroups.value(it.key()), scopeGroupId)) {
                counts.open += it->open;
                counts.overdue += it->overdue;
                counts.closed += it->closed;
                counts.raised += it->raised;
            }
    }
    d.problemsOpen = counts.open;
    d.problemsOverdue = counts.overdue;
    d.problemsClosed = counts.closed;
    d.problemsRaised = counts.raised;
    d.closingRate = counts.raised > 0 ? double(counts.closed) / counts.raised : 0;

    const auto problems = repo.problemsByUnitPillar(today, t.warnDays);
    QHash<qint64, int> generalBehind;
    d.heatmap.reserve(units.size() * 4);
    for (int i = 0; i < units.size(); ++i) {
        const auto& u = units[i];
        d.tasksBehind += (*behind)[i][size_t(Pillar::General)];
        generalBehind.insert(u.id, (*behind)[i][size_t(Pillar::General)]);
        for (Pillar p : kPillars) {
            const auto problem = problems.value({u.id, toId(p)});
            PillarFacts f;
            f.tasksBehind = (*behind)[i][size_t(p)];
            f.problemsOverdue = problem.first;
            f.problemsDueSoon = problem.second;
            f.reportMissing = due && !dueStates.contains(u.id);
            f.reportLate = due && dueStates.value(u.id) == 2;
            f.reportDueSoon = nextSoon && !nextStates.contains(u.id);
            d.tasksBehind += f.tasksBehind;
            d.heatmap.append({u.id, u.name, p, f, decideLight(f, t)});
        }
    }
    rollUp(d, tree, units, byUnit, unitGroups, dueStates, due.has_value(), generalBehind);
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
    QHash<QString, QPair<int, int>> problems;
    QHash<qint64, QPair<int, int>> submissions;
    if (figures.scopeGroupId == 0) {
        problems = repo.problemsByMonth();
        submissions = repo.submissionsByPeriod(campaign->id);
    } else {
        // A part of the campaign: its active units' reports, and the lines of all its units.
        QSet<qint64> active, all;
        for (const auto& cell : figures.heatmap) active.insert(cell.unitId);
        const GroupTree tree(GroupRepository(m_ctx.db).all());
        const auto unitGroups = repo.unitGroups();
        for (auto it = unitGroups.begin(); it != unitGroups.end(); ++it)
            if (tree.within(*it, figures.scopeGroupId)) all.insert(it.key());
        problems = repo.problemsByMonth(all);
        submissions = repo.submissionsByPeriod(campaign->id, active);
    }
    const auto periods = campaigns.periods(campaign->id);
    for (const auto& p : periods) {
        if (p.kind != PeriodKind::Month || p.start > today) continue;
        t.months << p.code;
        if (p.deadline < today && figures.units > 0) {
            const auto [submitted, late] = submissions.value(p.id);
            t.onTimeRate << double(submitted - late) / figures.units;
        } else {
            t.onTimeRate << -1; // not due yet
        }
        t.problemsOpened << problems.value(p.code).first;
        t.problemsClosed << problems.value(p.code).second;
    }
    // Share of each pillar's unit × task pairs that are on schedule (the heat map's counts).
    std::array<int, 5> behind{};
    for (const auto& cell : figures.heatmap) behind[size_t(cell.pillar)] += cell.facts.tasksBehind;
    const auto tasks = campaigns.tasks(campaign->id);
    for (Pillar p : kPillars) {
        const int n = int(std::ranges::count_if(tasks, [p](const Task& task) { return task.pillar == p && task.kind == TaskKind::Mandatory; }));
        const int all = n * figures.units;
        t.completionByPillar.append({p, all > 0 ? 1.0 - double(behind[size_t(p)]) / all : 1.0});
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
            if (p.status != ProblemStatus::Closed && m_ctx.actor.inScope(p.unitId) && p.deadline >= today && p.deadline <= today.addDays(days)) ++problems[p.deadline];
        for (auto it = problems.begin(); it != problems.end(); ++it)
            out.append({it.key(), QCoreApplication::translate("cd::DashboardService", "%n problem line(s) due", nullptr, it.value())});
    }
    std::ranges::sort(out, {}, &Deadline::date);
    return out;
}

} // namespace cd
