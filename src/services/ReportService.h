#pragma once

#include "domain/Reporting.h"
#include "services/ServiceContext.h"
#include "storage/ReportRepository.h"

namespace cd {

struct NewFile
{
    QString name;
    QByteArray data;
};

// What a unit writes for a period: the content of its next version.
struct ReportDraft
{
    qint64 unitId = 0;
    QString periodCode;
    QString summary;
    QList<ReportItem> items;
    QList<AttachmentRef> keep; // files already attached to the draft
    QList<NewFile> add;
    // Chosen once per submission by the client (a UUID) and sent again with every retry of
    // it: when an earlier attempt was stored, the retry gives that report instead of a second.
    QString requestKey;
    // The draft the editor loaded (its id, 0 for a new one, and when it was saved): a save on
    // top of a later save by someone else is refused, naming them, and what was typed is kept.
    struct Read
    {
        qint64 id = 0;
        QDateTime savedAt;
    };
    std::optional<Read> asRead;
};

struct ReportListRow
{
    ReportRow row;
    bool late = false;
};

struct ProgressLine
{
    Task task;
    double cumulative = 0;
    double percent = 0; // of the target
    bool behind = false;
};

struct DiffLine
{
    QString taskCode;
    QString field;
    QString before;
    QString after;
};

struct ReportDiff
{
    std::optional<SelfReport> previousVersion;
    std::optional<SelfReport> previousPeriod;
    QList<DiffLine> againstPreviousVersion;
    QList<DiffLine> againstPreviousPeriod;
};

enum class Standing { OnTime, Late, Missing, Pending };

struct ReminderLine
{
    Unit unit;
    bool reportMissing = false;
    bool reportLate = false;
    bool planMissing = false;
    bool planLate = false;
};

// The refusal of a request key already used by another unit's or another period's submission.
Error keyTaken(const QString& key);

// Monthly plans, self-reports and their review. Every operation checks the actor against
// the permission policy: a unit account touches its own unit only.
class ReportService
{
public:
    static constexpr int kDefaultAttachmentLimitMb = 20;

    explicit ReportService(ServiceContext ctx) : m_ctx(std::move(ctx)) {}

    Result<Period> period(const QString& code);
    // The draft to edit for a unit and period: the current draft, or a new one with an item
    // for every task due (copied from the returned version when there is one).
    Result<SelfReport> editable(qint64 unitId, const QString& periodCode);
    Result<qint64> saveDraft(const ReportDraft& draft);
    Status submit(qint64 unitId, const QString& periodCode);
    // Saves and submits in one transaction (the CLI's and a package's way).
    Result<qint64> submitReport(const ReportDraft& draft);
    Status review(qint64 unitId, const QString& periodCode, bool accept, const QString& comment);

    std::optional<SelfReport> latest(qint64 unitId, const QString& periodCode);
    Result<SelfReport> report(qint64 reportId);
    QList<ReportListRow> list(const ReportFilter& filter);
    Result<ReportDiff> diff(qint64 reportId);
    Result<QList<ProgressLine>> progress(qint64 unitId);
    Result<QByteArray> attachment(qint64 reportId, qint64 attachmentId);
    QList<ReminderLine> reminders(const QString& periodCode);
    // The latest month whose report deadline has passed on the clock's date (on 10 April: March).
    std::optional<Period> latestDueMonth();
    // Every unit's standing for a period: on time, late, missing (deadline passed), or pending.
    QHash<qint64, Standing> standings(const Period& period);

    Result<qint64> submitPlan(qint64 unitId, const QString& monthCode, const QList<PlanItem>& items, const QString& requestKey = {});
    std::optional<MonthlyPlan> latestPlan(qint64 unitId, const QString& monthCode);
    // A month's plan is due by the same day of that month as the reports' monthly deadline day.
    static QDate planDeadline(const Period& month);

    qint64 attachmentLimitBytes();

private:
    // One attempt of the public method of the same name, which repeats it (retrying()).
    Result<qint64> submitPlanOnce(qint64 unitId, const QString& monthCode, const QList<PlanItem>& items, const QString& requestKey);
    Result<qint64> storeOnce(const ReportDraft& draft, bool andSubmit);
    Status reviewOnce(qint64 unitId, const QString& periodCode, bool accept, const QString& comment);
    Status submitOnce(qint64 unitId, const QString& periodCode);
    Result<SelfReport> prepare(const ReportDraft& draft, const Period& period);
    // Writes a draft's content (and files) as the current draft, or as a submitted version.
    Result<qint64> store(const ReportDraft& draft, bool andSubmit);
    QList<Task> campaignTasks();
    ServiceContext m_ctx;
};

} // namespace cd
