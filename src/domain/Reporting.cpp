#include "domain/Reporting.h"

#include "domain/Assessment.h"

#include <cmath>

#include "domain/IdTable.h"

#include <QCoreApplication>

namespace cd {

namespace {
constexpr std::array<std::pair<ReportStatus, const char*>, 4> kReportIds{{{ReportStatus::Draft, "draft"},
                                                                         {ReportStatus::Submitted, "submitted"},
                                                                         {ReportStatus::Accepted, "accepted"},
                                                                         {ReportStatus::Returned, "returned"}}};
constexpr std::array<std::pair<ItemStatus, const char*>, 4> kItemIds{{{ItemStatus::NotStarted, "not_started"},
                                                                      {ItemStatus::InProgress, "in_progress"},
                                                                      {ItemStatus::Done, "done"},
                                                                      {ItemStatus::Blocked, "blocked"}}};
} // namespace

QString toId(ReportStatus s) { return ids::of(s, kReportIds); }
QString toId(ItemStatus s) { return ids::of(s, kItemIds); }
std::optional<ReportStatus> reportStatusFromId(const QString& id) { return ids::from(id, kReportIds); }
std::optional<ItemStatus> itemStatusFromId(const QString& id) { return ids::from(id, kItemIds); }

QString displayName(ReportStatus s)
{
    switch (s) {
    case ReportStatus::Draft: return QCoreApplication::translate("cd::Reporting", "Draft");
    case ReportStatus::Submitted: return QCoreApplication::translate("cd::Reporting", "Submitted");
    case ReportStatus::Accepted: return QCoreApplication::translate("cd::Reporting", "Accepted");
    case ReportStatus::Returned: return QCoreApplication::translate("cd::Reporting", "Returned");
    }
    return {};
}

QString displayName(ItemStatus s)
{
    switch (s) {
    case ItemStatus::NotStarted: return QCoreApplication::translate("cd::Reporting", "Not started");
    case ItemStatus::InProgress: return QCoreApplication::translate("cd::Reporting", "In progress");
    case ItemStatus::Done: return QCoreApplication::translate("cd::Reporting", "Done");
    case ItemStatus::Blocked: return QCoreApplication::translate("cd::Reporting", "Blocked");
    }
    return {};
}

QString ReportRules::amount(double value) { return AssessmentRules::format(value); }

QList<Task> ReportRules::tasksDue(const Period& period, const QList<Task>& tasks, qint64 unitId)
{
    QList<Task> out;
    for (const auto& t : tasks) {
        if (t.kind == TaskKind::Optional && t.ownerUnitId != unitId) continue;
        bool due = false;
        switch (period.kind) {
        case PeriodKind::Month:
            due = t.cadence == Cadence::Monthly ||
                  (t.cadence == Cadence::Once && t.due.isValid() && t.due >= period.start && t.due <= period.end);
            break;
        case PeriodKind::Quarter: due = t.cadence == Cadence::Quarterly; break;
        case PeriodKind::Year: due = t.cadence == Cadence::Annual; break;
        }
        if (due) out.append(t);
    }
    return out;
}

bool ReportRules::isLate(const QDateTime& firstSubmitted, const QDate& deadline)
{
    return firstSubmitted.isValid() && firstSubmitted.date() > deadline;
}

bool ReportRules::isMissing(bool submitted, const QDate& deadline, const QDate& today) { return !submitted && today > deadline; }

QString ReportRules::needingAttention(const QList<Period>& periods, const QDate& today, const QSet<QString>& waiting)
{
    const Period* earliestWaiting = nullptr;
    const Period* due = nullptr;
    const Period* latestBegun = nullptr;
    for (const auto& p : periods) {
        if (waiting.contains(p.code) && (!earliestWaiting || p.start < earliestWaiting->start)) earliestWaiting = &p;
        if (p.kind != PeriodKind::Month || p.start > today) continue;
        if (p.deadline >= today && (!due || p.start < due->start)) due = &p;
        if (!latestBegun || p.start > latestBegun->start) latestBegun = &p;
    }
    if (earliestWaiting) return earliestWaiting->code;
    if (due) return due->code;
    if (latestBegun) return latestBegun->code;
    return periods.isEmpty() ? QString() : periods.first().code;
}

ReportRules::Shares ReportRules::dueShares(const QList<Period>& periods, const QDate& today)
{
    int months = 0, monthsDue = 0, quarters = 0, quartersDue = 0, years = 0, yearsDue = 0;
    for (const auto& p : periods) {
        const bool due = p.deadline < today;
        switch (p.kind) {
        case PeriodKind::Month: ++months, monthsDue += due; break;
        case PeriodKind::Quarter: ++quarters, quartersDue += due; break;
        case PeriodKind::Year: ++years, yearsDue += due; break;
        }
    }
    const auto share = [](int due, int all) { return all > 0 ? double(due) / all : 0.0; };
    return {share(monthsDue, months), share(quartersDue, quarters), share(yearsDue, years)};
}

ReportRules::Mark ReportRules::mark(const Task& task, const Shares& shares, const QDate& today)
{
    using Kind = Mark::Kind;
    if (task.measure == QLatin1String("%")) return task.target > 0 ? Mark{Kind::Rate, task.target} : Mark{};
    if (task.lowerIsBetter || task.target <= 0) return {};
    switch (task.cadence) {
    case Cadence::Monthly:
    case Cadence::Quarterly:
    case Cadence::Annual: return {Kind::Cumulative, task.target * shares.of(task.cadence)};
    case Cadence::Once: return task.due.isValid() && today > task.due ? Mark{Kind::Cumulative, task.target} : Mark{};
    }
    return {};
}

ReportRules::Standing ReportRules::standing(const Task& task, double acceptedSum, int acceptedReports, const Shares& shares,
                                           const QDate& today)
{
    const bool rate = task.measure == QLatin1String("%");
    const double cumulative = rate ? (acceptedReports > 0 ? acceptedSum / acceptedReports : 0) : acceptedSum;
    return {cumulative, mark(task, shares, today).behind(acceptedSum, acceptedReports)};
}

} // namespace cd
