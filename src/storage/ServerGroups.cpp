// Schema v18 on a server: who may read and change the tree of groups (docs/server.md).
#include "storage/ServerSecurity.h"

namespace cd {

QStringList ServerSecurity::groups(const QString& schema)
{
    QStringList statements{
        // The tree is how the campaign is organised, no secret to anyone with an account; the
        // office and the administrators change it. A unit's place in it is a column of units,
        // which only they write already.
        R"sql(DO $$ DECLARE a TEXT := cd_group('admin'); o TEXT := cd_group('office'); u TEXT := cd_group('unit'); v TEXT := cd_group('viewer');
              BEGIN
               REVOKE ALL ON unit_groups FROM PUBLIC;
               EXECUTE format('GRANT SELECT ON unit_groups TO %I, %I, %I, %I', a, o, u, v);
               EXECUTE format('GRANT INSERT, UPDATE, DELETE ON unit_groups TO %I, %I', a, o);
               EXECUTE format('GRANT USAGE ON ALL SEQUENCES IN SCHEMA @SCHEMA@ TO %I, %I', a, o);
              END $$)sql",
        R"sql(ALTER TABLE unit_groups ENABLE ROW LEVEL SECURITY)sql",
        R"sql(CREATE POLICY cd_read ON unit_groups FOR SELECT USING ((SELECT cd_account_role()) IS NOT NULL))sql",
        R"sql(CREATE POLICY cd_office ON unit_groups USING ((SELECT cd_writes_all())))sql",
        R"sql(CREATE TRIGGER unit_groups_changes AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON unit_groups FOR EACH STATEMENT EXECUTE FUNCTION cd_log_change())sql",
    };
    for (auto& statement : statements) statement.replace(QLatin1String("@SCHEMA@"), schema);
    return statements;
}

} // namespace cd
