#pragma once

#include "domain/Error.h"
#include "domain/Reporting.h"

#include "storage/BulkInsert.h"

#include <QHash>
#include <QList>
#include <optional>

namespace cd {

class Database;

// One row of the review queue: a unit's latest submitted version for a period.
struct ReportRow
{
    qint64 reportId = 0;
    qint64 unitId = 0;
    QString unitName;
    qint64 periodId = 0;
    QString periodCode;
    ReportStatus status = ReportStatus::Submitted;
    int version = 0;
    QDateTime submittedAt;
    QDateTime firstSubmittedAt;
    QDate deadline;
};

struct ReportFilter
{
    qint64 periodId = 0;
    std::optional<ReportStatus> status;
    qint64 unitId = 0;
};

// A row stored by a submission with a request key: which, for which unit and period. A retry
// of that submission is answered with it; any other use of the key is refused.
struct Keyed
{
    qint64 id = 0;
    qint64 unitId = 0;
    qint64 periodId = 0;
};

class ReportRepository
{
public:
    explicit ReportRepository(Database& db) : m_db(db) {}

    // The newest version of a unit's report for a period, draft included.
    std::optional<SelfReport> latest(qint64 unitId, qint64 periodId);
    // The newest submitted version (no drafts).
    std::optional<SelfReport> latestSubmitted(qint64 unitId, qint64 periodId);
    std::optional<SelfReport> version(qint64 unitId, qint64 periodId, int version);
    std::optional<SelfReport> byId(qint64 id);

    Result<qint64> insert(const SelfReport& r);
    // Replaces a draft's content; submitted versions are never rewritten.
    Status replaceDraft(const SelfReport& r);
    Status markSubmitted(qint64 id, const QDateTime& at, const QString& by, const QString& requestKey = {});
    // The report a submission with this request key stored, if one did.
    std::optional<Keyed> byRequestKey(const QString& key);
    Status review(qint64 id, ReportStatus outcome, const QDateTime& at, const QString& by, const QString& comment);
    // The office's review: only a report still waiting for one changes. False when someone
    // else reviewed it first (their transaction committed between the read and this write).
    Result<bool> reviewWaiting(qint64 id, ReportStatus outcome, const QDateTime& at, const QString& by, const QString& comment);

    QList<ReportRow> list(const ReportFilter& filter);
    // unit → first submission time, for every unit that submitted for the period.
    QHash<qint64, QDateTime> firstSubmissions(qint64 periodId);

    // Evidence files are stored once per content (SHA-256).
    Result<qint64> storeAttachment(const QString& sha256, const QByteArray& data);
    QByteArray attachmentData(qint64 id);
    // The stored evidence files whose bytes no longer have the digest (or size) they were
    // stored under, as id and digest: on a server the server hashes them, on a file each is read.
    QList<QPair<qint64, QString>> damagedAttachments();

private:
    std::optional<SelfReport> one(const QString& where, const QVariantList& binds);
    Status writeContent(const SelfReport& r, qint64 id);
    Database& m_db;
};

class PlanRepository
{
public:
    explicit PlanRepository(Database& db) : m_db(db) {}
    Result<qint64> insert(const MonthlyPlan& p);
    std::optional<Keyed> byRequestKey(const QString& key);
    std::optional<MonthlyPlan> latest(qint64 unitId, qint64 periodId);
    QHash<qint64, QDateTime> firstSubmissions(qint64 periodId);

private:
    Database& m_db;
};

// Many submitted versions written together (an import of thousands of packages): reports
// and plans with their items and evidence links gathered and sent in batches, not a few
// round trips each on a server. The new rows' ids are known at once; every row is in the
// database once finish() returns, which the caller does before it commits.
class VersionBatch
{
public:
    explicit VersionBatch(Database& db);
    Result<qint64> addReport(const SelfReport& r);
    Result<qint64> addPlan(const MonthlyPlan& p);
    Status finish();
    void discard();

private:
    BulkInsert m_reports, m_items, m_links, m_plans, m_planItems;
};

} // namespace cd
