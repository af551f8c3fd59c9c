// The audit record: readable from the command line, append-only, and a hash chain that names
// the first row anyone changed, deleted or inserted behind the program's back — on a file and
// on the server alike (the server computes the links itself, in a trigger).
#include "integration/CliFixture.h"
#include "storage/AuditChain.h"
#include "storage/Database.h"
#include "support/PdfText.h"

#include <QSqlError>
#include <QRegularExpression>
#include <QSqlQuery>

using namespace cd;

namespace {

class AuditTrail : public Cli
{
protected:
    void SetUp() override
    {
        ASSERT_EQ(run(words("init --year 2020")).code, 0);
        ASSERT_EQ(run({QStringLiteral("units"), QStringLiteral("import"), sharedFile(QStringLiteral("fixtures/city-units.csv"))}).code, 0);
        ASSERT_EQ(run(words("--as-of 2020-05-10 problem add --unit 市教育局 --pillar party --text 三会一课记录不全 --deadline 2020-05-20")).code, 0);
        ASSERT_EQ(run(words("--as-of 2020-05-25 problem escalate 1 --step reminder --note 电话催办")).code, 0);
    }
    // Raw SQL behind the program's back, as someone holding the file or a superuser would.
    void tamper(const QString& statement)
    {
        auto opened = openDatabase(db());
        ASSERT_TRUE(opened) << opened.error().message.toStdString();
        QSqlQuery q((*opened)->sql());
        const QStringList unlock = onServer() ? QStringList{QStringLiteral("ALTER TABLE audit_log DISABLE TRIGGER USER")}
                                              : QStringList{QStringLiteral("DROP TRIGGER audit_log_no_update"), QStringLiteral("DROP TRIGGER audit_log_no_delete")};
        for (const auto& s : unlock) ASSERT_TRUE(q.exec(s)) << q.lastError().text().toStdString();
        ASSERT_TRUE(q.exec(statement)) << q.lastError().text().toStdString();
    }
    qint64 idOfAction(const char* action)
    {
        for (const auto& r : json(words("audit list --format json")))
            if (r.toObject().value(QStringLiteral("action")).toString() == QLatin1String(action)) return r.toObject().value(QStringLiteral("id")).toInteger();
        return 0;
    }
};

} // namespace

TEST_F(AuditTrail, ListsWhoDidWhatWithFilters)
{
    const QJsonArray all = json(words("audit list --format json"));
    ASSERT_GE(all.size(), 4);
    EXPECT_EQ(all[0].toObject().value(QStringLiteral("action")).toString(), QStringLiteral("campaign.create"));
    const QJsonArray problems = json(words("audit list --entity problem --format json"));
    ASSERT_EQ(problems.size(), 2);
    EXPECT_EQ(problems[1].toObject().value(QStringLiteral("action")).toString(), QStringLiteral("problem.escalate"));
    EXPECT_TRUE(problems[1].toObject().value(QStringLiteral("after")).toString().contains(QStringLiteral("电话催办")));
    EXPECT_EQ(json(words("audit list --text 电话催办 --format json")).size(), 1);
    // A unit's history: its own row and the records that name it (the problem line on 市教育局).
    const QJsonArray education = json(words("audit list --unit 市教育局 --format json"));
    ASSERT_GE(education.size(), 2);
    EXPECT_TRUE(std::ranges::any_of(education, [](const QJsonValue& v) { return v.toObject().value(QStringLiteral("action")).toString() == QLatin1String("problem.create"); }));
    for (const auto& v : education) EXPECT_NE(v.toObject().value(QStringLiteral("action")).toString(), QStringLiteral("campaign.create"));
    EXPECT_EQ(run(words("audit list --unit 没有这个单位")).code, 1);
    EXPECT_EQ(json(words("audit list --actor nobody --format json")).size(), 0);
    EXPECT_EQ(json(words("audit list --until 2000-01-01 --format json")).size(), 0);
    EXPECT_EQ(run(words("audit list --since yesterday")).code, 2);
    EXPECT_EQ(run(words("audit")).code, 2);
}

TEST_F(AuditTrail, NobodyChangesOrDeletesARowThroughTheDatabase)
{
    auto opened = openDatabase(db());
    ASSERT_TRUE(opened);
    QSqlQuery q((*opened)->sql());
    EXPECT_FALSE(q.exec(QStringLiteral("UPDATE audit_log SET actor = 'someone-else'")));
    EXPECT_TRUE(q.lastError().text().contains(QStringLiteral("append-only"))) << q.lastError().text().toStdString();
    EXPECT_FALSE(q.exec(QStringLiteral("DELETE FROM audit_log")));
    ASSERT_TRUE(q.exec(QStringLiteral("SELECT count(*) FROM audit_log WHERE actor = 'someone-else'")) && q.next());
    EXPECT_EQ(q.value(0).toInt(), 0);
    EXPECT_EQ(run(words("audit verify")).code, 0);
}

TEST_F(AuditTrail, AChangedRowIsNamedByVerifyAndCheck)
{
    CliRun ok = run(words("audit verify"));
    ASSERT_EQ(ok.code, 0) << ok.err.toStdString();
    EXPECT_TRUE(ok.out.contains(QStringLiteral("intact")));
    const qint64 escalation = idOfAction("problem.escalate");
    ASSERT_GT(escalation, 0);
    tamper(QStringLiteral("UPDATE audit_log SET after_json = replace(after_json, '电话催办', '约谈') WHERE id = %1").arg(escalation));
    const CliRun broken = run(words("audit verify"));
    EXPECT_EQ(broken.code, 1);
    EXPECT_TRUE(broken.err.contains(QStringLiteral("row %1").arg(escalation))) << broken.err.toStdString();
    const CliRun check = run(words("check"));
    EXPECT_EQ(check.code, 1);
    EXPECT_TRUE(check.err.contains(QStringLiteral("hash chain breaks at row %1").arg(escalation))) << check.err.toStdString();
}

TEST_F(AuditTrail, ADeletedRowBreaksTheChainAtTheNext)
{
    const qint64 added = idOfAction("problem.create"), escalation = idOfAction("problem.escalate");
    ASSERT_GT(added, 0);
    tamper(QStringLiteral("DELETE FROM audit_log WHERE id = %1").arg(added));
    const CliRun broken = run(words("audit verify"));
    EXPECT_EQ(broken.code, 1);
    EXPECT_TRUE(broken.err.contains(QStringLiteral("row %1").arg(escalation))) << broken.err.toStdString();
}

// A document's code pins the record up to it: verify --at confirms that part, even after later
// writes; a change before the code breaks it, a change after does not touch it.
TEST_F(AuditTrail, ACodeConfirmsTheRecordUpToIt)
{
    const CliRun intact = run(words("audit verify"));
    const QString code = intact.out.section(QStringLiteral("code "), 1).section(QLatin1Char('.'), 0, 0).trimmed();
    ASSERT_EQ(code.size(), 16) << intact.out.toStdString();
    ASSERT_EQ(run(words("--as-of 2020-06-01 problem escalate 1 --step talk --note 约谈主要负责同志")).code, 0);
    CliRun at = run(QStringList{QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("--at"), code});
    EXPECT_EQ(at.code, 0) << at.err.toStdString();
    EXPECT_EQ(run(words("audit verify --at 0123456789ABCDEF")).code, 1);
    const qint64 talk = idOfAction("problem.escalate"); // the first escalation, before the code
    tamper(QStringLiteral("UPDATE audit_log SET actor = 'someone-else' WHERE id = %1").arg(talk));
    at = run(QStringList{QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("--at"), code});
    EXPECT_EQ(at.code, 1);
    EXPECT_TRUE(at.err.contains(QStringLiteral("row %1").arg(talk))) << at.err.toStdString();
}

// An issued bulletin prints the record's code at the foot of its last page; the code proves the
// record up to the moment it was issued.
TEST_F(AuditTrail, AnIssuedBulletinCarriesTheRecordsCode)
{
    ASSERT_EQ(run(words("--as-of 2020-07-10 bulletin issue --quarter 2020Q2")).code, 0);
    const QString pdf = dir.filePath(QStringLiteral("b.pdf"));
    ASSERT_EQ(run(words("bulletin --issue 1 --out") << pdf).code, 0);
    QProcess text;
    text.start(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
    ASSERT_TRUE(text.waitForFinished(30000));
    const QString body = QString::fromUtf8(text.readAllStandardOutput());
    const qsizetype at = body.indexOf(QStringLiteral("记录校验码："));
    ASSERT_GE(at, 0);
    const QString code = body.mid(at + 6, 16);
    EXPECT_TRUE(QRegularExpression(QStringLiteral("^[0-9A-F]{16}$")).match(code).hasMatch()) << code.toStdString();
    const CliRun verified = run(QStringList{QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("--at"), code});
    EXPECT_EQ(verified.code, 0) << verified.err.toStdString();
    // A draft has no code: the record behind it is still moving.
    ASSERT_EQ(run(words("--as-of 2020-07-10 bulletin --quarter 2020Q3 --out") << dir.filePath(QStringLiteral("d.pdf"))).code, 0);
}

namespace {
// The 16 hex digits after 记录校验码： in a PDF's text, or empty.
QString codeIn(const QString& pdf)
{
    QProcess text;
    text.start(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
    text.waitForFinished(30000);
    const QRegularExpression code(QStringLiteral("记录校验码：([0-9A-F]{16})"));
    return code.match(QString::fromUtf8(text.readAllStandardOutput())).captured(1);
}
} // namespace

// An escalation notice and a locked assessment print the code the record had when the step
// was taken or the scores were frozen; each proves the record up to then.
TEST_F(AuditTrail, NoticesAndALockedAssessmentCarryTheRecordsCode)
{
    const QString notice = dir.filePath(QStringLiteral("n.pdf"));
    ASSERT_EQ(run(words("print notice 1 --out") << notice).code, 0);
    const QString noticeCode = codeIn(notice);
    ASSERT_EQ(noticeCode.size(), 16);
    EXPECT_EQ(run(QStringList{QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("--at"), noticeCode}).code, 0);

    const QString preview = dir.filePath(QStringLiteral("preview.pdf"));
    ASSERT_EQ(run(words("--as-of 2021-01-20 assess --year 2020 --out") << preview).code, 0);
    EXPECT_TRUE(codeIn(preview).isEmpty()); // a preview stands on nothing yet
    const CliRun locked = run(words("--as-of 2021-01-20 assess lock --year 2020"));
    ASSERT_EQ(locked.code, 0) << locked.err.toStdString();
    const QString ranking = dir.filePath(QStringLiteral("ranking.pdf"));
    ASSERT_EQ(run(words("--as-of 2021-01-20 assess --year 2020 --out") << ranking).code, 0);
    const QString lockCode = codeIn(ranking);
    ASSERT_EQ(lockCode.size(), 16);
    EXPECT_NE(lockCode, noticeCode);
    EXPECT_EQ(run(QStringList{QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("--at"), lockCode}).code, 0);
}

// A unit's secretary reads the history of the unit's own records and nothing else, and does
// not verify the whole record; a leader reads none of it. The office reads and verifies all.
TEST_F(AuditTrail, AUnitReadsItsOwnHistoryAndALeaderNothing)
{
    CD_FILE_ONLY("signing in with --user (on a server the login is the database role)");
    const QHash<QString, QString> root{{QStringLiteral("CAMPAIGNDESK_PASSWORD"), QStringLiteral("root-pass-1")}};
    ASSERT_EQ(run(words("users add root --role admin"), {{QStringLiteral("CAMPAIGNDESK_NEW_PASSWORD"), QStringLiteral("root-pass-1")}}).code, 0);
    ASSERT_EQ(run(words("--user root users add jy --role unit --unit 市教育局"), root, "unit-pass-1\n").code, 0);
    ASSERT_EQ(run(words("--user root users add leader --role viewer"), root, "lead-pass-1\n").code, 0);
    ASSERT_EQ(run(words("--user root --as-of 2020-05-11 problem add --unit 市财政局 --pillar party --text 学习记录缺失 --deadline 2020-05-30"), root).code, 0);
    const QHash<QString, QString> jy{{QStringLiteral("CAMPAIGNDESK_PASSWORD"), QStringLiteral("unit-pass-1")}};
    const CliRun mine = run(words("--user jy audit list --format json"), jy);
    ASSERT_EQ(mine.code, 0) << mine.err.toStdString();
    const QJsonArray rows = QJsonDocument::fromJson(mine.out.toUtf8()).array();
    ASSERT_GE(rows.size(), 3); // the unit's import, its problem line and the escalation
    for (const auto& r : rows) {
        const QJsonObject o = r.toObject();
        const QString both = o.value(QStringLiteral("before")).toString() + o.value(QStringLiteral("after")).toString();
        EXPECT_FALSE(both.contains(QStringLiteral("市财政局")) || both.contains(QStringLiteral("学习记录缺失"))) << both.toStdString();
        // The unit's own account is one of its records; nobody else's is.
        if (o.value(QStringLiteral("action")).toString() == QLatin1String("user.create")) {
            EXPECT_TRUE(both.contains(QStringLiteral("\"login\":\"jy\""))) << both.toStdString();
        }
    }
    // Naming another unit changes nothing: still the unit's own history.
    EXPECT_EQ(QJsonDocument::fromJson(run(words("--user jy audit list --unit 市财政局 --format json"), jy).out.toUtf8()).array().size(), rows.size());
    const CliRun verify = run(words("--user jy audit verify"), jy);
    EXPECT_EQ(verify.code, 1);
    EXPECT_TRUE(verify.err.contains(QStringLiteral("may not"))) << verify.err.toStdString();
    const QHash<QString, QString> leader{{QStringLiteral("CAMPAIGNDESK_PASSWORD"), QStringLiteral("lead-pass-1")}};
    for (const char* command : {"audit list", "audit verify"}) {
        const CliRun r = run(QStringList{QStringLiteral("--user"), QStringLiteral("leader")} + words(command), leader);
        EXPECT_EQ(r.code, 1) << command << ": " << r.out.toStdString();
        EXPECT_TRUE(r.err.contains(QStringLiteral("may not"))) << r.err.toStdString();
    }
    EXPECT_EQ(run(words("--user root audit verify"), root).code, 0);
}

// The action filter, and the record printed: every row in words, in Chinese, with the
// record's code at the foot.
TEST_F(AuditTrail, FiltersByActionAndPrintsTheRecord)
{
    const QJsonArray escalations = json(words("audit list --action problem.escalate --format json"));
    ASSERT_EQ(escalations.size(), 1);
    EXPECT_EQ(json(words("audit list --action problem. --format json")).size(), 2); // opened and escalated
    const QString pdf = dir.filePath(QStringLiteral("audit.pdf"));
    const CliRun printed = run(words("--as-of 2020-06-01 audit list --entity problem --out") << pdf, {{QStringLiteral("LANG"), QStringLiteral("zh_CN.UTF-8")},
                                                                                                       {QStringLiteral("LC_ALL"), QStringLiteral("zh_CN.UTF-8")}});
    ASSERT_EQ(printed.code, 0) << printed.err.toStdString();
    const QString text = pdftotext(pdf);
    EXPECT_TRUE(text.contains(QStringLiteral("“三抓一促”活动操作记录"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("所列操作记录共2条"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("升级督办"))) << text.toStdString(); // the action in words
    EXPECT_TRUE(text.contains(QStringLiteral("三会一课记录不全"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("记录校验码"))) << text.toStdString();
    EXPECT_FALSE(text.contains(QStringLiteral("problem.escalate"))) << text.toStdString();
}

// Read by people, the record speaks as the desktop does: actions, kinds of record and changes in
// words, under Chinese headings; JSON keeps the identifiers.
TEST_F(AuditTrail, TheTableAndSheetSpeakInWordsAndJsonKeepsTheIdentifiers)
{
    const QHash<QString, QString> chinese{{QStringLiteral("LANG"), QStringLiteral("zh_CN.UTF-8")}, {QStringLiteral("LC_ALL"), QStringLiteral("zh_CN.UTF-8")}};
    for (const char* format : {"table", "csv"}) {
        const CliRun r = run({QStringLiteral("audit"), QStringLiteral("list"), QStringLiteral("--entity"), QStringLiteral("problem"), QStringLiteral("--format"),
                              QLatin1String(format)},
                             chinese);
        ASSERT_EQ(r.code, 0) << r.err.toStdString();
        EXPECT_TRUE(r.out.contains(QStringLiteral("升级督办"))) << format << ": " << r.out.toStdString();
        EXPECT_TRUE(r.out.contains(QStringLiteral("序号"))) << r.out.toStdString();
        EXPECT_FALSE(r.out.contains(QStringLiteral("期数"))) << r.out.toStdString();
        EXPECT_FALSE(r.out.contains(QStringLiteral("problem.escalate"))) << r.out.toStdString();
        EXPECT_FALSE(r.out.contains(QStringLiteral("\"unit_id\""))) << r.out.toStdString();
    }
    const QJsonArray json = this->json(words("audit list --entity problem --format json"), chinese);
    ASSERT_EQ(json.size(), 2);
    EXPECT_EQ(json[1].toObject().value(QStringLiteral("action")).toString(), QStringLiteral("problem.escalate"));
}
