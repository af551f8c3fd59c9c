#pragma once

#include "domain/Error.h"
#include "domain/Supervision.h"

#include <QList>
#include <optional>

namespace cd {

class Database;

struct ProblemFilter
{
    std::optional<ProblemStatus> status;
    qint64 unitId = 0;
    QDate overdueOn; // when valid: only lines past their deadline on this day and not closed
};

class SupervisionRepository
{
public:
    explicit SupervisionRepository(Database& db) : m_db(db) {}

    Result<qint64> insertInspection(const Inspection& i);
    QList<Inspection> inspections(const QString& quarter = {});
    std::optional<InspectionVisit> visit(qint64 id);

    Result<qint64> insertProblem(const Problem& p);
    Status updateProblem(const Problem& p);
    // A step on the line: written only while the line still is `from`. False when someone else
    // moved it first.
    Result<bool> moveProblem(const Problem& p, ProblemStatus from);
    // The unit's own step on its line (to rectifying, or its fix reported): on a server through
    // cd_move_problem, which a unit's login may call and which changes the status alone (the
    // server names who reported the fix).
    Result<bool> answerProblem(const Problem& p, ProblemStatus from);
    // A line copied under the office's id, with its history replaced by the given events.
    Status putProblem(const Problem& p, const QList<ProblemEvent>& history);
    std::optional<Problem> problem(qint64 id);
    QList<Problem> problems(const ProblemFilter& f);
    Status insertEvent(const ProblemEvent& e);
    QList<ProblemEvent> events(qint64 problemId);
    Status insertEscalation(const Escalation& e);
    QList<Escalation> escalations(qint64 problemId);

    Result<qint64> insertCase(const TypicalCase& c);
    Status setCasePublished(qint64 id, bool published);
    std::optional<TypicalCase> typicalCase(qint64 id);
    QList<TypicalCase> cases(qint64 unitId = 0);

private:
    Result<bool> writeProblem(const Problem& p, std::optional<ProblemStatus> from);
    Database& m_db;
};

} // namespace cd
