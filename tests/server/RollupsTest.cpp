// The units' rolled-up figures on a server (ServerRollups): whatever writes task_progress or
// reports, the row of each unit it touches is recomputed, and what the dashboard and scoring
// read from them is exactly what the tables hold.
#include "services/DemoService.h"
#include "storage/Database.h"
#include "storage/DashboardRepository.h"
#include "storage/ProgressRepository.h"
#include "storage/Query.h"
#include "storage/ServerRollups.h"

#include <QSqlError>
#include <map>
#include <set>
#include <tuple>

#include "OnServer.h"

using namespace cd;

namespace {

using Progress = std::map<std::pair<qint64, qint64>, std::pair<double, int>>;
using Firsts = std::set<std::tuple<qint64, qint64, std::string>>;

class Rollups : public OnServer
{
protected:
    void SetUp() override
    {
        OnServer::SetUp();
        if (IsSkipped() || HasFatalFailure()) return;
        auto demo = DemoService(ctx()).generate({8, 2020, 3, QDate(2020, 9, 20)});
        ASSERT_TRUE(demo) << demo.error().message.toStdString();
    }
    void exec(const QString& statement)
    {
        sql::Query q(db->sql());
        ASSERT_TRUE(q.exec(statement)) << statement.toStdString() << ": " << q.lastError().text().toStdString();
    }
    // From the tables themselves.
    Progress progressInTable()
    {
        Progress out;
        sql::Query q(db->sql());
        EXPECT_TRUE(q.exec(QStringLiteral("SELECT unit_id, task_id, accepted_sum, accepted_reports FROM task_progress")));
        while (q.next()) out[{q.value(0).toLongLong(), q.value(1).toLongLong()}] = {q.value(2).toDouble(), q.value(3).toInt()};
        return out;
    }
    Firsts firstsInTable()
    {
        Firsts out;
        sql::Query q(db->sql());
        EXPECT_TRUE(q.exec(QStringLiteral("SELECT period_id, unit_id, min(submitted_at) FROM reports WHERE submitted_at IS NOT NULL GROUP BY period_id, unit_id")));
        while (q.next()) out.insert({q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toString().left(10).toStdString()});
        return out;
    }
    // As the repositories read them: from the rolled-up rows.
    Progress progressRead()
    {
        Progress out;
        EXPECT_TRUE(ProgressRepository(*db).forEach([&](const ProgressRepository::Row& r) { out[{r.unitId, r.taskId}] = {r.acceptedSum, r.acceptedReports}; }));
        return out;
    }
    Firsts firstsRead()
    {
        Firsts out;
        DashboardRepository(*db).forEachFirstSubmission([&](qint64 period, qint64 unit, std::string_view day) { out.insert({period, unit, std::string(day)}); });
        return out;
    }
    void expectInStep(const char* after)
    {
        EXPECT_EQ(progressRead(), progressInTable()) << after;
        EXPECT_EQ(firstsRead(), firstsInTable()) << after;
        EXPECT_EQ(ServerRollups::mismatches(*db), 0) << after;
    }
};

} // namespace

TEST_F(Rollups, TheRepositoriesReadFromThemExactlyWhatTheTablesHold)
{
    const Progress progress = progressInTable();
    const Firsts firsts = firstsInTable();
    ASSERT_GT(progress.size(), 100u); // the demo gave every unit figures to roll up
    ASSERT_GT(firsts.size(), 40u);
    EXPECT_EQ(progressRead(), progress);
    EXPECT_EQ(firstsRead(), firsts);
    EXPECT_EQ(ServerRollups::mismatches(*db), 0);
    sql::Query q(db->sql());
    // One row for each unit with figures of either kind.
    ASSERT_TRUE(q.exec(QStringLiteral("SELECT (SELECT count(*) FROM unit_rollups), (SELECT count(*) FROM (SELECT unit_id FROM task_progress"
                                      " UNION SELECT unit_id FROM reports WHERE submitted_at IS NOT NULL) u)")) && q.next());
    EXPECT_EQ(q.value(0).toInt(), q.value(1).toInt());
    EXPECT_GE(q.value(0).toInt(), 6);
}

TEST_F(Rollups, EveryKindOfWriteKeepsThemInStep)
{
    // A sum with a fraction no decimal text would carry exactly.
    exec(QStringLiteral("UPDATE task_progress SET accepted_sum = accepted_sum + 1.0 / 3 WHERE (unit_id, task_id) = (SELECT unit_id, task_id FROM task_progress ORDER BY 1, 2 LIMIT 1)"));
    expectInStep("an update");
    exec(QStringLiteral("DELETE FROM task_progress WHERE unit_id = (SELECT min(unit_id) FROM task_progress) AND task_id = (SELECT max(task_id) FROM task_progress)"));
    expectInStep("a delete");
    exec(QStringLiteral("INSERT INTO units (name) VALUES ('市新设单位')"));
    exec(QStringLiteral("UPDATE task_progress SET unit_id = (SELECT id FROM units WHERE name = '市新设单位') WHERE unit_id = (SELECT min(unit_id) FROM task_progress)"
                        " AND task_id = (SELECT min(task_id) FROM task_progress WHERE unit_id = (SELECT min(unit_id) FROM task_progress))"));
    {
        sql::Query moved(db->sql());
        ASSERT_TRUE(moved.exec(QStringLiteral("SELECT count(*) FROM task_progress p JOIN units u ON u.id = p.unit_id WHERE u.name = '市新设单位'")) && moved.next());
        ASSERT_EQ(moved.value(0).toInt(), 1);
    }
    expectInStep("a row moved to another unit");
    ASSERT_TRUE(ProgressRepository(*db).rebuild());
    expectInStep("a rebuild");
    // An earlier submission time makes another report the first; a later version does not.
    exec(QStringLiteral("UPDATE reports SET submitted_at = '2019-12-31T08:00:00' WHERE id = (SELECT max(id) FROM reports WHERE submitted_at IS NOT NULL)"));
    expectInStep("a submission moved earlier");
    exec(QStringLiteral("INSERT INTO reports (unit_id, period_id, version, status, saved_at, submitted_at, submitted_by)"
                        " SELECT unit_id, period_id, version + 100, 'submitted', '2099-01-01', '2099-01-01T00:00:00', 'x' FROM reports WHERE submitted_at IS NOT NULL"));
    expectInStep("later versions of every report");
    exec(QStringLiteral("UPDATE reports SET summary = summary || '.' WHERE submitted_at IS NOT NULL"));
    expectInStep("an update not touching a submission");
    exec(QStringLiteral("DELETE FROM reports WHERE unit_id = (SELECT min(unit_id) FROM reports) AND version < 100"));
    expectInStep("a unit's first submissions deleted");
    exec(QStringLiteral("TRUNCATE task_progress"));
    expectInStep("task_progress emptied");
}

TEST_F(Rollups, CheckFindsARolledUpRowThatNoLongerMatches)
{
    // As the owner, past the triggers: what `check` exists to find.
    exec(QStringLiteral("UPDATE unit_rollups SET progress = substr(progress, 25) WHERE unit_id = (SELECT min(unit_id) FROM unit_rollups)"));
    EXPECT_EQ(ServerRollups::mismatches(*db), 1);
    exec(QStringLiteral("UPDATE unit_rollups SET first_submissions = '' WHERE unit_id = (SELECT max(unit_id) FROM unit_rollups)"));
    EXPECT_EQ(ServerRollups::mismatches(*db), 2);
    ASSERT_TRUE(ProgressRepository(*db).rebuild()); // recomputes every unit's progress, not its submissions
    EXPECT_EQ(ServerRollups::mismatches(*db), 1);
}
