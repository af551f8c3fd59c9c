// copy SOURCE DEST between a file and the server, and a server's backup: every table arrives,
// the digests prove it, nothing is written into a database that holds a campaign, and a copy
// killed half-way leaves nothing that could be taken for a whole one.
#include "server/CliOnServer.h"
#include "storage/Migrations.h"
#include "storage/CampaignCopy.h"
#include "storage/Database.h"

#include <QFile>
#include <QSqlQuery>
#include <csignal>

namespace {

class Copy : public CliOnServer
{
protected:
    QString file(const QString& name) const { return files.filePath(name); }
    // A demo campaign in a file of its own.
    QString demoFile(const QString& name, int units)
    {
        const CliRun r = runOn(file(name), {QStringLiteral("demo"), QStringLiteral("--units"), QString::number(units), QStringLiteral("--year"),
                                            QStringLiteral("2026"), QStringLiteral("--seed"), QStringLiteral("5")});
        EXPECT_EQ(r.code, 0) << r.err.toStdString();
        return file(name);
    }
    CliRun copy(const QString& from, const QString& to)
    {
        return runWith({}, {QStringLiteral("copy"), from, to, QStringLiteral("--format"), QStringLiteral("json")});
    }
    // What the copy printed, table by table.
    static QJsonArray digests(const CliRun& r) { return QJsonDocument::fromJson(r.out.toUtf8()).array(); }
    // Rows in the server database's tables, the schema version aside.
    QString firstTableWithRows()
    {
        auto db = cd::Database::connect(address());
        EXPECT_TRUE(db);
        if (!db) return QStringLiteral("?");
        auto t = cd::CampaignCopy::firstTableWithRows(**db);
        EXPECT_TRUE(t);
        return t ? *t : QStringLiteral("?");
    }
    QTemporaryDir files;
};

} // namespace

TEST_F(Copy, FileToServerToFileGivesTheSameDigestsAndTheServerGoesOn)
{
    const QString source = demoFile(QStringLiteral("a.cdb"), 20);
    const CliRun there = copy(source, address());
    ASSERT_EQ(there.code, 0) << there.err.toStdString();
    const CliRun back = copy(address(), file(QStringLiteral("b.cdb")));
    ASSERT_EQ(back.code, 0) << back.err.toStdString();
    const CliRun again = copy(file(QStringLiteral("b.cdb")), file(QStringLiteral("c.cdb")));
    ASSERT_EQ(again.code, 0) << again.err.toStdString();
    const QJsonArray a = digests(there), b = digests(back), c = digests(again);
    ASSERT_EQ(a.size(), cd::Migrations::tables().size()); // every table of the schema
    EXPECT_EQ(a, b);
    EXPECT_EQ(b, c);
    qint64 rows = 0;
    for (const auto& t : a) rows += t.toObject().value(QStringLiteral("rows")).toInteger();
    EXPECT_GT(rows, 20 * 30);
    EXPECT_TRUE(there.err.contains(QStringLiteral("every table verified"))) << there.err.toStdString();
    // The file's ids came along; the server's own ids continue after them.
    const CliRun added = run({QStringLiteral("units"), QStringLiteral("import"), cd::test::sharedFile(QStringLiteral("fixtures/city-units.csv"))});
    EXPECT_EQ(added.code, 0) << added.err.toStdString();
    // The same figures from the server as from the file it came from.
    const QStringList dashboard{QStringLiteral("dashboard"), QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("--as-of"),
                                QStringLiteral("2026-11-20")};
    EXPECT_EQ(runOn(file(QStringLiteral("b.cdb")), dashboard).out, runOn(source, dashboard).out);
}

TEST_F(Copy, AFilesAccountsArriveDisabledWithoutTheirHashes)
{
    const QString source = file(QStringLiteral("accounts.cdb"));
    ASSERT_EQ(runOn(source, {QStringLiteral("init"), QStringLiteral("--year"), QStringLiteral("2026")}).code, 0);
    extraEnv.insert(QStringLiteral("CAMPAIGNDESK_NEW_PASSWORD"), QStringLiteral("root-pass-1"));
    ASSERT_EQ(runOn(source, {QStringLiteral("users"), QStringLiteral("add"), QStringLiteral("root"), QStringLiteral("--role"), QStringLiteral("admin")}).code, 0);
    // A file with accounts is copied by its administrator, signed in.
    CliRun r = copy(source, address());
    EXPECT_EQ(r.code, 1);
    extraEnv.insert(QStringLiteral("CAMPAIGNDESK_PASSWORD"), QStringLiteral("root-pass-1"));
    r = runWith({QStringLiteral("--user"), QStringLiteral("root")}, {QStringLiteral("copy"), source, address()});
    ASSERT_EQ(r.code, 0) << r.err.toStdString();
    EXPECT_TRUE(r.err.contains(QStringLiteral("Accounts copied: 1, each disabled"))) << r.err.toStdString();
    auto db = cd::Database::connect(address());
    ASSERT_TRUE(db);
    QSqlQuery q((*db)->sql());
    ASSERT_TRUE(q.exec(QStringLiteral("SELECT login, active, password_hash FROM users")) && q.next());
    EXPECT_EQ(q.value(0).toString(), QStringLiteral("root"));
    EXPECT_EQ(q.value(1).toInt(), 0);
    EXPECT_EQ(q.value(2).toString(), QString());
    // The password never shows in what the program printed.
    EXPECT_FALSE(r.out.contains(QStringLiteral("root-pass-1")) || r.err.contains(QStringLiteral("root-pass-1")));
    // A snapshot of that server is a file nobody is locked out of: its accounts cannot sign
    // in, so it opens as a file without accounts does.
    extraEnv.remove(QStringLiteral("CAMPAIGNDESK_PASSWORD"));
    ASSERT_EQ(copy(address(), file(QStringLiteral("back.cdb"))).code, 0);
    r = runOn(file(QStringLiteral("back.cdb")), {QStringLiteral("units"), QStringLiteral("list")});
    EXPECT_EQ(r.code, 0) << r.err.toStdString();
}

TEST_F(Copy, NothingIsWrittenIntoADatabaseThatHoldsACampaignNorOverAFile)
{
    ASSERT_EQ(run({QStringLiteral("init"), QStringLiteral("--year"), QStringLiteral("2020")}).code, 0);
    const CliRun before = runWith({}, {QStringLiteral("--db"), address(), QStringLiteral("backup"), file(QStringLiteral("before.cdb")), QStringLiteral("--format"),
                                      QStringLiteral("json")});
    ASSERT_EQ(before.code, 0) << before.err.toStdString();
    const QString source = demoFile(QStringLiteral("a.cdb"), 5);
    CliRun r = copy(source, address());
    EXPECT_EQ(r.code, 1);
    EXPECT_TRUE(r.err.contains(QStringLiteral("already holds a campaign"))) << r.err.toStdString();
    EXPECT_TRUE(r.err.contains(QStringLiteral("Nothing was written"))) << r.err.toStdString();
    const CliRun after = runWith({}, {QStringLiteral("--db"), address(), QStringLiteral("backup"), file(QStringLiteral("after.cdb")), QStringLiteral("--format"),
                                     QStringLiteral("json")});
    EXPECT_EQ(digests(after), digests(before));
    // Over an existing file: refused, the file untouched.
    const QByteArray bytes = cd::test::readFile(file(QStringLiteral("before.cdb")));
    r = copy(source, file(QStringLiteral("before.cdb")));
    EXPECT_EQ(r.code, 1);
    EXPECT_EQ(cd::test::readFile(file(QStringLiteral("before.cdb"))), bytes);
}

TEST_F(Copy, ACopyKilledHalfWayLeavesTheServerEmptyAndNoFileBehind)
{
    const QString source = demoFile(QStringLiteral("big.cdb"), 300);
    // To the server: killed while its transaction writes; the server rolls it back.
    {
        QProcess p;
        p.start(QStringLiteral(CD_CLI_PATH), {QStringLiteral("copy"), source, address()});
        ASSERT_TRUE(p.waitForStarted());
        bool writing = false;
        QSqlDatabase watch = server.connection(QStringLiteral("watch"));
        ASSERT_TRUE(watch.open());
        {
            QSqlQuery q(watch);
            while (!writing && p.state() == QProcess::Running) {
                // Rows are being sent inside the copy's open transaction (QPSQL runs prepared
                // statements as EXECUTE).
                q.prepare(QStringLiteral("SELECT count(*) FROM pg_stat_activity WHERE datname = ? AND backend_xid IS NOT NULL AND query LIKE 'EXECUTE%'"));
                q.addBindValue(name);
                writing = q.exec() && q.next() && q.value(0).toInt() > 0;
                if (!writing) p.waitForFinished(1);
            }
        }
        watch.close();
        watch = QSqlDatabase();
        QSqlDatabase::removeDatabase(QStringLiteral("watch"));
        if (!writing) GTEST_SKIP() << "the copy finished before it could be interrupted";
        ::kill(pid_t(p.processId()), SIGKILL);
        p.waitForFinished(10000);
        EXPECT_EQ(p.exitStatus(), QProcess::CrashExit);
    }
    EXPECT_EQ(firstTableWithRows(), QString()); // as empty as it was: a copy may go in again
    const CliRun again = copy(source, address());
    EXPECT_EQ(again.code, 0) << again.err.toStdString();

    // To a file: killed while writing its .partial; the file's name is never taken.
    const QString target = file(QStringLiteral("copy.cdb"));
    QProcess p;
    p.start(QStringLiteral(CD_CLI_PATH), {QStringLiteral("copy"), address(), target});
    ASSERT_TRUE(p.waitForStarted());
    bool writing = false;
    while (!writing && p.state() == QProcess::Running) {
        writing = QFile(target + QStringLiteral(".partial")).size() > 64 * 1024 || QFile(target + QStringLiteral(".partial-wal")).size() > 64 * 1024;
        if (!writing) p.waitForFinished(1);
    }
    if (!writing) GTEST_SKIP() << "the copy finished before it could be interrupted";
    ::kill(pid_t(p.processId()), SIGKILL);
    p.waitForFinished(10000);
    EXPECT_FALSE(QFile::exists(target));
    const CliRun whole = copy(address(), target); // what the killed one left is cleared away
    EXPECT_EQ(whole.code, 0) << whole.err.toStdString();
    EXPECT_TRUE(QFile::exists(target));
    EXPECT_FALSE(QFile::exists(target + QStringLiteral(".partial")));
    EXPECT_EQ(digests(whole), digests(again));
}
