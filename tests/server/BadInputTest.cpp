// What goes wrong on the way to a server: a wrong or missing password, nothing at the address,
// no such database, a schema from a newer program, the server ending the session half-way.
// Each is one sentence on stderr and exit 1, with nothing half-written and no password shown.
#include "server/CliOnServer.h"

#include <QDirIterator>
#include <QSqlQuery>
#include <QUuid>

namespace {

class BadInput : public CliOnServer
{
protected:
    void SetUp() override
    {
        CliOnServer::SetUp();
        if (IsSkipped()) return;
        // Logs and settings go to a folder of the test's own, to be read for passwords after.
        extraEnv.insert(QStringLiteral("HOME"), home.path());
        extraEnv.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("data")));
    }
    void TearDown() override
    {
        if (!login.isEmpty()) {
            CliOnServer::TearDown();
            name.clear();
            server.run(QStringLiteral("DROP ROLE %1").arg(login));
        }
        CliOnServer::TearDown();
    }
    // A login that must give its password (pg_hba: members of cd_password_logins), owning the
    // test's database.
    QString passwordLogin(const QString& password)
    {
        login = QStringLiteral("p_") + QUuid::createUuid().toString(QUuid::Id128).left(12);
        server.run(QStringLiteral("CREATE ROLE %1 LOGIN CREATEROLE PASSWORD '%2' IN ROLE cd_password_logins").arg(login, password));
        server.run(QStringLiteral("ALTER DATABASE %1 OWNER TO %2").arg(name, login));
        return server.addressAs(login, name);
    }
    // Every file the program wrote under the test's home: logs, settings.
    QString everythingWritten() const
    {
        QString all;
        QDirIterator it(home.path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (it.hasNext()) all += QString::fromUtf8(cd::test::readFile(it.next()));
        return all;
    }
    static int lines(const QString& text) { return int(text.trimmed().split(QLatin1Char('\n')).size()); }
    QTemporaryDir home;
    QString login;
};

} // namespace

TEST_F(BadInput, AWrongOrMissingPasswordIsOneSentenceAndNeverShown)
{
    const QString where = passwordLogin(QStringLiteral("Right-Pass-7"));
    extraEnv.insert(QStringLiteral("PGPASSWORD"), QStringLiteral("Wrong-Pass-3"));
    CliRun r = runOn(where, {QStringLiteral("units"), QStringLiteral("list")});
    EXPECT_EQ(r.code, 1);
    EXPECT_EQ(lines(r.err), 1) << r.err.toStdString();
    EXPECT_TRUE(r.err.contains(QStringLiteral("did not accept the password for ") + login)) << r.err.toStdString();
    extraEnv.remove(QStringLiteral("PGPASSWORD"));
    r = runOn(where, {QStringLiteral("units"), QStringLiteral("list")}); // standard input is no terminal: nobody to ask
    EXPECT_EQ(r.code, 1);
    EXPECT_EQ(lines(r.err), 1) << r.err.toStdString();
    EXPECT_TRUE(r.err.contains(QStringLiteral("wants a password"))) << r.err.toStdString();
    extraEnv.insert(QStringLiteral("CAMPAIGNDESK_PASSWORD"), QStringLiteral("Right-Pass-7"));
    r = runOn(where, {QStringLiteral("init"), QStringLiteral("--year"), QStringLiteral("2026")});
    EXPECT_EQ(r.code, 0) << r.err.toStdString();
    r = runOn(where, {QStringLiteral("units"), QStringLiteral("import"), cd::test::sharedFile(QStringLiteral("fixtures/city-units.csv"))});
    EXPECT_EQ(r.code, 0) << r.err.toStdString();
    // Neither password anywhere: not in the logs, not in the audit rows.
    const QString written = everythingWritten();
    EXPECT_FALSE(written.isEmpty()); // the log is there to be read
    EXPECT_FALSE(written.contains(QStringLiteral("Right-Pass-7")));
    EXPECT_FALSE(written.contains(QStringLiteral("Wrong-Pass-3")));
    QSqlDatabase db = server.connection(QStringLiteral("audit"), name);
    ASSERT_TRUE(db.open());
    {
        QSqlQuery q(db);
        ASSERT_TRUE(q.exec(QStringLiteral("SELECT count(*), count(*) FILTER (WHERE concat_ws(' ', actor, action, before_json, after_json) LIKE '%Pass-%') FROM audit_log")) && q.next());
        EXPECT_GT(q.value(0).toInt(), 0);
        EXPECT_EQ(q.value(1).toInt(), 0);
    }
    db.close();
    db = QSqlDatabase();
    QSqlDatabase::removeDatabase(QStringLiteral("audit"));
}

TEST_F(BadInput, NothingAtTheAddressNoSuchDatabaseOrLogin)
{
    CliRun r = runOn(QStringLiteral("postgresql://postgres@127.0.0.1:1/campaign"), {QStringLiteral("units"), QStringLiteral("list")});
    EXPECT_EQ(r.code, 1);
    EXPECT_EQ(lines(r.err), 1) << r.err.toStdString();
    EXPECT_TRUE(r.err.contains(QStringLiteral("Nothing answers at 127.0.0.1:1"))) << r.err.toStdString();
    r = runOn(server.addressAs(name, QStringLiteral("no_such_campaign")), {QStringLiteral("units"), QStringLiteral("list")});
    EXPECT_EQ(r.code, 1);
    EXPECT_TRUE(r.err.contains(QStringLiteral("has no database no_such_campaign"))) << r.err.toStdString();
    r = runOn(server.addressAs(QStringLiteral("nobody_here"), name), {QStringLiteral("units"), QStringLiteral("list")});
    EXPECT_EQ(r.code, 1);
    EXPECT_TRUE(r.err.contains(QStringLiteral("has no login nobody_here"))) << r.err.toStdString();
}

TEST_F(BadInput, ASchemaFromANewerProgramIsRefusedAndLeftAlone)
{
    ASSERT_EQ(run({QStringLiteral("init"), QStringLiteral("--year"), QStringLiteral("2026")}).code, 0);
    server.run(QStringLiteral("UPDATE meta SET value = '99' WHERE key = 'schema_version'"), name);
    const CliRun r = run({QStringLiteral("units"), QStringLiteral("list")});
    EXPECT_EQ(r.code, 1);
    EXPECT_EQ(lines(r.err), 1) << r.err.toStdString();
    EXPECT_TRUE(r.err.contains(QStringLiteral("newer CampaignDesk"))) << r.err.toStdString();
    QSqlDatabase db = server.connection(QStringLiteral("meta"), name);
    ASSERT_TRUE(db.open());
    {
        QSqlQuery q(db);
        ASSERT_TRUE(q.exec(QStringLiteral("SELECT value FROM meta WHERE key = 'schema_version'")) && q.next());
        EXPECT_EQ(q.value(0).toString(), QStringLiteral("99"));
    }
    db.close();
    db = QSqlDatabase();
    QSqlDatabase::removeDatabase(QStringLiteral("meta"));
}

TEST_F(BadInput, TheServerEndingTheSessionHalfWayLeavesNothingHalfWritten)
{
    ASSERT_EQ(run({QStringLiteral("init"), QStringLiteral("--year"), QStringLiteral("2026")}).code, 0);
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    env.insert(QStringLiteral("HOME"), home.path());
    env.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("data")));
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(CD_CLI_PATH), {QStringLiteral("--db"), address(), QStringLiteral("demo"), QStringLiteral("--units"), QStringLiteral("1500"),
                                          QStringLiteral("--year"), QStringLiteral("2027")});
    ASSERT_TRUE(p.waitForStarted());
    QSqlDatabase watch = server.connection(QStringLiteral("watch"));
    ASSERT_TRUE(watch.open());
    bool ended = false;
    {
        QSqlQuery q(watch);
        // The demo's transaction is writing rows: end its session as a server shutting down would.
        while (!ended && p.state() == QProcess::Running) {
            q.prepare(QStringLiteral("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = ? AND backend_xid IS NOT NULL"
                                     " AND query LIKE 'EXECUTE%'"));
            q.addBindValue(name);
            ended = q.exec() && q.next() && q.value(0).toBool();
            if (!ended) p.waitForFinished(1);
        }
    }
    watch.close();
    watch = QSqlDatabase();
    QSqlDatabase::removeDatabase(QStringLiteral("watch"));
    if (!ended) GTEST_SKIP() << "the demo finished before its session could be ended";
    ASSERT_TRUE(p.waitForFinished(60000));
    const QString err = QString::fromUtf8(p.readAllStandardError());
    EXPECT_EQ(p.exitStatus(), QProcess::NormalExit);
    EXPECT_EQ(p.exitCode(), 1);
    EXPECT_EQ(lines(err), 1) << err.toStdString();
    EXPECT_TRUE(err.contains(QStringLiteral("connection to the database server was lost"))) << err.toStdString();
    // The 2026 campaign as it was; nothing of the 2027 demo.
    const CliRun units = run({QStringLiteral("units"), QStringLiteral("list"), QStringLiteral("--format"), QStringLiteral("json")});
    EXPECT_EQ(units.code, 0) << units.err.toStdString();
    EXPECT_EQ(QJsonDocument::fromJson(units.out.toUtf8()).array().size(), 0);
    const CliRun tasks = run({QStringLiteral("tasks"), QStringLiteral("list"), QStringLiteral("--year"), QStringLiteral("2027")});
    EXPECT_EQ(tasks.code, 1) << tasks.out.toStdString();
}
