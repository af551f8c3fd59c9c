#include "integration/CliFixture.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <sys/stat.h>

TEST_F(Cli, InitThenRefuseTheSameYear)
{
    CliRun r = run({QStringLiteral("init"), QStringLiteral("--year"), QStringLiteral("2020")});
    EXPECT_EQ(r.code, 0) << r.err.toStdString();
    EXPECT_TRUE(r.out.contains(QStringLiteral("33")));
    r = run({QStringLiteral("init"), QStringLiteral("--year"), QStringLiteral("2020")});
    EXPECT_EQ(r.code, 1);
    EXPECT_TRUE(r.err.contains(QStringLiteral("2020")));
}

TEST_F(Cli, UsageErrorsExitTwo)
{
    EXPECT_EQ(run({}).code, 2);
    EXPECT_EQ(run({QStringLiteral("frobnicate")}).code, 2);
    EXPECT_EQ(run({QStringLiteral("init")}).code, 2);
    EXPECT_EQ(run({QStringLiteral("units")}).code, 2);
    EXPECT_EQ(run({QStringLiteral("init"), QStringLiteral("--year"), QStringLiteral("2020"), QStringLiteral("--as-of"),
                   QStringLiteral("2020-13-01")})
                  .code,
              2);
    EXPECT_FALSE(QFile::exists(db()));
}

TEST_F(Cli, TasksListAsJson)
{
    ASSERT_EQ(run({QStringLiteral("init"), QStringLiteral("--year"), QStringLiteral("2020")}).code, 0);
    const QJsonArray tasks = json({QStringLiteral("tasks"), QStringLiteral("list"), QStringLiteral("--format"), QStringLiteral("json")});
    ASSERT_EQ(tasks.size(), 33);
    const QJsonObject s2 = tasks[6].toObject();
    EXPECT_EQ(s2.value(QStringLiteral("code")).toString(), QStringLiteral("S2"));
    EXPECT_EQ(s2.value(QStringLiteral("pillar")).toString(), QStringLiteral("study"));
    EXPECT_EQ(s2.value(QStringLiteral("kind")).toString(), QStringLiteral("mandatory"));
    EXPECT_EQ(s2.value(QStringLiteral("cadence")).toString(), QStringLiteral("monthly"));
    EXPECT_EQ(s2.value(QStringLiteral("target")).toDouble(), 12);
    EXPECT_EQ(s2.value(QStringLiteral("measure")).toString(), QStringLiteral("次"));
    EXPECT_TRUE(s2.contains(QStringLiteral("title")));
}

TEST_F(Cli, UnitsImportDryRunThenForReal)
{
    ASSERT_EQ(run({QStringLiteral("init"), QStringLiteral("--year"), QStringLiteral("2020")}).code, 0);
    const QString fixture = sharedFile(QStringLiteral("fixtures/city-units.csv"));
    CliRun r = run({QStringLiteral("units"), QStringLiteral("import"), fixture, QStringLiteral("--dry-run")});
    EXPECT_EQ(r.code, 0) << r.err.toStdString();
    EXPECT_TRUE(r.out.contains(QStringLiteral("58 to add")));
    EXPECT_TRUE(json({QStringLiteral("units"), QStringLiteral("list"), QStringLiteral("--format"), QStringLiteral("json")}).isEmpty());
    r = run({QStringLiteral("units"), QStringLiteral("import"), fixture});
    EXPECT_EQ(r.code, 0) << r.err.toStdString();
    const QJsonArray units = json({QStringLiteral("units"), QStringLiteral("list"), QStringLiteral("--format"), QStringLiteral("json")});
    ASSERT_EQ(units.size(), 58);
    const QJsonObject first = units[0].toObject();
    for (const char* key : {"name", "short_name", "category", "head", "deputy", "secretary", "phone", "active"})
        EXPECT_TRUE(first.contains(QLatin1String(key))) << key;
    // Importing again: nothing to change.
    r = run({QStringLiteral("units"), QStringLiteral("import"), fixture});
    EXPECT_TRUE(r.out.contains(QStringLiteral("0 to add, 0 to update, 58 unchanged")));
}

TEST_F(Cli, RejectedRowsRefuseTheImportUnlessSkipped)
{
    const QString sheet = dir.filePath(QStringLiteral("bad.csv"));
    writeFile(sheet, "单位名称,联系电话\n市教育局,1\n,2\n市教育局,3\n");
    CliRun r = run({QStringLiteral("units"), QStringLiteral("import"), sheet});
    EXPECT_EQ(r.code, 1);
    EXPECT_TRUE(r.err.contains(QStringLiteral("Row 3")));
    EXPECT_TRUE(r.err.contains(QStringLiteral("Row 4")));
    EXPECT_TRUE(json({QStringLiteral("units"), QStringLiteral("list"), QStringLiteral("--format"), QStringLiteral("json")}).isEmpty());
    r = run({QStringLiteral("units"), QStringLiteral("import"), sheet, QStringLiteral("--skip-invalid")});
    EXPECT_EQ(r.code, 0);
    EXPECT_EQ(json({QStringLiteral("units"), QStringLiteral("list"), QStringLiteral("--format"), QStringLiteral("json")}).size(), 1);
}

TEST_F(Cli, ResponsibilityImportListAndExport)
{
    ASSERT_EQ(run({QStringLiteral("init"), QStringLiteral("--year"), QStringLiteral("2020")}).code, 0);
    ASSERT_EQ(run({QStringLiteral("units"), QStringLiteral("import"), sharedFile(QStringLiteral("fixtures/city-units.csv"))}).code, 0);
    const QString sheet = dir.filePath(QStringLiteral("resp.csv"));
    writeFile(sheet, QStringLiteral("单位名称,任务编号,责任层级,责任人,职务,责任内容,量化目标\n"
                                    "市委办公室,P2,第一责任,闫明峰,党组书记,主持听取党建汇报,2\n"
                                    "市委办公室,S2,具体责任,罗琳宇,机关党委专职副书记,组织中心组学习,12\n")
                         .toUtf8());
    CliRun r = run({QStringLiteral("resp"), QStringLiteral("import"), sheet});
    ASSERT_EQ(r.code, 0) << r.err.toStdString();
    const QJsonArray list = json({QStringLiteral("resp"), QStringLiteral("list"), QStringLiteral("--unit"), QStringLiteral("市委办公室"),
                                  QStringLiteral("--format"), QStringLiteral("json")});
    ASSERT_EQ(list.size(), 2);
    const QJsonObject s2 = list[0].toObject();
    EXPECT_EQ(s2.value(QStringLiteral("task")).toString(), QStringLiteral("S2"));
    EXPECT_EQ(s2.value(QStringLiteral("level")).toString(), QStringLiteral("specific"));
    EXPECT_EQ(s2.value(QStringLiteral("target")).toDouble(), 12);
    EXPECT_EQ(list[1].toObject().value(QStringLiteral("person")).toString(), QStringLiteral("闫明峰"));
    EXPECT_EQ(run({QStringLiteral("resp"), QStringLiteral("list"), QStringLiteral("--unit"), QStringLiteral("不存在")}).code, 1);
    const QString out = dir.filePath(QStringLiteral("resp.xlsx"));
    EXPECT_EQ(run({QStringLiteral("resp"), QStringLiteral("export"), out}).code, 0);
    EXPECT_TRUE(QFile::exists(out));
}

TEST_F(Cli, CheckAndBackup)
{
    ASSERT_EQ(run({QStringLiteral("init"), QStringLiteral("--year"), QStringLiteral("2020")}).code, 0);
    CliRun r = run({QStringLiteral("check")});
    EXPECT_EQ(r.code, 0);
    EXPECT_TRUE(r.out.contains(QStringLiteral("ok")));
    const QString copy = dir.filePath(QStringLiteral("copy.cdb"));
    EXPECT_EQ(run({QStringLiteral("backup"), copy}).code, 0);
    EXPECT_TRUE(QFile::exists(copy));
}

TEST_F(Cli, ReadingCommandsDoNotCreateFilesAndNameDamagedOnes)
{
    CD_FILE_ONLY("the file's bytes");
    CliRun r = run({QStringLiteral("units"), QStringLiteral("list")});
    EXPECT_EQ(r.code, 1);
    EXPECT_FALSE(QFile::exists(db()));
    writeFile(db(), QByteArray(2048, 'x'));
    r = run({QStringLiteral("check")});
    EXPECT_EQ(r.code, 1);
    EXPECT_TRUE(r.err.contains(QStringLiteral("c.cdb")));
}

// The check of the file runs beside the command: a damaged file still refuses every write, and
// a command that only read says the file is damaged and fails, rather than pass for sound.
TEST_F(Cli, ACheckBesideTheCommandRefusesWritesToADamagedFileAndFailsReads)
{
    CD_FILE_ONLY("the file's pages");
    ASSERT_EQ(run(words("demo --units 60 --year 2020 --seed 3")).code, 0);
    ASSERT_GT(QFileInfo(db()).size(), 40 * 4096);
    ASSERT_TRUE(damageLastPages(db(), 6)); // the last pages only: the file still opens
    const QByteArray damaged = readFile(db());
    CliRun r = run(words("groups add 新分组"));
    EXPECT_EQ(r.code, 1);
    EXPECT_TRUE(r.err.contains(QStringLiteral("is damaged"))) << r.err.toStdString();
    EXPECT_EQ(readFile(db()), damaged); // nothing written
    r = run(words("tasks list"));
    EXPECT_EQ(r.code, 1);
    EXPECT_TRUE(r.err.contains(QStringLiteral("is damaged"))) << r.err.toStdString();
    EXPECT_TRUE(r.err.contains(QStringLiteral("do not use it"))) << r.err.toStdString();
    EXPECT_EQ(readFile(db()), damaged);
}

TEST_F(Cli, DemoIsDeterministicForASeed)
{
    QTemporaryDir other;
    CliRun r = run({QStringLiteral("demo"), QStringLiteral("--units"), QStringLiteral("80"), QStringLiteral("--year"), QStringLiteral("2020"),
                 QStringLiteral("--seed"), QStringLiteral("7")});
    ASSERT_EQ(r.code, 0) << r.err.toStdString();
    const QJsonArray a = json({QStringLiteral("resp"), QStringLiteral("list"), QStringLiteral("--format"), QStringLiteral("json")});
    TestDatabase second(other.path());
    useDatabase(second.where());
    r = run({QStringLiteral("demo"), QStringLiteral("--units"), QStringLiteral("80"), QStringLiteral("--year"), QStringLiteral("2020"),
             QStringLiteral("--seed"), QStringLiteral("7")});
    ASSERT_EQ(r.code, 0);
    EXPECT_EQ(json({QStringLiteral("resp"), QStringLiteral("list"), QStringLiteral("--format"), QStringLiteral("json")}), a);
    EXPECT_GT(a.size(), 80 * 30);
    EXPECT_EQ(json({QStringLiteral("units"), QStringLiteral("list"), QStringLiteral("--format"), QStringLiteral("json")}).size(), 80);
}

// Whatever umask it is started with (this test's is the usual 022), every file the tool writes
// that holds campaign data, keys or evidence is its person's alone, and so is the data folder.
TEST_F(Cli, EveryFileItWritesIsItsPersonsAloneWhateverTheUmask)
{
    const mode_t before = ::umask(022);
    const auto mode = [](const QString& path) {
        struct stat st{};
        return ::stat(QFile::encodeName(path).constData(), &st) == 0 ? int(st.st_mode & 0777) : -1;
    };
    ASSERT_EQ(run(words("demo --units 6 --year 2026 --seed 1")).code, 0);
    const QString backup = dir.filePath(QStringLiteral("snapshot.cdb"));
    const QString package = dir.filePath(QStringLiteral("unit.cdtask"));
    const QString pdf = dir.filePath(QStringLiteral("bulletin.pdf"));
    ASSERT_EQ(run({QStringLiteral("backup"), backup}).code, 0);
    const QString unit = json(words("units list --format json")).at(0).toObject().value(QStringLiteral("name")).toString();
    CliRun r = run({QStringLiteral("package"), QStringLiteral("export"), QStringLiteral("--unit"), unit, QStringLiteral("--out"), package});
    ASSERT_EQ(r.code, 0) << r.err.toStdString();
    r = run({QStringLiteral("--as-of"), QStringLiteral("2026-04-10"), QStringLiteral("bulletin"), QStringLiteral("--quarter"), QStringLiteral("2026Q1"), QStringLiteral("--out"), pdf});
    ASSERT_EQ(r.code, 0) << r.err.toStdString();
    for (const QString& file : {backup, package, pdf}) EXPECT_EQ(mode(file), 0600) << file.toStdString();
    if (!onServer()) {
        EXPECT_EQ(mode(db()), 0600);
    }
    const QString data = dir.filePath(QStringLiteral("data/CampaignDesk/CampaignDesk"));
    EXPECT_EQ(mode(data), 0700);
    EXPECT_EQ(mode(dir.filePath(QStringLiteral("data/CampaignDesk"))), 0700);
    EXPECT_EQ(mode(QDir(data).filePath(QStringLiteral("campaigndesk-cli.log"))), 0600);
    // A file of an older version, migrated: the copy kept beside it is closed too.
    const QString old = dir.filePath(QStringLiteral("old.cdb"));
    ASSERT_TRUE(QFile::copy(cd::test::dataFile(QStringLiteral("campaign-v1.cdb")), old));
    QFile::setPermissions(old, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup | QFileDevice::ReadOther);
    r = runProgram(QStringLiteral(CD_CLI_PATH), {QStringLiteral("--db"), old, QStringLiteral("units"), QStringLiteral("list")});
    ASSERT_EQ(r.code, 0) << r.err.toStdString();
    EXPECT_EQ(mode(old + QStringLiteral(".bak-v1")), 0600);
    ::umask(before);
}
