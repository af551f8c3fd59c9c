#include "storage/ServerRollups.h"

#include "storage/Database.h"
#include "storage/Query.h"

namespace cd {
namespace {

// One packed entry of each kind, as the header describes them: written by the triggers'
// functions and recomputed by mismatches() with the same expression.
const QString kPackedProgress = QStringLiteral("int8send(task_id) || float8send(accepted_sum) || int8send(accepted_reports)");
const QString kPackedSubmission = QStringLiteral("int8send(period_id) || convert_to(rpad(left(submitted_at, 10), 10), 'UTF8')");

} // namespace

QStringList ServerRollups::statements(const QString& schema)
{
    QStringList statements{
        QStringLiteral("CREATE TABLE unit_rollups (unit_id BIGINT PRIMARY KEY, progress BYTEA NOT NULL DEFAULT '',"
                       " first_submissions BYTEA NOT NULL DEFAULT '')"),
        // Recomputing a unit's row reads its own rows through the tables' indexes; duplicates
        // in `units` are taken once (an upsert may not touch a row twice), and the rows in unit
        // order, so two statements rolling up the same units lock them in the same order.
        QStringLiteral("CREATE FUNCTION cd_roll_up_progress(units BIGINT[]) RETURNS void LANGUAGE sql SECURITY DEFINER"
                       " SET search_path = @SCHEMA@, pg_temp AS $$"
                       " INSERT INTO unit_rollups (unit_id, progress)"
                       " SELECT x.u, coalesce((SELECT string_agg(%1, ''::bytea ORDER BY task_id) FROM task_progress WHERE unit_id = x.u), ''::bytea)"
                       " FROM (SELECT DISTINCT unnest(units) AS u) x ORDER BY x.u"
                       " ON CONFLICT (unit_id) DO UPDATE SET progress = excluded.progress $$").arg(kPackedProgress),
        QStringLiteral("CREATE FUNCTION cd_roll_up_submissions(units BIGINT[]) RETURNS void LANGUAGE sql SECURITY DEFINER"
                       " SET search_path = @SCHEMA@, pg_temp AS $$"
                       " INSERT INTO unit_rollups (unit_id, first_submissions)"
                       " SELECT x.u, coalesce((SELECT string_agg(%1, ''::bytea ORDER BY period_id) FROM (SELECT DISTINCT ON (period_id) period_id, submitted_at"
                       "  FROM reports WHERE unit_id = x.u AND submitted_at IS NOT NULL ORDER BY period_id, submitted_at) f), ''::bytea)"
                       " FROM (SELECT DISTINCT unnest(units) AS u) x ORDER BY x.u"
                       " ON CONFLICT (unit_id) DO UPDATE SET first_submissions = excluded.first_submissions $$").arg(kPackedSubmission),
        // Statement triggers with the statement's rows as `changed` (and an update's rows as they
        // were as `before`, should one move to another unit): a bulk load of thousands
        // recomputes each unit it touched once per statement, not once per row.
        QStringLiteral("CREATE FUNCTION cd_progress_changed() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER"
                       " SET search_path = @SCHEMA@, pg_temp AS $$ BEGIN"
                       " IF TG_OP = 'TRUNCATE' THEN UPDATE unit_rollups SET progress = ''::bytea;"
                       " ELSIF TG_OP = 'UPDATE' THEN PERFORM cd_roll_up_progress(ARRAY(SELECT unit_id FROM changed UNION SELECT unit_id FROM before));"
                       " ELSE PERFORM cd_roll_up_progress(ARRAY(SELECT unit_id FROM changed)); END IF;"
                       " RETURN NULL; END $$"),
        QStringLiteral("CREATE TRIGGER task_progress_rolled_up_insert AFTER INSERT ON task_progress REFERENCING NEW TABLE AS changed"
                       " FOR EACH STATEMENT EXECUTE FUNCTION cd_progress_changed()"),
        QStringLiteral("CREATE TRIGGER task_progress_rolled_up_update AFTER UPDATE ON task_progress REFERENCING OLD TABLE AS before NEW TABLE AS changed"
                       " FOR EACH STATEMENT EXECUTE FUNCTION cd_progress_changed()"),
        QStringLiteral("CREATE TRIGGER task_progress_rolled_up_delete AFTER DELETE ON task_progress REFERENCING OLD TABLE AS changed"
                       " FOR EACH STATEMENT EXECUTE FUNCTION cd_progress_changed()"),
        QStringLiteral("CREATE TRIGGER task_progress_rolled_up_truncate AFTER TRUNCATE ON task_progress"
                       " FOR EACH STATEMENT EXECUTE FUNCTION cd_progress_changed()"),
        // Reports: rows inserted or deleted with a submission; an update only where it changes
        // a submission's time (a row trigger with a condition: saving a draft or reviewing a
        // report, the usual updates, does not call it at all).
        // A draft saved (inserted without a submission) recomputes nothing.
        QStringLiteral("CREATE FUNCTION cd_submissions_changed() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER"
                       " SET search_path = @SCHEMA@, pg_temp AS $$ DECLARE units BIGINT[]; BEGIN"
                       " IF TG_OP = 'TRUNCATE' THEN UPDATE unit_rollups SET first_submissions = ''::bytea;"
                       " ELSIF TG_LEVEL = 'ROW' THEN PERFORM cd_roll_up_submissions(ARRAY[OLD.unit_id, NEW.unit_id]);"
                       " ELSE units := ARRAY(SELECT unit_id FROM changed WHERE submitted_at IS NOT NULL);"
                       "  IF cardinality(units) > 0 THEN PERFORM cd_roll_up_submissions(units); END IF;"
                       " END IF;"
                       " RETURN NULL; END $$"),
        QStringLiteral("CREATE TRIGGER reports_rolled_up_insert AFTER INSERT ON reports REFERENCING NEW TABLE AS changed"
                       " FOR EACH STATEMENT EXECUTE FUNCTION cd_submissions_changed()"),
        QStringLiteral("CREATE TRIGGER reports_rolled_up_delete AFTER DELETE ON reports REFERENCING OLD TABLE AS changed"
                       " FOR EACH STATEMENT EXECUTE FUNCTION cd_submissions_changed()"),
        QStringLiteral("CREATE TRIGGER reports_rolled_up_update AFTER UPDATE OF unit_id, period_id, submitted_at ON reports FOR EACH ROW"
                       " WHEN ((OLD.unit_id, OLD.period_id, OLD.submitted_at) IS DISTINCT FROM (NEW.unit_id, NEW.period_id, NEW.submitted_at))"
                       " EXECUTE FUNCTION cd_submissions_changed()"),
        QStringLiteral("CREATE TRIGGER reports_rolled_up_truncate AFTER TRUNCATE ON reports"
                       " FOR EACH STATEMENT EXECUTE FUNCTION cd_submissions_changed()"),
        // The rows already there.
        QStringLiteral("SELECT cd_roll_up_progress(ARRAY(SELECT DISTINCT unit_id FROM task_progress))"),
        QStringLiteral("SELECT cd_roll_up_submissions(ARRAY(SELECT DISTINCT unit_id FROM reports WHERE submitted_at IS NOT NULL))"),
        // Everyone reads, a unit its own row; only the triggers write.
        QStringLiteral("REVOKE ALL ON unit_rollups FROM PUBLIC"),
        QStringLiteral("REVOKE ALL ON FUNCTION cd_roll_up_progress(BIGINT[]), cd_roll_up_submissions(BIGINT[]), cd_progress_changed(),"
                       " cd_submissions_changed() FROM PUBLIC"),
        QStringLiteral("DO $$ BEGIN EXECUTE format('GRANT SELECT ON unit_rollups TO %I, %I, %I, %I', cd_group('admin'), cd_group('office'),"
                       " cd_group('unit'), cd_group('viewer')); END $$"),
        QStringLiteral("ALTER TABLE unit_rollups ENABLE ROW LEVEL SECURITY"),
        QStringLiteral("CREATE POLICY cd_own_unit ON unit_rollups USING ((SELECT cd_sees_all()) OR unit_id = (SELECT cd_account_unit()))"),
    };
    for (auto& statement : statements) statement.replace(QLatin1String("@SCHEMA@"), schema);
    return statements;
}

int ServerRollups::mismatches(Database& db)
{
    if (!db.isServer()) return 0;
    // The same packing as cd_roll_up_progress and cd_roll_up_submissions, over every unit at once.
    sql::Query q(db.sql());
    const bool ok = q.exec(QStringLiteral(
        "WITH progress AS (SELECT unit_id, string_agg(%1, ''::bytea ORDER BY task_id) AS packed FROM task_progress GROUP BY unit_id),"
        " firsts AS (SELECT unit_id, string_agg(%2, ''::bytea ORDER BY period_id) AS packed FROM (SELECT DISTINCT ON (unit_id, period_id)"
        "  unit_id, period_id, submitted_at FROM reports WHERE submitted_at IS NOT NULL ORDER BY unit_id, period_id, submitted_at) f GROUP BY unit_id)"
        " SELECT count(*) FROM (SELECT unit_id FROM progress UNION SELECT unit_id FROM firsts UNION SELECT unit_id FROM unit_rollups) u"
        " LEFT JOIN progress p USING (unit_id) LEFT JOIN firsts f USING (unit_id) LEFT JOIN unit_rollups r USING (unit_id)"
        " WHERE coalesce(p.packed, ''::bytea) IS DISTINCT FROM r.progress OR coalesce(f.packed, ''::bytea) IS DISTINCT FROM r.first_submissions").arg(kPackedProgress, kPackedSubmission));
    return ok && q.next() ? q.value(0).toInt() : -1;
}

} // namespace cd
