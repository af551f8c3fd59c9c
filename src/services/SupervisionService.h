#pragma once

#include "domain/Supervision.h"
#include "services/ServiceContext.h"
#include "storage/SupervisionRepository.h"

namespace cd {

struct ProblemHistory
{
    QList<ProblemEvent> events;
    QList<Escalation> escalations;
};

// 季有督办: inspections and their findings, the problem ledger (问题销号制) with its
// history and escalations, typical cases. The office supervises; a unit answers its own lines.
// Error::reason of the refusal to strike off a line one reported fixed oneself; the desktop offers
// the setting that allows it in place.
inline constexpr auto kSelfVerifyRefused = "self_verify";

class SupervisionService
{
public:
    explicit SupervisionService(ServiceContext ctx) : m_ctx(std::move(ctx)) {}

    Result<qint64> addInspection(Inspection inspection);
    QList<Inspection> inspections(const QString& quarter = {});
    // A finding of a visit becomes a ledger line in one action.
    Result<qint64> problemFromFinding(qint64 visitId, Problem details);

    Result<qint64> addProblem(Problem problem);
    QList<Problem> problems(const ProblemFilter& filter);
    Result<Problem> problem(qint64 id);
    Status transition(qint64 problemId, ProblemStatus to, const QString& note);
    Status escalate(qint64 problemId, EscalationStep step, const QString& decision);
    Result<ProblemHistory> history(qint64 problemId);

    Result<qint64> addCase(TypicalCase c);
    Status publishCase(qint64 caseId, bool published);
    QList<TypicalCase> cases(qint64 unitId = 0);

    // Settings in the file: may the person who reported a fix also verify it?
    bool fixerMayVerify();

private:
    // One attempt of the public method of the same name, which repeats it (retrying()).
    Status escalateOnce(qint64 problemId, EscalationStep step, const QString& decision);
    Status transitionOnce(qint64 problemId, ProblemStatus to, const QString& note);
    Result<qint64> addProblemOnce(Problem p);
    ServiceContext m_ctx;
};

} // namespace cd
