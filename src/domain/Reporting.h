#pragma once

#include "domain/Entities.h"

#include <QDateTime>
#include <QList>
#include <QSet>
#include <optional>

namespace cd {

// draft → submitted → accepted | returned → (a new version) submitted → …
enum class ReportStatus { Draft, Submitted, Accepted, Returned };
enum class ItemStatus { NotStarted, InProgress, Done, Blocked };

QString toId(ReportStatus s);
QString toId(ItemStatus s);
std::optional<ReportStatus> reportStatusFromId(const QString& id);
std::optional<ItemStatus> itemStatusFromId(const QString& id);
QString displayName(ReportStatus s);
QString displayName(ItemStatus s);

struct ReportItem
{
    qint64 taskId = 0;
    double progress = 0; // done in this period; counts toward the task's target when accepted
    ItemStatus status = ItemStatus::NotStarted;
    QString done;
    QString problems;
    QString next;
};

struct AttachmentRef
{
    qint64 id = 0;
    QString name;
    QString sha256;
    qint64 size = 0;
};

// One version of a unit's self-report for a period. Submitted versions never change;
// only the office's review outcome is recorded on them.
struct SelfReport
{
    qint64 id = 0;
    qint64 unitId = 0;
    qint64 periodId = 0;
    int version = 1;
    ReportStatus status = ReportStatus::Draft;
    QString summary;
    QList<ReportItem> items;
    QList<AttachmentRef> attachments;
    QDateTime savedAt;
    QDateTime submittedAt;
    QString submittedBy;
    QDateTime reviewedAt;
    QString reviewedBy;
    QString reviewComment;
    QString requestKey; // the submission's key (v12), empty for a draft
};

struct PlanItem
{
    qint64 taskId = 0;
    QString text;
};

// What a unit will do in a month (月有安排); each submission is a new version.
struct MonthlyPlan
{
    qint64 id = 0;
    qint64 unitId = 0;
    qint64 periodId = 0;
    int version = 1;
    QList<PlanItem> items;
    QDateTime submittedAt;
    QString submittedBy;
    QString requestKey;
};

class ReportRules
{
public:
    // An amount of progress as the screens and the printed documents show it: one decimal at
    // most (74.3333 reads 74.3, 12.0 reads 12), as the report form takes it and the
    // assessment's scores read (AssessmentRules::format).
    static QString amount(double value);
    // The tasks a unit reports on in a period: tasks of the period's cadence, plus once-only
    // tasks due inside a month; the unit's own optional tasks included, others' left out.
    static QList<Task> tasksDue(const Period& period, const QList<Task>& tasks, qint64 unitId);
    // Late: the first submission came after the deadline day.
    static bool isLate(const QDateTime& firstSubmitted, const QDate& deadline);
    // Missing: nothing submitted and the deadline has passed.
    static bool isMissing(bool submitted, const QDate& deadline, const QDate& today);
    // The period a page opens on, the one that needs attention now: of those with something
    // waiting (`waiting`, by code: reports to review), the earliest; else the earliest month
    // begun whose deadline has not passed (on 4 December, November, due the 5th); else the
    // latest month begun; else the first period.
    static QString needingAttention(const QList<Period>& periods, const QDate& today, const QSet<QString>& waiting = {});
    // How much of a recurring task should be reported by `today`: the share of its periods
    // whose report deadline has passed (three quarters reported by November is on schedule).
    struct Shares
    {
        double monthly = 0;
        double quarterly = 0;
        double annual = 0;
        double of(Cadence c) const { return c == Cadence::Monthly ? monthly : c == Cadence::Quarterly ? quarterly : annual; }
    };
    static Shares dueShares(const QList<Period>& periods, const QDate& today);
    // A task's standing from its accepted reports (sum of their progress, how many).
    // Monthly and quarterly tasks keep pace with their reported periods (share from dueShares);
    // a once-only task is behind after its due date, an annual one after the year's report is
    // due; rank targets never are. A percentage task (online learning completion) reports its
    // rate each month: its standing is the average of the accepted months, behind when below
    // target once one is accepted.
    struct Standing
    {
        double cumulative = 0;
        bool behind = false;
    };
    static Standing standing(const Task& task, double acceptedSum, int acceptedReports, const Shares& shares, const QDate& today);

    // The rule of standing() worked out for one task on one day, to judge thousands of units
    // without repeating it: never behind, a rate against its target, or a sum needed by now.
    struct Mark
    {
        enum class Kind { Never, Rate, Cumulative };
        Kind kind = Kind::Never;
        double value = 0;
        bool behind(double acceptedSum, int acceptedReports) const
        {
            switch (kind) {
            case Kind::Never: return false;
            case Kind::Rate: return acceptedReports > 0 && acceptedSum / acceptedReports + 1e-9 < value;
            case Kind::Cumulative: return acceptedSum + 1e-9 < value;
            }
            return false;
        }
    };
    static Mark mark(const Task& task, const Shares& shares, const QDate& today);
};

} // namespace cd
