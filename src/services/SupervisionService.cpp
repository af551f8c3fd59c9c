#include "services/SupervisionService.h"

#include "storage/AuditChain.h"

#include "domain/PeriodCalendar.h"
#include "services/SettingsService.h"
#include "storage/Transaction.h"
#include "storage/UnitRepository.h"
#include "storage/UserRepository.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QSet>

namespace cd {
namespace {


QJsonObject describe(const Problem& p)
{
    return {{QStringLiteral("unit_id"), p.unitId},          {QStringLiteral("pillar"), toId(p.pillar)},
            {QStringLiteral("source"), toId(p.source)},     {QStringLiteral("description"), p.description},
            {QStringLiteral("deadline"), p.deadline.toString(Qt::ISODate)}, {QStringLiteral("severity"), toId(p.severity)},
            {QStringLiteral("status"), toId(p.status)},     {QStringLiteral("responsible"), p.responsible}};
}

} // namespace

bool SupervisionService::fixerMayVerify()
{
    return SettingsService(m_ctx).current().fixerMayVerify;
}

Result<qint64> SupervisionService::addInspection(Inspection inspection)
{
    if (auto s = m_ctx.require(Operation::Supervise); !s) return fail(s.error());
    inspection.title = inspection.title.trimmed();
    if (inspection.title.isEmpty()) return fail(Error::invalid(QCoreApplication::translate("cd::SupervisionService", "An inspection needs a title.")));
    if (!inspection.date.isValid()) return fail(Error::invalid(QCoreApplication::translate("cd::SupervisionService", "An inspection needs a date.")));
    if (inspection.quarter.isEmpty())
        inspection.quarter = PeriodCalendar::code({PeriodKind::Quarter, inspection.date.year(), (inspection.date.month() - 1) / 3 + 1});
    auto q = PeriodCalendar::parse(inspection.quarter);
    if (!q || q->kind != PeriodKind::Quarter)
        return fail(Error::invalid(QCoreApplication::translate("cd::SupervisionService", "%1 is not a quarter (write 2020Q2).").arg(inspection.quarter)));
    UnitRepository units(m_ctx.db);
    QSet<qint64> seen;
    for (const auto& v : inspection.visits) {
        if (auto s = m_ctx.require(Operation::Supervise, v.unitId); !s) return fail(s.error());
        const auto unit = units.byId(v.unitId);
        if (!unit) return fail(Error::notFound(QCoreApplication::translate("cd::SupervisionService", "A visited unit does not exist.")));
        if (seen.contains(v.unitId))
            return fail(Error::invalid(
                QCoreApplication::translate("cd::SupervisionService", "%1 is listed twice; one visit per unit and inspection.").arg(unit->name)));
        seen.insert(v.unitId);
    }
    SupervisionRepository repo(m_ctx.db);
    Transaction tx(m_ctx.db);
    if (!tx.ok()) return fail(tx.error());
    auto id = repo.insertInspection(inspection);
    if (!id) return fail(id.error());
    if (auto s = m_ctx.audit(QStringLiteral("inspection.create"), QStringLiteral("inspection"), *id, {},
                             {{QStringLiteral("title"), inspection.title}, {QStringLiteral("kind"), toId(inspection.kind)},
                              {QStringLiteral("date"), inspection.date.toString(Qt::ISODate)},
                              {QStringLiteral("visits"), int(inspection.visits.size())}});
        !s)
        return fail(s.error());
    if (auto s = tx.commit(); !s) return fail(s.error());
    return *id;
}

QList<Inspection> SupervisionService::inspections(const QString& quarter)
{
    if (!m_ctx.require(Operation::ReadAllUnits)) return {};
    auto out = SupervisionRepository(m_ctx.db).inspections(quarter);
    if (m_ctx.actor.scoped()) {
        // An office of a part reads its own units' visits, and the rounds that visited them.
        for (auto& i : out) i.visits.removeIf([this](const InspectionVisit& v) { return !m_ctx.actor.inScope(v.unitId); });
        out.removeIf([](const Inspection& i) { return i.visits.isEmpty(); });
    }
    return out;
}

Result<qint64> SupervisionService::problemFromFinding(qint64 visitId, Problem details)
{
    SupervisionRepository repo(m_ctx.db);
    auto visit = repo.visit(visitId);
    if (!visit) return fail(Error::notFound(QCoreApplication::translate("cd::SupervisionService", "The inspection visit does not exist.")));
    QDate visited;
    for (const auto& i : repo.inspections())
        for (const auto& v : i.visits)
            if (v.id == visitId) visited = i.date;
    details.unitId = visit->unitId;
    details.source = ProblemSource::Inspection;
    details.sourceRef = visitId;
    if (details.description.trimmed().isEmpty()) details.description = visit->findings;
    if (!details.raisedOn.isValid()) details.raisedOn = visited;
    return addProblem(details);
}

Result<qint64> SupervisionService::addProblem(Problem p) { return retrying([&] { return addProblemOnce(p); }); }

Result<qint64> SupervisionService::addProblemOnce(Problem p)
{
    if (auto s = m_ctx.require(Operation::Supervise, p.unitId); !s) return fail(s.error());
    p.description = p.description.trimmed();
    if (!UnitRepository(m_ctx.db).byId(p.unitId))
        return fail(Error::notFound(QCoreApplication::translate("cd::SupervisionService", "The unit does not exist.")));
    if (p.description.isEmpty())
        return fail(Error::invalid(QCoreApplication::translate("cd::SupervisionService", "A problem needs a description.")));
    if (!p.raisedOn.isValid()) p.raisedOn = m_ctx.clock.today();
    if (!p.deadline.isValid() || p.deadline < p.raisedOn)
        return fail(Error::invalid(QCoreApplication::translate("cd::SupervisionService", "The deadline must not be before the problem was found (%1).")
                                       .arg(p.raisedOn.toString(Qt::ISODate))));
    p.status = ProblemStatus::Open;
    SupervisionRepository repo(m_ctx.db);
    Transaction tx(m_ctx.db);
    if (!tx.ok()) return fail(tx.error());
    auto id = repo.insertProblem(p);
    if (!id) return fail(id.error());
    if (auto s = repo.insertEvent({0, *id, m_ctx.clock.now(), m_ctx.actor.login, std::nullopt, ProblemStatus::Open, {}}); !s) return fail(s.error());
    if (auto s = m_ctx.audit(QStringLiteral("problem.create"), QStringLiteral("problem"), *id, {}, describe(p)); !s) return fail(s.error());
    if (auto s = tx.commit(); !s) return fail(s.error());
    return *id;
}

QList<Problem> SupervisionService::problems(const ProblemFilter& filter)
{
    ProblemFilter f = filter;
    if (m_ctx.actor.role == Role::Unit) f.unitId = m_ctx.actor.unitId; // a unit sees its own lines only
    else if (!m_ctx.require(Operation::ReadAllUnits)) return {};
    auto out = SupervisionRepository(m_ctx.db).problems(f);
    out.removeIf([this](const Problem& p) { return !m_ctx.actor.inScope(p.unitId); });
    return out;
}

Result<Problem> SupervisionService::problem(qint64 id)
{
    auto p = SupervisionRepository(m_ctx.db).problem(id);
    if (!p) return fail(Error::notFound(QCoreApplication::translate("cd::SupervisionService", "There is no problem line %1.").arg(id)));
    if (auto s = m_ctx.require(Operation::ReadUnitData, p->unitId); !s) return fail(s.error());
    return *p;
}

Status SupervisionService::transition(qint64 problemId, ProblemStatus to, const QString& note) { return retrying([&] { return transitionOnce(problemId, to, note); }); }

Status SupervisionService::transitionOnce(qint64 problemId, ProblemStatus to, const QString& note)
{
    SupervisionRepository repo(m_ctx.db);
    // Read inside the write's transaction, and the line moved only from the state read: of two
    // people moving it at once, the second is told instead of stepping from a stale state.
    Transaction tx(m_ctx.db);
    if (!tx.ok()) return fail(tx.error());
    auto p = repo.problem(problemId);
    if (!p) return fail(Error::notFound(QCoreApplication::translate("cd::SupervisionService", "There is no problem line %1.").arg(problemId)));
    // The unit reports its rectification; verifying, refusing and reopening are the office's.
    const bool unitStep = (to == ProblemStatus::Rectifying && p->status == ProblemStatus::Open) || to == ProblemStatus::PendingVerification;
    if (auto s = m_ctx.require(unitStep ? Operation::AnswerProblems : Operation::Supervise, p->unitId); !s) return s;
    if (!ProblemRules::canTransition(p->status, to))
        return fail(Error::conflict(QCoreApplication::translate("cd::SupervisionService", "A line that is %1 cannot become %2.")
                                        .arg(displayName(p->status), displayName(to))));
    if (p->status == ProblemStatus::Closed && note.trimmed().isEmpty())
        return fail(Error::invalid(QCoreApplication::translate("cd::SupervisionService", "Say why the line is reopened.")));
    if (to == ProblemStatus::Closed && !fixerMayVerify() && p->fixReportedBy == m_ctx.actor.login)
        return fail(Error{Error::Code::Permission,
                          QCoreApplication::translate("cd::SupervisionService",
                                                      "%1 reported this fix and may not also verify it: another member of the office verifies it. "
                                                      "An office of one person allows it in File ▸ Campaign settings (“Whoever reported a fix may also verify”).")
                              .arg(m_ctx.actor.shownName()),
                          QString::fromLatin1(kSelfVerifyRefused)});
    const QJsonObject before = describe(*p);
    const ProblemStatus from = p->status;
    p->status = to;
    if (to == ProblemStatus::PendingVerification) p->fixReportedBy = m_ctx.actor.login;
    if (to == ProblemStatus::Closed) {
        p->closedOn = m_ctx.clock.today();
        p->verifier = m_ctx.actor.login;
        p->closeNote = note.trimmed();
    }
    if (to == ProblemStatus::Open) {
        p->closedOn = {};
        p->verifier.clear();
        p->closeNote.clear();
    }
    auto moved = m_ctx.actor.role == Role::Unit ? repo.answerProblem(*p, from) : repo.moveProblem(*p, from);
    if (!moved) return fail(moved.error());
    if (!*moved)
        return fail(Error::conflict(QCoreApplication::translate("cd::SupervisionService", "Line %1 was moved on by someone else meanwhile; reload it to see its state.")
                                        .arg(problemId)));
    if (auto s = repo.insertEvent({0, problemId, m_ctx.clock.now(), m_ctx.actor.login, from, to, note.trimmed()}); !s) return s;
    if (auto s = m_ctx.audit(QStringLiteral("problem.transition"), QStringLiteral("problem"), problemId, before, describe(*p)); !s) return s;
    return tx.commit();
}

Status SupervisionService::escalate(qint64 problemId, EscalationStep step, const QString& decision) { return retrying([&] { return escalateOnce(problemId, step, decision); }); }

Status SupervisionService::escalateOnce(qint64 problemId, EscalationStep step, const QString& decision)
{
    if (auto s = m_ctx.require(Operation::Supervise); !s) return s;
    SupervisionRepository repo(m_ctx.db);
    auto p = repo.problem(problemId);
    if (!p) return fail(Error::notFound(QCoreApplication::translate("cd::SupervisionService", "There is no problem line %1.").arg(problemId)));
    if (auto s = m_ctx.require(Operation::Supervise, p->unitId); !s) return s;
    if (!ProblemRules::isOverdue(*p, m_ctx.clock.today()))
        return fail(Error::conflict(QCoreApplication::translate("cd::SupervisionService", "Only an overdue line is escalated; this one is due %1.")
                                        .arg(p->deadline.toString(Qt::ISODate))));
    const auto previous = repo.escalations(problemId);
    if (!ProblemRules::canEscalate(previous.isEmpty() ? std::nullopt : std::optional(previous.last().step), step))
        return fail(Error::conflict(QCoreApplication::translate("cd::SupervisionService", "The line has already reached %1; it does not go back to %2.")
                                        .arg(displayName(previous.last().step), displayName(step))));
    const Escalation e{0, problemId, step, m_ctx.clock.today(), decision.trimmed(), m_ctx.actor.login,
                       AuditChain::shortCode(AuditChain::head(m_ctx.db))};
    Transaction tx(m_ctx.db);
    if (!tx.ok()) return fail(tx.error());
    if (auto s = repo.insertEscalation(e); !s) return s;
    if (auto s = m_ctx.audit(QStringLiteral("problem.escalate"), QStringLiteral("problem"), problemId, {},
                             {{QStringLiteral("step"), toId(step)}, {QStringLiteral("decision"), e.decision}});
        !s)
        return s;
    return tx.commit();
}

Result<ProblemHistory> SupervisionService::history(qint64 problemId)
{
    auto p = problem(problemId);
    if (!p) return fail(p.error());
    SupervisionRepository repo(m_ctx.db);
    return ProblemHistory{repo.events(problemId), repo.escalations(problemId)};
}

Result<qint64> SupervisionService::addCase(TypicalCase c)
{
    if (auto s = m_ctx.require(Operation::Supervise); !s) return fail(s.error());
    c.title = c.title.trimmed();
    if (auto s = m_ctx.require(Operation::Supervise, c.unitId); !s) return fail(s.error());
    if (c.title.isEmpty()) return fail(Error::invalid(QCoreApplication::translate("cd::SupervisionService", "A case needs a title.")));
    if (!UnitRepository(m_ctx.db).byId(c.unitId))
        return fail(Error::notFound(QCoreApplication::translate("cd::SupervisionService", "The unit does not exist.")));
    if (!c.date.isValid()) c.date = m_ctx.clock.today();
    SupervisionRepository repo(m_ctx.db);
    Transaction tx(m_ctx.db);
    if (!tx.ok()) return fail(tx.error());
    auto id = repo.insertCase(c);
    if (!id) return fail(id.error());
    if (auto s = m_ctx.audit(QStringLiteral("case.create"), QStringLiteral("case"), *id, {},
                             {{QStringLiteral("unit_id"), c.unitId}, {QStringLiteral("positive"), c.positive},
                              {QStringLiteral("title"), c.title}, {QStringLiteral("published"), c.published}});
        !s)
        return fail(s.error());
    if (auto s = tx.commit(); !s) return fail(s.error());
    return *id;
}

Status SupervisionService::publishCase(qint64 caseId, bool published)
{
    if (auto s = m_ctx.require(Operation::Supervise); !s) return s;
    SupervisionRepository repo(m_ctx.db);
    auto c = repo.typicalCase(caseId);
    if (!c) return fail(Error::notFound(QCoreApplication::translate("cd::SupervisionService", "There is no case %1.").arg(caseId)));
    if (auto s = m_ctx.require(Operation::Supervise, c->unitId); !s) return s;
    Transaction tx(m_ctx.db);
    if (!tx.ok()) return fail(tx.error());
    if (auto s = repo.setCasePublished(caseId, published); !s) return s;
    if (auto s = m_ctx.audit(QStringLiteral("case.publish"), QStringLiteral("case"), caseId, {{QStringLiteral("published"), c->published}},
                             {{QStringLiteral("published"), published}});
        !s)
        return s;
    return tx.commit();
}

QList<TypicalCase> SupervisionService::cases(qint64 unitId)
{
    if (m_ctx.actor.role == Role::Unit) {
        // A unit reads its own unit's cases once the office has published them; a draft,
        // above all a negative one about the unit, stays the office's until then.
        auto own = SupervisionRepository(m_ctx.db).cases(m_ctx.actor.unitId);
        own.removeIf([](const TypicalCase& c) { return !c.published; });
        return own;
    }
    if (!m_ctx.require(Operation::ReadAllUnits)) return {};
    auto out = SupervisionRepository(m_ctx.db).cases(unitId);
    out.removeIf([this](const TypicalCase& c) { return !m_ctx.actor.inScope(c.unitId); });
    return out;
}

} // namespace cd
