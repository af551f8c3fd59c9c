// Schema v19 on a server: an office or a leader that runs one part of the campaign (docs/server.md,
// "Accounts scoped to a group"). Its login reads and writes the rows of the units in its part
// the way the whole campaign's office does all of them, and nothing of the whole campaign's
// own: its set-up, settings, accounts, 述职测评, other parts' bulletins and locked results.
#include "storage/ServerSecurity.h"

namespace cd {
namespace {

// Tables of a unit's rows that the office writes as it supervises, reviews and scores: a
// scoped office writes those of its own units.
constexpr const char* kWrittenInPart = "'plans','reports','inspection_visits','problems','typical_cases','task_progress','assessment_entries'";
// Tables of a unit's rows that only the whole campaign's office writes (set-up, packages):
// a scoped account reads those of its units.
constexpr const char* kReadInPart = "'responsibilities','package_imports'";
// The whole campaign's own tables: everyone with an account reads them (as before), and only
// the whole campaign's office and the administrators write them.
constexpr const char* kCampaignTables = "'campaigns','periods','pillars','tasks','rubrics','settings','inspections','meta'";

const char* const kStatements[] = {
    // The part a login runs, and the groups and units in it. SECURITY DEFINER: they read the
    // accounts, the tree and the units as their owner, under no policy of their own.
    R"sql(CREATE FUNCTION cd_account_group() RETURNS BIGINT LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = @SCHEMA@, pg_temp AS $$
          BEGIN RETURN (SELECT group_id FROM users WHERE login = session_user AND active = 1 AND role IN ('office', 'viewer')); END $$)sql",
    R"sql(CREATE FUNCTION cd_scope_groups() RETURNS SETOF BIGINT LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = @SCHEMA@, pg_temp AS $$
          BEGIN
           RETURN QUERY WITH RECURSIVE part(id) AS (SELECT g.id FROM unit_groups g WHERE g.id = cd_account_group()
                                                    UNION SELECT g.id FROM unit_groups g JOIN part ON g.parent_id = part.id)
                        SELECT part.id::BIGINT FROM part;
          END $$)sql",
    R"sql(CREATE FUNCTION cd_scope_units() RETURNS SETOF BIGINT LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = @SCHEMA@, pg_temp AS $$
          BEGIN RETURN QUERY SELECT u.id::BIGINT FROM units u WHERE u.group_id IN (SELECT cd_scope_groups()); END $$)sql",
    // Seeing and writing everything is the whole campaign's: a scoped account is neither.
    R"sql(CREATE OR REPLACE FUNCTION cd_sees_all() RETURNS BOOLEAN LANGUAGE sql STABLE AS $$
          SELECT coalesce(cd_account_role() IN ('admin', 'office', 'viewer') AND cd_account_group() IS NULL, false) $$)sql",
    R"sql(CREATE OR REPLACE FUNCTION cd_writes_all() RETURNS BOOLEAN LANGUAGE sql STABLE AS $$
          SELECT coalesce(cd_account_role() IN ('admin', 'office') AND cd_account_group() IS NULL, false) $$)sql",
    R"sql(CREATE OR REPLACE FUNCTION cd_may_write_unit(unit BIGINT) RETURNS BOOLEAN LANGUAGE sql STABLE
          AS $$ SELECT coalesce(cd_writes_all() OR (cd_account_role() = 'unit' AND unit = cd_account_unit())
                                OR (cd_account_role() = 'office' AND unit IN (SELECT cd_scope_units())), false) $$)sql",
    // The numbering and scoring locks: an office of a part numbers its own bulletins and scores
    // its own units; a unit still its own report and plan versions alone.
    R"sql(CREATE OR REPLACE FUNCTION cd_hold(what INTEGER, which BIGINT) RETURNS void LANGUAGE plpgsql SECURITY DEFINER SET search_path = @SCHEMA@, pg_temp AS $$ BEGIN
           IF NOT (cd_writes_all() OR (cd_account_role() = 'office' AND what IN (1, 4))
                   OR (cd_account_role() IN ('unit', 'office') AND what IN (2, 3) AND cd_may_write_unit(which))) THEN
            RAISE EXCEPTION 'this account takes no such lock' USING ERRCODE = '42501';
           END IF;
           INSERT INTO cd_locks (kind, id) VALUES (what, which) ON CONFLICT DO NOTHING;
           PERFORM 1 FROM cd_locks WHERE kind = what AND id = which FOR UPDATE;
          END $$)sql",
    R"sql(CREATE OR REPLACE FUNCTION cd_lock_audit_chain() RETURNS void LANGUAGE plpgsql SECURITY DEFINER SET search_path = @SCHEMA@, pg_temp AS $$ BEGIN
           IF cd_account_role() IS NULL OR cd_account_role() NOT IN ('admin', 'office') THEN RAISE EXCEPTION 'this account links no audit rows' USING ERRCODE = '42501'; END IF;
           LOCK TABLE audit_head IN EXCLUSIVE MODE; END $$)sql",

    // A unit's rows: the office of a part reads and writes its own units' as the campaign's
    // office does all of them.
    R"sql(DO $$ DECLARE t TEXT; BEGIN
           FOREACH t IN ARRAY ARRAY[@WRITTEN@] LOOP
            EXECUTE format('DROP POLICY cd_own_unit ON %I', t);
            EXECUTE format('CREATE POLICY cd_own_unit ON %I USING ((SELECT cd_sees_all()) OR unit_id = (SELECT cd_account_unit())'
                           ' OR unit_id IN (SELECT cd_scope_units()))', t);
           END LOOP;
           FOREACH t IN ARRAY ARRAY[@READ@] LOOP
            EXECUTE format('CREATE POLICY cd_part ON %I FOR SELECT USING (unit_id IN (SELECT cd_scope_units()))', t);
           END LOOP; END $$)sql",
    R"sql(CREATE POLICY cd_part ON units FOR SELECT USING (id IN (SELECT cd_scope_units())))sql",
    R"sql(CREATE POLICY cd_part ON unit_rollups FOR SELECT USING (unit_id IN (SELECT cd_scope_units())))sql",
    // 述职测评 is the whole campaign's office's to run; a scoped login reads its own units' people,
    // their published results and their written reports, as a leader reads all of them.
    R"sql(DO $$ DECLARE t TEXT; BEGIN
           FOREACH t IN ARRAY ARRAY['review_people', 'review_results', 'review_reports'] LOOP
            EXECUTE format('CREATE POLICY cd_part ON %I FOR SELECT USING (unit_id IN (SELECT cd_scope_units()))', t);
           END LOOP; END $$)sql",
    R"sql(ALTER TABLE attachment_units ENABLE ROW LEVEL SECURITY)sql",
    R"sql(CREATE POLICY cd_read ON attachment_units FOR SELECT USING ((SELECT cd_writes_all()) OR unit_id IN (SELECT cd_scope_units())))sql",

    // The whole campaign's tables: read by every account as before, written by the whole
    // campaign's office. An office of a part records its own inspections (the rounds its
    // visits belong to) and changes none.
    R"sql(DO $$ DECLARE t TEXT; BEGIN
           FOREACH t IN ARRAY ARRAY[@CAMPAIGN@] LOOP
            EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
            EXECUTE format('CREATE POLICY cd_read ON %I FOR SELECT USING (true)', t);
            EXECUTE format('CREATE POLICY cd_office ON %I USING ((SELECT cd_writes_all()))', t);
           END LOOP; END $$)sql",
    R"sql(CREATE POLICY cd_part ON inspections FOR INSERT WITH CHECK ((SELECT cd_account_role()) = 'office'))sql",
    // Bulletins: the whole campaign's accounts read them as before; a scoped account reads and
    // (an office) issues its own part's and those of the groups under it.
    R"sql(ALTER TABLE bulletins ENABLE ROW LEVEL SECURITY)sql",
    R"sql(CREATE POLICY cd_read ON bulletins FOR SELECT USING ((SELECT cd_account_group()) IS NULL OR group_id IN (SELECT cd_scope_groups())))sql",
    R"sql(CREATE POLICY cd_office ON bulletins USING ((SELECT cd_writes_all())))sql",
    R"sql(CREATE POLICY cd_part ON bulletins USING ((SELECT cd_account_role()) = 'office' AND group_id IN (SELECT cd_scope_groups())))sql",

    // Accounts: the administrators and the whole campaign's office read them; everyone else
    // their own row.
    R"sql(DROP POLICY cd_accounts ON users)sql",
    R"sql(CREATE POLICY cd_accounts ON users USING (cd_account_role() = 'admin' OR (cd_account_role() = 'office' AND cd_account_group() IS NULL)
          OR login = session_user))sql",

    // The year's locked results, read through this function: the whole campaign's accounts
    // read them whole, a scoped one the rows of its own units, a unit nothing.
    R"sql(CREATE FUNCTION cd_assessment_lock(campaign BIGINT) RETURNS TABLE (locked_at TEXT, locked_by TEXT, as_of TEXT, result TEXT)
          LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = @SCHEMA@, pg_temp AS $$
          BEGIN
           IF cd_sees_all() THEN
            RETURN QUERY SELECT l.locked_at, l.locked_by, l.as_of, l.result FROM assessment_locks l WHERE l.campaign_id = campaign;
           ELSIF cd_account_group() IS NOT NULL THEN
            RETURN QUERY SELECT l.locked_at, l.locked_by, l.as_of,
                         jsonb_set(l.result::jsonb, '{units}', coalesce((SELECT jsonb_agg(u ORDER BY n) FROM jsonb_array_elements(l.result::jsonb -> 'units') WITH ORDINALITY AS e(u, n)
                                                                         WHERE (u ->> 'unit_id')::BIGINT IN (SELECT cd_scope_units())), '[]'::jsonb))::TEXT
                         FROM assessment_locks l WHERE l.campaign_id = campaign;
           END IF;
          END $$)sql",
    // No office changes a score of a locked year, whatever client it uses (the program refuses
    // it to everyone); unlocking is the administrators'.
    R"sql(CREATE FUNCTION cd_assessment_guard() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER SET search_path = @SCHEMA@, pg_temp AS $$ BEGIN
           IF cd_account_role() IS DISTINCT FROM 'admin'
              AND EXISTS (SELECT 1 FROM assessment_locks WHERE campaign_id = CASE WHEN TG_OP = 'DELETE' THEN OLD.campaign_id ELSE NEW.campaign_id END) THEN
            RAISE EXCEPTION 'the year''s assessment is locked' USING ERRCODE = '42501';
           END IF;
           RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
          END $$)sql",
    R"sql(CREATE TRIGGER assessment_entries_locked BEFORE INSERT OR UPDATE OR DELETE ON assessment_entries FOR EACH ROW EXECUTE FUNCTION cd_assessment_guard())sql",
    R"sql(REVOKE ALL ON FUNCTION cd_account_group(), cd_scope_groups(), cd_scope_units(), cd_assessment_lock(BIGINT), cd_assessment_guard() FROM PUBLIC)sql",
    R"sql(DO $$ BEGIN
           EXECUTE format('GRANT EXECUTE ON FUNCTION cd_account_group(), cd_scope_groups(), cd_scope_units(), cd_assessment_lock(BIGINT) TO %I, %I, %I, %I',
                          cd_group('admin'), cd_group('office'), cd_group('unit'), cd_group('viewer'));
          END $$)sql",
};

} // namespace

QStringList ServerSecurity::scopes(const QString& schema)
{
    QStringList out;
    for (const char* statement : kStatements)
        out << QString::fromUtf8(statement)
                   .replace(QLatin1String("@SCHEMA@"), schema)
                   .replace(QLatin1String("@WRITTEN@"), QLatin1String(kWrittenInPart))
                   .replace(QLatin1String("@READ@"), QLatin1String(kReadInPart))
                   .replace(QLatin1String("@CAMPAIGN@"), QLatin1String(kCampaignTables));
    return out;
}

} // namespace cd
