// The database is the second wall: accounts are login roles, and what a unit's, a viewer's or
// the office's login may read and write is enforced by PostgreSQL itself. Tested from outside
// the program, with psql as each login, and through the program as each login.
#include "server/ServerAccess.h"
#include "storage/AuditChain.h"
#include "storage/AuditRepository.h"
#include "storage/Database.h"
#include "storage/Migrations.h"
#include "storage/Transaction.h"

#include <QSqlQuery>

namespace {

// Every table that belongs to one unit by its unit_id.
const QStringList kUnitTables{QStringLiteral("responsibilities"), QStringLiteral("plans"),         QStringLiteral("reports"),
                              QStringLiteral("inspection_visits"), QStringLiteral("problems"),     QStringLiteral("typical_cases"),
                              QStringLiteral("task_progress"),    QStringLiteral("assessment_entries"), QStringLiteral("unit_keys"),
                              QStringLiteral("package_imports"),  QStringLiteral("unit_rollups")};
// Rows of those rows: the unit each belongs to, through its parent.
const QList<std::pair<QString, QString>> kChildTables{
    {QStringLiteral("report_items"), QStringLiteral("(SELECT unit_id FROM reports p WHERE p.id = report_id)")},
    {QStringLiteral("report_attachments"), QStringLiteral("(SELECT unit_id FROM reports p WHERE p.id = report_id)")},
    {QStringLiteral("plan_items"), QStringLiteral("(SELECT unit_id FROM plans p WHERE p.id = plan_id)")},
    {QStringLiteral("problem_events"), QStringLiteral("(SELECT unit_id FROM problems p WHERE p.id = problem_id)")},
    {QStringLiteral("escalations"), QStringLiteral("(SELECT unit_id FROM problems p WHERE p.id = problem_id)")},
};


} // namespace

TEST_F(ServerAccess, AUnitLoginReadsOnlyItsOwnUnitsRowsFromPsql)
{
    ASSERT_NE(own, other);
    for (const QString& table : kUnitTables) {
        // The package signing keys are the office's alone, the unit's own included.
        const QString mine = table == QLatin1String("unit_keys") ? QStringLiteral("SELECT 0")
                                                                 : QStringLiteral("SELECT count(*) FROM %1 WHERE unit_id = %2").arg(table).arg(own);
        const qint64 all = scalar(QStringLiteral("SELECT count(*) FROM %1").arg(table)).toLongLong();
        const Psql seen = psql(unitLogin, QStringLiteral("SELECT count(*), count(*) FILTER (WHERE unit_id <> %2) FROM %1").arg(table).arg(own));
        ASSERT_EQ(seen.code, 0) << table.toStdString() << ": " << seen.err.toStdString();
        EXPECT_EQ(seen.out, QStringLiteral("%1|0").arg(scalar(mine).toLongLong())) << table.toStdString() << " (of " << all << " rows)";
    }
    // The demo gives every unit rows in these: the fence has something to keep out.
    for (const char* table : {"responsibilities", "reports", "problems", "task_progress"})
        EXPECT_GT(scalar(QStringLiteral("SELECT count(*) FROM %1 WHERE unit_id <> %2").arg(QLatin1String(table)).arg(own)).toLongLong(), 0) << table;
    for (const auto& [table, unit] : kChildTables) {
        const Psql seen = psql(unitLogin, QStringLiteral("SELECT count(*) FROM %1").arg(table));
        ASSERT_EQ(seen.code, 0) << table.toStdString() << ": " << seen.err.toStdString();
        EXPECT_EQ(seen.out.toLongLong(), scalar(QStringLiteral("SELECT count(*) FROM %1 WHERE %2 = %3").arg(table, unit).arg(own)).toLongLong()) << table.toStdString();
    }
    EXPECT_EQ(psql(unitLogin, QStringLiteral("SELECT string_agg(name, ',') FROM units")).out, ownName);
    EXPECT_EQ(psql(unitLogin, QStringLiteral("SELECT string_agg(login, ',') FROM users")).out, unitLogin);
    // Evidence: only the files its own reports link.
    EXPECT_EQ(psql(unitLogin, QStringLiteral("SELECT count(*) FROM attachments")).out.toLongLong(),
              scalar(QStringLiteral("SELECT count(DISTINCT attachment_id) FROM report_attachments ra JOIN reports r ON r.id = ra.report_id WHERE r.unit_id = %1").arg(own))
                  .toLongLong());
    // The audit record: only rows about its own unit's records.
    const Psql audit = psql(unitLogin, QStringLiteral("SELECT count(*), count(*) FILTER (WHERE coalesce(after_json, before_json, '') LIKE '%%\"unit_id\":%1,%%') FROM audit_log").arg(other));
    ASSERT_EQ(audit.code, 0) << audit.err.toStdString();
    EXPECT_TRUE(audit.out.endsWith(QStringLiteral("|0"))) << audit.out.toStdString();
    // Campaign-wide tables it needs are there whole.
    EXPECT_EQ(psql(unitLogin, QStringLiteral("SELECT count(*) FROM tasks")).out.toLongLong(), scalar(QStringLiteral("SELECT count(*) FROM tasks")).toLongLong());
}

TEST_F(ServerAccess, NoLoginWritesPastItsFenceFromPsqlAndTheDatabaseStaysAsItWas)
{
    const QString before = everything();
    const QString o = QString::number(other);
    const QString m = QString::number(own);
    // A unit: other units' rows are not there to change; what is not its work is not granted.
    for (const QString& table : kUnitTables) {
        const Psql r = psql(unitLogin, QStringLiteral("UPDATE %1 SET unit_id = unit_id WHERE unit_id = %2").arg(table, o));
        if (r.code == 0) EXPECT_EQ(r.out, QStringLiteral("UPDATE 0")) << table.toStdString(); // nothing of theirs is visible
        else EXPECT_TRUE(r.err.contains(QLatin1String("permission denied"))) << table.toStdString() << ": " << r.err.toStdString();
        const Psql d = psql(unitLogin, QStringLiteral("DELETE FROM %1 WHERE unit_id = %2 RETURNING 1").arg(table, o));
        if (d.code == 0) EXPECT_EQ(d.out, QStringLiteral("DELETE 0")) << table.toStdString();
        else EXPECT_TRUE(d.err.contains(QLatin1String("permission denied"))) << table.toStdString() << ": " << d.err.toStdString();
    }
    refused(unitLogin, QStringLiteral("INSERT INTO reports (unit_id, period_id, version, status, saved_at) SELECT %1, id, 99, 'draft', '2026-01-01' FROM periods LIMIT 1").arg(o),
            "only its own reports");
    refused(unitLogin, QStringLiteral("INSERT INTO plans (unit_id, period_id, version, submitted_at, submitted_by) SELECT %1, id, 99, 'x', 'x' FROM periods LIMIT 1").arg(o),
            "only its own plans");
    refused(unitLogin, QStringLiteral("UPDATE reports SET unit_id = %1 WHERE unit_id = %2").arg(o, m), "ERROR");
    ASSERT_GT(scalar(QStringLiteral("SELECT count(*) FROM reports WHERE unit_id = %1 AND status <> 'draft'").arg(m)).toInt(), 0);
    // A unit changes nothing in place (no UPDATE or DELETE: nor a LOCK TABLE they would allow).
    refused(unitLogin, QStringLiteral("UPDATE reports SET status = 'accepted', reviewed_by = 'me' WHERE unit_id = %1").arg(m), "permission denied");
    refused(unitLogin, QStringLiteral("INSERT INTO reports (unit_id, period_id, version, status, saved_at, reviewed_by) SELECT %1, id, 99, 'accepted', 'x', 'me' FROM periods LIMIT 1").arg(m),
            "does not review its own report");
    ASSERT_GT(scalar(QStringLiteral("SELECT count(*) FROM problems WHERE unit_id = %1").arg(m)).toInt(), 0);
    refused(unitLogin, QStringLiteral("UPDATE problems SET status = 'closed' WHERE unit_id = %1").arg(m), "permission denied");
    refused(unitLogin, QStringLiteral("UPDATE problems SET deadline = '2099-12-31', status = 'rectifying' WHERE unit_id = %1").arg(m), "permission denied");
    // A line the office closed is not reopened by its unit.
    const QString closed = scalar(QStringLiteral("SELECT min(id) FROM problems WHERE unit_id = %1").arg(m)).toString();
    const QString status = scalar(QStringLiteral("SELECT status FROM problems WHERE id = %1").arg(closed)).toString();
    superuserOn(QStringLiteral("UPDATE problems SET status = 'closed' WHERE id = %1").arg(closed));
    const QString beforeReopen = everything();
    refused(unitLogin, QStringLiteral("SELECT cd_move_problem(%1, 'closed', 'rectifying')").arg(closed), "changes nothing else");
    EXPECT_EQ(everything(), beforeReopen);
    superuserOn(QStringLiteral("UPDATE problems SET status = '%1' WHERE id = %2").arg(status, closed)); // as it was
    refused(unitLogin, QStringLiteral("INSERT INTO report_items (report_id, task_id, status) SELECT r.id, t.id, 'done' FROM reports r, tasks t WHERE r.unit_id = %1 AND r.status <> 'draft' LIMIT 1").arg(m),
            "only of its own drafts");
    refused(unitLogin, QStringLiteral("UPDATE units SET name = 'x'"), "permission denied");
    refused(unitLogin, QStringLiteral("UPDATE users SET role = 'admin'"), "permission denied");
    refused(unitLogin, QStringLiteral("INSERT INTO users (login, role, password_hash) VALUES ('x', 'admin', '')"), "permission denied");
    refused(unitLogin, QStringLiteral("DELETE FROM problems"), "permission denied");
    refused(unitLogin, QStringLiteral("INSERT INTO audit_log (at, actor, action, entity) VALUES ('x', 'someone_else', 'x', 'x')"), "names the record it changed");
    refused(unitLogin, QStringLiteral("SET ROLE %1_admin").arg(name), "permission denied");
    refused(unitLogin, QStringLiteral("CREATE TEMP TABLE users (login TEXT)"), "permission denied");
    // A viewer reads everything and writes nothing.
    EXPECT_EQ(psql(viewerLogin, QStringLiteral("SELECT count(*) FROM reports")).out.toLongLong(), scalar(QStringLiteral("SELECT count(*) FROM reports")).toLongLong());
    refused(viewerLogin, QStringLiteral("UPDATE reports SET summary = 'x'"), "permission denied");
    refused(viewerLogin, QStringLiteral("INSERT INTO units (name) VALUES ('x')"), "permission denied");
    refused(viewerLogin, QStringLiteral("DELETE FROM problems"), "permission denied");
    EXPECT_EQ(psql(viewerLogin, QStringLiteral("SELECT count(*) FROM audit_log")).out, QStringLiteral("0")); // a leader reads none of it
    // Nobody rewrites the record, the office and the owner included.
    refused(officeLogin, QStringLiteral("DELETE FROM audit_log"), "permission denied");
    refused(officeLogin, QStringLiteral("UPDATE audit_log SET actor = 'x'"), "permission denied");
    refused(officeLogin, QStringLiteral("UPDATE users SET role = 'admin'"), "permission denied");
    // The units' rolled-up figures are the triggers' to write, nobody's by hand.
    refused(officeLogin, QStringLiteral("UPDATE unit_rollups SET progress = ''"), "permission denied");
    refused(officeLogin, QStringLiteral("SELECT cd_roll_up_progress(ARRAY[%1::bigint])").arg(m), "permission denied");
    refused(name, QStringLiteral("DELETE FROM audit_log"), "append-only");
    refused(name, QStringLiteral("UPDATE audit_log SET actor = 'x'"), "append-only");
    refused(name, QStringLiteral("TRUNCATE audit_log CASCADE"), "append-only");
    // A login of the server without an account here does not even get in.
    server.run(QStringLiteral("CREATE ROLE stranger_%1 LOGIN").arg(suffix));
    refused(QStringLiteral("stranger_") + suffix, QStringLiteral("SELECT 1"), "permission denied for database");
    server.run(QStringLiteral("DROP ROLE stranger_%1").arg(suffix));
    EXPECT_EQ(everything(), before);
}

TEST_F(ServerAccess, EachLoginWorksThroughTheProgramAsItsAccount)
{
    // The unit's secretary: its own unit only, and its own work.
    extraEnv.insert(QStringLiteral("PGPASSWORD"), kPassword);
    CliRun r = runOn(as(unitLogin), {QStringLiteral("units"), QStringLiteral("list"), QStringLiteral("--format"), QStringLiteral("csv")});
    ASSERT_EQ(r.code, 0) << r.err.toStdString();
    EXPECT_TRUE(r.out.contains(ownName));
    EXPECT_FALSE(r.out.contains(otherName));
    r = runOn(as(unitLogin), {QStringLiteral("units"), QStringLiteral("import"), cd::test::sharedFile(QStringLiteral("fixtures/city-units.csv"))});
    EXPECT_EQ(r.code, 1);
    // Its reply to a problem line of its own goes through; another unit's is not even found.
    const QString mine = scalar(QStringLiteral("SELECT coalesce(min(id), 0) FROM problems WHERE unit_id = %1 AND status = 'open'").arg(own)).toString();
    const QString theirs = scalar(QStringLiteral("SELECT min(id) FROM problems WHERE unit_id = %1").arg(other)).toString();
    if (mine != QStringLiteral("0")) {
        r = runOn(as(unitLogin), {QStringLiteral("problem"), QStringLiteral("transition"), mine, QStringLiteral("--to"), QStringLiteral("rectifying")});
        EXPECT_EQ(r.code, 0) << r.err.toStdString();
        EXPECT_EQ(scalar(QStringLiteral("SELECT status FROM problems WHERE id = %1").arg(mine)).toString(), QStringLiteral("rectifying"));
    }
    const QString theirStatus = scalar(QStringLiteral("SELECT status FROM problems WHERE id = %1").arg(theirs)).toString();
    r = runOn(as(unitLogin), {QStringLiteral("problem"), QStringLiteral("transition"), theirs, QStringLiteral("--to"), QStringLiteral("pending_verification")});
    EXPECT_EQ(r.code, 1);
    EXPECT_EQ(scalar(QStringLiteral("SELECT status FROM problems WHERE id = %1").arg(theirs)).toString(), theirStatus);
    // A report with evidence another unit stored first: the file is found, not shown.
    QTemporaryDir dir;
    cd::test::writeFile(dir.filePath(QStringLiteral("minutes.pdf")), "%PDF-1.4 the same minutes");
    const QString file = dir.filePath(QStringLiteral("r.json"));
    cd::test::writeFile(file, R"({"summary": "十一月开展中心组学习", "items": [{"task": "S2", "progress": 1, "status": "done",
                         "done": "学习党章", "problems": "", "next": "继续"}], "attachments": ["minutes.pdf"]})");
    r = run({QStringLiteral("report"), QStringLiteral("submit"), QStringLiteral("--unit"), otherName, QStringLiteral("--period"), QStringLiteral("2026-11"),
             QStringLiteral("--file"), file});
    ASSERT_EQ(r.code, 0) << r.err.toStdString();
    r = runOn(as(unitLogin), {QStringLiteral("report"), QStringLiteral("submit"), QStringLiteral("--unit"), ownName, QStringLiteral("--period"),
                              QStringLiteral("2026-11"), QStringLiteral("--file"), file});
    ASSERT_EQ(r.code, 0) << r.err.toStdString();
    EXPECT_EQ(scalar(QStringLiteral("SELECT count(*) FROM attachments WHERE data = convert_to('%PDF-1.4 the same minutes', 'UTF8')")).toInt(), 1);
    EXPECT_EQ(scalar(QStringLiteral("SELECT actor FROM audit_log WHERE action = 'report.submit' ORDER BY id DESC LIMIT 1")).toString(), unitLogin);
    r = runOn(as(unitLogin), {QStringLiteral("report"), QStringLiteral("list"), QStringLiteral("--format"), QStringLiteral("csv")});
    ASSERT_EQ(r.code, 0) << r.err.toStdString();
    EXPECT_FALSE(r.out.contains(otherName));
    // Reviewing is not its work: refused by the program before the server.
    r = runOn(as(unitLogin), {QStringLiteral("report"), QStringLiteral("review"), QStringLiteral("--unit"), ownName, QStringLiteral("--period"),
                              QStringLiteral("2026-11"), QStringLiteral("--accept")});
    EXPECT_EQ(r.code, 1);
    // The office reviews; the viewer reads and cannot write.
    extraEnv.remove(QStringLiteral("PGPASSWORD"));
    r = runOn(as(officeLogin), {QStringLiteral("report"), QStringLiteral("review"), QStringLiteral("--unit"), ownName, QStringLiteral("--period"),
                                QStringLiteral("2026-11"), QStringLiteral("--accept")});
    EXPECT_EQ(r.code, 0) << r.err.toStdString();
    // The server's rolled-up figures followed the unit's submission and the office's
    // acceptance, each written by its own login through the triggers.
    r = run({QStringLiteral("check")});
    EXPECT_EQ(r.code, 0) << r.err.toStdString();
    r = runOn(as(viewerLogin), {QStringLiteral("report"), QStringLiteral("list"), QStringLiteral("--format"), QStringLiteral("csv")});
    EXPECT_EQ(r.code, 0) << r.err.toStdString();
    EXPECT_TRUE(r.out.contains(otherName));
    r = runOn(as(viewerLogin), {QStringLiteral("problem"), QStringLiteral("add"), QStringLiteral("--unit"), ownName, QStringLiteral("--pillar"), QStringLiteral("study"),
                                QStringLiteral("--text"), QStringLiteral("x"), QStringLiteral("--deadline"), QStringLiteral("2026-12-31")});
    EXPECT_EQ(r.code, 1);
    // A disabled account no longer reaches the campaign.
    ASSERT_EQ(run({QStringLiteral("users"), QStringLiteral("disable"), viewerLogin}).code, 0);
    r = runOn(as(viewerLogin), {QStringLiteral("report"), QStringLiteral("list")});
    EXPECT_EQ(r.code, 1);
    EXPECT_EQ(r.err.count(QLatin1Char('\n')), 1) << r.err.toStdString();
}

TEST_F(ServerAccess, ASuperuserIsRefusedAndTheOwnerIsTheFirstAdministrator)
{
    const CliRun r = runOn(server.addressAs(QStringLiteral("postgres"), name), {QStringLiteral("units"), QStringLiteral("list")});
    EXPECT_EQ(r.code, 1);
    EXPECT_TRUE(r.err.contains(QStringLiteral("postgres is a superuser"))) << r.err.toStdString();
    const CliRun users = run({QStringLiteral("users"), QStringLiteral("list"), QStringLiteral("--format"), QStringLiteral("csv")});
    ASSERT_EQ(users.code, 0) << users.err.toStdString();
    EXPECT_TRUE(users.out.contains(unitLogin));
    // Accounts are login roles: no password hash is kept in the campaign.
    EXPECT_EQ(scalar(QStringLiteral("SELECT count(*) FROM users WHERE password_hash <> ''")).toInt(), 0);
    EXPECT_EQ(scalar(QStringLiteral("SELECT count(*) FROM pg_auth_members m JOIN pg_roles g ON g.oid = m.roleid JOIN pg_roles l ON l.oid = m.member"
                                    " WHERE g.rolname = '%1_unit' AND l.rolname = '%2'")
                         .arg(name, unitLogin))
                  .toInt(),
              1);
    EXPECT_TRUE(scalar(QStringLiteral("SELECT rolpassword LIKE 'SCRAM-SHA-256$%' FROM pg_authid WHERE rolname = '%1'").arg(unitLogin)).toBool());
}

// An owner without CREATEROLE is told what it lacks, once when setting up the campaign and
// once when adding an account; with the groups made beforehand it sets the campaign up.
TEST(ServerSetup, AnOwnerWithoutCreateRoleIsToldWhatItLacks)
{
    ThrowawayServer server;
    if (!server.available()) GTEST_SKIP() << "run through ctest, which starts the throwaway server (CD_PG_DIR)";
    const QString name = QStringLiteral("t_") + QUuid::createUuid().toString(QUuid::Id128);
    server.run(QStringLiteral("CREATE ROLE %1 LOGIN").arg(name));
    server.run(QStringLiteral("CREATE DATABASE %1 OWNER %1").arg(name));
    const auto cli = [&](const QStringList& args) {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
        env.insert(QStringLiteral("CAMPAIGNDESK_NEW_PASSWORD"), QStringLiteral("Unit-Pass-2026"));
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(CD_CLI_PATH), QStringList{QStringLiteral("--db"), server.address(name)} + args);
        p.waitForFinished(60000);
        return std::pair{p.exitCode(), QString::fromUtf8(p.readAllStandardError())};
    };
    auto [code, err] = cli({QStringLiteral("init"), QStringLiteral("--year"), QStringLiteral("2026")});
    EXPECT_EQ(code, 1);
    EXPECT_TRUE(err.contains(QStringLiteral("needs CREATEROLE")) && err.contains(name + QStringLiteral("_viewer"))) << err.toStdString();
    EXPECT_EQ(err.count(QLatin1Char('\n')), 1) << err.toStdString();
    // The server's administrator makes the groups: the campaign is set up.
    for (const char* kind : {"admin", "office", "unit", "viewer"}) server.run(QStringLiteral("CREATE ROLE %1_%2 NOLOGIN").arg(name, QLatin1String(kind)));
    std::tie(code, err) = cli({QStringLiteral("init"), QStringLiteral("--year"), QStringLiteral("2026")});
    EXPECT_EQ(code, 0) << err.toStdString();
    std::tie(code, err) = cli({QStringLiteral("users"), QStringLiteral("add"), QStringLiteral("nobody_") + name.right(8), QStringLiteral("--role"), QStringLiteral("viewer")});
    EXPECT_EQ(code, 1);
    EXPECT_TRUE(err.contains(QStringLiteral("needs CREATEROLE"))) << err.toStdString();
    server.dropDatabase(name);
}

TEST_F(ServerAccess, AnOfficeLoginWritesThousandsOfRowsWhereRowLevelSecurityRefusesCopy)
{
    // The server refuses COPY into a table whose row-level security applies to the login; an
    // import by the office's own account (not the tables' owner) must still write its batch.
    auto opened = cd::Database::connect(server.addressAs(officeLogin, name));
    ASSERT_TRUE(opened) << opened.error().message.toStdString();
    cd::Database& db = **opened;
    EXPECT_FALSE(db.maySendByCopy(QStringLiteral("audit_log")));
    const qint64 before = scalar(QStringLiteral("SELECT count(*) FROM audit_log")).toLongLong();
    QList<cd::AuditEntry> entries;
    for (int i = 0; i < 6001; ++i)
        entries.append({0, QDateTime(QDate(2026, 5, 1), QTime(9, 0)), officeLogin, QStringLiteral("package.import"), QStringLiteral("unit"), own, {},
                        QStringLiteral("{\"n\":%1}").arg(i), false, {}});
    {
        cd::Transaction tx(db);
        ASSERT_TRUE(tx.ok());
        const auto written = cd::AuditRepository(db).insertMany(entries);
        ASSERT_TRUE(written) << written.error().message.toStdString();
        ASSERT_TRUE(tx.commit());
    }
    EXPECT_EQ(scalar(QStringLiteral("SELECT count(*) FROM audit_log")).toLongLong(), before + 6001);
    EXPECT_EQ(scalar(QStringLiteral("SELECT after_json FROM audit_log ORDER BY id DESC LIMIT 1")).toString(), QStringLiteral("{\"n\":6000}"));
    const auto verdict = cd::AuditChain::verify(db);
    ASSERT_TRUE(verdict);
    EXPECT_EQ(verdict->firstBad, 0);
}
