#include "integration/CliFixture.h"

#include <QFile>
#include <QRegularExpression>
#include <QSqlQuery>
#include <csignal>

#include "services/ReportService.h"
#include "storage/AuditRepository.h"

namespace {

class CliReporting : public Cli
{
protected:
    void SetUp() override
    {
        ASSERT_EQ(run(words("init --year 2020")).code, 0);
        ASSERT_EQ(run({QStringLiteral("units"), QStringLiteral("import"), sharedFile(QStringLiteral("fixtures/city-units.csv"))}).code, 0);
        report = dir.filePath(QStringLiteral("march.json"));
        writeFile(report, R"({"summary": "三月开展中心组学习", "items": [{"task": "S2", "progress": 1, "status": "done",
                            "done": "学习党章", "problems": "", "next": "四月继续"}], "attachments": ["evidence.pdf"]})");
        writeFile(dir.filePath(QStringLiteral("evidence.pdf")), "%PDF-1.4 minutes of the meeting");
    }
    QHash<QString, QString> as(const char* password) { return {{QStringLiteral("CAMPAIGNDESK_PASSWORD"), QString::fromLatin1(password)}}; }
    void makeAccounts()
    {
        ASSERT_EQ(run(words("users add root --role admin"), {{QStringLiteral("CAMPAIGNDESK_NEW_PASSWORD"), QStringLiteral("root-pass-1")}}).code, 0);
        const CliRun r = run({QStringLiteral("--user"), QStringLiteral("root"), QStringLiteral("users"), QStringLiteral("add"), QStringLiteral("jy"),
                              QStringLiteral("--role"), QStringLiteral("unit"), QStringLiteral("--unit"), QStringLiteral("市教育局")},
                             as("root-pass-1"), "unit-pass-1\n"); // the new password as one line of input
        ASSERT_EQ(r.code, 0) << r.err.toStdString();
        ASSERT_EQ(run(words("--user root users add leader --role viewer"),
                      {{QStringLiteral("CAMPAIGNDESK_PASSWORD"), QStringLiteral("root-pass-1")}, {QStringLiteral("CAMPAIGNDESK_NEW_PASSWORD"), QStringLiteral("lead-pass-1")}})
                      .code,
                  0);
    }
    QStringList submit(const QString& unit, const QString& period = QStringLiteral("2020-03"))
    {
        return {QStringLiteral("report"), QStringLiteral("submit"), QStringLiteral("--unit"), unit, QStringLiteral("--period"), period,
                QStringLiteral("--file"), report};
    }
    QString report;
};

} // namespace

TEST_F(CliReporting, SubmitListReviewAsTheContractSays)
{
    QStringList a = submit(QStringLiteral("市教育局"));
    a << QStringLiteral("--as-of") << QStringLiteral("2020-04-08");
    CliRun r = run(a);
    ASSERT_EQ(r.code, 0) << r.err.toStdString();
    const QJsonArray list = json(words("report list --period 2020-03 --format json"));
    ASSERT_EQ(list.size(), 1);
    const QJsonObject row = list[0].toObject();
    for (const char* key : {"unit", "period", "status", "version", "submitted_at", "late"}) EXPECT_TRUE(row.contains(QLatin1String(key))) << key;
    EXPECT_EQ(row.value(QStringLiteral("unit")).toString(), QStringLiteral("市教育局"));
    EXPECT_EQ(row.value(QStringLiteral("status")).toString(), QStringLiteral("submitted"));
    EXPECT_TRUE(row.value(QStringLiteral("late")).toBool());
    r = run({QStringLiteral("report"), QStringLiteral("review"), QStringLiteral("--unit"), QStringLiteral("市教育局"), QStringLiteral("--period"),
             QStringLiteral("2020-03"), QStringLiteral("--return"), QStringLiteral("请补充会议照片")});
    ASSERT_EQ(r.code, 0) << r.err.toStdString();
    EXPECT_EQ(json(words("report list --status returned --format json")).size(), 1);
    EXPECT_EQ(run(words("report review --period 2020-03 --accept")).code, 2);
}

TEST_F(CliReporting, BadInputIsRefusedWithNothingWritten)
{
    const auto reportsNow = [&] { return json(words("report list --format json")).size(); };
    writeFile(dir.filePath(QStringLiteral("broken.json")), "{\"summary\": \"x\", \"items\": [");
    CliRun r = run({QStringLiteral("report"), QStringLiteral("submit"), QStringLiteral("--unit"), QStringLiteral("市教育局"), QStringLiteral("--period"),
                    QStringLiteral("2020-03"), QStringLiteral("--file"), dir.filePath(QStringLiteral("broken.json"))});
    EXPECT_EQ(r.code, 1);
    EXPECT_TRUE(r.err.contains(QStringLiteral("JSON")));
    writeFile(dir.filePath(QStringLiteral("unknown.json")), R"({"items": [{"task": "X99", "progress": 1, "status": "done"}]})");
    r = run({QStringLiteral("report"), QStringLiteral("submit"), QStringLiteral("--unit"), QStringLiteral("市教育局"), QStringLiteral("--period"),
             QStringLiteral("2020-03"), QStringLiteral("--file"), dir.filePath(QStringLiteral("unknown.json"))});
    EXPECT_EQ(r.code, 1);
    EXPECT_TRUE(r.err.contains(QStringLiteral("X99")));
    QFile::remove(dir.filePath(QStringLiteral("evidence.pdf")));
    r = run(submit(QStringLiteral("市教育局")));
    EXPECT_EQ(r.code, 1);
    EXPECT_TRUE(r.err.contains(QStringLiteral("evidence.pdf")));
    writeFile(dir.filePath(QStringLiteral("evidence.pdf")), "%PDF");
    r = run(submit(QStringLiteral("市教育局"), QStringLiteral("2020-11")) << QStringLiteral("--as-of") << QStringLiteral("2020-04-08"));
    EXPECT_EQ(r.code, 1); // a future period
    EXPECT_EQ(reportsNow(), 0);
    ASSERT_EQ(run(submit(QStringLiteral("市教育局"))).code, 0);
    ASSERT_EQ(run(words("report review --unit 市教育局 --period 2020-03 --accept")).code, 0);
    r = run(submit(QStringLiteral("市教育局")));
    EXPECT_EQ(r.code, 1); // already accepted
    EXPECT_TRUE(r.err.contains(QStringLiteral("accepted")));
    EXPECT_EQ(reportsNow(), 1);
}

TEST_F(CliReporting, AccountsRolesAndBackdating)
{
    CD_FILE_ONLY("accounts signed in with --user; on a server a person is a database login");
    makeAccounts();
    // With accounts, every command signs in.
    EXPECT_EQ(run(words("units list")).code, 1);
    CliRun r = run(words("--user root units list"), as("wrong-password"));
    EXPECT_EQ(r.code, 1);
    EXPECT_TRUE(r.err.contains(QStringLiteral("Wrong login or password")));
    EXPECT_EQ(run(words("--user root units list"), as("root-pass-1")).code, 0);
    // The password may come on standard input.
    EXPECT_EQ(run(words("--user root units list"), {}, "root-pass-1\n").code, 0);

    // A unit account writes its own unit only.
    QStringList own = submit(QStringLiteral("市教育局"));
    own.prepend(QStringLiteral("jy"));
    own.prepend(QStringLiteral("--user"));
    r = run(own, as("unit-pass-1"));
    EXPECT_EQ(r.code, 0) << r.err.toStdString();
    QStringList other = submit(QStringLiteral("市财政局"));
    other.prepend(QStringLiteral("jy"));
    other.prepend(QStringLiteral("--user"));
    r = run(other, as("unit-pass-1"));
    EXPECT_EQ(r.code, 1);
    EXPECT_TRUE(r.err.contains(QStringLiteral("may not")));
    // It sees only its own reports; a viewer sees all and changes nothing.
    EXPECT_EQ(json(words("--user jy report list --format json"), as("unit-pass-1")).size(), 1);
    EXPECT_EQ(run(words("--user leader report review --unit 市教育局 --period 2020-03 --accept"), as("lead-pass-1")).code, 1);
    EXPECT_EQ(run(words("--user leader users list"), as("lead-pass-1")).code, 1);

    // --as-of on a write: administrators only, and audited as backdated.
    QStringList late = submit(QStringLiteral("市财政局"));
    late << QStringLiteral("--as-of") << QStringLiteral("2020-04-04");
    QStringList byUnit = late;
    byUnit.prepend(QStringLiteral("leader"));
    byUnit.prepend(QStringLiteral("--user"));
    EXPECT_EQ(run(byUnit, as("lead-pass-1")).code, 1);
    late.prepend(QStringLiteral("root"));
    late.prepend(QStringLiteral("--user"));
    r = run(late, as("root-pass-1"));
    ASSERT_EQ(r.code, 0) << r.err.toStdString();
    auto db = cd::Database::open(this->db());
    ASSERT_TRUE(db);
    const auto audit = cd::AuditRepository(**db).latest(1);
    ASSERT_EQ(audit.size(), 1);
    EXPECT_EQ(audit[0].action, QStringLiteral("report.submit"));
    EXPECT_EQ(audit[0].actor, QStringLiteral("root"));
    EXPECT_TRUE(audit[0].backdated);
    EXPECT_EQ(audit[0].at.date(), QDate(2020, 4, 4));

    // Disabled accounts cannot sign in.
    EXPECT_EQ(run(words("--user root users disable jy"), as("root-pass-1")).code, 0);
    r = run(words("--user jy report list"), as("unit-pass-1"));
    EXPECT_EQ(r.code, 1);
    EXPECT_TRUE(r.err.contains(QStringLiteral("disabled")));
}

TEST_F(CliReporting, RemindersAsJsonAndAsAnOfficialNotice)
{
    ASSERT_EQ(run(submit(QStringLiteral("市委办公室")) << QStringLiteral("--as-of") << QStringLiteral("2020-04-03")).code, 0);
    ASSERT_EQ(run(submit(QStringLiteral("市教育局")) << QStringLiteral("--as-of") << QStringLiteral("2020-04-08")).code, 0);
    const QJsonArray lines = json(words("--as-of 2020-04-10 reminders --period 2020-03 --format json"));
    ASSERT_EQ(lines.size(), 58); // every unit still owes March's plan
    QHash<QString, QString> report;
    for (const auto& v : lines) report.insert(v.toObject().value(QStringLiteral("unit")).toString(), v.toObject().value(QStringLiteral("report")).toString());
    EXPECT_EQ(report.value(QStringLiteral("市委办公室")), QStringLiteral("on_time"));
    EXPECT_EQ(report.value(QStringLiteral("市教育局")), QStringLiteral("late"));
    EXPECT_EQ(report.value(QStringLiteral("市财政局")), QStringLiteral("missing"));

    const QString pdf = dir.filePath(QStringLiteral("notice.pdf"));
    CliRun r = run({QStringLiteral("--as-of"), QStringLiteral("2020-04-10"), QStringLiteral("reminders"), QStringLiteral("--period"),
                    QStringLiteral("2020-03"), QStringLiteral("--out"), pdf});
    ASSERT_EQ(r.code, 0) << r.err.toStdString();
    QProcess info;
    info.start(QStringLiteral("pdfinfo"), {pdf});
    ASSERT_TRUE(info.waitForFinished(20000));
    const QString meta = QString::fromUtf8(info.readAllStandardOutput());
    EXPECT_TRUE(meta.contains(QStringLiteral("595 x 842 pts (A4)"))) << meta.toStdString();
    const int pages = QRegularExpression(QStringLiteral("Pages:\\s+(\\d+)")).match(meta).captured(1).toInt();
    EXPECT_GE(pages, 2);
    EXPECT_LE(pages, 6);
    QProcess text;
    text.start(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), pdf, QStringLiteral("-")});
    ASSERT_TRUE(text.waitForFinished(20000));
    const QString body = QString::fromUtf8(text.readAllStandardOutput());
    for (const char* expected : {"市财政局", "市教育局", "逾期报送", "未报送", "2020年4月10日"})
        EXPECT_TRUE(body.contains(QString::fromUtf8(expected))) << expected;
    QString compact = body;
    compact.remove(QRegularExpression(QStringLiteral("\\s")));
    EXPECT_TRUE(compact.contains(QStringLiteral("—1—"))); // page numbers between dashes
    EXPECT_TRUE(compact.contains(QStringLiteral("联系人：领导小组办公室。"))); // nobody named yet

    // The person units call, from the settings, under the list and under each unit's notice.
    ASSERT_EQ(run({QStringLiteral("settings"), QStringLiteral("set"), QStringLiteral("contact_name"), QStringLiteral("张明")}).code, 0);
    ASSERT_EQ(run(words("settings set contact_phone 0931-8123456")).code, 0);
    r = run(words("settings set contact_phone call-me"));
    EXPECT_NE(r.code, 0);
    EXPECT_TRUE(r.err.contains(QStringLiteral("telephone"))) << r.err.toStdString();
    for (const char* option : {"", "--per-unit"}) {
        QStringList command{QStringLiteral("--as-of"), QStringLiteral("2020-04-10"), QStringLiteral("reminders"), QStringLiteral("--period"), QStringLiteral("2020-03"),
                            QStringLiteral("--out"), pdf};
        if (*option) command << QString::fromLatin1(option);
        r = run(command);
        ASSERT_EQ(r.code, 0) << r.err.toStdString();
        QProcess again;
        again.start(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
        ASSERT_TRUE(again.waitForFinished(20000));
        const QString named = QString::fromUtf8(again.readAllStandardOutput()).remove(QRegularExpression(QStringLiteral("\\s")));
        EXPECT_TRUE(named.contains(QStringLiteral("联系人：张明，联系电话：0931-8123456。"))) << option << named.left(600).toStdString();
    }
}

// A process killed while saving leaves the previous version intact.
TEST_F(CliReporting, KilledWhileSavingLosesNothingCommitted)
{
    CD_FILE_ONLY("the file and its write-ahead log");
    ASSERT_EQ(run(submit(QStringLiteral("市教育局")) << QStringLiteral("--as-of") << QStringLiteral("2020-04-03")).code, 0);
    ASSERT_EQ(run(words("report review --unit 市教育局 --period 2020-03 --return 请补充")).code, 0);
    // The second version carries a big file, so the kill lands inside its transaction.
    QByteArray big(18 * 1024 * 1024, '\0');
    for (int i = 0; i < big.size(); ++i) big[i] = char((i * 2654435761u) >> 24);
    writeFile(dir.filePath(QStringLiteral("evidence.pdf")), big);
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    p.setProcessEnvironment(env);
    QStringList args{QStringLiteral("--db"), db()};
    args << submit(QStringLiteral("市教育局")) << QStringLiteral("--as-of") << QStringLiteral("2020-04-05");
    p.start(QStringLiteral(CD_CLI_PATH), args);
    ASSERT_TRUE(p.waitForStarted());
    // Wait until the write-ahead log grows (the transaction is writing), then kill.
    const QString wal = db() + QStringLiteral("-wal");
    bool writing = false;
    while (p.state() == QProcess::Running) {
        if (QFileInfo(wal).size() > 2 * 1024 * 1024) {
            writing = true;
            ::kill(pid_t(p.processId()), SIGKILL);
            break;
        }
        p.waitForFinished(1);
    }
    p.waitForFinished(10000);
    if (!writing) GTEST_SKIP() << "the save finished before it could be interrupted";
    EXPECT_EQ(p.exitStatus(), QProcess::CrashExit);

    auto reopened = cd::Database::open(db());
    ASSERT_TRUE(reopened) << reopened.error().message.toStdString();
    EXPECT_TRUE((*reopened)->integrityProblems().isEmpty());
    cd::FixedClock clock(QDate(2020, 4, 10));
    cd::ReportService reports(cd::ServiceContext{**reopened, clock, cd::Actor::localAdmin()});
    auto latest = reports.latest(reports.list({}).value(0).row.unitId, QStringLiteral("2020-03"));
    ASSERT_TRUE(latest);
    EXPECT_EQ(latest->version, 1);
    EXPECT_EQ(latest->status, cd::ReportStatus::Returned);
    EXPECT_EQ(latest->summary, QStringLiteral("三月开展中心组学习"));
}

// A script that runs a submission again after a lost connection, with the same request key,
// stores it once: the first attempt committed, and the second finds it.
TEST_F(CliReporting, ASubmissionRunAgainWithItsRequestKeyIsStoredOnce)
{
    const auto submitted = [&](const char* action) {
        return json({QStringLiteral("audit"), QStringLiteral("list"), QStringLiteral("--action"), QLatin1String(action), QStringLiteral("--format"), QStringLiteral("json")}).size();
    };
    QStringList a = submit(QStringLiteral("市教育局"));
    a << QStringLiteral("--as-of") << QStringLiteral("2020-04-08") << QStringLiteral("--request-key") << QStringLiteral("7d1c4a52-march-jy");
    for (int attempt = 0; attempt < 2; ++attempt) {
        const CliRun r = run(a);
        ASSERT_EQ(r.code, 0) << r.err.toStdString();
    }
    QJsonArray list = json(words("report list --period 2020-03 --format json"));
    ASSERT_EQ(list.size(), 1);
    EXPECT_EQ(list[0].toObject().value(QStringLiteral("version")).toInt(), 1);
    EXPECT_EQ(submitted("report.submit"), 1);
    // Returned, and sent again as a new submission (a new key): version 2.
    ASSERT_EQ(run(words("report review --unit 市教育局 --period 2020-03 --return 请补充")).code, 0);
    a.replace(a.size() - 1, QStringLiteral("7d1c4a52-march-jy-2"));
    ASSERT_EQ(run(a).code, 0);
    list = json(words("report list --period 2020-03 --format json"));
    EXPECT_EQ(list[0].toObject().value(QStringLiteral("version")).toInt(), 2);
    EXPECT_EQ(submitted("report.submit"), 2);
    // A plan the same way.
    const QString plan = dir.filePath(QStringLiteral("plan.json"));
    writeFile(plan, R"({"items": [{"task": "S2", "text": "四月学习党章"}]})");
    const QStringList p{QStringLiteral("plan"), QStringLiteral("submit"), QStringLiteral("--unit"), QStringLiteral("市教育局"), QStringLiteral("--month"),
                        QStringLiteral("2020-04"), QStringLiteral("--file"), plan, QStringLiteral("--request-key"), QStringLiteral("plan-april-jy")};
    for (int attempt = 0; attempt < 2; ++attempt) {
        const CliRun r = run(p);
        ASSERT_EQ(r.code, 0) << r.err.toStdString();
    }
    EXPECT_EQ(submitted("plan.submit"), 1);
    // Another unit's submission with a key already used is refused in words, and stores nothing.
    CliRun r = run(submit(QStringLiteral("市财政局")) << QStringLiteral("--as-of") << QStringLiteral("2020-04-08") << QStringLiteral("--request-key")
                                                   << QStringLiteral("7d1c4a52-march-jy"));
    EXPECT_EQ(r.code, 1) << r.out.toStdString();
    EXPECT_TRUE(r.err.contains(QStringLiteral("already used"))) << r.err.toStdString();
    EXPECT_EQ(json(words("report list --period 2020-03 --format json")).size(), 1);
    QStringList other = p;
    other.replace(3, QStringLiteral("市财政局"));
    r = run(other);
    EXPECT_EQ(r.code, 1) << r.out.toStdString();
    EXPECT_TRUE(r.err.contains(QStringLiteral("already used"))) << r.err.toStdString();
    EXPECT_EQ(submitted("plan.submit"), 1);
}
