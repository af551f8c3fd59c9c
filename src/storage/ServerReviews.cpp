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
               FOREACH t IN ARRAY ARRAY['review_sessions', 'review_people', 'review_groups', 'review_ballots', 'review_totals', 'review_results', 'review_amendments'] LOOP
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
    };
    for (auto& statement : statements) statement.replace(QLatin1String("@SCHEMA@"), schema);
    return statements;
}

} // namespace cd
