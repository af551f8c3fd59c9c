#include "storage/SupervisionRepository.h"

#include "storage/Database.h"
#include "storage/SqlUtil.h"

#include <QSqlQuery>

namespace cd {
namespace {

const QString kProblemSelect = QStringLiteral(
    "SELECT id, unit_id, pillar, source, source_ref, description, measure, responsible, raised_on, deadline, severity, status,"
    " fix_reported_by, closed_on, verifier, close_note FROM problems");

Problem readProblem(const sql::Query& q)
{
    Problem p;
    p.id = q.value(0).toLongLong();
    p.unitId = q.value(1).toLongLong();
    p.pillar = pillarFromId(q.value(2).toString()).value_or(Pillar::General);
    p.source = problemSourceFromId(q.value(3).toString()).value_or(ProblemSource::Other);
    p.sourceRef = q.value(4).toLongLong();
    p.description = q.value(5).toString();
    p.measure = q.value(6).toString();
    p.responsible = q.value(7).toString();
    p.raisedOn = sql::toDate(q.value(8));
    p.deadline = sql::toDate(q.value(9));
    p.severity = severityFromId(q.value(10).toString()).value_or(Severity::Normal);
    p.status = problemStatusFromId(q.value(11).toString()).value_or(ProblemStatus::Open);
    p.fixReportedBy = q.value(12).toString();
    p.closedOn = sql::toDate(q.value(13));
    p.verifier = q.value(14).toString();
    p.closeNote = q.value(15).toString();
    return p;
}

void bindProblem(sql::Query& q, const Problem& p)
{
    q.addBindValue(p.unitId);
    q.addBindValue(toId(p.pillar));
    q.addBindValue(toId(p.source));
    q.addBindValue(sql::idOrNull(p.sourceRef));
    q.addBindValue(sql::text(p.description));
    q.addBindValue(sql::text(p.measure));
    q.addBindValue(sql::text(p.responsible));
    q.addBindValue(sql::date(p.raisedOn));
    q.addBindValue(sql::date(p.deadline));
    q.addBindValue(toId(p.severity));
    q.addBindValue(toId(p.status));
    q.addBindValue(sql::text(p.fixReportedBy));
    q.addBindValue(sql::date(p.closedOn));
    q.addBindValue(sql::text(p.verifier));
    q.addBindValue(sql::text(p.closeNote));
}

TypicalCase readCase(const sql::Query& q)
{
    return TypicalCase{q.value(0).toLongLong(), q.value(1).toLongLong(), pillarFromId(q.value(2).toString()).value_or(Pillar::General),
                       q.value(3).toBool(), q.value(4).toString(), q.value(5).toString(), sql::toDate(q.value(6)), q.value(7).toBool()};
}

const QString kCaseSelect = QStringLiteral("SELECT id, unit_id, pillar, positive, title, text, date, published FROM typical_cases");

} // namespace

Result<qint64> SupervisionRepository::insertInspection(const Inspection& i)
{
    sql::Query q(m_db.sql());
    q.prepare(QStringLiteral("INSERT INTO inspections (title, kind, date, inspectors, quarter) VALUES (?, ?, ?, ?, ?) RETURNING id"));
    q.addBindValue(i.title);
    q.addBindValue(toId(i.kind));
    q.addBindValue(sql::date(i.date));
    q.addBindValue(sql::text(i.inspectors));
    q.addBindValue(sql::text(i.quarter));
    auto inserted = sql::insertReturningId(q, "insert inspection");
    if (!inserted) return fail(inserted.error());
    const qint64 id = *inserted;
    sql::Query v(m_db.sql());
    v.prepare(QStringLiteral("INSERT INTO inspection_visits (inspection_id, unit_id, findings, rating) VALUES (?, ?, ?, ?)"));
    for (const auto& visit : i.visits) {
        v.addBindValue(id);
        v.addBindValue(visit.unitId);
        v.addBindValue(sql::text(visit.findings));
        v.addBindValue(sql::text(visit.rating));
        if (auto s = sql::exec(v, "insert visit"); !s) return fail(s.error());
    }
    return id;
}

QList<Inspection> SupervisionRepository::inspections(const QString& quarter)
{
    QList<Inspection> out;
    sql::Query q(m_db.sql());
    q.prepare(QStringLiteral("SELECT id, title, kind, date, inspectors, quarter FROM inspections WHERE (? = '' OR quarter = ?) ORDER BY date, id"));
    q.addBindValue(sql::text(quarter));
    q.addBindValue(sql::text(quarter));
    if (!q.exec()) return out;
    while (q.next())
        out.append({q.value(0).toLongLong(), q.value(1).toString(), inspectionKindFromId(q.value(2).toString()).value_or(InspectionKind::Routine),
                    sql::toDate(q.value(3)), q.value(4).toString(), q.value(5).toString(), {}});
    sql::Query v(m_db.sql());
    v.prepare(QStringLiteral("SELECT id, unit_id, findings, rating FROM inspection_visits WHERE inspection_id = ? ORDER BY id"));
    for (auto& i : out) {
        v.addBindValue(i.id);
        if (v.exec())
            while (v.next()) i.visits.append({v.value(0).toLongLong(), v.value(1).toLongLong(), v.value(2).toString(), v.value(3).toString()});
    }
    return out;
}

std::optional<InspectionVisit> SupervisionRepository::visit(qint64 id)
{
    sql::Query q(m_db.sql());
    q.prepare(QStringLiteral("SELECT id, unit_id, findings, rating FROM inspection_visits WHERE id = ?"));
    q.addBindValue(id);
    if (q.exec() && q.next()) return InspectionVisit{q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toString(), q.value(3).toString()};
    return std::nullopt;
}

Result<qint64> SupervisionRepository::insertProblem(const Problem& p)
{
    sql::Query q(m_db.sql());
    q.prepare(QStringLiteral("INSERT INTO problems (unit_id, pillar, source, source_ref, description, measure, responsible, raised_on,"
                             " deadline, severity, status, fix_reported_by, closed_on, verifier, close_note)"
                             " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"));
    bindProblem(q, p);
    return sql::insertReturningId(q, "insert problem");
}

Status SupervisionRepository::updateProblem(const Problem& p)
{
    auto written = writeProblem(p, std::nullopt);
    return written ? Status{} : fail(written.error());
}

Result<bool> SupervisionRepository::moveProblem(const Problem& p, ProblemStatus from) { return writeProblem(p, from); }

Result<bool> SupervisionRepository::answerProblem(const Problem& p, ProblemStatus from)
{
    if (!m_db.isServer()) return writeProblem(p, from);
    sql::Query q(m_db.sql());
    q.prepare(QStringLiteral("SELECT cd_move_problem(?, ?, ?, ?)"));
    q.addBindValue(p.id);
    q.addBindValue(toId(from));
    q.addBindValue(toId(p.status));
    q.addBindValue(p.fixReportedBy);
    if (auto s = sql::exec(q, "move problem"); !s) return fail(s.error());
    return q.next() && q.value(0).toInt() == 1;
}

Result<bool> SupervisionRepository::writeProblem(const Problem& p, std::optional<ProblemStatus> from)
{
    sql::Query q(m_db.sql());
    q.prepare(QStringLiteral("UPDATE problems SET unit_id = ?, pillar = ?, source = ?, source_ref = ?, description = ?, measure = ?,"
                             " responsible = ?, raised_on = ?, deadline = ?, severity = ?, status = ?, fix_reported_by = ?, closed_on = ?,"
                             " verifier = ?, close_note = ? WHERE id = ?") +
              (from ? QStringLiteral(" AND status = ?") : QString()));
    bindProblem(q, p);
    q.addBindValue(p.id);
    if (from) q.addBindValue(toId(*from));
    if (auto s = sql::exec(q, from ? "move problem" : "update problem"); !s) return fail(s.error());
    return q.numRowsAffected() == 1;
}

Status SupervisionRepository::putProblem(const Problem& p, const QList<ProblemEvent>& history)
{
    sql::Query q(m_db.sql());
    q.prepare(QStringLiteral("INSERT INTO problems (unit_id, pillar, source, source_ref, description, measure, responsible, raised_on,"
                             " deadline, severity, status, fix_reported_by, closed_on, verifier, close_note, id)"
                             " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET"
                             " pillar = excluded.pillar, description = excluded.description, measure = excluded.measure,"
                             " responsible = excluded.responsible, raised_on = excluded.raised_on, deadline = excluded.deadline,"
                             " severity = excluded.severity, status = excluded.status, fix_reported_by = excluded.fix_reported_by,"
                             " closed_on = excluded.closed_on, verifier = excluded.verifier, close_note = excluded.close_note"));
    Problem copy = p;
    copy.sourceRef = 0; // the visit or report it came from is not in the copy (stored as NULL)
    bindProblem(q, copy);
    q.addBindValue(p.id);
    if (auto s = sql::exec(q, "copy problem"); !s) return s;
    sql::Query del(m_db.sql());
    del.prepare(QStringLiteral("DELETE FROM problem_events WHERE problem_id = ?"));
    del.addBindValue(p.id);
    if (auto s = sql::exec(del, "clear problem events"); !s) return s;
    for (const auto& e : history)
        if (auto s = insertEvent(e); !s) return s;
    return {};
}

std::optional<Problem> SupervisionRepository::problem(qint64 id)
{
    sql::Query q(m_db.sql());
    q.prepare(kProblemSelect + QStringLiteral(" WHERE id = ?"));
    q.addBindValue(id);
    if (q.exec() && q.next()) return readProblem(q);
    return std::nullopt;
}

QList<Problem> SupervisionRepository::problems(const ProblemFilter& f)
{
    QList<Problem> out;
    sql::Query q(m_db.sql());
    q.setForwardOnly(true);
    q.prepare(kProblemSelect + QStringLiteral(" WHERE (? = '' OR status = ?) AND (? = 0 OR unit_id = ?)"
                                              " AND (? = '' OR (status <> 'closed' AND deadline < ?)) ORDER BY deadline, id"));
    const QString status = f.status ? toId(*f.status) : QString(QLatin1String(""));
    const QString overdue = f.overdueOn.isValid() ? f.overdueOn.toString(Qt::ISODate) : QString(QLatin1String(""));
    for (const QVariant& v : {QVariant(status), QVariant(status), QVariant(f.unitId), QVariant(f.unitId), QVariant(overdue), QVariant(overdue)})
        q.addBindValue(v);
    if (q.exec())
        while (q.next()) out.append(readProblem(q));
    return out;
}

Status SupervisionRepository::insertEvent(const ProblemEvent& e)
{
    sql::Query q(m_db.sql());
    q.prepare(QStringLiteral("INSERT INTO problem_events (problem_id, at, actor, from_status, to_status, note) VALUES (?, ?, ?, ?, ?, ?)"));
    q.addBindValue(e.problemId);
    q.addBindValue(e.at.toString(Qt::ISODateWithMs));
    q.addBindValue(e.actor);
    q.addBindValue(e.from ? QVariant(toId(*e.from)) : QVariant());
    q.addBindValue(toId(e.to));
    q.addBindValue(sql::text(e.note));
    return sql::exec(q, "insert problem event");
}

QList<ProblemEvent> SupervisionRepository::events(qint64 problemId)
{
    QList<ProblemEvent> out;
    sql::Query q(m_db.sql());
    q.prepare(QStringLiteral("SELECT id, problem_id, at, actor, from_status, to_status, note FROM problem_events WHERE problem_id = ? ORDER BY id"));
    q.addBindValue(problemId);
    if (q.exec())
        while (q.next())
            out.append({q.value(0).toLongLong(), q.value(1).toLongLong(), QDateTime::fromString(q.value(2).toString(), Qt::ISODateWithMs),
                        q.value(3).toString(), q.value(4).isNull() ? std::nullopt : problemStatusFromId(q.value(4).toString()),
                        problemStatusFromId(q.value(5).toString()).value_or(ProblemStatus::Open), q.value(6).toString()});
    return out;
}

Status SupervisionRepository::insertEscalation(const Escalation& e)
{
    sql::Query q(m_db.sql());
    q.prepare(QStringLiteral("INSERT INTO escalations (problem_id, step, date, decision, by, record_code) VALUES (?, ?, ?, ?, ?, ?)"));
    q.addBindValue(e.problemId);
    q.addBindValue(toId(e.step));
    q.addBindValue(sql::date(e.date));
    q.addBindValue(sql::text(e.decision));
    q.addBindValue(e.by);
    q.addBindValue(sql::text(e.recordCode));
    return sql::exec(q, "insert escalation");
}

QList<Escalation> SupervisionRepository::escalations(qint64 problemId)
{
    QList<Escalation> out;
    sql::Query q(m_db.sql());
    q.prepare(QStringLiteral("SELECT id, problem_id, step, date, decision, by, record_code FROM escalations WHERE problem_id = ? ORDER BY id"));
    q.addBindValue(problemId);
    if (q.exec())
        while (q.next())
            out.append({q.value(0).toLongLong(), q.value(1).toLongLong(),
                        escalationStepFromId(q.value(2).toString()).value_or(EscalationStep::Reminder), sql::toDate(q.value(3)),
                        q.value(4).toString(), q.value(5).toString(), q.value(6).toString()});
    return out;
}

Result<qint64> SupervisionRepository::insertCase(const TypicalCase& c)
{
    sql::Query q(m_db.sql());
    q.prepare(QStringLiteral("INSERT INTO typical_cases (unit_id, pillar, positive, title, text, date, published) VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id"));
    q.addBindValue(c.unitId);
    q.addBindValue(toId(c.pillar));
    q.addBindValue(c.positive ? 1 : 0);
    q.addBindValue(sql::text(c.title));
    q.addBindValue(sql::text(c.text));
    q.addBindValue(sql::date(c.date));
    q.addBindValue(c.published ? 1 : 0);
    return sql::insertReturningId(q, "insert case");
}

Status SupervisionRepository::setCasePublished(qint64 id, bool published)
{
    sql::Query q(m_db.sql());
    q.prepare(QStringLiteral("UPDATE typical_cases SET published = ? WHERE id = ?"));
    q.addBindValue(published ? 1 : 0);
    q.addBindValue(id);
    return sql::exec(q, "publish case");
}

std::optional<TypicalCase> SupervisionRepository::typicalCase(qint64 id)
{
    sql::Query q(m_db.sql());
    q.prepare(kCaseSelect + QStringLiteral(" WHERE id = ?"));
    q.addBindValue(id);
    if (q.exec() && q.next()) return readCase(q);
    return std::nullopt;
}

QList<TypicalCase> SupervisionRepository::cases(qint64 unitId)
{
    QList<TypicalCase> out;
    sql::Query q(m_db.sql());
    q.prepare(kCaseSelect + QStringLiteral(" WHERE (? = 0 OR unit_id = ?) ORDER BY date, id"));
    q.addBindValue(unitId);
    q.addBindValue(unitId);
    if (q.exec())
        while (q.next()) out.append(readCase(q));
    return out;
}

} // namespace cd
