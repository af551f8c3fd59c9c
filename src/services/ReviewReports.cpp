// 述职报告: each person's written report, filed by the unit's account before the session and
// accepted or returned by the office (docs/review.md).
#include "services/ReviewService.h"

#include "domain/Text.h"
#include "services/SupervisionService.h"
#include "storage/Transaction.h"

#include <QCoreApplication>

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
    return ReviewRepository(m_ctx.db).latestReports(sessionId, all ? 0 : m_ctx.actor.unitId);
}

Result<qint64> ReviewService::saveReport(qint64 personId, const QString& text, bool submit)
{
    ReviewRepository repo(m_ctx.db);
    // The person as the actor may read them (on a server a unit sees only its own people).
    const auto found = repo.person(personId);
    if (!found) return fail(Error::notFound(tr("That person does not report at any session.")));
    const std::optional<ReviewPerson> person = found->first;
    const qint64 sessionId = found->second;
    if (!person) return fail(Error::notFound(tr("That person does not report at any session.")));
    if (auto r = m_ctx.require(Operation::WriteUnitData, person->unitId); !r) return fail(r.error());
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
    Transaction tx(m_ctx.db);
    if (!tx.ok()) return fail(tx.error());
    auto id = repo.insertReport(r);
    if (!id) return fail(id.error());
    if (auto a = m_ctx.audit(submit ? QStringLiteral("review_report.submit") : QStringLiteral("review_report.save"), QStringLiteral("review_report"), *id,
                             latest ? reportJson(*latest) : QJsonObject{}, reportJson(r));
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
