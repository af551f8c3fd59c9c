// 述职报告: each person's written report, filed by the unit's account before the session and
// accepted or returned by the office (docs/review.md).
#include "services/ReviewService.h"

#include "domain/Text.h"
#include "services/SupervisionService.h"
#include "storage/ReportRepository.h"
#include "storage/Transaction.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFileInfo>
#include <QJsonArray>

namespace cd {
namespace {

QString tr(const char* s) { return QCoreApplication::translate("cd::ReviewService", s); }

QJsonObject reportJson(const ReviewRepository::Report& r)
{
    return {{QStringLiteral("session_id"), r.sessionId}, {QStringLiteral("person_id"), r.personId}, {QStringLiteral("unit_id"), r.unitId},
            {QStringLiteral("version"), r.version},      {QStringLiteral("status"), r.status},      {QStringLiteral("text"), r.text},
            {QStringLiteral("review_comment"), r.reviewComment}};
}

} // namespace

QList<ReviewRepository::Report> ReviewService::reports(qint64 sessionId)
{
    const bool all = allowed(m_ctx.actor, Operation::RunReviews) || allowed(m_ctx.actor, Operation::ReadAllUnits);
    if (!all && m_ctx.actor.role != Role::Unit) return {};
    auto out = ReviewRepository(m_ctx.db).latestReports(sessionId, all ? 0 : m_ctx.actor.unitId);
    out.removeIf([this](const ReviewRepository::Report& r) { return !m_ctx.actor.inScope(r.unitId); });
    return out;
}

Result<qint64> ReviewService::saveReport(qint64 personId, const QString& text, bool submit, const QList<NewFile>& add, std::optional<QList<qint64>> keep)
{
    ReviewRepository repo(m_ctx.db);
    // The person as the actor may read them (on a server a unit sees only its own people).
    const auto found = repo.person(personId);
    if (!found) return fail(Error::notFound(tr("That person does not report at any session.")));
    const std::optional<ReviewPerson> person = found->first;
    const qint64 sessionId = found->second;
    if (!person) return fail(Error::notFound(tr("That person does not report at any session.")));
    if (auto r = m_ctx.require(Operation::WriteUnitData, person->unitId); !r) return fail(r.error());
    // Beside a unit, only whoever runs the 述职测评 writes a person's report (not an office of one part).
    if (m_ctx.actor.role != Role::Unit)
        if (auto r = m_ctx.require(Operation::RunReviews); !r) return fail(r.error());
    auto s = session(sessionId);
    if (!s) return fail(s.error());
    if (s->published()) return fail(Error::conflict(tr("The results of “%1” are published: its reports are closed.").arg(s->title)));
    const QString body = text.trimmed();
    if (submit && body.isEmpty()) return fail(Error::invalid(tr("A report sent for review has its text.")));
    const auto latest = repo.latestReport(personId);
    if (latest && latest->status == QLatin1String("submitted")) return fail(Error::conflict(tr("%1's report is waiting for the office's review.").arg(person->name)));
    if (latest && latest->status == QLatin1String("accepted")) return fail(Error::conflict(tr("%1's report was accepted.").arg(person->name)));
    ReviewRepository::Report r;
    r.sessionId = sessionId;
    r.personId = personId;
    r.unitId = person->unitId;
    r.version = latest ? latest->version + 1 : 1;
    r.status = submit ? QStringLiteral("submitted") : QStringLiteral("draft");
    r.text = body;
    r.savedAt = m_ctx.clock.now();
    r.savedBy = m_ctx.actor.login;
    // The evidence: the previous version's files kept, then the new ones.
    QList<AttachmentRef> files;
    for (const auto& f : latest ? repo.reportFiles(latest->id) : QList<AttachmentRef>{})
        if (!keep || keep->contains(f.id)) files.append(f);
    const qint64 limit = ReportService(m_ctx).attachmentLimitBytes();
    QList<QByteArray> bytes;
    for (const auto& f : add) {
        const QString name = QFileInfo(f.name).fileName();
        if (name.isEmpty()) return fail(Error::invalid(tr("An evidence file has no name.")));
        if (f.data.isEmpty()) return fail(Error::invalid(tr("The evidence file %1 is empty; an empty file proves nothing.").arg(name)));
        if (f.data.size() > limit)
            return fail(Error::invalid(tr("The evidence file %1 is %2 MB; the limit is %3 MB.").arg(name).arg(double(f.data.size()) / (1024 * 1024), 0, 'f', 1).arg(limit / (1024 * 1024))));
        const QString sha = QString::fromLatin1(QCryptographicHash::hash(f.data, QCryptographicHash::Sha256).toHex());
        if (const auto same = std::ranges::find(files, sha, &AttachmentRef::sha256); same != files.end())
            return fail(Error::conflict(tr("The evidence file %1 is already attached (as %2).").arg(name, same->name)));
        files.append({0, name, sha, qint64(f.data.size())});
        bytes.append(f.data);
    }
    Transaction tx(m_ctx.db);
    if (!tx.ok()) return fail(tx.error());
    auto id = repo.insertReport(r);
    if (!id) return fail(id.error());
    ReportRepository stored(m_ctx.db);
    int added = 0;
    QJsonArray evidence;
    for (auto& f : files) {
        if (!f.id) {
            auto fileId = stored.storeAttachment(f.sha256, bytes[added++]);
            if (!fileId) return fail(fileId.error());
            f.id = *fileId;
        }
        if (auto l = repo.linkReportFile(*id, f.id, f.name); !l) return fail(l.error());
        evidence.append(QJsonObject{{QStringLiteral("name"), f.name}, {QStringLiteral("sha256"), f.sha256}});
    }
    QJsonObject after = reportJson(r);
    after.insert(QStringLiteral("evidence"), evidence);
    if (auto a = m_ctx.audit(submit ? QStringLiteral("review_report.submit") : QStringLiteral("review_report.save"), QStringLiteral("review_report"), *id,
                             latest ? reportJson(*latest) : QJsonObject{}, after);
        !a)
        return fail(a.error());
    if (auto t = tx.commit(); !t) return fail(t.error());
    return *id;
}

Status ReviewService::reviewReport(qint64 personId, bool accept, const QString& comment)
{
    if (auto r = m_ctx.require(Operation::RunReviews); !r) return r;
    ReviewRepository repo(m_ctx.db);
    const auto latest = repo.latestReport(personId);
    if (!latest || latest->status != QLatin1String("submitted")) return fail(Error::conflict(tr("There is no report waiting for review.")));
    const QString why = text::clean(comment);
    if (!accept && why.isEmpty()) return fail(Error::invalid(tr("A report is returned with the reason.")));
    auto after = *latest;
    after.status = accept ? QStringLiteral("accepted") : QStringLiteral("returned");
    after.reviewComment = why;
    Transaction tx(m_ctx.db);
    if (!tx.ok()) return fail(tx.error());
    if (auto u = repo.setReportReview(latest->id, after.status, m_ctx.clock.now(), m_ctx.actor.login, why); !u) return u;
    if (auto a = m_ctx.audit(accept ? QStringLiteral("review_report.accept") : QStringLiteral("review_report.return"), QStringLiteral("review_report"), latest->id,
                             reportJson(*latest), reportJson(after));
        !a)
        return a;
    return tx.commit();
}

QList<AttachmentRef> ReviewService::reportFiles(qint64 reportId)
{
    ReviewRepository repo(m_ctx.db);
    const auto report = repo.reportById(reportId);
    if (!report || !allowed(m_ctx.actor, Operation::ReadUnitData, report->unitId)) return {};
    return repo.reportFiles(reportId);
}

Result<QByteArray> ReviewService::reportFile(qint64 reportId, qint64 attachmentId)
{
    ReviewRepository repo(m_ctx.db);
    const auto report = repo.reportById(reportId);
    if (!report) return fail(Error::notFound(tr("The file is not attached to this report.")));
    if (auto r = m_ctx.require(Operation::ReadUnitData, report->unitId); !r) return fail(r.error());
    const auto files = repo.reportFiles(reportId);
    if (std::ranges::none_of(files, [&](const AttachmentRef& a) { return a.id == attachmentId; }))
        return fail(Error::notFound(tr("The file is not attached to this report.")));
    return ReportRepository(m_ctx.db).attachmentData(attachmentId);
}

QList<Problem> ReviewService::yearsProblems(qint64 personId)
{
    ReviewRepository repo(m_ctx.db);
    const auto found = repo.person(personId);
    if (!found || !allowed(m_ctx.actor, Operation::ReadUnitData, found->first.unitId)) return {};
    const auto s = repo.session(found->second);
    if (!s) return {};
    ProblemFilter filter;
    filter.unitId = found->first.unitId;
    QList<Problem> out;
    for (const auto& line : SupervisionService(m_ctx).problems(filter))
        if (line.raisedOn.year() == s->date.year()) out.append(line);
    return out;
}

} // namespace cd
