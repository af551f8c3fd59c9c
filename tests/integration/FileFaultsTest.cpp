// What happens to a campaign file when the world around it misbehaves: a folder or file the
// user may not write, a disk that fills up, a second program with the same file open, an edit
// made on a copy someone else has since changed.

#include "integration/CliFixture.h"

#include "services/AssessmentService.h"
#include "services/BulletinService.h"
#include "services/CampaignService.h"
#include "services/ResponsibilityService.h"
#include "services/SettingsService.h"
#include "services/UnitService.h"
#include "storage/AuditRepository.h"
#include "storage/FileSystems.h"
#include "storage/OpenMarker.h"
#include "storage/SqlUtil.h"

#include <QCryptographicHash>
#include <QFile>
#include <QSqlError>
#include <QSysInfo>
#include <unistd.h>

namespace {

class FileFaults : public Cli
{
protected:
    void SetUp() override
    {
        ASSERT_EQ(run(words("init --year 2020")).code, 0);
        ASSERT_EQ(run({QStringLiteral("units"), QStringLiteral("import"), sharedFile(QStringLiteral("fixtures/city-units.csv"))}).code, 0);
    }
    // Runs the command line the way `run` does, but through a shell line that sets limits first.
    CliRun runLimited(const QString& shellPrefix, const QStringList& args)
    {
        QStringList quoted;
        for (const QString& a : QStringList{QStringLiteral(CD_CLI_PATH), QStringLiteral("--db"), db()} + args)
            quoted << QLatin1Char('\'') + QString(a).replace(QLatin1Char('\''), QStringLiteral("'\\''")) + QLatin1Char('\'');
        return runProgram(QStringLiteral("/bin/bash"), {QStringLiteral("-c"), shellPrefix + QStringLiteral(" exec ") + quoted.join(QLatin1Char(' '))});
    }
    // Two programs started at the same moment on the campaign under test.
    std::pair<CliRun, CliRun> together(const QStringList& first, const QStringList& second)
    {
        QProcess a, b;
        a.setProcessEnvironment(environment());
        b.setProcessEnvironment(environment());
        a.start(QStringLiteral(CD_CLI_PATH), QStringList{QStringLiteral("--db"), db()} + first);
        b.start(QStringLiteral(CD_CLI_PATH), QStringList{QStringLiteral("--db"), db()} + second);
        a.waitForFinished(timeoutMs);
        b.waitForFinished(timeoutMs);
        return {{a.exitCode(), QString::fromUtf8(a.readAllStandardOutput()), QString::fromUtf8(a.readAllStandardError())},
                {b.exitCode(), QString::fromUtf8(b.readAllStandardOutput()), QString::fromUtf8(b.readAllStandardError())}};
    }
    QByteArray digest(const QString& path) { return QCryptographicHash::hash(readFile(path), QCryptographicHash::Sha256); }
};

} // namespace

// A full disk (here a file-size limit, which the file system reports the same way): the write
// is refused with a sentence that says so, and everything saved before is still there.
TEST_F(FileFaults, AFullDiskRefusesTheWriteAndKeepsEverythingSaved)
{
    CD_FILE_ONLY("a file-size limit on the process writing the file");
    const QString report = dir.filePath(QStringLiteral("march.json"));
    writeFile(report, R"({"summary": "三月开展中心组学习", "items": [{"task": "S2", "progress": 1, "status": "done",
                         "done": "学习党章", "problems": "", "next": "四月继续"}], "attachments": ["minutes.pdf"]})");
    writeFile(dir.filePath(QStringLiteral("minutes.pdf")), "%PDF-1.4 minutes");
    ASSERT_EQ(run(words("--as-of 2020-04-03 report submit --unit 市教育局 --period 2020-03 --file") << report).code, 0);
    QByteArray big(4 * 1024 * 1024, '\0');
    for (int i = 0; i < big.size(); ++i) big[i] = char((i * 2654435761u) >> 24);
    writeFile(dir.filePath(QStringLiteral("minutes.pdf")), big);
    const QString before = run(words("report list --format csv")).out;
    const qint64 size = QFileInfo(db()).size() + QFileInfo(db() + QStringLiteral("-wal")).size();
    // Room for a little more than the file holds now, not for the 4 MiB of evidence.
    const QString limit = QStringLiteral("ulimit -f %1; trap '' XFSZ;").arg(size / 1024 + 200);
    const CliRun r = runLimited(limit, words("--as-of 2020-04-04 report submit --unit 市财政局 --period 2020-03 --file") << report);
    EXPECT_EQ(r.code, 1);
    EXPECT_TRUE(r.err.contains(QStringLiteral("The disk is full; nothing was saved."))) << r.err.toStdString();
    EXPECT_EQ(run(words("report list --format csv")).out, before);
    const CliRun check = run(words("check"));
    EXPECT_EQ(check.code, 0) << check.err.toStdString();
    EXPECT_TRUE(check.out.contains(QStringLiteral("integrity ok"))) << check.out.toStdString();
}

// A campaign file in a folder the user may only read: it opens for reading, every write is
// refused as read-only (not as a damaged file), and nothing is written beside it.
TEST_F(FileFaults, AReadOnlyFileAndFolderOpenForReadingAndRefuseWrites)
{
    CD_FILE_ONLY("file and folder permissions");
    QDir(dir.path()).mkdir(QStringLiteral("ro"));
    const QString folder = dir.filePath(QStringLiteral("ro"));
    const QString copy = folder + QStringLiteral("/c.cdb");
    ASSERT_EQ(run({QStringLiteral("backup"), copy}).code, 0);
    const QByteArray bytes = readFile(copy);
    QFile::setPermissions(copy, QFileDevice::ReadOwner | QFileDevice::ReadGroup | QFileDevice::ReadOther);
    QFile::setPermissions(folder, QFileDevice::ReadOwner | QFileDevice::ExeOwner | QFileDevice::ReadGroup | QFileDevice::ExeGroup |
                                      QFileDevice::ReadOther | QFileDevice::ExeOther);
    QFile::setPermissions(dir.path(), QFile::permissions(dir.path()) | QFileDevice::ExeOther | QFileDevice::ReadOther);
    // Permissions do not bind the superuser: run as nobody then.
    const bool asNobody = ::geteuid() == 0;
    useDatabase(copy);
    const auto asUser = [&](const QStringList& args) {
        if (!asNobody) return run(args);
        return runProgram(QStringLiteral("setpriv"), QStringList{QStringLiteral("--reuid=65534"), QStringLiteral("--regid=65534"), QStringLiteral("--clear-groups"),
                                                                 QStringLiteral(CD_CLI_PATH), QStringLiteral("--db"), copy} + args,
                          {{QStringLiteral("HOME"), folder}});
    };
    const CliRun list = asUser(words("units list --format csv"));
    ASSERT_EQ(list.code, 0) << list.err.toStdString();
    EXPECT_TRUE(list.out.contains(QStringLiteral("市教育局")));
    const CliRun check = asUser(words("check"));
    EXPECT_EQ(check.code, 0) << check.err.toStdString();
    EXPECT_FALSE(check.err.contains(QStringLiteral("damaged")));
    const CliRun write = asUser(words("case add --unit 市教育局 --pillar study --title 学习标兵"));
    EXPECT_EQ(write.code, 1);
    EXPECT_TRUE(write.err.contains(QStringLiteral("The campaign file is read-only; nothing was saved."))) << write.err.toStdString();
    EXPECT_EQ(readFile(copy), bytes);
    EXPECT_FALSE(QFile::exists(copy + QStringLiteral("-wal")));
    EXPECT_FALSE(QFile::exists(cd::OpenMarker::markerPath(copy)));
    QFile::setPermissions(folder, QFile::permissions(folder) | QFileDevice::WriteOwner);
}

// The marker beside an open file tells a second program who has it open; a marker left by a
// killed program is taken over; the last one out removes it.
TEST(OpenMarker, TellsTheSecondProgramWhoHasTheFileOpen)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("c.cdb"));
    {
        cd::OpenMarker first(path);
        EXPECT_TRUE(first.claimed());
        EXPECT_FALSE(first.other());
        cd::OpenMarker second(path);
        EXPECT_FALSE(second.claimed());
        ASSERT_TRUE(second.other());
        EXPECT_EQ(second.other()->host, QSysInfo::machineHostName());
        EXPECT_EQ(second.other()->pid, qint64(::getpid()));
        EXPECT_FALSE(second.other()->user.isEmpty());
    }
    EXPECT_FALSE(QFile::exists(cd::OpenMarker::markerPath(path)));
    // A program that was killed with the file open: its process is gone.
    QProcess gone;
    gone.start(QStringLiteral("/bin/true"));
    ASSERT_TRUE(gone.waitForStarted());
    const qint64 pid = gone.processId();
    ASSERT_TRUE(gone.waitForFinished());
    writeFile(cd::OpenMarker::markerPath(path), QStringLiteral(R"({"user":"zhang","host":"%1","pid":%2,"since":"2020-04-01T09:00:00"})")
                                                   .arg(QSysInfo::machineHostName())
                                                   .arg(pid)
                                                   .toUtf8());
    cd::OpenMarker after(path);
    EXPECT_TRUE(after.claimed());
    EXPECT_FALSE(after.other());
    // Another computer's marker cannot be checked, so it is believed.
    cd::OpenMarker mine(dir.filePath(QStringLiteral("d.cdb")));
    ASSERT_TRUE(mine.claimed());
}

TEST(FileSystems, NetworkSharesAreToldFromTheMountTable)
{
    const QString table = QStringLiteral("/dev/sda1 / ext4 rw 0 0\n"
                                         "server:/export /mnt/office nfs4 rw 0 0\n"
                                         "//pc/share /mnt/my\\040share cifs rw 0 0\n"
                                         "/dev/sdb1 /mnt/office/local ext4 rw 0 0\n"
                                         "zhang@host: /home/zhang/remote fuse.sshfs rw 0 0\n");
    using namespace cd::FileSystems;
    EXPECT_EQ(typeIn(table, QStringLiteral("/home/zhang/c.cdb")), QStringLiteral("ext4"));
    EXPECT_EQ(typeIn(table, QStringLiteral("/mnt/office/2020/c.cdb")), QStringLiteral("nfs4"));
    EXPECT_EQ(typeIn(table, QStringLiteral("/mnt/office/local/c.cdb")), QStringLiteral("ext4"));
    EXPECT_EQ(typeIn(table, QStringLiteral("/mnt/officex/c.cdb")), QStringLiteral("ext4"));
    EXPECT_EQ(typeIn(table, QStringLiteral("/mnt/my share/c.cdb")), QStringLiteral("cifs"));
    EXPECT_EQ(typeIn(table, QStringLiteral("/home/zhang/remote/c.cdb")), QStringLiteral("fuse.sshfs"));
    for (const char* t : {"nfs", "nfs4", "cifs", "smb3", "9p", "fuse.sshfs", "fuse.gvfsd-fuse"}) EXPECT_TRUE(isNetwork(QString::fromLatin1(t))) << t;
    for (const char* t : {"ext4", "xfs", "btrfs", "tmpfs", "overlay", "vfat", "fuseblk", ""}) EXPECT_FALSE(isNetwork(QString::fromLatin1(t))) << t;
    // This machine's own temporary folder is a local one.
    QTemporaryDir dir;
    EXPECT_FALSE(isNetwork(typeOf(dir.path())));
    EXPECT_FALSE(typeOf(dir.path()).isEmpty());
}

// An edit made on a copy read before someone else's change is refused, naming who changed it;
// the stored record keeps the other person's change.
namespace {
// 市教育局, added and read back as an editor would open it; and a second person who edits too.
cd::Unit educationBureau(cd::test::Fixture& f)
{
    cd::Unit u;
    u.name = QStringLiteral("市教育局");
    EXPECT_TRUE(cd::UnitService(f.ctx()).add(u));
    return *cd::UnitService(f.ctx()).byName(QStringLiteral("市教育局"));
}
cd::Actor makeZhang()
{
    cd::Actor a = cd::Actor::localAdmin();
    a.login = QStringLiteral("zhang");
    return a;
}
} // namespace

// Renamed meanwhile: the refusal names the record as this person opened it (not by the other
// person's new value), at a time written as everywhere else in the program.
TEST(StaleEdits, NameTheRecordAsOpenedAndTheTimeAsTheProgramWritesIt)
{
    cd::test::Fixture f;
    f.createCampaign(2020);
    const cd::Unit asRead = educationBureau(f);
    cd::Unit theirs = asRead;
    theirs.name = QStringLiteral("市教育体育局");
    ASSERT_TRUE(cd::UnitService(f.as(makeZhang())).update(theirs, &asRead));
    cd::Unit mine = asRead;
    mine.phone = QStringLiteral("0871-1234");
    auto refused = cd::UnitService(f.ctx()).update(mine, &asRead);
    ASSERT_FALSE(refused);
    const QString when = f.clock.now().toString(QStringLiteral("yyyy-MM-dd HH:mm"));
    EXPECT_TRUE(refused.error().message.startsWith(QStringLiteral("市教育局 was changed by zhang at %1 ").arg(when))) << refused.error().message.toStdString();
    EXPECT_FALSE(refused.error().message.contains(QStringLiteral("市教育体育局"))) << refused.error().message.toStdString();
}

TEST(StaleEdits, AreRefusedNamingWhoChangedTheRecord)
{
    cd::test::Fixture f;
    const qint64 campaign = f.createCampaign(2020);
    const cd::Unit asRead = educationBureau(f);
    const cd::Actor zhang = makeZhang();
    cd::Unit theirs = asRead;
    theirs.phone = QStringLiteral("0871-1234");
    ASSERT_TRUE(cd::UnitService(f.as(zhang)).update(theirs, &asRead));
    cd::Unit mine = asRead;
    mine.secretary = QStringLiteral("李明");
    const int audit = cd::AuditRepository(f.db()).count();
    auto refused = cd::UnitService(f.ctx()).update(mine, &asRead);
    ASSERT_FALSE(refused);
    EXPECT_EQ(refused.error().code, cd::Error::Code::Conflict);
    EXPECT_TRUE(refused.error().message.contains(QStringLiteral("zhang"))) << refused.error().message.toStdString();
    EXPECT_TRUE(refused.error().message.contains(QStringLiteral("市教育局")));
    EXPECT_EQ(cd::UnitService(f.ctx()).byName(QStringLiteral("市教育局"))->phone, QStringLiteral("0871-1234"));
    EXPECT_TRUE(cd::UnitService(f.ctx()).byName(QStringLiteral("市教育局"))->secretary.isEmpty());
    EXPECT_EQ(cd::AuditRepository(f.db()).count(), audit);
    // Read afresh, the same edit goes through.
    const cd::Unit fresh = *cd::UnitService(f.ctx()).byName(QStringLiteral("市教育局"));
    mine = fresh;
    mine.secretary = QStringLiteral("李明");
    EXPECT_TRUE(cd::UnitService(f.ctx()).update(mine, &fresh));

    // A task and the settings the same way.
    cd::CampaignService campaigns(f.ctx());
    const cd::Task task = campaigns.tasks(campaign).first();
    cd::Task theirTask = task;
    theirTask.target = task.target + 1;
    ASSERT_TRUE(cd::CampaignService(f.as(zhang)).updateTask(theirTask, &task));
    cd::Task myTask = task;
    myTask.title += QStringLiteral("（修订）");
    auto taskRefused = campaigns.updateTask(myTask, &task);
    ASSERT_FALSE(taskRefused);
    EXPECT_TRUE(taskRefused.error().message.contains(QStringLiteral("zhang")));
    EXPECT_EQ(campaigns.tasks(campaign).first().title, task.title);

    const cd::CampaignSettings settings = cd::SettingsService(f.ctx()).current();
    cd::CampaignSettings theirSettings = settings;
    theirSettings.lights.warnDays = settings.lights.warnDays + 1;
    ASSERT_TRUE(cd::SettingsService(f.as(zhang)).save(theirSettings, &settings));
    cd::CampaignSettings mySettings = settings;
    mySettings.attachmentLimitMb = settings.attachmentLimitMb + 1;
    auto settingsRefused = cd::SettingsService(f.ctx()).save(mySettings, &settings);
    ASSERT_FALSE(settingsRefused);
    EXPECT_TRUE(settingsRefused.error().message.contains(QStringLiteral("zhang"))) << settingsRefused.error().message.toStdString();
    EXPECT_EQ(cd::SettingsService(f.ctx()).current().attachmentLimitMb, settings.attachmentLimitMb);

    // The quarter's bulletin draft: two people open it, one saves, the other's save is refused.
    cd::BulletinService bulletins(f.ctx());
    const qint64 opened = bulletins.draftVersion(QStringLiteral("2020Q1"));
    EXPECT_EQ(opened, 0); // nobody has saved a draft yet
    cd::BulletinSections theirDraft;
    theirDraft.overview = QStringLiteral("一季度总体情况（张）");
    ASSERT_TRUE(cd::BulletinService(f.as(zhang)).saveDraft(QStringLiteral("2020Q1"), theirDraft, opened));
    cd::BulletinSections myDraft;
    myDraft.overview = QStringLiteral("一季度总体情况（我）");
    auto draftRefused = bulletins.saveDraft(QStringLiteral("2020Q1"), myDraft, opened);
    ASSERT_FALSE(draftRefused);
    EXPECT_TRUE(draftRefused.error().message.contains(QStringLiteral("zhang"))) << draftRefused.error().message.toStdString();
    EXPECT_TRUE(bulletins.draft(QStringLiteral("2020Q1"))->overview.contains(QStringLiteral("（张）")));
    EXPECT_TRUE(bulletins.saveDraft(QStringLiteral("2020Q1"), myDraft, bulletins.draftVersion(QStringLiteral("2020Q1"))));

    // A responsibility row, edited in two dialogs.
    cd::Responsibility row;
    row.unitId = asRead.id;
    row.taskId = task.id;
    row.level = cd::ResponsibilityLevel::First;
    row.person = QStringLiteral("王局长");
    auto rowId = cd::ResponsibilityService(f.ctx()).save(row);
    ASSERT_TRUE(rowId) << rowId.error().message.toStdString();
    row.id = *rowId;
    cd::Responsibility theirRow = row;
    theirRow.post = QStringLiteral("局长");
    ASSERT_TRUE(cd::ResponsibilityService(f.as(zhang)).save(theirRow, row));
    cd::Responsibility myRow = row;
    myRow.duty = QStringLiteral("牵头抓总");
    auto rowRefused = cd::ResponsibilityService(f.ctx()).save(myRow, row);
    ASSERT_FALSE(rowRefused);
    EXPECT_TRUE(rowRefused.error().message.contains(QStringLiteral("zhang"))) << rowRefused.error().message.toStdString();
    EXPECT_TRUE(rowRefused.error().message.contains(QStringLiteral("王局长")));
    EXPECT_TRUE(cd::ResponsibilityService(f.ctx()).save(myRow, theirRow)); // on the fresh copy

    // The assessment rubric, edited in two dialogs.
    cd::AssessmentService assessment(f.ctx());
    const auto rubric = assessment.rubric(2020);
    ASSERT_TRUE(rubric);
    const QJsonObject rubricRead = rubric->toJson();
    cd::Rubric theirRubric = *rubric;
    theirRubric.grades.excellent -= 1;
    ASSERT_TRUE(cd::AssessmentService(f.as(zhang)).saveRubric(2020, theirRubric, rubricRead));
    cd::Rubric myRubric = *rubric;
    myRubric.grades.pass -= 1;
    auto rubricRefused = assessment.saveRubric(2020, myRubric, rubricRead);
    ASSERT_FALSE(rubricRefused);
    EXPECT_TRUE(rubricRefused.error().message.contains(QStringLiteral("zhang"))) << rubricRefused.error().message.toStdString();
    EXPECT_EQ(assessment.rubric(2020)->grades.pass, rubric->grades.pass);
}

// Two reviewers accepting and returning the same report at the same moment: exactly one wins,
// the other is told, and the record holds one review.
TEST_F(FileFaults, TwoReviewersAtOnceOneWinsTheOtherIsTold)
{
    const QString report = dir.filePath(QStringLiteral("march.json"));
    writeFile(report, R"({"summary": "三月开展中心组学习", "items": [{"task": "S2", "progress": 1, "status": "done"}]})");
    const QStringList units = {QStringLiteral("市教育局"), QStringLiteral("市财政局"), QStringLiteral("市公安局"), QStringLiteral("市民政局"),
                               QStringLiteral("市司法局"), QStringLiteral("市商务局")};
    for (const QString& unit : units)
        ASSERT_EQ(run(QStringList{QStringLiteral("--as-of"), QStringLiteral("2020-04-03"), QStringLiteral("report"), QStringLiteral("submit"), QStringLiteral("--unit"), unit,
                                  QStringLiteral("--period"), QStringLiteral("2020-03"), QStringLiteral("--file"), report})
                      .code,
                  0);
    for (const QString& unit : units) {
        const QStringList review{QStringLiteral("report"), QStringLiteral("review"), QStringLiteral("--unit"), unit, QStringLiteral("--period"), QStringLiteral("2020-03")};
        const auto [accept, giveBack] = together(review + QStringList{QStringLiteral("--accept")},
                                                 review + QStringList{QStringLiteral("--return"), QStringLiteral("请补充材料")});
        EXPECT_EQ((accept.code == 0) + (giveBack.code == 0), 1) << unit.toStdString() << ": " << accept.err.toStdString() << " | " << giveBack.err.toStdString();
        const CliRun& lost = accept.code == 0 ? giveBack : accept;
        EXPECT_TRUE(lost.err.contains(QStringLiteral("already reviewed")) || lost.err.contains(QStringLiteral("not waiting")) ||
                    lost.err.contains(QStringLiteral("busy")))
            << lost.err.toStdString();
        const QJsonArray listed = json(words("report list --period 2020-03 --format json") << QStringLiteral("--unit") << unit);
        ASSERT_EQ(listed.size(), 1);
        EXPECT_EQ(listed[0].toObject().value(QStringLiteral("status")).toString(), accept.code == 0 ? QStringLiteral("accepted") : QStringLiteral("returned"));
    }
    // One review per report in the record, not two.
    const QJsonArray reviews = json(words("audit list --entity report --format json"));
    int reviewRows = 0;
    for (const auto& r : reviews)
        reviewRows += r.toObject().value(QStringLiteral("action")).toString() != QLatin1String("report.submit");
    EXPECT_EQ(reviewRows, units.size());
}

// Two people moving the same problem line at once: one step is taken, the other is told.
TEST_F(FileFaults, TwoStepsOnOneProblemLineAtOnceOneIsTaken)
{
    for (int i = 0; i < 6; ++i)
        ASSERT_EQ(run(words("--as-of 2020-05-10 problem add --unit 市教育局 --pillar party --text 记录不全 --deadline 2020-06-20")).code, 0);
    for (int id = 1; id <= 6; ++id) {
        const QStringList step{QStringLiteral("problem"), QStringLiteral("transition"), QString::number(id), QStringLiteral("--to"), QStringLiteral("rectifying")};
        const auto [first, second] = together(step, step);
        EXPECT_EQ((first.code == 0) + (second.code == 0), 1) << id << ": " << first.err.toStdString() << " | " << second.err.toStdString();
    }
    const QJsonArray moves = json(words("audit list --action problem.transition --format json"));
    EXPECT_EQ(moves.size(), 6);
}

// Two offices issuing bulletins at once take 第1期 and 第2期, never the same number twice; two
// people sending one unit's report at once make one version, and the other is told.
TEST_F(FileFaults, NumbersAndVersionsAreNeverTakenTwiceAtOnce)
{
    const QString report = dir.filePath(QStringLiteral("march.json"));
    writeFile(report, R"({"summary": "三月开展中心组学习", "items": [{"task": "S2", "progress": 1, "status": "done"}]})");
    const auto issue = [](const char* quarter) {
        return QStringList{QStringLiteral("--as-of"), QStringLiteral("2020-10-10"), QStringLiteral("bulletin"), QStringLiteral("issue"), QStringLiteral("--quarter"),
                           QString::fromLatin1(quarter)};
    };
    QList<int> numbers;
    for (const auto& [a, b] : {std::pair{"2020Q1", "2020Q2"}, std::pair{"2020Q3", "2020Q2"}}) {
        const auto [first, second] = together(issue(a), issue(b));
        EXPECT_EQ(first.code, 0) << first.err.toStdString();
        EXPECT_EQ(second.code, 0) << second.err.toStdString();
    }
    for (const auto& b : json(words("bulletin list --format json"))) numbers << b.toObject().value(QStringLiteral("number")).toInt();
    std::sort(numbers.begin(), numbers.end());
    EXPECT_EQ(numbers, (QList<int>{1, 2, 3, 4}));

    const QStringList submit{QStringLiteral("--as-of"), QStringLiteral("2020-04-03"), QStringLiteral("report"), QStringLiteral("submit"), QStringLiteral("--unit"),
                             QStringLiteral("市教育局"), QStringLiteral("--period"), QStringLiteral("2020-03"), QStringLiteral("--file"), report};
    const auto [first, second] = together(submit, submit);
    EXPECT_EQ((first.code == 0) + (second.code == 0), 1) << first.err.toStdString() << " | " << second.err.toStdString();
    const CliRun& refused = first.code == 0 ? second : first;
    EXPECT_TRUE(refused.err.contains(QStringLiteral("waiting for the office's review"))) << refused.err.toStdString();
    const QJsonArray listed = json(words("report list --period 2020-03 --unit 市教育局 --format json"));
    ASSERT_EQ(listed.size(), 1);
    EXPECT_EQ(listed[0].toObject().value(QStringLiteral("version")).toInt(), 1);
}

// A server that went away mid-save is told as such, whatever words libpq found for it; what the
// engine's words do not explain names where the program's log is.
TEST(StorageFailures, ALostServerIsToldAsLostAndOtherwiseTheLogIsNamed)
{
    for (const char* words : {"could not send data to server: Broken pipe", "server closed the connection unexpectedly",
                              "no connection to the server", "SSL SYSCALL error: EOF detected", "FATAL: the database system is shutting down"}) {
        const cd::Error e = cd::sql::failure(QSqlError(QString::fromLatin1(words), QStringLiteral("QPSQL: Unable to create query"), QSqlError::StatementError),
                                             "save");
        EXPECT_TRUE(e.message.startsWith(QStringLiteral("The connection to the database server was lost"))) << words << ": " << e.message.toStdString();
    }
    const QString before = cd::sql::logFile();
    cd::sql::setLogFile(QStringLiteral("/home/zhang/.local/share/CampaignDesk/logs/campaigndesk.log"));
    const cd::Error other = cd::sql::failure(QSqlError(QStringLiteral("something else"), QString(), QSqlError::StatementError), "save");
    EXPECT_TRUE(other.message.contains(QStringLiteral("/home/zhang/.local/share/CampaignDesk/logs/campaigndesk.log"))) << other.message.toStdString();
    cd::sql::setLogFile(before);
}
