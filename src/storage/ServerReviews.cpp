// Schema v17 on a server: who may read and write the 述职测评 tables (docs/server.md).
#include "storage/ServerSecurity.h"

namespace cd {

QStringList ServerSecurity::reviews(const QString& schema)
{
    QStringList statements{
        // Grants: everyone reads what row-level security lets through; only the office and the
        // administrators write. Tables made after schema v11 get their rights here.
        R"sql(DO $$ DECLARE a TEXT := cd_group('admin'); o TEXT := cd_group('office'); u TEXT := cd_group('unit'); v TEXT := cd_group('viewer'); t TEXT;
              BEGIN
               FOREACH t IN ARRAY ARRAY['review_sessions', 'review_people', 'review_groups', 'review_ballots', 'review_totals', 'review_results', 'review_amendments',
                                         'review_reports', 'review_report_attachments'] LOOP
                EXECUTE format('REVOKE ALL ON %I FROM PUBLIC', t);
                EXECUTE format('GRANT SELECT ON %I TO %I, %I, %I, %I', t, a, o, u, v);
                EXECUTE format('GRANT INSERT, UPDATE, DELETE ON %I TO %I, %I', t, a, o);
                EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
                EXECUTE format('CREATE POLICY cd_office ON %I USING ((SELECT cd_writes_all()))', t);
                EXECUTE format('CREATE TRIGGER %I AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON %I FOR EACH STATEMENT EXECUTE FUNCTION cd_log_change()', t || '_changes', t);
               END LOOP;
               EXECUTE format('GRANT USAGE ON ALL SEQUENCES IN SCHEMA @SCHEMA@ TO %I, %I', a, o);
              END $$)sql",
        // A session's title, date and place, and its groups, are no secret to anyone with an account.
        R"sql(CREATE POLICY cd_read ON review_sessions FOR SELECT USING ((SELECT cd_account_role()) IS NOT NULL))sql",
        R"sql(CREATE POLICY cd_read ON review_groups FOR SELECT USING ((SELECT cd_account_role()) IS NOT NULL))sql",
        // Who reports: a leader reads them all, a unit its own people.
        R"sql(CREATE POLICY cd_read ON review_people FOR SELECT USING ((SELECT cd_sees_all()) OR unit_id = (SELECT cd_account_unit())))sql",
        // Results exist only once published: a leader reads them all, a unit its own people's.
        R"sql(CREATE POLICY cd_read ON review_results FOR SELECT USING ((SELECT cd_sees_all()) OR unit_id = (SELECT cd_account_unit())))sql",
        // The ballots, the hand counts and the amendments (which hold ballots) stay the office's:
        // cd_office above is their only policy.

        // 述职报告: a unit reads and writes its own people's, a leader reads them all. A unit
        // inserts (every save is a new version) and never changes a row in place.
        R"sql(CREATE POLICY cd_read ON review_reports FOR SELECT USING ((SELECT cd_sees_all()) OR unit_id = (SELECT cd_account_unit())))sql",
        R"sql(CREATE POLICY cd_unit_insert ON review_reports FOR INSERT WITH CHECK (unit_id = (SELECT cd_account_unit())))sql",
        R"sql(DO $$ BEGIN
               EXECUTE format('GRANT INSERT ON review_reports TO %I', cd_group('unit'));
               EXECUTE format('GRANT USAGE ON ALL SEQUENCES IN SCHEMA @SCHEMA@ TO %I', cd_group('unit'));
              END $$)sql",
        // What a unit's login may write, whatever client it uses: its own person's report of an
        // unpublished session, the next version after one that is neither waiting for review
        // nor accepted, as a draft or sent, in its own name at the server's time, and recorded
        // in the audit log in the same transaction (cd_touch).
        R"sql(CREATE FUNCTION cd_review_report_guard() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER SET search_path = @SCHEMA@, pg_temp AS $$
              DECLARE latest RECORD;
              BEGIN
               IF cd_account_role() IS DISTINCT FROM 'unit' THEN RETURN NEW; END IF;
               IF NEW.unit_id IS DISTINCT FROM cd_account_unit()
                  OR NOT EXISTS (SELECT 1 FROM review_people p WHERE p.id = NEW.person_id AND p.unit_id = NEW.unit_id AND p.session_id = NEW.session_id) THEN
                RAISE EXCEPTION 'a unit writes only its own people''s reports' USING ERRCODE = '42501';
               END IF;
               IF (SELECT published_at FROM review_sessions WHERE id = NEW.session_id) IS NOT NULL THEN
                RAISE EXCEPTION 'the session''s results are published' USING ERRCODE = '42501';
               END IF;
               IF NEW.status NOT IN ('draft', 'submitted') OR NEW.reviewed_at IS NOT NULL OR NEW.reviewed_by IS NOT NULL OR NEW.review_comment IS NOT NULL THEN
                RAISE EXCEPTION 'a unit does not review its own report' USING ERRCODE = '42501';
               END IF;
               SELECT version, status INTO latest FROM review_reports WHERE person_id = NEW.person_id ORDER BY version DESC LIMIT 1;
               IF FOUND AND latest.status IN ('submitted', 'accepted') THEN
                RAISE EXCEPTION 'the report is with the office' USING ERRCODE = '42501';
               END IF;
               IF NEW.version IS DISTINCT FROM coalesce(latest.version, 0) + 1 THEN
                RAISE EXCEPTION 'a report''s versions follow one another' USING ERRCODE = '42501';
               END IF;
               NEW.saved_at := cd_now();
               NEW.saved_by := session_user;
               PERFORM cd_touch('review_report', NEW.id);
               RETURN NEW;
              END $$)sql",
        R"sql(CREATE TRIGGER review_reports_unit_guard BEFORE INSERT ON review_reports FOR EACH ROW EXECUTE FUNCTION cd_review_report_guard())sql",
        R"sql(REVOKE ALL ON FUNCTION cd_review_report_guard() FROM PUBLIC)sql",

        // A 述职报告's evidence: read with its report; a unit links files to a version of its own
        // written in the same transaction, and only files it sent or already links (as for a
        // monthly report), and its audit row records it. The evidence itself is readable by
        // whoever reads a report that links it.
        R"sql(CREATE POLICY cd_read ON review_report_attachments FOR SELECT USING ((SELECT cd_sees_all()) OR EXISTS (SELECT 1 FROM review_reports r WHERE r.id = report_id)))sql",
        R"sql(CREATE POLICY cd_unit_insert ON review_report_attachments FOR INSERT WITH CHECK (EXISTS (SELECT 1 FROM review_reports r WHERE r.id = report_id AND r.unit_id = (SELECT cd_account_unit()))))sql",
        R"sql(DO $$ BEGIN EXECUTE format('GRANT INSERT ON review_report_attachments TO %I', cd_group('unit')); END $$)sql",
        R"sql(CREATE FUNCTION cd_review_evidence_guard() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER SET search_path = @SCHEMA@, pg_temp AS $$
              DECLARE mine BIGINT; owner_row RECORD;
              BEGIN
               IF cd_account_role() IS DISTINCT FROM 'unit' THEN RETURN NEW; END IF;
               mine := cd_account_unit();
               SELECT unit_id, age(xmin) = 0 AS fresh INTO owner_row FROM review_reports WHERE id = NEW.report_id;
               IF owner_row.unit_id IS DISTINCT FROM mine OR NOT owner_row.fresh THEN
                RAISE EXCEPTION 'a unit links evidence only to a version of its own report it is writing' USING ERRCODE = '42501';
               END IF;
               IF NOT EXISTS (SELECT 1 FROM attachment_units WHERE unit_id = mine AND attachment_id = NEW.attachment_id)
                  AND NOT EXISTS (SELECT 1 FROM report_attachments ra JOIN reports r ON r.id = ra.report_id WHERE r.unit_id = mine AND ra.attachment_id = NEW.attachment_id)
                  AND NOT EXISTS (SELECT 1 FROM review_report_attachments x JOIN review_reports r ON r.id = x.report_id WHERE r.unit_id = mine AND x.attachment_id = NEW.attachment_id) THEN
                RAISE EXCEPTION 'a unit links only evidence it stored or already links' USING ERRCODE = '42501';
               END IF;
               PERFORM cd_touch('review_report', NEW.report_id);
               RETURN NEW;
              END $$)sql",
        R"sql(CREATE TRIGGER review_report_attachments_unit_guard BEFORE INSERT ON review_report_attachments FOR EACH ROW EXECUTE FUNCTION cd_review_evidence_guard())sql",
        R"sql(REVOKE ALL ON FUNCTION cd_review_evidence_guard() FROM PUBLIC)sql",
        R"sql(DROP POLICY cd_read ON attachments)sql",
        R"sql(CREATE POLICY cd_read ON attachments FOR SELECT USING ((SELECT cd_sees_all()) OR EXISTS (SELECT 1 FROM report_attachments ra WHERE ra.attachment_id = id)
              OR EXISTS (SELECT 1 FROM review_report_attachments x WHERE x.attachment_id = id)))sql",
    };
    for (auto& statement : statements) statement.replace(QLatin1String("@SCHEMA@"), schema);
    return statements;
}

} // namespace cd
