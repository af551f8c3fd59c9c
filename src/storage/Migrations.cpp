#include "storage/Migrations.h"

#include "storage/AuditChain.h"

#include "storage/Dialect.h"
#include "storage/ServerRollups.h"
#include "storage/ServerSecurity.h"
#include "storage/ServerWall.h"
#include "storage/SqlUtil.h"

#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStringList>
#include <QTimeZone>

namespace cd {
namespace {

// v1: campaign, units, tasks, periods, responsibility lists, audit log.
const QStringList kV1{
    QStringLiteral("CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)"),
    QStringLiteral("CREATE TABLE campaigns (id INTEGER PRIMARY KEY, name TEXT NOT NULL, year INTEGER NOT NULL UNIQUE,"
                   " start_date TEXT NOT NULL, end_date TEXT NOT NULL, template_id TEXT)"),
    QStringLiteral("CREATE TABLE pillars (campaign_id INTEGER NOT NULL REFERENCES campaigns(id) ON DELETE CASCADE,"
                   " pillar TEXT NOT NULL, weight REAL NOT NULL, PRIMARY KEY (campaign_id, pillar))"),
    QStringLiteral("CREATE TABLE units (id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE, short_name TEXT NOT NULL DEFAULT '',"
                   " category TEXT NOT NULL DEFAULT '', head TEXT NOT NULL DEFAULT '', deputy TEXT NOT NULL DEFAULT '',"
                   " secretary TEXT NOT NULL DEFAULT '', phone TEXT NOT NULL DEFAULT '', active INTEGER NOT NULL DEFAULT 1,"
                   " sort_order INTEGER NOT NULL DEFAULT 0)"),
    QStringLiteral("CREATE TABLE tasks (id INTEGER PRIMARY KEY, campaign_id INTEGER NOT NULL REFERENCES campaigns(id) ON DELETE CASCADE,"
                   " pillar TEXT NOT NULL, code TEXT NOT NULL, title TEXT NOT NULL, description TEXT NOT NULL DEFAULT '',"
                   " kind TEXT NOT NULL, owner_unit_id INTEGER REFERENCES units(id), cadence TEXT NOT NULL,"
                   " target REAL NOT NULL DEFAULT 0, measure TEXT NOT NULL DEFAULT '', lower_is_better INTEGER NOT NULL DEFAULT 0,"
                   " due_date TEXT, sort_order INTEGER NOT NULL DEFAULT 0, UNIQUE (campaign_id, code))"),
    QStringLiteral("CREATE TABLE periods (id INTEGER PRIMARY KEY, campaign_id INTEGER NOT NULL REFERENCES campaigns(id) ON DELETE CASCADE,"
                   " kind TEXT NOT NULL, code TEXT NOT NULL, start_date TEXT NOT NULL, end_date TEXT NOT NULL,"
                   " deadline TEXT NOT NULL, UNIQUE (campaign_id, code))"),
    QStringLiteral("CREATE TABLE responsibilities (id INTEGER PRIMARY KEY, unit_id INTEGER NOT NULL REFERENCES units(id),"
                   " task_id INTEGER NOT NULL REFERENCES tasks(id) ON DELETE CASCADE, level TEXT NOT NULL,"
                   " person TEXT NOT NULL, post TEXT NOT NULL DEFAULT '', duty TEXT NOT NULL DEFAULT '',"
                   " UNIQUE (unit_id, task_id, level))"),
    QStringLiteral("CREATE TABLE audit_log (id INTEGER PRIMARY KEY, at TEXT NOT NULL, actor TEXT NOT NULL, action TEXT NOT NULL,"
                   " entity TEXT NOT NULL, entity_id INTEGER, before_json TEXT, after_json TEXT)"),
};

// v2: 量化到岗 — each responsibility carries its own quantified target; lookups by task
// and audit history by entity became hot paths.
const QStringList kV2{
    QStringLiteral("ALTER TABLE responsibilities ADD COLUMN target REAL NOT NULL DEFAULT 0"),
    QStringLiteral("CREATE INDEX idx_responsibilities_task ON responsibilities (task_id)"),
    QStringLiteral("CREATE INDEX idx_audit_entity ON audit_log (entity, entity_id)"),
    QStringLiteral("CREATE INDEX idx_tasks_owner ON tasks (owner_unit_id)"),
};

// v3: accounts, monthly plans and self-reports with their versions and evidence files,
// and settings kept in the file.
const QStringList kV3{
    QStringLiteral("CREATE TABLE users (id INTEGER PRIMARY KEY, login TEXT NOT NULL UNIQUE, display_name TEXT NOT NULL DEFAULT '',"
                   " role TEXT NOT NULL, unit_id INTEGER REFERENCES units(id), active INTEGER NOT NULL DEFAULT 1,"
                   " password_hash TEXT NOT NULL, failed_logins INTEGER NOT NULL DEFAULT 0, locked_until TEXT)"),
    QStringLiteral("CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT NOT NULL)"),
    QStringLiteral("CREATE TABLE plans (id INTEGER PRIMARY KEY, unit_id INTEGER NOT NULL REFERENCES units(id),"
                   " period_id INTEGER NOT NULL REFERENCES periods(id), version INTEGER NOT NULL, submitted_at TEXT NOT NULL,"
                   " submitted_by TEXT NOT NULL, UNIQUE (unit_id, period_id, version))"),
    QStringLiteral("CREATE TABLE plan_items (plan_id INTEGER NOT NULL REFERENCES plans(id) ON DELETE CASCADE,"
                   " task_id INTEGER NOT NULL REFERENCES tasks(id), text TEXT NOT NULL, PRIMARY KEY (plan_id, task_id))"),
    QStringLiteral("CREATE TABLE reports (id INTEGER PRIMARY KEY, unit_id INTEGER NOT NULL REFERENCES units(id),"
                   " period_id INTEGER NOT NULL REFERENCES periods(id), version INTEGER NOT NULL, status TEXT NOT NULL,"
                   " summary TEXT NOT NULL DEFAULT '', saved_at TEXT NOT NULL, submitted_at TEXT, submitted_by TEXT,"
                   " reviewed_at TEXT, reviewed_by TEXT, review_comment TEXT, UNIQUE (unit_id, period_id, version))"),
    QStringLiteral("CREATE INDEX idx_reports_period ON reports (period_id, status)"),
    QStringLiteral("CREATE TABLE report_items (report_id INTEGER NOT NULL REFERENCES reports(id) ON DELETE CASCADE,"
                   " task_id INTEGER NOT NULL REFERENCES tasks(id), progress REAL NOT NULL DEFAULT 0, status TEXT NOT NULL,"
                   " done TEXT NOT NULL DEFAULT '', problems TEXT NOT NULL DEFAULT '', next_steps TEXT NOT NULL DEFAULT '',"
                   " PRIMARY KEY (report_id, task_id))"),
    QStringLiteral("CREATE INDEX idx_report_items_task ON report_items (task_id)"),
    QStringLiteral("CREATE TABLE attachments (id INTEGER PRIMARY KEY, sha256 TEXT NOT NULL UNIQUE, size INTEGER NOT NULL,"
                   " data BLOB NOT NULL)"),
    QStringLiteral("CREATE TABLE report_attachments (report_id INTEGER NOT NULL REFERENCES reports(id) ON DELETE CASCADE,"
                   " attachment_id INTEGER NOT NULL REFERENCES attachments(id), name TEXT NOT NULL,"
                   " PRIMARY KEY (report_id, attachment_id))"),
    QStringLiteral("CREATE INDEX idx_report_attachments_file ON report_attachments (attachment_id)"),
    QStringLiteral("ALTER TABLE audit_log ADD COLUMN backdated INTEGER NOT NULL DEFAULT 0"),
};

// v4: supervision — inspections and their visits, the problem ledger with its event history
// and escalations, typical cases.
const QStringList kV4{
    QStringLiteral("CREATE TABLE inspections (id INTEGER PRIMARY KEY, title TEXT NOT NULL, kind TEXT NOT NULL, date TEXT NOT NULL,"
                   " inspectors TEXT NOT NULL DEFAULT '', quarter TEXT NOT NULL DEFAULT '')"),
    QStringLiteral("CREATE TABLE inspection_visits (id INTEGER PRIMARY KEY, inspection_id INTEGER NOT NULL REFERENCES inspections(id)"
                   " ON DELETE CASCADE, unit_id INTEGER NOT NULL REFERENCES units(id), findings TEXT NOT NULL DEFAULT '',"
                   " rating TEXT NOT NULL DEFAULT '')"),
    QStringLiteral("CREATE TABLE problems (id INTEGER PRIMARY KEY, unit_id INTEGER NOT NULL REFERENCES units(id), pillar TEXT NOT NULL,"
                   " source TEXT NOT NULL, source_ref INTEGER, description TEXT NOT NULL, measure TEXT NOT NULL DEFAULT '',"
                   " responsible TEXT NOT NULL DEFAULT '', raised_on TEXT NOT NULL, deadline TEXT NOT NULL, severity TEXT NOT NULL,"
                   " status TEXT NOT NULL, fix_reported_by TEXT NOT NULL DEFAULT '', closed_on TEXT, verifier TEXT NOT NULL DEFAULT '',"
                   " close_note TEXT NOT NULL DEFAULT '')"),
    QStringLiteral("CREATE INDEX idx_problems_unit ON problems (unit_id, status)"),
    QStringLiteral("CREATE INDEX idx_problems_status ON problems (status, deadline)"),
    QStringLiteral("CREATE TABLE problem_events (id INTEGER PRIMARY KEY, problem_id INTEGER NOT NULL REFERENCES problems(id)"
                   " ON DELETE CASCADE, at TEXT NOT NULL, actor TEXT NOT NULL, from_status TEXT, to_status TEXT NOT NULL,"
                   " note TEXT NOT NULL DEFAULT '')"),
    QStringLiteral("CREATE INDEX idx_problem_events ON problem_events (problem_id)"),
    QStringLiteral("CREATE TABLE escalations (id INTEGER PRIMARY KEY, problem_id INTEGER NOT NULL REFERENCES problems(id)"
                   " ON DELETE CASCADE, step TEXT NOT NULL, date TEXT NOT NULL, decision TEXT NOT NULL DEFAULT '', by TEXT NOT NULL)"),
    QStringLiteral("CREATE INDEX idx_escalations ON escalations (problem_id)"),
    QStringLiteral("CREATE TABLE typical_cases (id INTEGER PRIMARY KEY, unit_id INTEGER NOT NULL REFERENCES units(id),"
                   " pillar TEXT NOT NULL, positive INTEGER NOT NULL, title TEXT NOT NULL, text TEXT NOT NULL DEFAULT '',"
                   " date TEXT NOT NULL, published INTEGER NOT NULL DEFAULT 0)"),
    QStringLiteral("CREATE INDEX idx_cases_unit ON typical_cases (unit_id)"),
};

// v5: each unit's accepted progress per task, kept in step with reviews, so that the
// dashboard need not sum every report item on each refresh.
const QStringList kV5{
    QStringLiteral("CREATE TABLE task_progress (unit_id INTEGER NOT NULL REFERENCES units(id), task_id INTEGER NOT NULL REFERENCES tasks(id)"
                   " ON DELETE CASCADE, accepted_sum REAL NOT NULL, accepted_reports INTEGER NOT NULL, PRIMARY KEY (unit_id, task_id))"),
    QStringLiteral("CREATE INDEX idx_task_progress_task ON task_progress (task_id)"),
    QStringLiteral("INSERT INTO task_progress (unit_id, task_id, accepted_sum, accepted_reports) SELECT r.unit_id, i.task_id, sum(i.progress),"
                   " count(*) FROM reports r JOIN report_items i ON i.report_id = r.id WHERE r.status = 'accepted' GROUP BY r.unit_id, i.task_id"),
};

// v6: first submissions per period and unit straight from an index, for the dashboard's
// tiles and its monthly on-time trend.
const QStringList kV6{
    QStringLiteral("CREATE INDEX idx_reports_submitted ON reports (period_id, unit_id, submitted_at)"),
};

// v7: the year-end assessment — each campaign's rubric (items and grade thresholds), the
// values the office enters or overrides per unit and item, and the lock with the scores it froze.
const QStringList kV7{
    QStringLiteral("CREATE TABLE rubrics (campaign_id INTEGER PRIMARY KEY REFERENCES campaigns(id) ON DELETE CASCADE,"
                   " definition TEXT NOT NULL)"),
    QStringLiteral("CREATE TABLE assessment_entries (campaign_id INTEGER NOT NULL REFERENCES campaigns(id) ON DELETE CASCADE,"
                   " unit_id INTEGER NOT NULL REFERENCES units(id), item_code TEXT NOT NULL, value REAL NOT NULL,"
                   " reason TEXT NOT NULL DEFAULT '', entered_by TEXT NOT NULL, entered_at TEXT NOT NULL,"
                   " PRIMARY KEY (campaign_id, unit_id, item_code))"),
    QStringLiteral("CREATE TABLE assessment_locks (campaign_id INTEGER PRIMARY KEY REFERENCES campaigns(id) ON DELETE CASCADE,"
                   " locked_at TEXT NOT NULL, locked_by TEXT NOT NULL, as_of TEXT NOT NULL, result TEXT NOT NULL)"),
};

// v8: quarterly supervision bulletins — drafts with the office's edited sections, issued
// ones frozen whole with their number, and which issue corrects which.
const QStringList kV8{
    QStringLiteral("CREATE TABLE bulletins (id INTEGER PRIMARY KEY, campaign_id INTEGER NOT NULL REFERENCES campaigns(id) ON DELETE CASCADE,"
                   " quarter TEXT NOT NULL, number INTEGER, status TEXT NOT NULL, content TEXT NOT NULL, created_at TEXT NOT NULL,"
                   " created_by TEXT NOT NULL, issued_at TEXT, issued_by TEXT, supersedes INTEGER REFERENCES bulletins(id),"
                   " superseded_by INTEGER REFERENCES bulletins(id))"),
    QStringLiteral("CREATE UNIQUE INDEX idx_bulletins_number ON bulletins (campaign_id, number) WHERE number IS NOT NULL"),
    QStringLiteral("CREATE INDEX idx_bulletins_quarter ON bulletins (campaign_id, quarter)"),
};

// v9: working without a shared network — each unit's package key, and every report package
// imported (by unit and sequence, for refusing replays). A unit's own file made from a task
// package records which unit it acts as in meta (package_*).
const QStringList kV9{
    QStringLiteral("CREATE TABLE unit_keys (unit_id INTEGER PRIMARY KEY REFERENCES units(id), key TEXT NOT NULL, created_at TEXT NOT NULL)"),
    QStringLiteral("CREATE TABLE package_imports (id INTEGER PRIMARY KEY, unit_id INTEGER NOT NULL REFERENCES units(id), sequence INTEGER NOT NULL,"
                   " sha256 TEXT NOT NULL, made_at TEXT NOT NULL, imported_at TEXT NOT NULL, imported_by TEXT NOT NULL, summary TEXT NOT NULL,"
                   " UNIQUE (unit_id, sequence))"),
};

// v10: the audit log as a hash chain (AuditChain): a link on every row, the rows already
// there linked once, and the log append-only — no row is ever updated or deleted, the
// office's administrator included. On a server the link is the server's own work: a trigger
// computes it under a lock, so concurrent writers cannot fork the chain.
const QStringList kV10{
    QStringLiteral("ALTER TABLE audit_log ADD COLUMN chain TEXT"),
    // An escalation notice prints the record's code as it stood when the step was taken.
    QStringLiteral("ALTER TABLE escalations ADD COLUMN record_code TEXT NOT NULL DEFAULT ''"),
};
const QStringList kV10File{
    QStringLiteral("CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END"),
    QStringLiteral("CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END"),
};
const QStringList kV10Server{
    QStringLiteral("CREATE FUNCTION audit_log_append_only() RETURNS trigger LANGUAGE plpgsql AS $$"
                   " BEGIN RAISE EXCEPTION 'the audit log is append-only'; END $$"),
    QStringLiteral("CREATE TRIGGER audit_log_no_change BEFORE UPDATE OR DELETE ON audit_log FOR EACH ROW EXECUTE FUNCTION audit_log_append_only()"),
    QStringLiteral("CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log FOR EACH STATEMENT EXECUTE FUNCTION audit_log_append_only()"),
    // A row that arrives with its link (a campaign copied in, or rows linked by
    // AuditRepository::insertMany under the same lock) keeps it; otherwise the id is taken under
    // the lock (schema v14 makes it a row lock of the owner's, ServerWall), so ids follow the chain, and the link is computed by
    // AuditChain's rule.
    QStringLiteral("CREATE FUNCTION audit_log_chain() RETURNS trigger LANGUAGE plpgsql AS $$"
                   " DECLARE previous TEXT;"
                   " BEGIN"
                   "  IF NEW.chain IS NOT NULL THEN RETURN NEW; END IF;"
                   "  PERFORM pg_advisory_xact_lock(7312016);"
                   "  NEW.id := nextval(pg_get_serial_sequence('audit_log', 'id'));"
                   "  SELECT chain INTO previous FROM audit_log ORDER BY id DESC LIMIT 1;"
                   "  NEW.chain := encode(sha256(convert_to(coalesce(previous, '') || chr(30) || concat_ws(chr(31), NEW.id::text, NEW.at,"
                   "   NEW.actor, NEW.action, NEW.entity, coalesce(NEW.entity_id::text, ''), coalesce(NEW.before_json, ''),"
                   "   coalesce(NEW.after_json, ''), NEW.backdated::text), 'UTF8')), 'hex');"
                   "  RETURN NEW;"
                   " END $$"),
    QStringLiteral("CREATE TRIGGER audit_log_chain BEFORE INSERT ON audit_log FOR EACH ROW EXECUTE FUNCTION audit_log_chain()"),
};

// v11: on a server, accounts become the server's login roles and the server enforces who sees
// and writes what (ServerSecurity). A file keeps its accounts in the users table; nothing changes.
const QStringList kV11{};

// v12: a submission's request key, chosen by the client once per submission and sent again
// with every retry of it: a report or plan whose first attempt committed unseen (the
// connection dropped before the answer) is recognised, not stored twice.
const QStringList kV12{
    QStringLiteral("ALTER TABLE reports ADD COLUMN request_key TEXT"),
    QStringLiteral("CREATE UNIQUE INDEX idx_reports_request ON reports (request_key)"),
    QStringLiteral("ALTER TABLE plans ADD COLUMN request_key TEXT"),
    QStringLiteral("CREATE UNIQUE INDEX idx_plans_request ON plans (request_key)"),
};

// v13: on a server, each unit's figures rolled up in one row (ServerRollups), so that reading
// every unit's at once is not a read of every row. A file reads its rows quickly as they are.
const QStringList kV13{};

// v14: on a server, the database a wall against a login's own psql (ServerWall): a unit's
// writes keep the program's rules, its own name and the server's clock, and are audited in
// the same transaction; evidence is stored only under its own digest; nobody outside the
// program's functions holds a lock that others wait for. A file changes nothing.
const QStringList kV14{};

// v15: on a server, the audit record numbered by its place in the chain, as on a file
// (ServerWall::gaplessAudit). Rows numbered before keep their numbers: each is in its link.
const QStringList kV15{};

// v16: on a server, audit rows linked as their transaction commits (ServerWall::linkAtCommit),
// so the chain's lock is held for the commit alone. A file changes nothing.
const QStringList kV16{};

// v17: 述职测评 — sessions of the secretaries' report-and-rating with their rules, the people
// who report and the groups who vote, the ballots as each clerk entered them (or the totals
// counted by hand), the results frozen at publication, the amendments made after it, and each
// person's written report (述职报告) with its versions, evidence and the office's review.
const QStringList kV17{
    QStringLiteral("CREATE TABLE review_sessions (id INTEGER PRIMARY KEY, campaign_id INTEGER NOT NULL REFERENCES campaigns(id) ON DELETE CASCADE,"
                   " title TEXT NOT NULL, date TEXT NOT NULL, place TEXT NOT NULL DEFAULT '', rules TEXT NOT NULL,"
                   " double_entry INTEGER NOT NULL DEFAULT 1, created_at TEXT NOT NULL, created_by TEXT NOT NULL,"
                   " published_at TEXT, published_by TEXT)"),
    QStringLiteral("CREATE TABLE review_people (id INTEGER PRIMARY KEY, session_id INTEGER NOT NULL REFERENCES review_sessions(id) ON DELETE CASCADE,"
                   " unit_id INTEGER NOT NULL REFERENCES units(id), name TEXT NOT NULL, level TEXT NOT NULL, sort_order INTEGER NOT NULL)"),
    QStringLiteral("CREATE INDEX idx_review_people ON review_people (session_id, sort_order)"),
    QStringLiteral("CREATE INDEX idx_review_people_unit ON review_people (unit_id)"),
    QStringLiteral("CREATE TABLE review_groups (id INTEGER PRIMARY KEY, session_id INTEGER NOT NULL REFERENCES review_sessions(id) ON DELETE CASCADE,"
                   " name TEXT NOT NULL, weight REAL NOT NULL, ballots INTEGER NOT NULL, sort_order INTEGER NOT NULL)"),
    QStringLiteral("CREATE INDEX idx_review_groups ON review_groups (session_id, sort_order)"),
    QStringLiteral("CREATE TABLE review_ballots (session_id INTEGER NOT NULL REFERENCES review_sessions(id) ON DELETE CASCADE,"
                   " clerk INTEGER NOT NULL, serial INTEGER NOT NULL, marks TEXT NOT NULL, comments TEXT NOT NULL DEFAULT '',"
                   " entered_by TEXT NOT NULL, entered_at TEXT NOT NULL, PRIMARY KEY (session_id, clerk, serial))"),
    QStringLiteral("CREATE TABLE review_totals (session_id INTEGER NOT NULL REFERENCES review_sessions(id) ON DELETE CASCADE,"
                   " person_id INTEGER NOT NULL REFERENCES review_people(id) ON DELETE CASCADE,"
                   " group_id INTEGER NOT NULL REFERENCES review_groups(id) ON DELETE CASCADE, good INTEGER NOT NULL, fair INTEGER NOT NULL,"
                   " average INTEGER NOT NULL, poor INTEGER NOT NULL, invalid INTEGER NOT NULL, PRIMARY KEY (person_id, group_id))"),
    QStringLiteral("CREATE INDEX idx_review_totals ON review_totals (session_id)"),
    QStringLiteral("CREATE TABLE review_results (session_id INTEGER NOT NULL REFERENCES review_sessions(id) ON DELETE CASCADE,"
                   " person_id INTEGER NOT NULL REFERENCES review_people(id), unit_id INTEGER NOT NULL REFERENCES units(id),"
                   " score REAL NOT NULL, grade TEXT NOT NULL, result TEXT NOT NULL, PRIMARY KEY (session_id, person_id))"),
    QStringLiteral("CREATE INDEX idx_review_results_unit ON review_results (unit_id)"),
    QStringLiteral("CREATE TABLE review_amendments (id INTEGER PRIMARY KEY, session_id INTEGER NOT NULL REFERENCES review_sessions(id) ON DELETE CASCADE,"
                   " serial INTEGER NOT NULL, before_marks TEXT NOT NULL, after_marks TEXT NOT NULL, reason TEXT NOT NULL,"
                   " amended_at TEXT NOT NULL, amended_by TEXT NOT NULL)"),
    // 述职报告: each person's written report, a new version at every save, reviewed by the office.
    QStringLiteral("CREATE TABLE review_reports (id INTEGER PRIMARY KEY, session_id INTEGER NOT NULL REFERENCES review_sessions(id) ON DELETE CASCADE,"
                   " person_id INTEGER NOT NULL REFERENCES review_people(id) ON DELETE CASCADE, unit_id INTEGER NOT NULL REFERENCES units(id),"
                   " version INTEGER NOT NULL, status TEXT NOT NULL, text TEXT NOT NULL, saved_at TEXT NOT NULL, saved_by TEXT NOT NULL,"
                   " reviewed_at TEXT, reviewed_by TEXT, review_comment TEXT, UNIQUE (person_id, version))"),
    QStringLiteral("CREATE INDEX idx_review_reports ON review_reports (session_id, unit_id)"),
    QStringLiteral("CREATE TABLE review_report_attachments (report_id INTEGER NOT NULL REFERENCES review_reports(id) ON DELETE CASCADE,"
                   " attachment_id INTEGER NOT NULL REFERENCES attachments(id), name TEXT NOT NULL, PRIMARY KEY (report_id, attachment_id))"),
    QStringLiteral("CREATE INDEX idx_review_report_attachments_file ON review_report_attachments (attachment_id)"),
};

// v18: units in a tree of groups (分组): 地区 or 系统 at any depth, each with the office that runs
// that part and the addressee its documents use. A unit sits in one group or at the top; a
// bulletin is the whole campaign's or one group's. The
// references are checked at commit, so a copy may write a group's rows after the units and children that name it.
const QStringList kV18{
    QStringLiteral("CREATE TABLE unit_groups (id INTEGER PRIMARY KEY, parent_id INTEGER REFERENCES unit_groups(id) DEFERRABLE INITIALLY DEFERRED,"
                   " name TEXT NOT NULL, short_name TEXT NOT NULL DEFAULT '', kind TEXT NOT NULL DEFAULT 'other',"
                   " sort_order INTEGER NOT NULL DEFAULT 0, office_name TEXT NOT NULL DEFAULT '', addressee TEXT NOT NULL DEFAULT '')"),
    QStringLiteral("CREATE INDEX idx_unit_groups_parent ON unit_groups (parent_id, sort_order)"),
    QStringLiteral("ALTER TABLE units ADD COLUMN group_id INTEGER REFERENCES unit_groups(id) DEFERRABLE INITIALLY DEFERRED"),
    QStringLiteral("CREATE INDEX idx_units_group ON units (group_id)"),
    // A group's office issues bulletins of its own part, numbered 第N期 of its own.
    QStringLiteral("ALTER TABLE bulletins ADD COLUMN group_id INTEGER REFERENCES unit_groups(id) DEFERRABLE INITIALLY DEFERRED"),
    QStringLiteral("DROP INDEX idx_bulletins_number"),
    QStringLiteral("CREATE UNIQUE INDEX idx_bulletins_number ON bulletins (campaign_id, coalesce(group_id, 0), number) WHERE number IS NOT NULL"),
};

// v19: an office or a leader may run one part of the campaign: its account names the group
// (users.group_id), and it sees and works on the units under that group alone (on a server,
// ServerSecurity::scopes).
const QStringList kV19{
    QStringLiteral("ALTER TABLE users ADD COLUMN group_id INTEGER REFERENCES unit_groups(id) DEFERRABLE INITIALLY DEFERRED"),
};

// v20: on a server, no writer waits long for the audit chain's lock (ServerWall::linkWithoutWaiting);
// nothing changes on a file.
const QStringList kV20{};

// This computer's time zone, as the server knows it, for the server's clock (ServerWall): the
// program writes local wall-clock times, and so must the server. UTC where the server does not
// know the name.
QString serverZone(QSqlDatabase& db)
{
    const QString zone = QString::fromUtf8(QTimeZone::systemTimeZoneId());
    sql::Query q(db);
    q.prepare(QStringLiteral("SELECT count(*) FROM pg_timezone_names WHERE name = ?"));
    q.addBindValue(zone);
    return !zone.isEmpty() && q.exec() && q.next() && q.value(0).toInt() > 0 ? zone : QStringLiteral("UTC");
}

const QStringList& step(int version)
{
    switch (version) {
    case 1: return kV1;
    case 2: return kV2;
    case 3: return kV3;
    case 4: return kV4;
    case 5: return kV5;
    case 6: return kV6;
    case 7: return kV7;
    case 8: return kV8;
    case 9: return kV9;
    case 10: return kV10;
    case 11: return kV11;
    case 12: return kV12;
    case 13: return kV13;
    case 14: return kV14;
    case 15: return kV15;
    case 16: return kV16;
    case 17: return kV17;
    case 18: return kV18;
    case 19: return kV19;
    default: return kV20;
    }
}

} // namespace

QStringList Migrations::tables()
{
    static const QRegularExpression create(QStringLiteral("^CREATE TABLE (?:IF NOT EXISTS )?(\\w+)"));
    QStringList out;
    for (int v = 1; v <= kLatest; ++v)
        for (const auto& statement : step(v))
            if (const auto m = create.match(statement); m.hasMatch()) out << m.captured(1);
    return out;
}

Status Migrations::upgrade(QSqlDatabase& db, int from, int to)
{
    const Dialect dialect = Dialect::of(db);
    for (int v = from + 1; v <= to; ++v) {
        for (const auto& statement : step(v))
            if (auto s = sql::execText(db, dialect.schema(statement)); !s) return s;
        if (v == 10) {
            // The rows already written are linked before the log becomes append-only.
            if (auto s = AuditChain::chainExisting(db); !s) return s;
            for (const auto& statement : dialect.engine() == Dialect::Engine::Postgres ? kV10Server : kV10File)
                if (auto s = sql::execText(db, statement); !s) return s;
        }
        if ((v == 11 || v == 13 || v == 14 || v == 15 || v == 16 || v == 17 || v == 18 || v == 19 || v == 20) && dialect.engine() == Dialect::Engine::Postgres) {
            sql::Query schema(db);
            if (!schema.exec(QStringLiteral("SELECT quote_ident(current_schema())")) || !schema.next()) return fail(sql::failure(schema, "read the schema"));
            const QString name = schema.value(0).toString();
            const QStringList statements = v == 11   ? ServerSecurity::statements(name)
                                           : v == 13 ? ServerRollups::statements(name)
                                           : v == 14 ? ServerWall::statements(name, serverZone(db))
                                           : v == 15 ? ServerWall::gaplessAudit(name)
                                           : v == 16 ? ServerWall::linkAtCommit(name)
                                           : v == 17 ? ServerSecurity::reviews(name)
                                           : v == 18 ? ServerSecurity::groups(name)
                                           : v == 19 ? ServerSecurity::scopes(name)
                                                     : ServerWall::linkWithoutWaiting(name) + ServerWall::unitGuardForUnitsOnly();
            for (const auto& statement : statements)
                if (auto s = sql::execText(db, statement); !s) return s;
        }
    }
    sql::Query q(db);
    q.prepare(QStringLiteral("INSERT INTO meta (key, value) VALUES ('schema_version', ?)"
                             " ON CONFLICT (key) DO UPDATE SET value = excluded.value"));
    q.addBindValue(QString::number(to));
    return sql::exec(q, "record schema version");
}

} // namespace cd
