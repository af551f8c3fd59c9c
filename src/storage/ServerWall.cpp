// Schema v14 on a server: see ServerWall.h and docs/server.md ("The wall").
#include "storage/ServerWall.h"

namespace cd {
namespace {

// How every audit row but the owner's is stamped before it is written: the trigger
// audit_log_chain up to its numbering, the same in schemas v14/v15 and v16.
const char* const kAuditStamp = R"sql(
           IF cd_is_owner() THEN
            IF NEW.chain IS NOT NULL THEN RETURN NEW; END IF;
           ELSE
            me := cd_account_role();
            NEW.actor := session_user;
            NEW.at := cd_now();
            NEW.chain := NULL;
            IF me IS NULL OR me NOT IN ('admin', 'office', 'unit', 'viewer') THEN RAISE EXCEPTION 'this account writes no audit rows' USING ERRCODE = '42501'; END IF;
            IF me IN ('unit', 'viewer') THEN
             NEW.backdated := 0;
             -- Everyone records the change of their own password (made with ALTER ROLE); a
             -- leader records nothing else.
             IF NEW.entity = 'user' AND NEW.action = 'user.password' AND NEW.entity_id = (SELECT id FROM users WHERE login = session_user) THEN
              NULL;
             ELSIF me = 'viewer' THEN
              RAISE EXCEPTION 'a leader''s account writes no audit rows but its own password''s' USING ERRCODE = '42501';
             ELSE
              IF NEW.entity_id IS NULL OR split_part(NEW.action, '.', 1) IS DISTINCT FROM NEW.entity THEN
               RAISE EXCEPTION 'a unit''s audit row names the record it changed' USING ERRCODE = '42501';
              END IF;
              DELETE FROM cd_unaudited WHERE xact = txid_current() AND entity = NEW.entity AND entity_id = NEW.entity_id;
              IF NOT FOUND THEN
               RAISE EXCEPTION 'a unit records only a change it made in the same transaction (% %)', NEW.entity, NEW.entity_id USING ERRCODE = '42501';
              END IF;
             END IF;
            END IF;
           END IF;
)sql";

// The trigger audit_log_chain: its variables, the stamp, and how it numbers the row.
QString auditChain(const char* variables, const char* numbering)
{
    return QStringLiteral("CREATE OR REPLACE FUNCTION audit_log_chain() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER"
                          " SET search_path = @SCHEMA@, pg_temp AS $$\n DECLARE ") +
           QLatin1String(variables) + QStringLiteral("\n BEGIN") + QString::fromUtf8(kAuditStamp) + QString::fromUtf8(numbering) + QStringLiteral("\n END $$");
}

// Every audit row but the owner's is the server's to stamp: the login's own name, the server's
// clock, the link computed here. A unit's row must name a record its transaction changed (or
// its own account, for its password), and is its record of that change. Its number is the
// next after the last row's, taken under the chain's lock, so the record is numbered by its
// place in the chain: a sequence would leave gaps where a transaction rolled back (and the
// column's default and this trigger each took one, numbering the rows 2, 4, 6 …).
QString gaplessChain()
{
    return auditChain("previous TEXT; last_id BIGINT; me TEXT;", R"sql(
           LOCK TABLE audit_head IN EXCLUSIVE MODE;
           SELECT id, chain INTO last_id, previous FROM audit_log ORDER BY id DESC LIMIT 1;
           NEW.id := coalesce(last_id, 0) + 1;
           NEW.chain := encode(sha256(convert_to(coalesce(previous, '') || chr(30) || concat_ws(chr(31), NEW.id::text, NEW.at,
            NEW.actor, NEW.action, NEW.entity, coalesce(NEW.entity_id::text, ''), coalesce(NEW.before_json, ''),
            coalesce(NEW.after_json, ''), NEW.backdated::text), 'UTF8')), 'hex');
           RETURN NEW;)sql");
}

// Schema v16: the row is stamped as it is written and linked as its transaction commits. The
// insert takes a provisional number (negative, never seen outside the transaction) and no
// lock; a deferred trigger takes the chain's lock at commit, reads the head, and gives the row
// its number and link. The lock is so held only for the commit itself: held from the insert,
// it also covered the client's round trip to send COMMIT, and under two hundred writers on
// two cores that wait for the client to be scheduled was most of every writer's wait.
QString chainAtCommit()
{
    return auditChain("me TEXT;", R"sql(
           NEW.id := -nextval(pg_get_serial_sequence('audit_log', 'id'));
           RETURN NEW;)sql");
}

// The rest of schema v16: the link at commit, the log's one allowed change, the checks.
const char* const kLinkAtCommit[] = {
    R"sql(CREATE FUNCTION audit_log_link() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER SET search_path = @SCHEMA@, pg_temp AS $$
          DECLARE previous TEXT; last_id BIGINT;
          BEGIN
           LOCK TABLE audit_head IN EXCLUSIVE MODE;
           SELECT id, chain INTO last_id, previous FROM audit_log ORDER BY id DESC LIMIT 1;
           last_id := greatest(coalesce(last_id, 0), 0) + 1;
           UPDATE audit_log SET id = last_id, chain = encode(sha256(convert_to(coalesce(previous, '') || chr(30) || concat_ws(chr(31), last_id::text, NEW.at,
            NEW.actor, NEW.action, NEW.entity, coalesce(NEW.entity_id::text, ''), coalesce(NEW.before_json, ''),
            coalesce(NEW.after_json, ''), NEW.backdated::text), 'UTF8')), 'hex')
            WHERE id = NEW.id AND chain IS NULL;
           RETURN NULL;
          END $$)sql",
    R"sql(REVOKE ALL ON FUNCTION audit_log_link() FROM PUBLIC)sql",
    R"sql(CREATE CONSTRAINT TRIGGER audit_log_link AFTER INSERT ON audit_log DEFERRABLE INITIALLY DEFERRED
          FOR EACH ROW WHEN (NEW.chain IS NULL) EXECUTE FUNCTION audit_log_link())sql",
    // The checks every policy, guard and trigger asks, in PL/pgSQL: as SQL functions that
    // cannot be inlined (they run as the owner, or fix a setting), each call parsed and
    // planned its body again, a quarter of the server's time under two hundred writers;
    // PL/pgSQL keeps its plans for the session. What each answers is unchanged.
    R"sql(CREATE OR REPLACE FUNCTION cd_account_role() RETURNS TEXT LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = @SCHEMA@, pg_temp AS $$
          BEGIN
           IF session_user = (SELECT pg_get_userbyid(relowner) FROM pg_class WHERE oid = '@SCHEMA@.meta'::regclass) THEN RETURN 'admin'; END IF;
           RETURN (SELECT role FROM users WHERE login = session_user AND active = 1);
          END $$)sql",
    R"sql(CREATE OR REPLACE FUNCTION cd_account_unit() RETURNS BIGINT LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = @SCHEMA@, pg_temp AS $$
          BEGIN RETURN (SELECT unit_id FROM users WHERE login = session_user AND active = 1 AND role = 'unit'); END $$)sql",
    R"sql(CREATE OR REPLACE FUNCTION cd_is_owner() RETURNS BOOLEAN LANGUAGE plpgsql STABLE AS $$
          BEGIN RETURN session_user = (SELECT pg_get_userbyid(relowner) FROM pg_class WHERE oid = '@SCHEMA@.meta'::regclass); END $$)sql",
    R"sql(CREATE OR REPLACE FUNCTION cd_touch(kind TEXT, record BIGINT) RETURNS void LANGUAGE plpgsql SECURITY DEFINER SET search_path = @SCHEMA@, pg_temp AS $$
          BEGIN INSERT INTO cd_unaudited (xact, entity, entity_id) VALUES (txid_current(), kind, record) ON CONFLICT DO NOTHING; END $$)sql",
    // The clock keeps the time zone it was given when the campaign was set up.
    R"sql(DO $do$ DECLARE zone TEXT := coalesce((SELECT substr(c, 10) FROM pg_proc p, unnest(p.proconfig) c
                                                WHERE p.oid = '@SCHEMA@.cd_now()'::regprocedure AND c LIKE 'TimeZone=%'), 'UTC');
          BEGIN
           EXECUTE format($f$CREATE OR REPLACE FUNCTION cd_now() RETURNS TEXT LANGUAGE plpgsql STABLE SET TimeZone = %L
                             AS $$ BEGIN RETURN to_char(localtimestamp, 'YYYY-MM-DD"T"HH24:MI:SS.MS'); END $$$f$, zone);
           EXECUTE format($f$CREATE OR REPLACE FUNCTION cd_today() RETURNS TEXT LANGUAGE plpgsql STABLE SET TimeZone = %L
                             AS $$ BEGIN RETURN to_char(localtimestamp, 'YYYY-MM-DD'); END $$$f$, zone);
          END $do$)sql",
    // The log stays append-only: the one change allowed is that link, of a row not yet linked
    // (so not yet committed, and seen by no other transaction), its content unchanged.
    R"sql(CREATE OR REPLACE FUNCTION audit_log_append_only() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN
           IF TG_OP = 'UPDATE' AND OLD.chain IS NULL AND OLD.id < 0 AND NEW.id > 0 AND NEW.chain IS NOT NULL
              AND (NEW.at, NEW.actor, NEW.action, NEW.entity, NEW.entity_id, NEW.before_json, NEW.after_json, NEW.backdated)
                  IS NOT DISTINCT FROM (OLD.at, OLD.actor, OLD.action, OLD.entity, OLD.entity_id, OLD.before_json, OLD.after_json, OLD.backdated) THEN
            RETURN NEW;
           END IF;
           RAISE EXCEPTION 'the audit log is append-only';
          END $$)sql",
};

// Schema v20: no writer waits more than a second for the chain's lock. A login can take the
// lock in its own transaction and keep it (it asks for its link at once with SET CONSTRAINTS
// ALL IMMEDIATE, sets its timeouts to zero and holds the transaction open); a writer that
// cannot have the lock within the second commits with its row stamped and unlinked (a
// provisional number, no link) instead of waiting. Whoever links next links every such row
// it sees, in the order they were written, before its own: rows are never lost or reordered
// against their writing, only linked later. The office's bulk link took the lock from its
// first row and waited like any writer; its rows are stamped and linked at commit anyway, so
// only the owner, whose rows keep the links it computed, still takes it up front.
const char* const kLinkWithoutWaiting[] = {
    R"sql(CREATE INDEX audit_log_pending ON audit_log (id) WHERE chain IS NULL)sql",
    R"sql(CREATE OR REPLACE FUNCTION audit_log_link() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
          SET search_path = @SCHEMA@, pg_temp SET lock_timeout = '1s' AS $$
          DECLARE previous TEXT; last_id BIGINT; r RECORD;
          BEGIN
           IF NOT EXISTS (SELECT 1 FROM audit_log WHERE id = NEW.id AND chain IS NULL) THEN RETURN NULL; END IF;
           BEGIN
            LOCK TABLE audit_head IN EXCLUSIVE MODE;
           EXCEPTION WHEN lock_not_available THEN
            RETURN NULL; -- left for the next writer to link
           END;
           SELECT id, chain INTO last_id, previous FROM audit_log WHERE id > 0 ORDER BY id DESC LIMIT 1;
           last_id := coalesce(last_id, 0);
           FOR r IN SELECT * FROM audit_log WHERE chain IS NULL AND id < 0 ORDER BY id DESC LOOP
            last_id := last_id + 1;
            previous := encode(sha256(convert_to(coalesce(previous, '') || chr(30) || concat_ws(chr(31), last_id::text, r.at,
             r.actor, r.action, r.entity, coalesce(r.entity_id::text, ''), coalesce(r.before_json, ''),
             coalesce(r.after_json, ''), r.backdated::text), 'UTF8')), 'hex');
            UPDATE audit_log SET id = last_id, chain = previous WHERE id = r.id AND chain IS NULL;
           END LOOP;
           RETURN NULL;
          END $$)sql",
    R"sql(CREATE OR REPLACE FUNCTION cd_lock_audit_chain() RETURNS void LANGUAGE plpgsql SECURITY DEFINER SET search_path = @SCHEMA@, pg_temp AS $$ BEGIN
           IF NOT cd_writes_all() THEN RAISE EXCEPTION 'this account links no audit rows' USING ERRCODE = '42501'; END IF;
           IF cd_is_owner() THEN LOCK TABLE audit_head IN EXCLUSIVE MODE; END IF; END $$)sql",
};

// Where the trigger audit_log_chain is made among kStatements.
const char* const kChainMarker = "@AUDIT_CHAIN@";

const char* const kStatements[] = {
    // The server's clock, in the time zone of the computer that set the campaign up (the
    // program writes local wall-clock times), fixed in the function: a login cannot move it
    // with SET TimeZone. Written as the program writes its times.
    R"sql(CREATE FUNCTION cd_now() RETURNS TEXT LANGUAGE sql STABLE SET TimeZone = '@ZONE@'
          AS $$ SELECT to_char(localtimestamp, 'YYYY-MM-DD"T"HH24:MI:SS.MS') $$)sql",
    R"sql(CREATE FUNCTION cd_today() RETURNS TEXT LANGUAGE sql STABLE SET TimeZone = '@ZONE@'
          AS $$ SELECT to_char(localtimestamp, 'YYYY-MM-DD') $$)sql",
    R"sql(CREATE FUNCTION cd_is_owner() RETURNS BOOLEAN LANGUAGE sql STABLE
          AS $$ SELECT session_user = (SELECT pg_get_userbyid(relowner) FROM pg_class WHERE oid = '@SCHEMA@.meta'::regclass) $$)sql",

    // What a unit's transaction changed and has not yet recorded. The guard triggers add a row
    // per record changed; the unit's audit row for that record takes it away; a row still
    // here at commit fails the transaction. The table is the owner's alone.
    R"sql(CREATE TABLE cd_unaudited (xact BIGINT NOT NULL, entity TEXT NOT NULL, entity_id BIGINT NOT NULL,
          PRIMARY KEY (xact, entity, entity_id)))sql",
    R"sql(CREATE FUNCTION cd_touch(kind TEXT, record BIGINT) RETURNS void LANGUAGE sql SECURITY DEFINER SET search_path = @SCHEMA@, pg_temp
          AS $$ INSERT INTO cd_unaudited (xact, entity, entity_id) VALUES (txid_current(), kind, record) ON CONFLICT DO NOTHING $$)sql",
    R"sql(REVOKE ALL ON FUNCTION cd_touch(TEXT, BIGINT) FROM PUBLIC)sql",
    R"sql(CREATE FUNCTION cd_require_audit() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER SET search_path = @SCHEMA@, pg_temp AS $$ BEGIN
           IF EXISTS (SELECT 1 FROM cd_unaudited WHERE xact = NEW.xact AND entity = NEW.entity AND entity_id = NEW.entity_id) THEN
            RAISE EXCEPTION 'a unit''s change of % % has no audit row in its transaction', NEW.entity, NEW.entity_id USING ERRCODE = '42501';
           END IF;
           RETURN NULL; END $$)sql",
    R"sql(CREATE CONSTRAINT TRIGGER cd_unaudited_at_commit AFTER INSERT ON cd_unaudited DEFERRABLE INITIALLY DEFERRED
          FOR EACH ROW EXECUTE FUNCTION cd_require_audit())sql",

    // The chain's lock: a table nobody but the owner may lock (no group has any right on it, so
    // LOCK TABLE is refused to them). The trigger that links a row takes it; so does an office's
    // link of many rows (cd_lock_audit_chain). A table lock queues its waiters in order, as the
    // advisory lock of schemas 10 to 13 did; a row lock under two hundred writers let late
    // comers overtake (submit p99 5.4 s in the load benchmark).
    R"sql(CREATE TABLE audit_head (one BOOLEAN PRIMARY KEY CHECK (one)))sql",
    R"sql(INSERT INTO audit_head VALUES (true))sql",
    R"sql(CREATE FUNCTION cd_lock_audit_chain() RETURNS void LANGUAGE plpgsql SECURITY DEFINER SET search_path = @SCHEMA@, pg_temp AS $$ BEGIN
           IF NOT cd_writes_all() THEN RAISE EXCEPTION 'this account links no audit rows' USING ERRCODE = '42501'; END IF;
           LOCK TABLE audit_head IN EXCLUSIVE MODE; END $$)sql",

    // Every audit row but the owner's is the server's to stamp (gaplessChain).
    kChainMarker,

    // Evidence: stored only under the digest of the bytes received, within the campaign's
    // size limit, never replacing bytes already there; a unit that sent a file's bytes may
    // link it from then on (attachment_units), as may one that already links it.
    R"sql(CREATE TABLE attachment_units (unit_id BIGINT NOT NULL REFERENCES units(id), attachment_id BIGINT NOT NULL REFERENCES attachments(id),
          PRIMARY KEY (unit_id, attachment_id)))sql",
    R"sql(CREATE OR REPLACE FUNCTION cd_store_attachment(digest TEXT, bytes BIGINT, content BYTEA) RETURNS BIGINT LANGUAGE plpgsql
          SECURITY DEFINER SET search_path = @SCHEMA@, pg_temp AS $$
          DECLARE found BIGINT; me TEXT := cd_account_role(); mb BIGINT;
          BEGIN
           IF me IS NULL OR me NOT IN ('admin', 'office', 'unit') THEN RAISE EXCEPTION 'this account stores no evidence' USING ERRCODE = '42501'; END IF;
           IF digest IS NULL OR digest !~ '^[0-9a-f]{64}$' THEN
            RAISE EXCEPTION 'an evidence file''s digest is its SHA-256 in 64 lowercase hexadecimal digits' USING ERRCODE = '22023';
           END IF;
           IF content IS NULL THEN RAISE EXCEPTION 'an evidence file has bytes' USING ERRCODE = '22023'; END IF;
           mb := coalesce((SELECT value::BIGINT FROM settings WHERE key = 'attachment_limit_mb' AND value ~ '^[0-9]{1,6}$'), 20);
           IF length(content) > mb * 1048576 THEN
            RAISE EXCEPTION 'the evidence file is % bytes, over the campaign''s limit of % MB', length(content), mb USING ERRCODE = '22023';
           END IF;
           IF encode(sha256(content), 'hex') <> digest THEN
            RAISE EXCEPTION 'the evidence file''s bytes do not have the digest they were sent under' USING ERRCODE = '22023';
           END IF;
           IF bytes IS DISTINCT FROM length(content) THEN
            RAISE EXCEPTION 'the evidence file is % bytes, not the % it was sent as', length(content), bytes USING ERRCODE = '22023';
           END IF;
           INSERT INTO attachments (sha256, size, data) VALUES (digest, bytes, content) ON CONFLICT (sha256) DO NOTHING RETURNING id INTO found;
           IF found IS NULL THEN SELECT id INTO found FROM attachments WHERE sha256 = digest; END IF;
           IF me = 'unit' THEN INSERT INTO attachment_units (unit_id, attachment_id) VALUES (cd_account_unit(), found) ON CONFLICT DO NOTHING; END IF;
           RETURN found;
          END $$)sql",

    // What a unit may write, and how: the program's own rules, kept here for a login that
    // writes without the program. Everyone else passes through unchanged.
    R"sql(CREATE OR REPLACE FUNCTION cd_unit_guard() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER SET search_path = @SCHEMA@, pg_temp AS $$
          DECLARE mine BIGINT; parent BIGINT; latest RECORD; owner_row RECORD;
          BEGIN
           IF cd_account_role() IS DISTINCT FROM 'unit' THEN RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END; END IF;
           mine := cd_account_unit();
           IF TG_TABLE_NAME = 'reports' THEN
            IF TG_OP = 'DELETE' THEN RAISE EXCEPTION 'a unit does not delete reports' USING ERRCODE = '42501'; END IF;
            IF NEW.unit_id IS DISTINCT FROM mine THEN RAISE EXCEPTION 'a unit writes only its own reports' USING ERRCODE = '42501'; END IF;
            IF TG_OP = 'UPDATE' THEN
             IF OLD.status <> 'draft' THEN RAISE EXCEPTION 'a unit changes only its drafts' USING ERRCODE = '42501'; END IF;
            END IF;
            IF NEW.status NOT IN ('draft', 'submitted') OR NEW.reviewed_at IS NOT NULL OR NEW.reviewed_by IS NOT NULL OR NEW.review_comment IS NOT NULL THEN
             RAISE EXCEPTION 'a unit does not review its own report' USING ERRCODE = '42501';
            END IF;
            IF TG_OP = 'INSERT' THEN
             SELECT version, status INTO latest FROM reports WHERE unit_id = NEW.unit_id AND period_id = NEW.period_id ORDER BY version DESC LIMIT 1;
             IF FOUND AND latest.status <> 'returned' THEN
              RAISE EXCEPTION 'a unit writes a new version only of a report the office returned' USING ERRCODE = '42501';
             END IF;
             IF NEW.version IS DISTINCT FROM coalesce(latest.version, 0) + 1 THEN
              RAISE EXCEPTION 'a report''s versions follow one another' USING ERRCODE = '42501';
             END IF;
             IF (SELECT start_date FROM periods WHERE id = NEW.period_id) > cd_today() THEN
              RAISE EXCEPTION 'the period has not begun' USING ERRCODE = '42501';
             END IF;
            ELSIF (NEW.unit_id, NEW.period_id, NEW.version) IS DISTINCT FROM (OLD.unit_id, OLD.period_id, OLD.version) THEN
             RAISE EXCEPTION 'a draft keeps its unit, period and version' USING ERRCODE = '42501';
            END IF;
            NEW.saved_at := cd_now();
            IF NEW.status = 'submitted' THEN
             NEW.submitted_at := cd_now();
             NEW.submitted_by := session_user;
            ELSE
             NEW.submitted_at := NULL;
             NEW.submitted_by := NULL;
            END IF;
            PERFORM cd_touch('report', NEW.id);
           ELSIF TG_TABLE_NAME IN ('report_items', 'report_attachments') THEN
            parent := CASE WHEN TG_OP = 'DELETE' THEN OLD.report_id ELSE NEW.report_id END;
            SELECT unit_id, status, age(xmin) = 0 AS fresh INTO owner_row FROM reports WHERE id = parent;
            IF owner_row.unit_id IS DISTINCT FROM mine OR NOT (owner_row.status = 'draft' OR owner_row.fresh) THEN
             RAISE EXCEPTION 'a unit changes the content only of its own drafts' USING ERRCODE = '42501';
            END IF;
            IF TG_OP <> 'DELETE' THEN
             IF TG_TABLE_NAME = 'report_items' THEN
              IF NEW.progress < 0 THEN RAISE EXCEPTION 'progress cannot be negative' USING ERRCODE = '42501'; END IF;
             ELSIF NOT EXISTS (SELECT 1 FROM attachment_units WHERE unit_id = mine AND attachment_id = NEW.attachment_id)
                   AND NOT EXISTS (SELECT 1 FROM report_attachments ra JOIN reports r ON r.id = ra.report_id WHERE r.unit_id = mine AND ra.attachment_id = NEW.attachment_id) THEN
              RAISE EXCEPTION 'a unit links only evidence it stored or already links' USING ERRCODE = '42501';
             END IF;
            END IF;
            PERFORM cd_touch('report', parent);
           ELSIF TG_TABLE_NAME = 'plans' THEN
            IF TG_OP <> 'INSERT' THEN RAISE EXCEPTION 'a unit does not change a plan it sent' USING ERRCODE = '42501'; END IF;
            IF NEW.unit_id IS DISTINCT FROM mine THEN RAISE EXCEPTION 'a unit writes only its own plans' USING ERRCODE = '42501'; END IF;
            IF NEW.version IS DISTINCT FROM coalesce((SELECT max(version) FROM plans WHERE unit_id = NEW.unit_id AND period_id = NEW.period_id), 0) + 1 THEN
             RAISE EXCEPTION 'a plan''s versions follow one another' USING ERRCODE = '42501';
            END IF;
            NEW.submitted_at := cd_now();
            NEW.submitted_by := session_user;
            PERFORM cd_touch('plan', NEW.id);
           ELSIF TG_TABLE_NAME = 'plan_items' THEN
            IF TG_OP <> 'INSERT' THEN RAISE EXCEPTION 'a unit does not change a plan it sent' USING ERRCODE = '42501'; END IF;
            SELECT unit_id, age(xmin) = 0 AS fresh INTO owner_row FROM plans WHERE id = NEW.plan_id;
            IF owner_row.unit_id IS DISTINCT FROM mine OR NOT owner_row.fresh THEN
             RAISE EXCEPTION 'a unit writes a plan''s items only as it sends the plan' USING ERRCODE = '42501';
            END IF;
            PERFORM cd_touch('plan', NEW.plan_id);
           ELSIF TG_TABLE_NAME = 'problems' THEN
            IF TG_OP <> 'UPDATE' THEN RAISE EXCEPTION 'a unit answers a problem line and changes nothing else' USING ERRCODE = '42501'; END IF;
            IF OLD.unit_id IS DISTINCT FROM mine
               OR NOT ((OLD.status = 'open' AND NEW.status = 'rectifying') OR (OLD.status = 'rectifying' AND NEW.status = 'pending_verification'))
               OR (NEW.unit_id, NEW.pillar, NEW.source, NEW.source_ref, NEW.description, NEW.measure, NEW.responsible, NEW.raised_on, NEW.deadline,
                   NEW.severity, NEW.closed_on, NEW.verifier, NEW.close_note)
                  IS DISTINCT FROM (OLD.unit_id, OLD.pillar, OLD.source, OLD.source_ref, OLD.description, OLD.measure, OLD.responsible, OLD.raised_on,
                   OLD.deadline, OLD.severity, OLD.closed_on, OLD.verifier, OLD.close_note) THEN
             RAISE EXCEPTION 'a unit answers a problem line and changes nothing else' USING ERRCODE = '42501';
            END IF;
            NEW.fix_reported_by := CASE WHEN NEW.status = 'pending_verification' THEN session_user::TEXT ELSE OLD.fix_reported_by END;
            PERFORM cd_touch('problem', NEW.id);
           ELSIF TG_TABLE_NAME = 'problem_events' THEN
            IF TG_OP <> 'INSERT' THEN RAISE EXCEPTION 'a unit does not change a problem line''s history' USING ERRCODE = '42501'; END IF;
            SELECT unit_id, status, age(xmin) = 0 AS fresh INTO owner_row FROM problems WHERE id = NEW.problem_id;
            IF owner_row.unit_id IS DISTINCT FROM mine OR NOT owner_row.fresh OR NEW.to_status IS DISTINCT FROM owner_row.status THEN
             RAISE EXCEPTION 'a unit records only the step it took on its own problem line' USING ERRCODE = '42501';
            END IF;
            NEW.actor := session_user;
            NEW.at := cd_now();
            PERFORM cd_touch('problem', NEW.problem_id);
           END IF;
           RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
          END $$)sql",
    R"sql(DROP TRIGGER IF EXISTS reports_unit_guard ON reports)sql",
    R"sql(DROP TRIGGER IF EXISTS problems_unit_guard ON problems)sql",
    R"sql(DO $$ DECLARE t TEXT; BEGIN
           FOREACH t IN ARRAY ARRAY['reports', 'report_items', 'report_attachments', 'plans', 'plan_items', 'problems', 'problem_events'] LOOP
            EXECUTE format('CREATE TRIGGER %I BEFORE INSERT OR UPDATE OR DELETE ON %I FOR EACH ROW EXECUTE FUNCTION cd_unit_guard()', t || '_unit_guard', t);
           END LOOP; END $$)sql",

    // What a unit changes in place, it changes through these: a draft's text and time (its
    // items and evidence links cleared, to be written again), a draft sent, a problem line
    // answered. The office's changes take the same way on a server. Each checks who asks.
    R"sql(CREATE FUNCTION cd_may_write_unit(unit BIGINT) RETURNS BOOLEAN LANGUAGE sql STABLE
          AS $$ SELECT coalesce(cd_writes_all() OR (cd_account_role() = 'unit' AND unit = cd_account_unit()), false) $$)sql",
    R"sql(CREATE FUNCTION cd_update_draft(report BIGINT, new_summary TEXT, at TEXT) RETURNS INTEGER LANGUAGE plpgsql
          SECURITY DEFINER SET search_path = @SCHEMA@, pg_temp AS $$ DECLARE changed INTEGER; BEGIN
           IF NOT cd_may_write_unit((SELECT unit_id FROM reports WHERE id = report)) THEN
            RAISE EXCEPTION 'this account writes no report of that unit' USING ERRCODE = '42501';
           END IF;
           UPDATE reports SET summary = new_summary, saved_at = at WHERE id = report AND status = 'draft';
           GET DIAGNOSTICS changed = ROW_COUNT;
           IF changed = 1 THEN
            DELETE FROM report_items WHERE report_id = report;
            DELETE FROM report_attachments WHERE report_id = report;
           END IF;
           RETURN changed; END $$)sql",
    R"sql(CREATE FUNCTION cd_submit_draft(at TEXT, by TEXT, key TEXT, report BIGINT) RETURNS INTEGER LANGUAGE plpgsql
          SECURITY DEFINER SET search_path = @SCHEMA@, pg_temp AS $$ DECLARE changed INTEGER; BEGIN
           IF NOT cd_may_write_unit((SELECT unit_id FROM reports WHERE id = report)) THEN
            RAISE EXCEPTION 'this account sends no report of that unit' USING ERRCODE = '42501';
           END IF;
           UPDATE reports SET status = 'submitted', submitted_at = at, submitted_by = by, request_key = key WHERE id = report AND status = 'draft';
           GET DIAGNOSTICS changed = ROW_COUNT;
           RETURN changed; END $$)sql",
    R"sql(CREATE FUNCTION cd_move_problem(problem BIGINT, from_status TEXT, to_status TEXT, reporter TEXT DEFAULT NULL) RETURNS INTEGER LANGUAGE plpgsql
          SECURITY DEFINER SET search_path = @SCHEMA@, pg_temp AS $$ DECLARE changed INTEGER; BEGIN
           IF NOT cd_may_write_unit((SELECT unit_id FROM problems WHERE id = problem)) THEN
            RAISE EXCEPTION 'this account answers no problem line of that unit' USING ERRCODE = '42501';
           END IF;
           -- Who reported the fix: the login itself for a unit (the guard sees to it), else as given.
           UPDATE problems SET status = to_status,
                  fix_reported_by = CASE WHEN to_status = 'pending_verification' THEN coalesce(reporter, session_user::TEXT) ELSE fix_reported_by END
            WHERE id = problem AND status = from_status;
           GET DIAGNOSTICS changed = ROW_COUNT;
           RETURN changed; END $$)sql",

    // The numbering locks (locks::hold): rows of a table only these functions lock, a unit
    // its own unit's alone. An advisory lock anyone can take is no longer anyone's business.
    R"sql(CREATE TABLE cd_locks (kind INTEGER NOT NULL, id BIGINT NOT NULL, PRIMARY KEY (kind, id)))sql",
    R"sql(CREATE FUNCTION cd_hold(what INTEGER, which BIGINT) RETURNS void LANGUAGE plpgsql SECURITY DEFINER SET search_path = @SCHEMA@, pg_temp AS $$ BEGIN
           IF NOT (cd_writes_all() OR (cd_account_role() = 'unit' AND what IN (2, 3) AND which = cd_account_unit())) THEN
            RAISE EXCEPTION 'this account takes no such lock' USING ERRCODE = '42501';
           END IF;
           INSERT INTO cd_locks (kind, id) VALUES (what, which) ON CONFLICT DO NOTHING;
           PERFORM 1 FROM cd_locks WHERE kind = what AND id = which FOR UPDATE;
          END $$)sql",

    // Privileges: a unit inserts and changes nothing in place; a viewer writes nothing. No
    // privilege of either allows a LOCK TABLE stronger than its own inserts or reads take.
    R"sql(DO $$ DECLARE u TEXT := cd_group('unit'); v TEXT := cd_group('viewer'); a TEXT := cd_group('admin'); o TEXT := cd_group('office'); BEGIN
           EXECUTE format('REVOKE UPDATE, DELETE, TRUNCATE ON ALL TABLES IN SCHEMA @SCHEMA@ FROM %I, %I', u, v);
           EXECUTE format('REVOKE INSERT ON ALL TABLES IN SCHEMA @SCHEMA@ FROM %I', v);
           EXECUTE format('GRANT INSERT ON audit_log TO %I', v); -- its own password's record alone (audit_log_chain)
           EXECUTE format('REVOKE ALL ON cd_unaudited, audit_head, cd_locks, attachment_units FROM PUBLIC, %I, %I, %I, %I', a, o, u, v);
           EXECUTE format('GRANT SELECT ON attachment_units TO %I, %I', a, o);
           EXECUTE format('REVOKE ALL ON FUNCTION cd_touch(TEXT, BIGINT), cd_require_audit() FROM %I, %I, %I, %I', a, o, u, v);
          END $$)sql",
    R"sql(REVOKE ALL ON FUNCTION cd_lock_audit_chain(), cd_update_draft(BIGINT, TEXT, TEXT), cd_submit_draft(TEXT, TEXT, TEXT, BIGINT),
          cd_move_problem(BIGINT, TEXT, TEXT, TEXT), cd_hold(INTEGER, BIGINT) FROM PUBLIC)sql",
    R"sql(DO $$ BEGIN
           EXECUTE format('GRANT EXECUTE ON FUNCTION cd_lock_audit_chain() TO %I, %I', cd_group('admin'), cd_group('office'));
           EXECUTE format('GRANT EXECUTE ON FUNCTION cd_update_draft(BIGINT, TEXT, TEXT), cd_submit_draft(TEXT, TEXT, TEXT, BIGINT), cd_hold(INTEGER, BIGINT) TO %I, %I, %I',
                          cd_group('admin'), cd_group('office'), cd_group('unit'));
           EXECUTE format('GRANT EXECUTE ON FUNCTION cd_move_problem(BIGINT, TEXT, TEXT, TEXT) TO %I, %I, %I', cd_group('admin'), cd_group('office'), cd_group('unit'));
          END $$)sql",

    // Reads: the package signing keys are the office's; the year's locked results, which hold
    // every unit's, are not a unit's; nor are the records of the assessment, a campaign's
    // setup, its inspections, bulletins, settings or accounts.
    // The office reads the accounts' map (who is which role and unit), so that its snapshot of the
    // campaign is whole; changing it stays the administrators'.
    R"sql(DROP POLICY cd_accounts ON users)sql",
    R"sql(CREATE POLICY cd_accounts ON users USING (cd_account_role() IN ('admin', 'office') OR login = session_user))sql",
    R"sql(DROP POLICY cd_own_unit ON unit_keys)sql",
    R"sql(CREATE POLICY cd_office ON unit_keys USING ((SELECT cd_writes_all())))sql",
    R"sql(ALTER TABLE assessment_locks ENABLE ROW LEVEL SECURITY)sql",
    R"sql(CREATE POLICY cd_not_units ON assessment_locks USING ((SELECT cd_sees_all())))sql",
    R"sql(DROP POLICY cd_read ON audit_log)sql",
    R"sql(CREATE POLICY cd_read ON audit_log FOR SELECT USING ((SELECT cd_writes_all()) OR ((SELECT cd_account_unit()) IS NOT NULL
          AND entity IN ('unit', 'report', 'plan', 'problem', 'responsibility', 'case') AND (
           (entity = 'unit' AND entity_id = (SELECT cd_account_unit()))
           OR coalesce(before_json, '') LIKE '%"unit_id":' || (SELECT cd_account_unit()) || ',%'
           OR coalesce(before_json, '') LIKE '%"unit_id":' || (SELECT cd_account_unit()) || '}%'
           OR coalesce(after_json, '') LIKE '%"unit_id":' || (SELECT cd_account_unit()) || ',%'
           OR coalesce(after_json, '') LIKE '%"unit_id":' || (SELECT cd_account_unit()) || '}%'))
          OR actor = session_user))sql",

    // A session left open in a transaction is ended after a few seconds, and a unit's statement
    // after ten, so that a forgotten psql holds nothing for long: set on every login of the
    // campaign now (cd_limit_login) and on each one made later (server_accounts::createLogin).
    R"sql(CREATE FUNCTION cd_limit_login(login TEXT, kind TEXT) RETURNS void LANGUAGE plpgsql AS $$ BEGIN
           EXECUTE format('ALTER ROLE %I IN DATABASE %I SET idle_in_transaction_session_timeout = ''5s''', login, current_database());
           EXECUTE format('ALTER ROLE %I IN DATABASE %I SET statement_timeout = %L', login, current_database(),
                          CASE kind WHEN 'unit' THEN '10s' WHEN 'viewer' THEN '60s' ELSE '300s' END);
          END $$)sql",
    R"sql(REVOKE ALL ON FUNCTION cd_limit_login(TEXT, TEXT) FROM PUBLIC)sql",
    R"sql(DO $$ BEGIN EXECUTE format('GRANT EXECUTE ON FUNCTION cd_limit_login(TEXT, TEXT) TO %I', cd_group('admin')); END $$)sql",
    R"sql(DO $$ DECLARE r RECORD; BEGIN
           FOR r IN SELECT l.rolname AS login, substring(g.rolname FROM length(current_database()) + 2) AS kind FROM pg_auth_members m
                    JOIN pg_roles g ON g.oid = m.roleid JOIN pg_roles l ON l.oid = m.member
                    WHERE g.rolname IN (cd_group('admin'), cd_group('office'), cd_group('unit'), cd_group('viewer')) AND l.rolcanlogin LOOP
            BEGIN
             PERFORM cd_limit_login(r.login, r.kind);
            EXCEPTION WHEN insufficient_privilege THEN NULL; -- an owner without CREATEROLE: docs/server.md says what the server's administrator sets
            END;
           END LOOP; END $$)sql",
};

} // namespace

QStringList ServerWall::gaplessAudit(const QString& schema)
{
    return {gaplessChain().replace(QLatin1String("@SCHEMA@"), schema)};
}

QStringList ServerWall::linkAtCommit(const QString& schema)
{
    QStringList out{chainAtCommit().replace(QLatin1String("@SCHEMA@"), schema)};
    for (const char* statement : kLinkAtCommit) out << QString::fromUtf8(statement).replace(QLatin1String("@SCHEMA@"), schema);
    return out;
}

QStringList ServerWall::linkWithoutWaiting(const QString& schema)
{
    QStringList out;
    for (const char* statement : kLinkWithoutWaiting) out << QString::fromUtf8(statement).replace(QLatin1String("@SCHEMA@"), schema);
    return out;
}

QStringList ServerWall::unitGuardForUnitsOnly()
{
    // The guard lets every login but a unit's through at its first line (cd_account_role); it
    // ran, with its own function call and settings, for each of the 540,000 rows a 5,000-unit
    // demo or an office's import writes to report_items alone. Only members of the campaign's
    // unit group hold the grants a unit writes with, so the trigger now fires for them alone
    // (pg_has_role on the login, session_user, as inside the program's own functions).
    return {QStringLiteral(R"sql(DO $$ DECLARE t TEXT; u TEXT := cd_group('unit'); BEGIN
           FOREACH t IN ARRAY ARRAY['reports', 'report_items', 'report_attachments', 'plans', 'plan_items', 'problems', 'problem_events'] LOOP
            EXECUTE format('DROP TRIGGER %I ON %I', t || '_unit_guard', t);
            EXECUTE format('CREATE TRIGGER %I BEFORE INSERT OR UPDATE OR DELETE ON %I FOR EACH ROW WHEN (pg_has_role(session_user, %L, ''MEMBER''))'
                           ' EXECUTE FUNCTION cd_unit_guard()', t || '_unit_guard', t, u);
           END LOOP; END $$)sql")};
}

QStringList ServerWall::statements(const QString& schema, const QString& zone)
{
    QString quoted = zone;
    quoted.replace(QLatin1Char('\''), QStringLiteral("''"));
    QStringList out;
    for (const char* statement : kStatements)
        out << (statement == kChainMarker ? gaplessChain() : QString::fromUtf8(statement)).replace(QLatin1String("@SCHEMA@"), schema).replace(QLatin1String("@ZONE@"), quoted);
    return out;
}

} // namespace cd
