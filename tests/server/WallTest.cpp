// The wall, attacked: what a unit's secretary or a leader could try from psql with the
// password the office gave them. Each attack went through against schema v13; against the
// current schema each one is refused, or leaves nothing but what the program itself would
// have written, audited in that login's name at the server's clock.
#include "server/ServerAccess.h"

#include <QCryptographicHash>
#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QFile>

namespace {

class Wall : public ServerAccess
{
protected:
    void SetUp() override
    {
        ServerAccess::SetUp();
        if (IsSkipped() || HasFatalFailure()) return;
        // A period the unit has not reported on yet, begun by the server's clock.
        fresh = scalar(QStringLiteral("SELECT coalesce(max(p.id), 0) FROM periods p WHERE p.kind = 'month' AND p.start_date <= to_char(now(), 'YYYY-MM-DD')"
                                      " AND NOT EXISTS (SELECT 1 FROM reports r WHERE r.period_id = p.id AND r.unit_id = %1)")
                           .arg(own))
                    .toLongLong();
    }
    qint64 count(const QString& sql) { return scalar(sql).toLongLong(); }
    // What the unit's login gets from psql; refusals are fine, anything else is checked.
    Psql unit(const QString& sql) { return psql(unitLogin, sql); }

    qint64 fresh = 0;
};

// psql as a login, kept open on a transaction that holds what `statements` took, until closed.
class HeldSession
{
public:
    HeldSession(ThrowawayServer& server, const QString& database, const QString& login, const QString& password, const QString& statements)
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("PGPASSWORD"), password);
        env.insert(QStringLiteral("LC_MESSAGES"), QStringLiteral("C"));
        m_p.setProcessEnvironment(env);
        m_p.start(QStringLiteral("/usr/lib/postgresql/15/bin/psql"),
                  {QStringLiteral("-X"), QStringLiteral("-At"), QStringLiteral("-h"), server.socket(), QStringLiteral("-p"), QString::number(server.port()),
                   QStringLiteral("-U"), login, QStringLiteral("-d"), database});
        m_p.waitForStarted(30000);
        m_p.write((QStringLiteral("BEGIN;\n") + statements + QStringLiteral("\nSELECT 'held';\n")).toUtf8());
        // Until the session says it holds what it took (or gave up trying).
        while (!m_out.contains("held") && m_p.state() == QProcess::Running && m_p.waitForReadyRead(30000)) m_out += m_p.readAllStandardOutput();
    }
    ~HeldSession() { close(); }
    bool holding() const { return m_out.contains("held"); }
    QString output() { return QString::fromUtf8(m_out + m_p.readAllStandardOutput() + m_p.readAllStandardError()); }
    // Ends the transaction with COMMIT; output() then holds psql's answer.
    void commit()
    {
        m_p.write("COMMIT;\n\\q\n");
        m_p.closeWriteChannel();
        if (!m_p.waitForFinished(30000)) m_p.kill();
    }
    void close()
    {
        if (m_p.state() == QProcess::NotRunning) return;
        m_p.write("ROLLBACK;\n\\q\n");
        m_p.closeWriteChannel();
        if (!m_p.waitForFinished(30000)) m_p.kill();
    }

private:
    QProcess m_p;
    QByteArray m_out;
};

QString sha256Hex(const QByteArray& data) { return QString::fromLatin1(QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex()); }

} // namespace

// 1. Linking other units' files to a draft of its own, to read their bytes.
TEST_F(Wall, AUnitCannotReadAnotherUnitsEvidenceByLinkingItToADraft)
{
    ASSERT_GT(fresh, 0);
    const QString theirs = scalar(QStringLiteral("SELECT string_agg(DISTINCT ra.attachment_id::text, ',') FROM report_attachments ra JOIN reports r ON r.id = ra.report_id"
                                                 " WHERE r.unit_id <> %1 AND ra.attachment_id NOT IN (SELECT ra2.attachment_id FROM report_attachments ra2"
                                                 " JOIN reports r2 ON r2.id = ra2.report_id WHERE r2.unit_id = %1)")
                                      .arg(own))
                               .toString();
    ASSERT_FALSE(theirs.isEmpty()) << "the demo gives other units evidence of their own";
    const QString before = everything();
    const Psql r = unit(QStringLiteral("INSERT INTO reports (unit_id, period_id, version, status, summary, saved_at) VALUES (%1, %2, 1, 'draft', 'x', '2026-01-01');"
                                       " INSERT INTO report_attachments (report_id, attachment_id, name) SELECT (SELECT max(id) FROM reports WHERE unit_id = %1), g, 'x'"
                                       " FROM unnest('{%3}'::bigint[]) g;"
                                       " SELECT count(*) FROM attachments WHERE id = ANY('{%3}'::bigint[])")
                            .arg(own)
                            .arg(fresh)
                            .arg(theirs));
    EXPECT_NE(r.code, 0) << "read " << r.out.toStdString() << " of another unit's files";
    EXPECT_TRUE(r.err.contains(QLatin1String("links only evidence"))) << r.err.toStdString();
    EXPECT_EQ(everything(), before);
}

// 2. Forging the bytes behind another unit's digest, an oversized file, a digest that is none.
TEST_F(Wall, EvidenceIsStoredOnlyUnderTheDigestOfItsOwnBytesAndNeverReplaced)
{
    const QString digest = scalar(QStringLiteral("SELECT a.sha256 FROM attachments a JOIN report_attachments ra ON ra.attachment_id = a.id JOIN reports r ON r.id = ra.report_id"
                                                 " WHERE r.unit_id <> %1 LIMIT 1")
                                      .arg(own))
                               .toString();
    ASSERT_EQ(digest.size(), 64);
    const QString before = everything();
    Psql r = unit(QStringLiteral("SELECT cd_store_attachment('%1', 999, convert_to('FORGED', 'UTF8'))").arg(digest));
    EXPECT_NE(r.code, 0) << r.out.toStdString();
    EXPECT_TRUE(r.err.contains(QLatin1String("digest"))) << r.err.toStdString();
    r = unit(QStringLiteral("SELECT cd_store_attachment('not-a-digest', 6, convert_to('FORGED', 'UTF8'))"));
    EXPECT_NE(r.code, 0) << r.out.toStdString();
    // 21 MB where the limit is 20: refused, whatever digest it comes with.
    r = unit(QStringLiteral("SELECT cd_store_attachment(encode(sha256(b), 'hex'), length(b), b) FROM (SELECT convert_to(repeat('x', 21 * 1024 * 1024), 'UTF8') b) f"));
    EXPECT_NE(r.code, 0) << r.out.toStdString();
    EXPECT_TRUE(r.err.contains(QLatin1String("limit"))) << r.err.toStdString();
    // The size it states is the size it sends.
    const QString forged = sha256Hex("FORGED");
    r = unit(QStringLiteral("SELECT cd_store_attachment('%1', 999, convert_to('FORGED', 'UTF8'))").arg(forged));
    EXPECT_NE(r.code, 0) << r.out.toStdString();
    EXPECT_EQ(everything(), before);
    // Honest bytes are stored once, and found again by whoever sends them again.
    r = unit(QStringLiteral("SELECT cd_store_attachment('%1', 6, convert_to('FORGED', 'UTF8'))").arg(forged));
    ASSERT_EQ(r.code, 0) << r.err.toStdString();
    EXPECT_EQ(psql(officeLogin, QStringLiteral("SELECT cd_store_attachment('%1', 6, convert_to('FORGED', 'UTF8'))").arg(forged)).out, r.out);
    EXPECT_EQ(count(QStringLiteral("SELECT count(*) FROM attachments WHERE sha256 = '%1'").arg(forged)), 1);
}

// `check` finds a stored file whose bytes no longer match its digest.
TEST_F(Wall, CheckVerifiesEveryStoredFileAgainstItsDigest)
{
    CliRun r = run({QStringLiteral("check")});
    ASSERT_EQ(r.code, 0) << r.err.toStdString();
    const qint64 id = count(QStringLiteral("SELECT min(id) FROM attachments"));
    superuserOn(QStringLiteral("UPDATE attachments SET data = convert_to('changed behind the program', 'UTF8') WHERE id = %1").arg(id));
    r = run({QStringLiteral("check")});
    EXPECT_NE(r.code, 0) << r.out.toStdString();
    EXPECT_TRUE((r.out + r.err).contains(QStringLiteral("evidence"))) << (r.out + r.err).toStdString();
}

// 3. Writing what the program would refuse, or writing without leaving a record.
TEST_F(Wall, AUnitCannotBreakTheProgramsRulesOrWriteUnrecorded)
{
    ASSERT_GT(fresh, 0);
    const QString m = QString::number(own);
    const QString p = QString::number(fresh);
    const QString before = everything();
    // Sent straight in, in the office's name, with progress no report would carry.
    EXPECT_NE(unit(QStringLiteral("INSERT INTO reports (unit_id, period_id, version, status, saved_at, submitted_at, submitted_by) VALUES (%1, %2, 1, 'submitted', 'x', '2026-01-01T00:00:00.000', 'off1')")
                       .arg(m, p))
                  .code,
              0);
    // A second version of an accepted report.
    const qint64 accepted = count(QStringLiteral("SELECT coalesce(min(period_id), 0) FROM reports WHERE unit_id = %1 AND status = 'accepted'").arg(m));
    ASSERT_GT(accepted, 0);
    Psql r = unit(QStringLiteral("INSERT INTO reports (unit_id, period_id, version, status, saved_at) SELECT %1, %2, max(version) + 1, 'draft', 'x' FROM reports WHERE unit_id = %1 AND period_id = %2")
                      .arg(m)
                      .arg(accepted));
    EXPECT_NE(r.code, 0);
    EXPECT_TRUE(r.err.contains(QLatin1String("returned"))) << r.err.toStdString();
    // A draft sent late, backdated to look on time.
    r = unit(QStringLiteral("INSERT INTO reports (unit_id, period_id, version, status, saved_at) VALUES (%1, %2, 1, 'draft', 'x');"
                            " UPDATE reports SET status = 'submitted', submitted_at = '2026-01-01T00:00:00.000', submitted_by = 'off1' WHERE unit_id = %1 AND period_id = %2")
                 .arg(m, p));
    EXPECT_NE(r.code, 0);
    // Its plans' times and senders.
    r = unit(QStringLiteral("UPDATE plans SET submitted_at = '2026-01-01T00:00:00.000', submitted_by = 'off1' WHERE unit_id = %1").arg(m));
    EXPECT_NE(r.code, 0);
    EXPECT_TRUE(r.err.contains(QLatin1String("permission denied"))) << r.err.toStdString();
    // Its problem lines: straight to waiting for verification, and events in the office's name.
    const QString open = scalar(QStringLiteral("SELECT coalesce(min(id), 0) FROM problems WHERE unit_id = %1 AND status = 'open'").arg(m)).toString();
    if (open != QStringLiteral("0")) {
        EXPECT_NE(unit(QStringLiteral("UPDATE problems SET status = 'pending_verification' WHERE id = %1").arg(open)).code, 0);
        EXPECT_NE(unit(QStringLiteral("SELECT cd_move_problem(%1, 'open', 'pending_verification')").arg(open)).code, 0);
    }
    const QString any = scalar(QStringLiteral("SELECT min(id) FROM problems WHERE unit_id = %1").arg(m)).toString();
    EXPECT_NE(unit(QStringLiteral("INSERT INTO problem_events (problem_id, at, actor, from_status, to_status) VALUES (%1, '2026-01-01', 'off1', 'pending_verification', 'closed')").arg(any)).code, 0);
    // A record of its own making: any time, any action, any record.
    const QString theirReport = scalar(QStringLiteral("SELECT min(id) FROM reports WHERE unit_id = %1").arg(other)).toString();
    r = unit(QStringLiteral("INSERT INTO audit_log (at, actor, action, entity, entity_id, after_json) VALUES ('2020-01-01T00:00:00.000', '%1', 'report.accept', 'report', %2, '{}')")
                 .arg(unitLogin, theirReport));
    EXPECT_NE(r.code, 0);
    // Holding the chain's lock, or any table's, is not a unit's to do.
    EXPECT_NE(unit(QStringLiteral("LOCK TABLE reports IN ACCESS EXCLUSIVE MODE")).code, 0);
    EXPECT_NE(unit(QStringLiteral("LOCK TABLE audit_log IN EXCLUSIVE MODE")).code, 0);
    EXPECT_EQ(everything(), before);
}

// What a unit may write from psql is what the program writes, stamped by the server: its own
// name, the server's clock, and a record of it in the same transaction, or nothing at all.
TEST_F(Wall, WhatAUnitMayWriteIsRecordedInItsNameAtTheServersClock)
{
    ASSERT_GT(fresh, 0);
    const QString m = QString::number(own);
    const QString p = QString::number(fresh);
    // Unrecorded: refused at commit.
    const QString before = everything();
    Psql r = unit(QStringLiteral("INSERT INTO reports (unit_id, period_id, version, status, summary, saved_at) VALUES (%1, %2, 1, 'draft', 'x', '2020-01-01T00:00:00.000')").arg(m, p));
    EXPECT_NE(r.code, 0);
    EXPECT_TRUE(r.err.contains(QLatin1String("audit"))) << r.err.toStdString();
    EXPECT_EQ(everything(), before);
    // Recorded: written, with the server's time and the login's name in both rows.
    const QString serverDay = scalar(QStringLiteral("SELECT to_char(now(), 'YYYY-MM-DD')")).toString();
    r = unit(QStringLiteral("INSERT INTO reports (unit_id, period_id, version, status, summary, saved_at, submitted_at, submitted_by) VALUES (%1, %2, 1, 'submitted', 'x',"
                            " '2020-01-01T00:00:00.000', '2020-01-01T00:00:00.000', 'off1');"
                            " INSERT INTO audit_log (at, actor, action, entity, entity_id, after_json, backdated) SELECT '2020-01-01T00:00:00.000', '%3', 'report.submit', 'report', max(id), '{}', 1"
                            " FROM reports WHERE unit_id = %1 AND period_id = %2")
                 .arg(m, p, unitLogin));
    ASSERT_EQ(r.code, 0) << r.err.toStdString();
    EXPECT_TRUE(scalar(QStringLiteral("SELECT submitted_at FROM reports WHERE unit_id = %1 AND period_id = %2").arg(m, p)).toString().startsWith(serverDay));
    EXPECT_EQ(scalar(QStringLiteral("SELECT submitted_by FROM reports WHERE unit_id = %1 AND period_id = %2").arg(m, p)).toString(), unitLogin);
    EXPECT_TRUE(scalar(QStringLiteral("SELECT at FROM audit_log ORDER BY id DESC LIMIT 1")).toString().startsWith(serverDay));
    EXPECT_EQ(scalar(QStringLiteral("SELECT actor || '/' || backdated FROM audit_log ORDER BY id DESC LIMIT 1")).toString(), unitLogin + QStringLiteral("/0"));
    EXPECT_EQ(run({QStringLiteral("check")}).code, 0);
}

// 4. Stalling everyone: the chain's old advisory lock, or a write left open, held from psql.
TEST_F(Wall, NoUnitOrLeaderHoldsUpTheOfficesWork)
{
    ASSERT_GT(fresh, 0);
    const QString m = QString::number(own);
    // A unit's audited write, left open in psql; and the lock every write used to take.
    HeldSession held(server, name, unitLogin, kPassword,
                     QStringLiteral("INSERT INTO reports (unit_id, period_id, version, status, summary, saved_at) VALUES (%1, %2, 1, 'draft', 'x', 'x');"
                                    " INSERT INTO audit_log (at, actor, action, entity, entity_id) SELECT 'x', '%3', 'report.save', 'report', max(id) FROM reports WHERE unit_id = %1;")
                         .arg(m)
                         .arg(fresh)
                         .arg(unitLogin));
    ASSERT_TRUE(held.holding()) << held.output().toStdString();
    HeldSession leader(server, name, viewerLogin, kPassword, QStringLiteral("SELECT pg_advisory_lock(7312016);"));
    ASSERT_TRUE(leader.holding()) << leader.output().toStdString();
    QElapsedTimer t;
    t.start();
    const CliRun r = runOn(as(officeLogin), {QStringLiteral("case"), QStringLiteral("add"), QStringLiteral("--unit"), otherName, QStringLiteral("--pillar"),
                                             QStringLiteral("study"), QStringLiteral("--title"), QStringLiteral("正面典型")});
    const qint64 ms = t.elapsed();
    EXPECT_EQ(r.code, 0) << r.err.toStdString();
    EXPECT_LT(ms, 15000) << "the office's write waited " << ms << " ms";
}

// 5. Reading what is not theirs: package keys, other units' results and their record.
TEST_F(Wall, KeysAndOtherUnitsResultsAreNotRead)
{
    QTemporaryDir packages;
    const CliRun exported = run({QStringLiteral("package"), QStringLiteral("export"), QStringLiteral("--all"), QStringLiteral("--out"), packages.path()});
    ASSERT_EQ(exported.code, 0) << exported.err.toStdString();
    ASSERT_GT(count(QStringLiteral("SELECT count(*) FROM unit_keys")), 0);
    Psql r = psql(viewerLogin, QStringLiteral("SELECT count(*) FROM unit_keys"));
    EXPECT_TRUE(r.code != 0 || r.out == QStringLiteral("0")) << r.out.toStdString();
    r = unit(QStringLiteral("SELECT count(*) FROM unit_keys"));
    EXPECT_TRUE(r.code != 0 || r.out == QStringLiteral("0")) << r.out.toStdString();
    EXPECT_EQ(psql(officeLogin, QStringLiteral("SELECT count(*) FROM unit_keys")).out.toLongLong(), count(QStringLiteral("SELECT count(*) FROM unit_keys")));
    // The year's scores locked and unlocked: the result and the unlock's record hold every unit's.
    ASSERT_EQ(run({QStringLiteral("assess"), QStringLiteral("lock"), QStringLiteral("--year"), QStringLiteral("2026")}).code, 0);
    ASSERT_EQ(run({QStringLiteral("assess"), QStringLiteral("unlock"), QStringLiteral("--year"), QStringLiteral("2026"), QStringLiteral("--reason"), QStringLiteral("复核")}).code, 0);
    ASSERT_EQ(run({QStringLiteral("assess"), QStringLiteral("lock"), QStringLiteral("--year"), QStringLiteral("2026")}).code, 0);
    r = unit(QStringLiteral("SELECT count(*) FROM assessment_locks"));
    EXPECT_TRUE(r.code != 0 || r.out == QStringLiteral("0")) << r.out.toStdString();
    r = unit(QStringLiteral("SELECT count(*) FROM audit_log WHERE entity = 'assessment' OR action LIKE 'assessment.%'"));
    EXPECT_TRUE(r.code != 0 || r.out == QStringLiteral("0")) << r.out.toStdString();
}

// 6. Accounts: no existing role is taken over; a name the server would cut is refused.
TEST_F(Wall, AddingAnAccountTakesOverNoRoleThisCampaignDidNotMake)
{
    const auto refusedAdd = [&](const QString& login, const char* why) {
        const CliRun r = run({QStringLiteral("users"), QStringLiteral("add"), login, QStringLiteral("--role"), QStringLiteral("office")});
        EXPECT_NE(r.code, 0) << login.toStdString() << ": " << r.out.toStdString();
        EXPECT_TRUE(r.err.contains(QLatin1String(why))) << login.toStdString() << ": " << r.err.toStdString();
    };
    const QString ownerPassword = scalar(QStringLiteral("SELECT coalesce(rolpassword, '') FROM pg_authid WHERE rolname = '%1'").arg(name)).toString();
    refusedAdd(name, "already");
    refusedAdd(name + QStringLiteral("_admin"), "already");
    // Another campaign's roles on the same server.
    server.run(QStringLiteral("CREATE ROLE other_%1_admin NOLOGIN").arg(suffix));
    server.run(QStringLiteral("CREATE ROLE someone_%1 LOGIN").arg(suffix));
    refusedAdd(QStringLiteral("other_%1_admin").arg(suffix), "already");
    refusedAdd(QStringLiteral("someone_%1").arg(suffix), "already");
    EXPECT_EQ(count(QStringLiteral("SELECT count(*) FROM pg_auth_members m JOIN pg_roles r ON r.oid = m.member WHERE r.rolname IN ('other_%1_admin', 'someone_%1')").arg(suffix)), 0);
    EXPECT_FALSE(scalar(QStringLiteral("SELECT rolcanlogin FROM pg_roles WHERE rolname = 'other_%1_admin'").arg(suffix)).toBool());
    server.run(QStringLiteral("DROP ROLE other_%1_admin, someone_%1").arg(suffix));
    refusedAdd(QString(70, QLatin1Char('a')), "63");
    EXPECT_EQ(scalar(QStringLiteral("SELECT coalesce(rolpassword, '') FROM pg_authid WHERE rolname = '%1'").arg(name)).toString(), ownerPassword);
    // An account of this campaign's own, removed, comes back.
    EXPECT_EQ(run({QStringLiteral("users"), QStringLiteral("disable"), officeLogin}).code, 0);
}

// A connection storm: a login whose server has no slot for it waits for one and gets in, rather
// than giving up at the first refusal (the office locked out while two hundred units log in).
TEST_F(Wall, ALoginTheServerHasNoSlotForYetWaitsForOneAndGetsIn)
{
    server.run(QStringLiteral("ALTER ROLE %1 CONNECTION LIMIT 1").arg(officeLogin));
    HeldSession first(server, name, officeLogin, kPassword, QStringLiteral("SELECT 1;"));
    ASSERT_TRUE(first.holding()) << first.output().toStdString();
    QFile log(qEnvironmentVariable("CD_PG_DIR") + QStringLiteral("/server.log"));
    ASSERT_TRUE(log.open(QIODevice::ReadOnly));
    log.seek(log.size());
    QProcess second;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    second.setProcessEnvironment(env);
    second.start(QStringLiteral(CD_CLI_PATH), {QStringLiteral("--db"), as(officeLogin), QStringLiteral("units"), QStringLiteral("list"), QStringLiteral("--format"),
                                               QStringLiteral("csv")});
    // The server turns the second login away at least once; then the first one leaves.
    QByteArray said;
    for (QDeadlineTimer deadline(20000); !said.contains("too many connections") && !deadline.hasExpired();) {
        said += log.readAll();
        if (!said.contains("too many connections")) second.waitForFinished(50); // returns at once if it already gave up
    }
    ASSERT_TRUE(said.contains("too many connections")) << said.toStdString();
    first.close();
    ASSERT_TRUE(second.waitForFinished(60000));
    EXPECT_EQ(second.exitCode(), 0) << second.readAllStandardError().toStdString();
    EXPECT_TRUE(QString::fromUtf8(second.readAllStandardOutput()).contains(ownName));
}

// Everyone changes their own password in the program, by its rule, and the record says so in
// their name; a password the rule refuses never reaches the server.
TEST_F(Wall, EachLoginChangesItsOwnPasswordByTheProgramsRule)
{
    server.run(QStringLiteral("GRANT cd_password_logins TO %1").arg(viewerLogin));
    // A leader records its own password's change and nothing else.
    const Psql forged = psql(viewerLogin, QStringLiteral("INSERT INTO audit_log (at, actor, action, entity, entity_id) VALUES ('x', 'x', 'report.accept', 'report', 1)"));
    EXPECT_NE(forged.code, 0);
    EXPECT_TRUE(forged.err.contains(QLatin1String("own password"))) << forged.err.toStdString();
    for (const QString& login : {unitLogin, viewerLogin}) {
        extraEnv.insert(QStringLiteral("PGPASSWORD"), kPassword);
        extraEnv.insert(QStringLiteral("CAMPAIGNDESK_NEW_PASSWORD"), QStringLiteral("short"));
        CliRun r = runOn(as(login), {QStringLiteral("users"), QStringLiteral("passwd"), login});
        EXPECT_EQ(r.code, 1) << login.toStdString();
        EXPECT_TRUE(r.err.contains(QStringLiteral("8"))) << r.err.toStdString();
        extraEnv.insert(QStringLiteral("CAMPAIGNDESK_NEW_PASSWORD"), QStringLiteral("New-Pass-2027"));
        r = runOn(as(login), {QStringLiteral("users"), QStringLiteral("passwd"), login});
        ASSERT_EQ(r.code, 0) << login.toStdString() << ": " << r.err.toStdString();
        EXPECT_EQ(scalar(QStringLiteral("SELECT actor FROM audit_log WHERE action = 'user.password' ORDER BY id DESC LIMIT 1")).toString(), login);
        // The old password no longer opens the campaign; the new one does.
        r = runOn(as(login), {QStringLiteral("units"), QStringLiteral("list")});
        EXPECT_EQ(r.code, 1) << login.toStdString();
        extraEnv.insert(QStringLiteral("PGPASSWORD"), QStringLiteral("New-Pass-2027"));
        r = runOn(as(login), {QStringLiteral("units"), QStringLiteral("list")});
        EXPECT_EQ(r.code, 0) << login.toStdString() << ": " << r.err.toStdString();
    }
    EXPECT_EQ(run({QStringLiteral("check")}).code, 0);
}

// A server's snapshot is the office's to take, whole (the accounts' map included); a leader's or
// a unit's login is refused in words that name what was refused.
TEST_F(Wall, TheOfficeTakesAWholeSnapshotAndALeaderIsToldItIsNotTheirs)
{
    QTemporaryDir out;
    const QString snapshot = out.filePath(QStringLiteral("snapshot.cdb"));
    CliRun r = runOn(as(officeLogin), {QStringLiteral("backup"), snapshot});
    ASSERT_EQ(r.code, 0) << r.err.toStdString();
    {
        QSqlDatabase file = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("snapshot"));
        file.setDatabaseName(snapshot);
        ASSERT_TRUE(file.open());
        QSqlQuery q(file);
        ASSERT_TRUE(q.exec(QStringLiteral("SELECT count(*) FROM users")) && q.next());
        EXPECT_EQ(q.value(0).toLongLong(), count(QStringLiteral("SELECT count(*) FROM users")));
        EXPECT_GE(q.value(0).toLongLong(), 3);
    }
    QSqlDatabase::removeDatabase(QStringLiteral("snapshot"));
    extraEnv.insert(QStringLiteral("PGPASSWORD"), kPassword);
    for (const QString& login : {viewerLogin, unitLogin}) {
        r = runOn(as(login), {QStringLiteral("backup"), out.filePath(login + QStringLiteral(".cdb"))});
        EXPECT_EQ(r.code, 1) << login.toStdString();
        EXPECT_TRUE(r.err.contains(QStringLiteral("may not take a copy of the whole campaign"))) << r.err.toStdString();
        EXPECT_FALSE(QFileInfo::exists(out.filePath(login + QStringLiteral(".cdb"))));
    }
}

// The server's clock is read in the zone of the computer that set the campaign up, as the
// program writes its own times (local wall-clock time), whatever zone a session sets.
TEST(WallClock, TheServersClockIsTheCampaignsLocalTimeWhateverTheSessionSets)
{
    ThrowawayServer server;
    if (!server.available()) GTEST_SKIP() << "run through ctest, which starts the throwaway server (CD_PG_DIR)";
    const QString name = server.createDatabase();
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    env.insert(QStringLiteral("TZ"), QStringLiteral("Asia/Shanghai"));
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(CD_CLI_PATH), {QStringLiteral("--db"), server.address(name), QStringLiteral("init"), QStringLiteral("--year"), QStringLiteral("2026")});
    ASSERT_TRUE(p.waitForFinished(60000));
    ASSERT_EQ(p.exitCode(), 0) << p.readAllStandardError().toStdString();
    {
        QSqlDatabase db = server.connection(QStringLiteral("clock"), name, name);
        ASSERT_TRUE(db.open());
        QSqlQuery q(db);
        ASSERT_TRUE(q.exec(QStringLiteral("SET TimeZone = 'America/New_York'")));
        ASSERT_TRUE(q.exec(QStringLiteral("SELECT cd_now(), to_char(now() AT TIME ZONE 'Asia/Shanghai', 'YYYY-MM-DD\"T\"HH24:MI')")) && q.next());
        EXPECT_TRUE(q.value(0).toString().startsWith(q.value(1).toString())) << q.value(0).toString().toStdString() << " vs " << q.value(1).toString().toStdString();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("clock"));
    server.dropDatabase(name);
}

// The record is numbered by its place in the chain, as on a file: a write that rolled back, a
// unit's row stamped by the server and an office's row leave no gap (rows the program links
// many at once: OnServer.ManyAuditRowsLinkedAtOnce…)
// (under schema v14 the rows read 2, 4, 6 …: the column's default and the trigger each took a
// number from the sequence).
TEST_F(Wall, TheRecordIsNumberedByItsPlaceInTheChain)
{
    ASSERT_GT(fresh, 0);
    const QString m = QString::number(own);
    const QString p = QString::number(fresh);
    Psql r = psql(officeLogin, QStringLiteral("BEGIN; INSERT INTO audit_log (at, actor, action, entity) VALUES ('x', 'x', 'settings.save', 'settings'); ROLLBACK"));
    ASSERT_EQ(r.code, 0) << r.err.toStdString();
    r = unit(QStringLiteral("INSERT INTO reports (unit_id, period_id, version, status, summary, saved_at) VALUES (%1, %2, 1, 'draft', 'x', '2020-01-01T00:00:00.000');"
                            " INSERT INTO audit_log (at, actor, action, entity, entity_id, after_json) SELECT 'x', 'x', 'report.save', 'report', max(id), '{}'"
                            " FROM reports WHERE unit_id = %1 AND period_id = %2")
                 .arg(m, p));
    ASSERT_EQ(r.code, 0) << r.err.toStdString();
    r = psql(officeLogin, QStringLiteral("INSERT INTO audit_log (at, actor, action, entity) VALUES ('x', 'x', 'settings.save', 'settings')"));
    ASSERT_EQ(r.code, 0) << r.err.toStdString();
    const qint64 rows = count(QStringLiteral("SELECT count(*) FROM audit_log"));
    EXPECT_EQ(count(QStringLiteral("SELECT max(id) FROM audit_log")), rows);
    EXPECT_EQ(count(QStringLiteral("SELECT min(id) FROM audit_log")), 1);
    EXPECT_EQ(run({QStringLiteral("check")}).code, 0);
}

// The chain's lock is held for the commit alone (schema v16): a unit's audited write left open
// in psql, its audit row written, holds up nobody. Linked from the insert, it held every
// other writer until the open session was ended (5 s), and under two hundred writers every
// writer's wait for the one ahead included that writer's round trip to send COMMIT.
TEST_F(Wall, AnOpenTransactionWithItsAuditRowWrittenHoldsUpNoWriter)
{
    ASSERT_GT(fresh, 0);
    HeldSession held(server, name, unitLogin, kPassword,
                     QStringLiteral("INSERT INTO reports (unit_id, period_id, version, status, summary, saved_at) VALUES (%1, %2, 1, 'draft', 'x', 'x');"
                                    " INSERT INTO audit_log (at, actor, action, entity, entity_id) SELECT 'x', 'x', 'report.save', 'report', max(id) FROM reports WHERE unit_id = %1;")
                         .arg(own)
                         .arg(fresh));
    ASSERT_TRUE(held.holding()) << held.output().toStdString();
    QElapsedTimer t;
    t.start();
    const Psql office = psql(officeLogin, QStringLiteral("INSERT INTO audit_log (at, actor, action, entity) VALUES ('x', 'x', 'settings.save', 'settings')"));
    const qint64 ms = t.elapsed();
    EXPECT_EQ(office.code, 0) << office.err.toStdString();
    EXPECT_LT(ms, 3000) << "the office's audited write waited " << ms << " ms behind the unit's open one";
    // The unit's session is still open (the office did not wait for it to be ended), and its
    // row, once committed, is linked after the office's.
    held.commit();
    EXPECT_TRUE(held.output().contains(QLatin1String("COMMIT"))) << held.output().toStdString();
    const qint64 rows = count(QStringLiteral("SELECT count(*) FROM audit_log"));
    EXPECT_EQ(count(QStringLiteral("SELECT max(id) FROM audit_log")), rows);
    EXPECT_EQ(scalar(QStringLiteral("SELECT actor FROM audit_log ORDER BY id DESC LIMIT 1")).toString(), unitLogin);
    EXPECT_EQ(count(QStringLiteral("SELECT count(*) FROM audit_log WHERE id < 0 OR chain IS NULL")), 0);
    EXPECT_EQ(run({QStringLiteral("check")}).code, 0);
}

// The one change the log allows is a row's link as its own transaction commits: no committed
// row is numbered or linked again, by the owner either.
TEST_F(Wall, NoCommittedAuditRowIsRenumberedOrLinkedAgain)
{
    const qint64 head = count(QStringLiteral("SELECT max(id) FROM audit_log"));
    ASSERT_GT(head, 0);
    for (const QString& change : {QStringLiteral("UPDATE audit_log SET id = -id WHERE id = %1"), QStringLiteral("UPDATE audit_log SET chain = NULL WHERE id = %1"),
                                  QStringLiteral("UPDATE audit_log SET id = id + 1000, chain = chain WHERE id = %1")}) {
        const Psql r = psql(name, change.arg(head));
        EXPECT_NE(r.code, 0) << change.toStdString();
        EXPECT_TRUE(r.err.contains(QLatin1String("append-only"))) << r.err.toStdString();
    }
    EXPECT_EQ(run({QStringLiteral("check")}).code, 0);
}

// A login that asks for its link at once (SET CONSTRAINTS audit_log_link IMMEDIATE), sets its timeouts to
// zero and holds its transaction open keeps the chain's lock for as long as it likes. Since
// schema v20 nobody waits for it more than a second: the office's rows are written stamped and
// unlinked, the record says they await their place, and the next write after the lock is free
// links them in the order they were written. Against v19 the office's write waited for the
// held lock until its own lock_timeout (10 s here; with none, for ever).
TEST_F(Wall, ALoginHoldingTheChainsLockHoldsUpNoWriter)
{
    ASSERT_GT(fresh, 0);
    HeldSession held(server, name, unitLogin, kPassword,
                     QStringLiteral("SET idle_in_transaction_session_timeout = 0; SET statement_timeout = 0; SET CONSTRAINTS audit_log_link IMMEDIATE;"
                                    " INSERT INTO reports (unit_id, period_id, version, status, summary, saved_at) VALUES (%1, %2, 1, 'draft', 'x', 'x');"
                                    " INSERT INTO audit_log (at, actor, action, entity, entity_id) SELECT 'x', 'x', 'report.save', 'report', max(id) FROM reports WHERE unit_id = %1;")
                         .arg(own)
                         .arg(fresh));
    ASSERT_TRUE(held.holding()) << held.output().toStdString();
    ASSERT_EQ(count(QStringLiteral("SELECT count(*) FROM pg_locks l JOIN pg_class c ON c.oid = l.relation"
                                   " WHERE c.relname = 'audit_head' AND l.granted AND l.mode = 'ExclusiveLock'")),
              1)
        << "the unit's session holds the chain's lock";

    const QString settingsRow = QStringLiteral("INSERT INTO audit_log (at, actor, action, entity) VALUES ('x', 'x', 'settings.save', 'settings')");
    QElapsedTimer t;
    t.start();
    Psql office = psql(officeLogin, QStringLiteral("SET lock_timeout = '10s'; ") + settingsRow);
    ASSERT_EQ(office.code, 0) << office.err.toStdString();
    ASSERT_LT(t.elapsed(), 3000) << "the office's audited write waited " << t.elapsed() << " ms for the held lock";
    // The office's bulk link (a package import) no longer takes the lock up front either.
    t.restart();
    office = psql(officeLogin, QStringLiteral("SET lock_timeout = '10s'; SELECT cd_lock_audit_chain(); ") + settingsRow);
    ASSERT_EQ(office.code, 0) << office.err.toStdString();
    ASSERT_LT(t.elapsed(), 3000) << "the office's bulk link waited " << t.elapsed() << " ms for the held lock";
    // And the program's own write.
    t.restart();
    const CliRun added = runOn(as(officeLogin), {QStringLiteral("case"), QStringLiteral("add"), QStringLiteral("--unit"), otherName, QStringLiteral("--pillar"),
                                                 QStringLiteral("study"), QStringLiteral("--title"), QStringLiteral("正面典型")});
    EXPECT_EQ(added.code, 0) << added.err.toStdString();
    EXPECT_LT(t.elapsed(), 5000) << "the office's case waited " << t.elapsed() << " ms for the held lock";

    // Written, stamped in the office's name, awaiting their link; the record is intact and says so.
    const QString pending = QStringLiteral("SELECT count(*) FROM audit_log WHERE id < 0 AND chain IS NULL");
    EXPECT_GE(count(pending), 3);
    EXPECT_EQ(count(QStringLiteral("SELECT count(*) FROM audit_log WHERE id < 0 AND actor <> '%1'").arg(officeLogin)), 0);
    CliRun verified = runOn(as(officeLogin), {QStringLiteral("audit"), QStringLiteral("verify")});
    EXPECT_EQ(verified.code, 0) << verified.err.toStdString();
    EXPECT_TRUE(verified.out.contains(QLatin1String("await their place in the chain"))) << verified.out.toStdString();

    // The unit's row was linked in its own transaction; once the lock is free, the next write
    // links the waiting rows after it, in the order they were written, and then its own.
    held.commit();
    EXPECT_TRUE(held.output().contains(QLatin1String("COMMIT"))) << held.output().toStdString();
    office = psql(officeLogin, settingsRow);
    ASSERT_EQ(office.code, 0) << office.err.toStdString();
    EXPECT_EQ(count(pending), 0);
    const qint64 rows = count(QStringLiteral("SELECT count(*) FROM audit_log"));
    EXPECT_EQ(count(QStringLiteral("SELECT max(id) FROM audit_log")), rows);
    EXPECT_EQ(count(QStringLiteral("SELECT min(id) FROM audit_log")), 1);
    EXPECT_LT(count(QStringLiteral("SELECT max(id) FROM audit_log WHERE actor = '%1'").arg(unitLogin)),
              count(QStringLiteral("SELECT min(id) FROM audit_log WHERE actor = '%1' AND action = 'settings.save'").arg(officeLogin)));
    verified = run({QStringLiteral("check")});
    EXPECT_EQ(verified.code, 0) << verified.err.toStdString();
    EXPECT_FALSE(verified.out.contains(QLatin1String("await"))) << verified.out.toStdString();
}
