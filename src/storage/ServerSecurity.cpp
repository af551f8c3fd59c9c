// Schema v11 on a server: who may see and write what, enforced by PostgreSQL itself.
//
// Every CampaignDesk account on a server is a login role, a member of one group role per
// CampaignDesk role of this database (DBNAME_admin, _office, _unit, _viewer). Grants give each
// group its tables; row-level security keeps a unit's login to its own unit's rows. The map
// from a login to its unit is the users table, read through SECURITY DEFINER functions, so a
// unit login can neither read nor change it; a session setting would be no wall at all.
// The role that created the schema owns the tables, bypasses row-level security as their
// owner, and is the campaign's first administrator.
#include "storage/ServerSecurity.h"

namespace cd {
namespace {

// Tables that belong to one unit by their unit_id column.
constexpr const char* kUnitTables = "'responsibilities','plans','reports','inspection_visits','problems','typical_cases',"
                                    "'task_progress','assessment_entries','unit_keys','package_imports'";

} // namespace

QStringList ServerSecurity::statements(const QString& schema)
{
    QStringList statements{
        // Who is connected. The owner of the schema is an administrator without a row.
        QStringLiteral("CREATE FUNCTION cd_group(kind TEXT) RETURNS TEXT LANGUAGE sql STABLE AS $$ SELECT current_database() || '_' || kind $$"),
        QStringLiteral("CREATE FUNCTION cd_account_role() RETURNS TEXT LANGUAGE sql STABLE SECURITY DEFINER SET search_path = @SCHEMA@, pg_temp AS $$"
                       " SELECT CASE WHEN session_user = (SELECT pg_get_userbyid(relowner) FROM pg_class WHERE oid = '@SCHEMA@.meta'::regclass) THEN 'admin'"
                       " ELSE (SELECT role FROM users WHERE login = session_user AND active = 1) END $$"),
        QStringLiteral("CREATE FUNCTION cd_account_unit() RETURNS BIGINT LANGUAGE sql STABLE SECURITY DEFINER SET search_path = @SCHEMA@, pg_temp AS $$"
                       " SELECT unit_id FROM users WHERE login = session_user AND active = 1 AND role = 'unit' $$"),
        QStringLiteral("CREATE FUNCTION cd_sees_all() RETURNS BOOLEAN LANGUAGE sql STABLE AS $$"
                       " SELECT coalesce(cd_account_role() IN ('admin', 'office', 'viewer'), false) $$"),
        QStringLiteral("CREATE FUNCTION cd_writes_all() RETURNS BOOLEAN LANGUAGE sql STABLE AS $$"
                       " SELECT coalesce(cd_account_role() IN ('admin', 'office'), false) $$"),
        // The four groups of this database, and the database itself closed to everyone else
        // (no TEMPORARY either: nobody needs a table of their own).
        QStringLiteral("DO $$ DECLARE k TEXT; BEGIN"
                       " FOREACH k IN ARRAY ARRAY['admin', 'office', 'unit', 'viewer'] LOOP"
                       "  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = cd_group(k)) THEN EXECUTE format('CREATE ROLE %I NOLOGIN', cd_group(k)); END IF;"
                       " END LOOP;"
                       " IF (SELECT pg_get_userbyid(datdba) FROM pg_database WHERE datname = current_database()) = current_user THEN"
                       "  EXECUTE format('REVOKE ALL ON DATABASE %I FROM PUBLIC', current_database());"
                       "  EXECUTE format('GRANT CONNECT ON DATABASE %I TO %I, %I, %I, %I', current_database(),"
                       "   cd_group('admin'), cd_group('office'), cd_group('unit'), cd_group('viewer'));"
                       " END IF; END $$"),
        // Grants: everyone reads (row-level security narrows it), the office writes, a unit
        // writes its plans, reports, evidence links and problem answers, a viewer nothing.
        // Nobody updates, deletes or truncates the audit log; accounts are the administrator's.
        QStringLiteral("DO $$ DECLARE a TEXT := cd_group('admin'); o TEXT := cd_group('office'); u TEXT := cd_group('unit'); v TEXT := cd_group('viewer');"
                       " BEGIN"
                       " REVOKE ALL ON ALL TABLES IN SCHEMA @SCHEMA@ FROM PUBLIC;"
                       " REVOKE ALL ON ALL FUNCTIONS IN SCHEMA @SCHEMA@ FROM PUBLIC;"
                       " EXECUTE format('GRANT EXECUTE ON ALL FUNCTIONS IN SCHEMA @SCHEMA@ TO %I, %I, %I, %I', a, o, u, v);"
                       " EXECUTE format('GRANT SELECT ON ALL TABLES IN SCHEMA @SCHEMA@ TO %I, %I, %I, %I', a, o, u, v);"
                       " EXECUTE format('GRANT INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA @SCHEMA@ TO %I, %I', a, o);"
                       " EXECUTE format('REVOKE UPDATE, DELETE, TRUNCATE ON audit_log FROM %I, %I', a, o);"
                       " EXECUTE format('REVOKE INSERT, UPDATE, DELETE ON users FROM %I', o);"
                       " EXECUTE format('GRANT USAGE ON ALL SEQUENCES IN SCHEMA @SCHEMA@ TO %I, %I, %I', a, o, u);"
                       " EXECUTE format('GRANT INSERT, UPDATE, DELETE ON plans, plan_items, reports, report_items, report_attachments TO %I', u);"
                       " EXECUTE format('GRANT UPDATE ON problems TO %I', u);"
                       " EXECUTE format('GRANT INSERT ON problem_events, audit_log TO %I', u);"
                       " END $$"),
        // Row-level security on every table of a unit.
        QStringLiteral("DO $$ DECLARE t TEXT; BEGIN"
                       " FOREACH t IN ARRAY ARRAY[%1] LOOP"
                       "  EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);"
                       "  EXECUTE format('CREATE POLICY cd_own_unit ON %I USING ((SELECT cd_sees_all()) OR unit_id = (SELECT cd_account_unit()))', t);"
                       " END LOOP; END $$")
            .arg(QLatin1String(kUnitTables)),
        QStringLiteral("ALTER TABLE units ENABLE ROW LEVEL SECURITY"),
        QStringLiteral("CREATE POLICY cd_own_unit ON units USING ((SELECT cd_sees_all()) OR id = (SELECT cd_account_unit()))"),
        // Rows of a unit's row: readable with their parent; a unit writes a report's items and
        // evidence links only while the report is a draft or was written in this transaction.
        QStringLiteral("DO $$ DECLARE t TEXT; BEGIN"
                       " FOREACH t IN ARRAY ARRAY['report_items', 'report_attachments'] LOOP"
                       "  EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);"
                       "  EXECUTE format('CREATE POLICY cd_read ON %I FOR SELECT USING ((SELECT cd_sees_all()) OR EXISTS (SELECT 1 FROM reports r WHERE r.id = report_id))', t);"
                       "  EXECUTE format('CREATE POLICY cd_write ON %I USING ((SELECT cd_writes_all()) OR EXISTS (SELECT 1 FROM reports r WHERE r.id = report_id"
                       "   AND (r.status = ''draft'' OR age(r.xmin) = 0)))', t);"
                       " END LOOP; END $$"),
        QStringLiteral("ALTER TABLE plan_items ENABLE ROW LEVEL SECURITY"),
        QStringLiteral("CREATE POLICY cd_own_unit ON plan_items USING ((SELECT cd_sees_all()) OR EXISTS (SELECT 1 FROM plans p WHERE p.id = plan_id))"),
        QStringLiteral("DO $$ DECLARE t TEXT; BEGIN"
                       " FOREACH t IN ARRAY ARRAY['problem_events', 'escalations'] LOOP"
                       "  EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);"
                       "  EXECUTE format('CREATE POLICY cd_own_unit ON %I USING ((SELECT cd_sees_all()) OR EXISTS (SELECT 1 FROM problems p WHERE p.id = problem_id))', t);"
                       " END LOOP; END $$"),
        // Evidence is stored once by its digest and linked to reports: a unit reads the files
        // its own reports link. Storing goes through cd_store_attachment, which finds a file
        // already there without showing the unit whose it is.
        QStringLiteral("ALTER TABLE attachments ENABLE ROW LEVEL SECURITY"),
        QStringLiteral("CREATE POLICY cd_read ON attachments FOR SELECT USING ((SELECT cd_sees_all()) OR EXISTS (SELECT 1 FROM report_attachments ra WHERE ra.attachment_id = id))"),
        QStringLiteral("CREATE POLICY cd_office ON attachments USING ((SELECT cd_writes_all()))"),
        QStringLiteral("CREATE FUNCTION cd_store_attachment(digest TEXT, bytes BIGINT, content BYTEA) RETURNS BIGINT LANGUAGE plpgsql"
                       " SECURITY DEFINER SET search_path = @SCHEMA@, pg_temp AS $$ DECLARE found BIGINT; BEGIN"
                       " IF cd_account_role() NOT IN ('admin', 'office', 'unit') THEN RAISE EXCEPTION 'this account stores no evidence' USING ERRCODE = '42501'; END IF;"
                       " INSERT INTO attachments (sha256, size, data) VALUES (digest, bytes, content) ON CONFLICT (sha256) DO NOTHING RETURNING id INTO found;"
                       " IF found IS NULL THEN SELECT id INTO found FROM attachments WHERE sha256 = digest; END IF;"
                       " RETURN found; END $$"),
        QStringLiteral("REVOKE ALL ON FUNCTION cd_store_attachment(TEXT, BIGINT, BYTEA) FROM PUBLIC"),
        QStringLiteral("DO $$ BEGIN EXECUTE format('GRANT EXECUTE ON FUNCTION cd_store_attachment(TEXT, BIGINT, BYTEA) TO %I, %I, %I',"
                       " cd_group('admin'), cd_group('office'), cd_group('unit')); END $$"),
        // Accounts: the administrator reads them all, everyone else their own row.
        QStringLiteral("ALTER TABLE users ENABLE ROW LEVEL SECURITY"),
        QStringLiteral("CREATE POLICY cd_accounts ON users USING (cd_account_role() = 'admin' OR login = session_user)"),
        // The audit log: the office reads it all, a unit the rows about its own records (as
        // AuditRepository's unit filter); everyone who writes appends, as themselves.
        QStringLiteral("ALTER TABLE audit_log ENABLE ROW LEVEL SECURITY"),
        QStringLiteral("CREATE POLICY cd_read ON audit_log FOR SELECT USING ((SELECT cd_writes_all()) OR ((SELECT cd_account_unit()) IS NOT NULL AND ("
                       " (entity = 'unit' AND entity_id = (SELECT cd_account_unit()))"
                       " OR coalesce(before_json, '') LIKE '%\"unit_id\":' || (SELECT cd_account_unit()) || ',%'"
                       " OR coalesce(before_json, '') LIKE '%\"unit_id\":' || (SELECT cd_account_unit()) || '}%'"
                       " OR coalesce(after_json, '') LIKE '%\"unit_id\":' || (SELECT cd_account_unit()) || ',%'"
                       " OR coalesce(after_json, '') LIKE '%\"unit_id\":' || (SELECT cd_account_unit()) || '}%')))"),
        QStringLiteral("CREATE POLICY cd_append ON audit_log FOR INSERT WITH CHECK (actor = session_user OR (SELECT cd_account_role()) = 'admin')"),
        // The chain's link is computed from the row before, whoever may read it.
        QStringLiteral("ALTER FUNCTION audit_log_chain() SECURITY DEFINER SET search_path = @SCHEMA@, pg_temp"),
        // What a unit may change in its own rows: a report while it is a draft, and never its
        // review; of a problem line, only the unit's own steps (rectifying, fix reported) from
        // a line still open or being rectified: never reopening one the office closed.
        QStringLiteral("CREATE FUNCTION cd_unit_guard() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN"
                       " IF cd_account_role() IS DISTINCT FROM 'unit' THEN RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END; END IF;"
                       " IF TG_TABLE_NAME = 'reports' THEN"
                       "  IF TG_OP <> 'INSERT' AND OLD.status <> 'draft' THEN RAISE EXCEPTION 'a unit changes only its drafts' USING ERRCODE = '42501'; END IF;"
                       "  IF TG_OP = 'DELETE' THEN RETURN OLD; END IF;"
                       "  IF NEW.status NOT IN ('draft', 'submitted') OR NEW.reviewed_at IS NOT NULL OR NEW.reviewed_by IS NOT NULL OR NEW.review_comment IS NOT NULL THEN"
                       "   RAISE EXCEPTION 'a unit does not review its own report' USING ERRCODE = '42501'; END IF;"
                       " ELSIF TG_TABLE_NAME = 'problems' THEN"
                       "  IF OLD.status NOT IN ('open', 'rectifying') OR NEW.status NOT IN ('rectifying', 'pending_verification') OR (NEW.unit_id, NEW.pillar, NEW.source, NEW.source_ref, NEW.description,"
                       "   NEW.measure, NEW.responsible, NEW.raised_on, NEW.deadline, NEW.severity, NEW.closed_on, NEW.verifier, NEW.close_note)"
                       "   IS DISTINCT FROM (OLD.unit_id, OLD.pillar, OLD.source, OLD.source_ref, OLD.description, OLD.measure, OLD.responsible,"
                       "   OLD.raised_on, OLD.deadline, OLD.severity, OLD.closed_on, OLD.verifier, OLD.close_note) THEN"
                       "   RAISE EXCEPTION 'a unit answers a problem line and changes nothing else' USING ERRCODE = '42501'; END IF;"
                       " END IF;"
                       " RETURN NEW; END $$"),
        QStringLiteral("CREATE TRIGGER reports_unit_guard BEFORE INSERT OR UPDATE OR DELETE ON reports FOR EACH ROW EXECUTE FUNCTION cd_unit_guard()"),
        QStringLiteral("CREATE TRIGGER problems_unit_guard BEFORE UPDATE ON problems FOR EACH ROW EXECUTE FUNCTION cd_unit_guard()"),
        // The change log: every transaction that changes a table leaves one row here for it,
        // and a notice on the channel cd_changes at its commit, so that every open view can
        // follow what others commit (ChangeFeed). Once per transaction and table, marked in a
        // transaction-local setting: a bulk load of a hundred thousand statements writes one
        // row, not a hundred thousand. It is the server's alone: copies leave it.
        QStringLiteral("CREATE TABLE change_log (seq BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY, at TIMESTAMPTZ NOT NULL DEFAULT now(),"
                       " table_name TEXT NOT NULL)"),
        QStringLiteral("CREATE FUNCTION cd_log_change() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER SET search_path = @SCHEMA@, pg_temp AS $$ BEGIN"
                       " IF current_setting('cd.changed_' || TG_TABLE_NAME, true) = 'y' THEN RETURN NULL; END IF;"
                       " PERFORM set_config('cd.changed_' || TG_TABLE_NAME, 'y', true);"
                       " INSERT INTO change_log (table_name) VALUES (TG_TABLE_NAME);"
                       " PERFORM pg_notify('cd_changes', TG_TABLE_NAME);"
                       " RETURN NULL; END $$"),
        QStringLiteral("DO $$ DECLARE t TEXT; BEGIN"
                       " FOR t IN SELECT tablename FROM pg_tables WHERE schemaname = current_schema() AND tablename NOT IN ('change_log', 'audit_log', 'meta') LOOP"
                       "  EXECUTE format('CREATE TRIGGER %I AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON %I FOR EACH STATEMENT EXECUTE FUNCTION cd_log_change()',"
                       "   t || '_changes', t);"
                       " END LOOP;"
                       " EXECUTE format('GRANT SELECT ON change_log TO %I, %I, %I, %I', cd_group('admin'), cd_group('office'), cd_group('unit'), cd_group('viewer'));"
                       " END $$"),
    };
    // The functions name their schema: a SECURITY DEFINER function must not find a table of
    // the caller's making first on its search path.
    for (auto& statement : statements) statement.replace(QLatin1String("@SCHEMA@"), schema);
    return statements;
}

} // namespace cd
