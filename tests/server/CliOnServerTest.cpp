// campaigndesk-cli with --db a server address: the same commands as on a file.
#include "server/CliOnServer.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <gtest/gtest.h>


TEST_F(CliOnServer, InitImportListAndReportOnAServer)
{
    CliRun r = run({QStringLiteral("init"), QStringLiteral("--year"), QStringLiteral("2020")});
    ASSERT_EQ(r.code, 0) << r.err.toStdString();
    r = run({QStringLiteral("units"), QStringLiteral("import"), cd::test::sharedFile(QStringLiteral("fixtures/city-units.csv"))});
    ASSERT_EQ(r.code, 0) << r.err.toStdString();
    r = run({QStringLiteral("units"), QStringLiteral("list"), QStringLiteral("--format"), QStringLiteral("json")});
    ASSERT_EQ(r.code, 0) << r.err.toStdString();
    EXPECT_EQ(QJsonDocument::fromJson(r.out.toUtf8()).array().size(), 58);
    // --user is for files; a database of another program is refused in words.
    r = run({QStringLiteral("--user"), QStringLiteral("root"), QStringLiteral("units"), QStringLiteral("list")});
    EXPECT_EQ(r.code, 1);
    EXPECT_TRUE(r.err.contains(QStringLiteral("--user"))) << r.err.toStdString();
}

TEST_F(CliOnServer, TheSameDemoReadsTheSameOnAFileAndOnAServer)
{
    // The demo is the same for the same seed: every listing and figure must come out the same,
    // byte for byte, from either engine.
    QTemporaryDir files;
    const QString file = files.filePath(QStringLiteral("same.cdb"));
    const QStringList demo{QStringLiteral("demo"), QStringLiteral("--units"), QStringLiteral("20"), QStringLiteral("--year"), QStringLiteral("2026"),
                           QStringLiteral("--seed"), QStringLiteral("3")};
    CliRun r = run(demo);
    ASSERT_EQ(r.code, 0) << r.err.toStdString();
    ASSERT_EQ(runOn(file, demo).code, 0);
    for (const char* line : {"dashboard --format json --as-of 2026-11-20", "assess --format json --as-of 2026-11-20", "report list --format json",
                             "problem list --format json", "units list --format json", "resp list --format json", "tasks list --format json",
                             "reminders --period 2026-10 --format json", "case list --format json"}) {
        const QStringList args = QString::fromLatin1(line).split(QLatin1Char(' '));
        const CliRun server = run(args), onFile = runOn(file, args);
        EXPECT_EQ(server.code, 0) << line << ": " << server.err.toStdString();
        EXPECT_FALSE(server.out.isEmpty()) << line;
        EXPECT_EQ(server.out.toStdString(), onFile.out.toStdString()) << line;
    }
    // check names where it looked; both find the campaign sound.
    EXPECT_EQ(run({QStringLiteral("check")}).code, 0);
    EXPECT_EQ(runOn(file, {QStringLiteral("check")}).code, 0);
    // The scoring reads the server's rolled-up figures: one unit's first submissions emptied
    // behind the triggers' back, check says so and the scores no longer match the file's.
    server.run(QStringLiteral("UPDATE unit_rollups SET first_submissions = ''::bytea WHERE unit_id = (SELECT min(unit_id) FROM unit_rollups)"), name);
    r = run({QStringLiteral("check")});
    EXPECT_EQ(r.code, 1);
    EXPECT_EQ(r.err.split(QLatin1Char('\n')).first(), QStringLiteral("the figures the server keeps rolled up for 1 unit(s) do not match their rows"));
    const QStringList assess = QStringLiteral("assess --format json --as-of 2026-11-20").split(QLatin1Char(' '));
    EXPECT_NE(run(assess).out.toStdString(), runOn(file, assess).out.toStdString());
}

TEST_F(CliOnServer, ADatabaseOfAnotherProgramIsRefused)
{
    server.run(QStringLiteral("CREATE TABLE meta (k INTEGER)"), name); // a meta table that is not ours
    const CliRun r = run({QStringLiteral("units"), QStringLiteral("list")});
    EXPECT_EQ(r.code, 1);
    EXPECT_TRUE(r.err.contains(QStringLiteral("not a CampaignDesk campaign"))) << r.err.toStdString();
}
