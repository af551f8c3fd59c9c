#include "services/ReportService.h"

#include "services/SettingsService.h"
#include "storage/CampaignRepository.h"
#include "storage/Locks.h"
#include "storage/ProgressRepository.h"
#include "storage/Transaction.h"
#include "storage/UnitRepository.h"
#include "storage/UserRepository.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QSet>

namespace cd {
namespace {

QJsonObject describe(const SelfReport& r)
{
    QJsonArray items;
    for (const auto& i : r.items)
        items.append(QJsonObject{{QStringLiteral("task_id"), i.taskId},
                                 {QStringLiteral("progress"), i.progress},
                                 {QStringLiteral("status"), toId(i.status)}});
    QJsonArray files;
    for (const auto& a : r.attachments) files.append(QJsonObject{{QStringLiteral("name"), a.name}, {QStringLiteral("sha256"), a.sha256}});
    return {{QStringLiteral("unit_id"), r.unitId}, {QStringLiteral("period_id"), r.periodId}, {QStringLiteral("version"), r.version},
            {QStringLiteral("status"), toId(r.status)}, {QStringLiteral("items"), items}, {QStringLiteral("attachments"), files}};
}

// A report that says nothing: no task reported on and no summary. It may stay a draft, but
// it is not sent to the office.
Status refuseIfEmpty(const SelfReport& r, const QString& periodCode)
{
    if (r.items.isEmpty() && r.summary.trimmed().isEmpty())
        return fail(Error::invalid(QCoreApplication::translate("cd::ReportService", "The report for %1 is empty: it reports on no task and has no summary.").arg(periodCode)));
    return {};
}

} // namespace

Error keyTaken(const QString& key)
{
    return Error::conflict(QCoreApplication::translate("cd::ReportService", "The request key %1 was already used for another submission (another unit's, or another period's). "
                                                                            "Each submission takes a key of its own; nothing was saved.")
                               .arg(key));
}

QList<Task> ReportService::campaignTasks() { return CampaignRepository(m_ctx.db).latestTasks(); }

Result<Period> ReportService::period(const QString& code)
{
    CampaignRepository repo(m_ctx.db);
    for (const auto& p : repo.latestPeriods())
        if (p.code == code.trimmed()) return p;
    auto c = repo.latest();
    if (!c) return fail(Error::notFound(QCoreApplication::translate("cd::ReportService", "There is no campaign yet.")));
    return fail(Error::notFound(QCoreApplication::translate("cd::ReportService", "There is no period %1 in the campaign %2 (write 2020-03, 2020Q1 or 2020).")
                                    .arg(code, QString::number(c->year))));
}

qint64 ReportService::attachmentLimitBytes()
{
    const int mb = SettingsService(m_ctx).current().attachmentLimitMb;
    return qint64(mb > 0 ? mb : kDefaultAttachmentLimitMb) * 1024 * 1024;
}

Result<SelfReport> ReportService::editable(qint64 unitId, const QString& periodCode)
{
    if (auto s = m_ctx.require(Operation::WriteUnitData, unitId); !s) return fail(s.error());
    auto p = period(periodCode);
    if (!p) return fail(p.error());
    if (p->start > m_ctx.clock.today())
        return fail(Error::invalid(QCoreApplication::translate("cd::ReportService", "The period %1 has not begun; there is nothing to report yet.").arg(p->code)));
    ReportRepository repo(m_ctx.db);
    auto latest = repo.latest(unitId, p->id);
    if (latest && latest->status == ReportStatus::Draft) return *latest;
    if (latest && latest->status == ReportStatus::Accepted)
        return fail(Error::conflict(QCoreApplication::translate("cd::ReportService", "The report for %1 has been accepted and cannot be changed.").arg(p->code)));
    if (latest && latest->status == ReportStatus::Submitted)
        return fail(Error::conflict(QCoreApplication::translate("cd::ReportService", "The report for %1 is waiting for the office's review.").arg(p->code)));
    SelfReport r;
    r.unitId = unitId;
    r.periodId = p->id;
    r.version = latest ? latest->version + 1 : 1;
    if (latest) { // returned: start from what was sent
        r.summary = latest->summary;
        r.items = latest->items;
        r.attachments = latest->attachments;
        return r;
    }
    for (const auto& t : ReportRules::tasksDue(*p, campaignTasks(), unitId)) r.items.append({t.id, 0, ItemStatus::NotStarted, {}, {}, {}});
    return r;
}

Result<SelfReport> ReportService::prepare(const ReportDraft& draft, const Period& p)
{
    if (!UnitRepository(m_ctx.db).byId(draft.unitId))
        return fail(Error::notFound(QCoreApplication::translate("cd::ReportService", "The unit does not exist.")));
    auto base = editable(draft.unitId, p.code);
    if (!base) return fail(base.error());
    SelfReport r = *base;
    r.summary = draft.summary.trimmed();
    r.savedAt = m_ctx.clock.now();
    QSet<qint64> due;
    for (const auto& t : ReportRules::tasksDue(p, campaignTasks(), draft.unitId)) due.insert(t.id);
    QSet<qint64> seen;
    r.items.clear();
    for (const auto& i : draft.items) {
        if (!due.contains(i.taskId))
            return fail(Error::invalid(QCoreApplication::translate("cd::ReportService", "A task in the report is not due in %1 for this unit.").arg(p.code)));
        if (seen.contains(i.taskId))
            return fail(Error::invalid(QCoreApplication::translate("cd::ReportService", "A task appears twice in the report.")));
        if (i.progress < 0)
            return fail(Error::invalid(QCoreApplication::translate("cd::ReportService", "Progress cannot be negative.")));
        seen.insert(i.taskId);
        r.items.append(i);
    }
    r.attachments.clear();
    QSet<qint64> kept;
    for (const auto& a : draft.keep)
        for (const auto& existing : base->attachments)
            if (existing.id == a.id && !kept.contains(a.id)) {
                r.attachments.append(existing);
                kept.insert(a.id);
            }
    const qint64 limit = attachmentLimitBytes();
    QSet<QString> hashes;
    for (const auto& a : r.attachments) hashes.insert(a.sha256);
    for (const auto& f : draft.add) {
        const QString name = QFileInfo(f.name).fileName();
        if (name.isEmpty()) return fail(Error::invalid(QCoreApplication::translate("cd::ReportService", "An evidence file has no name.")));
        if (f.data.isEmpty())
            return fail(Error::invalid(QCoreApplication::translate("cd::ReportService", "The evidence file %1 is empty; an empty file proves nothing. Choose the file that holds the evidence.").arg(name)));
        if (f.data.size() > limit)
            return fail(Error::invalid(QCoreApplication::translate("cd::ReportService", "The evidence file %1 is %2 MB; the limit is %3 MB.")
                                           .arg(name)
                                           .arg(double(f.data.size()) / (1024 * 1024), 0, 'f', 1)
                                           .arg(limit / (1024 * 1024))));
        const QString sha = QString::fromLatin1(QCryptographicHash::hash(f.data, QCryptographicHash::Sha256).toHex());
        if (hashes.contains(sha)) {
            const auto same = std::ranges::find(r.attachments, sha, &AttachmentRef::sha256);
            return fail(Error::conflict(QCoreApplication::translate("cd::ReportService", "The evidence file %1 is already attached (as %2).").arg(name, same->name)));
        }
        hashes.insert(sha);
        r.attachments.append({0, name, sha, qint64(f.data.size())});
    }
    return r;
}

Result<qint64> ReportService::store(const ReportDraft& draft, bool andSubmit) { return retrying([&] { return storeOnce(draft, andSubmit); }); }

Result<qint64> ReportService::storeOnce(const ReportDraft& draft, bool andSubmit)
{
    ReportRepository repo(m_ctx.db);
    // The report's state is read, and its next version taken, inside the write's transaction
    // and under the unit's lock: two people sending the unit's report at once get one version
    // and a clear refusal, not two version 2s. The period too: read there once, it is not read
    // again to prepare the report.
    Transaction tx(m_ctx.db);
    if (!tx.ok()) return fail(tx.error());
    if (auto s = locks::hold(m_ctx.db, locks::Kind::ReportVersions, draft.unitId); !s) return fail(s.error());
    auto p = period(draft.periodCode);
    if (!p) return fail(p.error());
    // A retry of a submission already stored (its answer lost with the connection): that one.
    if (andSubmit)
        if (const auto stored = repo.byRequestKey(draft.requestKey)) {
            if (stored->unitId != draft.unitId || stored->periodId != p->id) return fail(keyTaken(draft.requestKey));
            return stored->id;
        }
    auto r = prepare(draft, *p);
    if (!r) return fail(r.error());
    if (draft.asRead) {
        const auto stored = r->id ? repo.byId(r->id) : std::nullopt;
        if (draft.asRead->id != r->id || (stored && stored->savedAt != draft.asRead->savedAt))
            return fail(m_ctx.staleEdit(QStringLiteral("report"), r->id,
                                        QCoreApplication::translate("cd::ReportService", "The draft report for %1").arg(p->code)));
    }
    if (andSubmit) r->requestKey = draft.requestKey;
    if (andSubmit)
        if (auto s = refuseIfEmpty(*r, p->code); !s) return fail(s.error());
    // New files follow the kept ones in the order they were added (see prepare()).
    int added = 0;
    for (auto& a : r->attachments) {
        if (a.id) continue;
        auto id = repo.storeAttachment(a.sha256, draft.add[added++].data);
        if (!id) return fail(id.error());
        a.id = *id;
    }
    if (r->id) {
        if (auto s = repo.replaceDraft(*r); !s) return fail(s.error());
        if (andSubmit) {
            if (auto s = repo.markSubmitted(r->id, m_ctx.clock.now(), m_ctx.actor.login, draft.requestKey); !s) return fail(s.error());
            r->status = ReportStatus::Submitted;
        }
    } else {
        if (andSubmit) { // a new version sent at once is written submitted, not written and then changed
            r->status = ReportStatus::Submitted;
            r->submittedAt = m_ctx.clock.now();
            r->submittedBy = m_ctx.actor.login;
        }
        auto inserted = repo.insert(*r);
        if (!inserted) return fail(inserted.error());
        r->id = *inserted;
    }
    if (auto s = m_ctx.audit(andSubmit ? QStringLiteral("report.submit") : QStringLiteral("report.save"), QStringLiteral("report"), r->id, {},
                             describe(*r));
        !s)
        return fail(s.error());
    if (auto s = tx.commit(); !s) return fail(s.error());
    return r->id;
}

Result<qint64> ReportService::saveDraft(const ReportDraft& draft) { return store(draft, false); }

Status ReportService::submit(qint64 unitId, const QString& periodCode) { return retrying([&] { return submitOnce(unitId, periodCode); }); }

Status ReportService::submitOnce(qint64 unitId, const QString& periodCode)
{
    if (auto s = m_ctx.require(Operation::WriteUnitData, unitId); !s) return s;
    auto p = period(periodCode);
    if (!p) return fail(p.error());
    ReportRepository repo(m_ctx.db);
    auto draft = repo.latest(unitId, p->id);
    if (!draft || draft->status != ReportStatus::Draft)
        return fail(Error::notFound(QCoreApplication::translate("cd::ReportService", "There is no draft for %1 to submit.").arg(p->code)));
    if (auto s = refuseIfEmpty(*draft, p->code); !s) return s;
    Transaction tx(m_ctx.db);
    if (!tx.ok()) return fail(tx.error());
    if (auto s = repo.markSubmitted(draft->id, m_ctx.clock.now(), m_ctx.actor.login); !s) return s;
    draft->status = ReportStatus::Submitted;
    if (auto s = m_ctx.audit(QStringLiteral("report.submit"), QStringLiteral("report"), draft->id, {}, describe(*draft)); !s) return s;
    return tx.commit();
}

Result<qint64> ReportService::submitReport(const ReportDraft& draft) { return store(draft, true); }

Status ReportService::review(qint64 unitId, const QString& periodCode, bool accept, const QString& comment) { return retrying([&] { return reviewOnce(unitId, periodCode, accept, comment); }); }

Status ReportService::reviewOnce(qint64 unitId, const QString& periodCode, bool accept, const QString& comment)
{
    if (auto s = m_ctx.require(Operation::ReviewReports); !s) return s;
    auto p = period(periodCode);
    if (!p) return fail(p.error());
    if (!accept && comment.trimmed().isEmpty())
        return fail(Error::invalid(QCoreApplication::translate("cd::ReportService", "Say why the report is returned.")));
    ReportRepository repo(m_ctx.db);
    // Read inside the write's transaction; the update itself changes only a report still
    // waiting, so of two reviewers at once exactly one wins, on either engine.
    Transaction tx(m_ctx.db);
    if (!tx.ok()) return fail(tx.error());
    auto r = repo.latestSubmitted(unitId, p->id);
    const auto notWaiting = [&] {
        const auto unit = UnitRepository(m_ctx.db).byId(unitId);
        const auto now = repo.latestSubmitted(unitId, p->id);
        const QString name = unit ? unit->name : QString::number(unitId);
        if (now && now->status != ReportStatus::Submitted && !now->reviewedBy.isEmpty())
            return Error::conflict(QCoreApplication::translate("cd::ReportService", "The report of %1 for %2 was already reviewed by %3 at %4: it is %5.")
                                       .arg(name, p->code, now->reviewedBy, QLocale().toString(now->reviewedAt, QLocale::ShortFormat), displayName(now->status)));
        return Error::conflict(QCoreApplication::translate("cd::ReportService", "The report of %1 for %2 is not waiting for review.").arg(name, p->code));
    };
    if (!r || r->status != ReportStatus::Submitted) return fail(notWaiting());
    const QJsonObject before = describe(*r);
    const ReportStatus outcome = accept ? ReportStatus::Accepted : ReportStatus::Returned;
    auto changed = repo.reviewWaiting(r->id, outcome, m_ctx.clock.now(), m_ctx.actor.login, comment.trimmed());
    if (!changed) return fail(changed.error());
    if (!*changed) return fail(notWaiting());
    if (accept)
        if (auto s = ProgressRepository(m_ctx.db).addAcceptedReport(r->id); !s) return s;
    r->status = outcome;
    QJsonObject after = describe(*r);
    after.insert(QStringLiteral("comment"), comment.trimmed());
    if (auto s = m_ctx.audit(accept ? QStringLiteral("report.accept") : QStringLiteral("report.return"), QStringLiteral("report"), r->id,
                             before, after);
        !s)
        return s;
    return tx.commit();
}

std::optional<SelfReport> ReportService::latest(qint64 unitId, const QString& periodCode)
{
    if (!m_ctx.require(Operation::ReadUnitData, unitId)) return std::nullopt;
    auto p = period(periodCode);
    if (!p) return std::nullopt;
    return ReportRepository(m_ctx.db).latest(unitId, p->id);
}

Result<SelfReport> ReportService::report(qint64 reportId)
{
    auto r = ReportRepository(m_ctx.db).byId(reportId);
    if (!r) return fail(Error::notFound(QCoreApplication::translate("cd::ReportService", "The report does not exist.")));
    if (auto s = m_ctx.require(Operation::ReadUnitData, r->unitId); !s) return fail(s.error());
    return *r;
}

Result<QByteArray> ReportService::attachment(qint64 reportId, qint64 attachmentId)
{
    ReportRepository repo(m_ctx.db);
    auto r = repo.byId(reportId);
    if (!r) return fail(Error::notFound(QCoreApplication::translate("cd::ReportService", "The report does not exist.")));
    if (auto s = m_ctx.require(Operation::ReadUnitData, r->unitId); !s) return fail(s.error());
    if (!std::ranges::any_of(r->attachments, [&](const AttachmentRef& a) { return a.id == attachmentId; }))
        return fail(Error::notFound(QCoreApplication::translate("cd::ReportService", "The file is not attached to this report.")));
    return repo.attachmentData(attachmentId);
}

} // namespace cd
