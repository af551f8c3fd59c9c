// The services on the server engine: each test its own new database on the throwaway server,
// reached through Database::connect as a person would, by address.
#include "services/CampaignService.h"
#include "services/ReportService.h"
#include "services/ResponsibilityService.h"
#include "services/SupervisionService.h"
#include "services/UnitService.h"
#include "storage/AuditChain.h"
#include "storage/AuditRepository.h"
#include "storage/Database.h"
#include "storage/Migrations.h"
#include "storage/Transaction.h"

#include <QDeadlineTimer>
#include <QProcess>
#include <QSqlQuery>
#include <QThread>

#include "OnServer.h"

using namespace cd;

TEST_F(OnServer, ANewDatabaseGetsTheSchemaAndRefusesBadAddresses)
{
    EXPECT_TRUE(db->isServer());
    EXPECT_EQ(db->schemaVersion(), Migrations::kLatest);
    EXPECT_EQ(db->path(), name + QStringLiteral("@localhost/") + name); // what people see of the address
    auto missing = Database::connect(server.addressAs(name, QStringLiteral("no_such_database")));
    ASSERT_FALSE(missing);
    EXPECT_TRUE(missing.error().message.contains(QStringLiteral("no_such_database"))) << missing.error().message.toStdString();
    auto withPassword = Database::connect(QStringLiteral("postgresql://postgres:secret@localhost/x"));
    ASSERT_FALSE(withPassword);
    EXPECT_FALSE(withPassword.error().message.contains(QStringLiteral("secret")));
    EXPECT_FALSE(Database::connect(QStringLiteral("postgresql://localhost")));
}

TEST_F(OnServer, TheCampaignUnitsResponsibilitiesReportsAndLedgerWork)
{
    auto campaign = CampaignService(ctx()).createFromTemplate(2020);
    ASSERT_TRUE(campaign) << campaign.error().message.toStdString();
    QList<qint64> units;
    for (const char* n : {"市教育局", "市财政局", "市档案馆"}) {
        Unit u;
        u.name = QString::fromUtf8(n);
        u.phone = QStringLiteral("8888");
        auto id = UnitService(ctx()).add(u);
        ASSERT_TRUE(id) << id.error().message.toStdString();
        units << *id;
    }
    EXPECT_EQ(UnitService(ctx()).list().size(), 3);
    ASSERT_TRUE(UnitService(ctx()).setActive(units[2], false));
    EXPECT_FALSE(UnitService(ctx()).byName(QStringLiteral("市档案馆"))->active);
    Unit again;
    again.name = QStringLiteral("市教育局");
    EXPECT_FALSE(UnitService(ctx()).add(again)); // the same name twice

    const auto tasks = CampaignService(ctx()).tasks(campaign->id);
    ASSERT_FALSE(tasks.isEmpty());
    Responsibility r;
    r.unitId = units[0];
    r.taskId = tasks.first().id;
    r.level = ResponsibilityLevel::Specific;
    r.person = QStringLiteral("张三");
    r.target = 2.5;
    auto rid = ResponsibilityService(ctx()).save(r);
    ASSERT_TRUE(rid) << rid.error().message.toStdString();
    EXPECT_DOUBLE_EQ(ResponsibilityService(ctx()).forUnit(units[0]).first().target, 2.5);

    ReportService reports(ctx());
    auto draft = reports.editable(units[0], QStringLiteral("2020-03"));
    ASSERT_TRUE(draft) << draft.error().message.toStdString();
    ReportDraft d{units[0], QStringLiteral("2020-03"), QStringLiteral("三月开展中心组学习"), draft->items, {}, {{QStringLiteral("会议记录.pdf"), "%PDF-1.4"}}, {}, {}};
    auto submitted = reports.submitReport(d);
    ASSERT_TRUE(submitted) << submitted.error().message.toStdString();
    ASSERT_TRUE(reports.review(units[0], QStringLiteral("2020-03"), true, {}));
    EXPECT_EQ(reports.latest(units[0], QStringLiteral("2020-03"))->status, ReportStatus::Accepted);
    EXPECT_EQ(reports.latest(units[0], QStringLiteral("2020-03"))->attachments.size(), 1);

    SupervisionService office(ctx());
    Problem p;
    p.unitId = units[1];
    p.pillar = Pillar::Party;
    p.description = QStringLiteral("三会一课记录不全");
    p.raisedOn = QDate(2020, 4, 1);
    p.deadline = QDate(2020, 5, 1);
    auto pid = office.addProblem(p);
    ASSERT_TRUE(pid) << pid.error().message.toStdString();
    EXPECT_EQ(office.problems({}).size(), 1);
    EXPECT_GT(AuditRepository(*db).count(), 5);
}

// A transaction the server gives up to let another go first (a deadlock, a serialization
// failure) is run again whole, a few times at most; nothing of a given-up attempt stays, and
// other failures are not repeated. The server is made to give up the next N audit rows.
TEST_F(OnServer, ATransactionTheServerGivesUpIsRepeatedWholeAFewTimesAtMost)
{
    const auto unit = campaignWithOneUnit();
    ASSERT_TRUE(unit);
    server.run(QStringLiteral("CREATE TABLE give_up (remaining INTEGER NOT NULL, code TEXT NOT NULL)"), name);
    server.run(QStringLiteral("CREATE SEQUENCE give_up_seq"), name);
    server.run(QStringLiteral("CREATE FUNCTION give_up() RETURNS trigger LANGUAGE plpgsql AS $$ DECLARE c TEXT; BEGIN"
                              " IF nextval('give_up_seq') <= (SELECT remaining FROM give_up) THEN"
                              "  SELECT code INTO c FROM give_up; RAISE EXCEPTION 'given up' USING ERRCODE = c; END IF;"
                              " RETURN NEW; END $$"),
               name);
    server.run(QStringLiteral("CREATE TRIGGER aa_give_up BEFORE INSERT ON audit_log FOR EACH ROW EXECUTE FUNCTION give_up()"), name);
    server.run(QStringLiteral("GRANT ALL ON give_up, give_up_seq TO %1").arg(name), name);
    const auto giveUp = [&](int times, const char* code) {
        server.run(QStringLiteral("DELETE FROM give_up; INSERT INTO give_up VALUES (%1, '%2'); ALTER SEQUENCE give_up_seq RESTART").arg(times).arg(QLatin1String(code)), name);
    };
    const auto problems = [&] {
        QSqlQuery q(db->sql());
        return q.exec(QStringLiteral("SELECT count(*) FROM problems")) && q.next() ? q.value(0).toInt() : -1;
    };
    const auto add = [&] {
        Problem p;
        p.unitId = *unit;
        p.pillar = Pillar::Study;
        p.description = QStringLiteral("学习记录不全");
        p.raisedOn = QDate(2020, 4, 1);
        p.deadline = QDate(2020, 6, 30);
        return SupervisionService(ctx()).addProblem(p);
    };
    // Twice a deadlock, then through: one line, one audit row.
    giveUp(2, "40P01");
    const qint64 audited = AuditRepository(*db).count();
    qint64 repeated = retry::repeated();
    auto first = add();
    ASSERT_TRUE(first) << first.error().message.toStdString();
    EXPECT_EQ(retry::repeated() - repeated, 2);
    EXPECT_EQ(problems(), 1);
    EXPECT_EQ(AuditRepository(*db).count(), audited + 1); // the line's, and nothing of the given-up attempts
    // Serialization failures every time: given up after kAttempts, with a sentence, nothing written.
    giveUp(100, "40001");
    repeated = retry::repeated();
    auto second = add();
    ASSERT_FALSE(second);
    EXPECT_EQ(retry::repeated() - repeated, retry::kAttempts - 1);
    EXPECT_TRUE(second.error().message.contains(QStringLiteral("busy with other people's changes"))) << second.error().message.toStdString();
    EXPECT_EQ(problems(), 1);
    EXPECT_EQ(AuditRepository(*db).count(), audited + 1);
    // Any other failure is not repeated.
    giveUp(1, "23505");
    repeated = retry::repeated();
    EXPECT_FALSE(add());
    EXPECT_EQ(retry::repeated(), repeated);
    EXPECT_EQ(problems(), 1);
}

// The connection drops after the server committed a submission but before the client heard:
// sent again with its request key after reconnecting, it is recognised, not stored twice.
TEST_F(OnServer, ASubmissionSentAgainAfterADroppedConnectionIsStoredOnce)
{
    const auto unit = campaignWithOneUnit();
    ASSERT_TRUE(unit);
    ReportService reports(ctx());
    auto base = reports.editable(*unit, QStringLiteral("2020-03"));
    ASSERT_TRUE(base);
    ReportDraft d{*unit, QStringLiteral("2020-03"), QStringLiteral("三月开展中心组学习"), base->items, {}, {{QStringLiteral("会议记录.pdf"), "%PDF-1.4 minutes"}},
                  QStringLiteral("3f2a-march-once"), {}};
    auto first = reports.submitReport(d);
    ASSERT_TRUE(first) << first.error().message.toStdString();
    // The answer never arrives: the session is ended, and the client only sees a failure.
    server.run(QStringLiteral("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '%1' AND usename = '%1'").arg(name));
    auto lost = reports.submitReport(d);
    ASSERT_FALSE(lost);
    EXPECT_TRUE(db->connectionLost());
    ASSERT_TRUE(db->reconnect());
    auto again = reports.submitReport(d);
    ASSERT_TRUE(again) << again.error().message.toStdString();
    EXPECT_EQ(*again, *first);
    QSqlQuery q(db->sql());
    ASSERT_TRUE(q.exec(QStringLiteral("SELECT count(*), max(version) FROM reports")) && q.next());
    EXPECT_EQ(q.value(0).toInt(), 1);
    EXPECT_EQ(q.value(1).toInt(), 1);
    ASSERT_TRUE(q.exec(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'report.submit'")) && q.next());
    EXPECT_EQ(q.value(0).toInt(), 1);
}

TEST_F(OnServer, ManyAuditRowsLinkedAtOnceAndARowFromAnotherConnectionMakeOneUnbrokenChain)
{
    ASSERT_TRUE(campaignWithOneUnit());
    QList<AuditEntry> entries;
    for (int i = 0; i < 300; ++i)
        entries.append({0, clock.now(), QStringLiteral("local-admin"), QStringLiteral("package.import"), QStringLiteral("report"), i + 1,
                        QString(), QStringLiteral("{\"n\":%1}").arg(i), false, QString()});
    Transaction tx(*db);
    ASSERT_TRUE(tx.ok());
    auto written = AuditRepository(*db).insertMany(entries);
    ASSERT_TRUE(written) << written.error().message.toStdString();
    // Meanwhile another connection writes a row of its own, linked by the server's trigger.
    QProcess other;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    other.setProcessEnvironment(env);
    other.start(QStringLiteral(CD_CLI_PATH), {QStringLiteral("--db"), server.address(name), QStringLiteral("--as-of"), QStringLiteral("2020-04-10"),
                                              QStringLiteral("problem"), QStringLiteral("add"),
                                              QStringLiteral("--unit"), QStringLiteral("市教育局"), QStringLiteral("--pillar"), QStringLiteral("study"),
                                              QStringLiteral("--text"), QStringLiteral("学习记录不全"), QStringLiteral("--deadline"), QStringLiteral("2020-06-30")});
    // It waits for the chain's lock, which this transaction holds until it commits.
    QSqlQuery waiting(db->sql());
    bool blocked = false;
    for (QDeadlineTimer deadline(30000); !blocked && !deadline.hasExpired(); QThread::msleep(20))
        blocked = waiting.exec(QStringLiteral("SELECT count(*) FROM pg_locks WHERE NOT granted")) && waiting.next() &&
                  waiting.value(0).toInt() > 0;
    EXPECT_TRUE(blocked) << "the other connection did not wait for the chain's lock";
    ASSERT_TRUE(tx.commit());
    ASSERT_TRUE(other.waitForFinished(60000));
    EXPECT_EQ(other.exitCode(), 0) << other.readAllStandardError().toStdString();
    // One chain: the 300 rows in order, then the other connection's, each linked to the one before.
    auto verdict = AuditChain::verify(*db);
    ASSERT_TRUE(verdict) << verdict.error().message.toStdString();
    EXPECT_EQ(verdict->firstBad, 0);
    QSqlQuery q(db->sql());
    ASSERT_TRUE(q.exec(QStringLiteral("SELECT action FROM audit_log ORDER BY id DESC LIMIT 1")) && q.next());
    EXPECT_EQ(q.value(0).toString(), QStringLiteral("problem.create"));
    ASSERT_TRUE(q.exec(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'package.import'")) && q.next());
    EXPECT_EQ(q.value(0).toInt(), 300);
    // Numbered by their places in the chain, without a gap.
    ASSERT_TRUE(q.exec(QStringLiteral("SELECT count(*), min(id), max(id) FROM audit_log")) && q.next());
    EXPECT_EQ(q.value(1).toLongLong(), 1);
    EXPECT_EQ(q.value(2).toLongLong(), q.value(0).toLongLong());
}
