// `review` on the command line: a session set up, ballots printed, two clerks' sheets entered,
// tallied as JSON, published and amended, as a script would.
#include "integration/CliFixture.h"
#include "support/PdfText.h"

#include <QFile>

namespace {

class CliReview : public Cli
{
protected:
    void SetUp() override
    {
        ASSERT_EQ(run(words("init --year 2020")).code, 0);
        write(QStringLiteral("units.csv"), "单位名称\n市教育局\n市财政局\n");
        ASSERT_EQ(run({QStringLiteral("units"), QStringLiteral("import"), dir.filePath(QStringLiteral("units.csv"))}).code, 0);
        const CliRun added = run({QStringLiteral("review"), QStringLiteral("add"), QStringLiteral("--year"), QStringLiteral("2020"), QStringLiteral("--date"),
                                  QStringLiteral("2020-12-20"), QStringLiteral("--title"), QStringLiteral("2020年度基层党建述职评议会")});
        ASSERT_EQ(added.code, 0) << added.err.toStdString();
        session = added.out.trimmed();
        ASSERT_GT(session.toInt(), 0);
        for (const auto& [unit, name, level] : {std::tuple{"市教育局", "张三", "first"}, std::tuple{"市财政局", "李四", "first"}, std::tuple{"市财政局", "王五", "direct"}})
            ASSERT_EQ(review({"person", "add", "--unit", unit, "--name", name, "--level", level}).code, 0);
        for (const auto& [name, weight, ballots] : {std::tuple{"上级党组织领导", "30", "2"}, std::tuple{"单位领导班子和党务干部", "30", "2"}, std::tuple{"党员群众代表", "40", "3"}})
            ASSERT_EQ(review({"group", "add", "--name", name, "--weight", weight, "--ballots", ballots}).code, 0);
        write(QStringLiteral("ballots.csv"), "编号,张三,李四,王五\n1,1,2,4\n2,好,较好,差\n3,1,1,\n4,12,3,4\n5,1,4,4\n6,2,4,1\n7,1,3,2\n");
    }
    void write(const QString& name, const char* text)
    {
        QFile file(dir.filePath(name));
        ASSERT_TRUE(file.open(QIODevice::WriteOnly));
        file.write(text);
    }
    CliRun review(std::initializer_list<const char*> rest)
    {
        QStringList args{QStringLiteral("review")};
        auto it = rest.begin();
        args << QString::fromUtf8(*it++) << QStringLiteral("--session") << session;
        for (; it != rest.end(); ++it) args << QString::fromUtf8(*it);
        return run(args);
    }
    QJsonObject tally()
    {
        const CliRun r = review({"tally", "--format", "json"});
        EXPECT_EQ(r.code, 0) << r.err.toStdString();
        return QJsonDocument::fromJson(r.out.toUtf8()).object();
    }
    QString session;
};

} // namespace

TEST_F(CliReview, TwoClerksSheetsTalliedAsJsonThenPublishedAndAmended)
{
    const CliRun people = review({"people", "--format", "json"});
    ASSERT_EQ(people.code, 0);
    const QJsonArray list = QJsonDocument::fromJson(people.out.toUtf8()).array();
    ASSERT_EQ(list.size(), 3);
    EXPECT_EQ(list[2].toObject().value(QStringLiteral("name")).toString(), QStringLiteral("王五"));
    EXPECT_EQ(list[2].toObject().value(QStringLiteral("level")).toString(), QStringLiteral("direct"));
    EXPECT_EQ(list[0].toObject().value(QStringLiteral("unit")).toString(), QStringLiteral("市教育局"));

    const QString sheet = dir.filePath(QStringLiteral("ballots.csv"));
    ASSERT_EQ(run({QStringLiteral("review"), QStringLiteral("enter"), QStringLiteral("--session"), session, QStringLiteral("--file"), sheet}).code, 0);
    QJsonObject t = tally();
    EXPECT_FALSE(t.value(QStringLiteral("published")).toBool());
    EXPECT_EQ(t.value(QStringLiteral("disagreements")).toArray().size(), 7);
    const QJsonObject zhang = t.value(QStringLiteral("people")).toArray()[0].toObject();
    EXPECT_EQ(zhang.value(QStringLiteral("unit")).toString(), QStringLiteral("市教育局"));
    EXPECT_EQ(zhang.value(QStringLiteral("name")).toString(), QStringLiteral("张三"));
    EXPECT_EQ(zhang.value(QStringLiteral("level")).toString(), QStringLiteral("first"));
    EXPECT_EQ(zhang.value(QStringLiteral("counts")).toObject(),
              (QJsonObject{{QStringLiteral("好"), 5}, {QStringLiteral("较好"), 1}, {QStringLiteral("一般"), 0}, {QStringLiteral("差"), 0}}));
    EXPECT_EQ(zhang.value(QStringLiteral("valid")).toInt(), 6);
    EXPECT_EQ(zhang.value(QStringLiteral("invalid")).toInt(), 1);
    EXPECT_DOUBLE_EQ(zhang.value(QStringLiteral("score")).toDouble(), 97.33);
    EXPECT_EQ(zhang.value(QStringLiteral("grade")).toString(), QStringLiteral("好"));
    EXPECT_EQ(zhang.value(QStringLiteral("rank")).toInt(), 1);

    // Publishing is refused in words while the clerks disagree.
    const CliRun early = review({"publish"});
    EXPECT_EQ(early.code, 1);
    EXPECT_TRUE(early.err.contains(QStringLiteral("differ on ballots 1, 2, 3, 4, 5, 6, 7"))) << early.err.toStdString();

    // The second clerk's sheet differs on ballot 4; corrected with --replace.
    write(QStringLiteral("second.csv"), "1,1,2,4\n2,好,较好,差\n3,1,1,\n4,1,3,4\n5,1,4,4\n6,2,4,1\n7,1,3,2\n");
    ASSERT_EQ(run({QStringLiteral("review"), QStringLiteral("enter"), QStringLiteral("--session"), session, QStringLiteral("--file"),
                   dir.filePath(QStringLiteral("second.csv")), QStringLiteral("--clerk"), QStringLiteral("2")})
                  .code,
              0);
    EXPECT_EQ(tally().value(QStringLiteral("disagreements")).toArray(), (QJsonArray{4}));
    write(QStringLiteral("fix.csv"), "4,12,3,4\n");
    const CliRun again = run({QStringLiteral("review"), QStringLiteral("enter"), QStringLiteral("--session"), session, QStringLiteral("--file"),
                              dir.filePath(QStringLiteral("fix.csv")), QStringLiteral("--clerk"), QStringLiteral("2")});
    EXPECT_EQ(again.code, 1);
    EXPECT_TRUE(again.err.contains(QStringLiteral("Ballot 4 was already entered by clerk 2"))) << again.err.toStdString();
    ASSERT_EQ(run({QStringLiteral("review"), QStringLiteral("enter"), QStringLiteral("--session"), session, QStringLiteral("--file"),
                   dir.filePath(QStringLiteral("fix.csv")), QStringLiteral("--clerk"), QStringLiteral("2"), QStringLiteral("--replace")})
                  .code,
              0);
    EXPECT_TRUE(tally().value(QStringLiteral("disagreements")).toArray().isEmpty());
    ASSERT_EQ(review({"publish"}).code, 0);
    EXPECT_TRUE(tally().value(QStringLiteral("published")).toBool());

    // After publication only an amendment with a reason changes a ballot.
    write(QStringLiteral("row.csv"), "5,4,4,4\n");
    const QString row = dir.filePath(QStringLiteral("row.csv"));
    EXPECT_EQ(run({QStringLiteral("review"), QStringLiteral("enter"), QStringLiteral("--session"), session, QStringLiteral("--file"), row, QStringLiteral("--replace")}).code, 1);
    EXPECT_EQ(run({QStringLiteral("review"), QStringLiteral("amend"), QStringLiteral("--session"), session, QStringLiteral("--serial"), QStringLiteral("5"),
                   QStringLiteral("--file"), row})
                  .code,
              1); // no reason
    ASSERT_EQ(run({QStringLiteral("review"), QStringLiteral("amend"), QStringLiteral("--session"), session, QStringLiteral("--serial"), QStringLiteral("5"),
                   QStringLiteral("--file"), row, QStringLiteral("--reason"), QStringLiteral("录入有误")})
                  .code,
              0);
    EXPECT_DOUBLE_EQ(tally().value(QStringLiteral("people")).toArray()[0].toObject().value(QStringLiteral("score")).toDouble(), 84.0);
}

TEST_F(CliReview, RefusalsAreSentencesAndLeaveNothingEntered)
{
    write(QStringLiteral("bad.csv"), "1,1,1,1\n9,1,1,1\n");
    CliRun r = run({QStringLiteral("review"), QStringLiteral("enter"), QStringLiteral("--session"), session, QStringLiteral("--file"), dir.filePath(QStringLiteral("bad.csv"))});
    EXPECT_EQ(r.code, 1);
    EXPECT_EQ(r.err.trimmed(), QStringLiteral("No ballot numbered 9 was issued: the serials run from 1 to 7."));
    write(QStringLiteral("twice.csv"), "1,1,1,1\n1,1,1,1\n");
    r = run({QStringLiteral("review"), QStringLiteral("enter"), QStringLiteral("--session"), session, QStringLiteral("--file"), dir.filePath(QStringLiteral("twice.csv"))});
    EXPECT_EQ(r.code, 1);
    EXPECT_EQ(r.err.trimmed(), QStringLiteral("Ballot 1 is entered twice."));
    EXPECT_EQ(tally().value(QStringLiteral("ballots")).toInt(), 0);
    r = run(words("review tally --session 999"));
    EXPECT_EQ(r.code, 1);
    EXPECT_TRUE(r.err.contains(QStringLiteral("999"))) << r.err.toStdString();
}

TEST_F(CliReview, TheBallotsAreOnePagePerVoterWithTheirGroupAndSerialAndNoVotersName)
{
    const QString pdf = dir.filePath(QStringLiteral("ballots.pdf"));
    const CliRun r = review({"ballots", "--out", pdf.toUtf8().constData()});
    ASSERT_EQ(r.code, 0) << r.err.toStdString();
    const QStringList pages = cd::test::pdftotext(pdf).split(QLatin1Char('\f'), Qt::SkipEmptyParts);
    ASSERT_EQ(pages.size(), 7);
    // The title (which may break over two lines) names the session and the form.
    EXPECT_TRUE(pages[0].startsWith(QStringLiteral("2020年度基层党建述职"))) << pages[0].toStdString();
    EXPECT_TRUE(pages[0].contains(QStringLiteral("测评表\n"))) << pages[0].toStdString();
    EXPECT_TRUE(pages[0].contains(QStringLiteral("测评人类别：上级党组织领导"))) << pages[0].toStdString();
    EXPECT_TRUE(pages[0].contains(QStringLiteral("编号：%1-0001").arg(session))) << pages[0].toStdString();
    EXPECT_TRUE(pages[6].contains(QStringLiteral("测评人类别：党员群众代表"))) << pages[6].toStdString();
    EXPECT_TRUE(pages[6].contains(QStringLiteral("编号：%1-0007").arg(session))) << pages[6].toStdString();
    for (const auto& name : {QStringLiteral("张三"), QStringLiteral("李四"), QStringLiteral("王五")}) EXPECT_TRUE(pages[3].contains(name));
    EXPECT_FALSE(pages[0].contains(QStringLiteral("测评人姓名")));
}

TEST_F(CliReview, CommentsBecomeProblemLinesAndTheRegisterAndFeedbackArePrinted)
{
    write(QStringLiteral("commented.csv"), "1,1,2,4,基层党建台账规范,,\n2,好,较好,差,理论学习有深度,组织生活会质量不高,\n");
    ASSERT_EQ(run({QStringLiteral("review"), QStringLiteral("enter"), QStringLiteral("--session"), session, QStringLiteral("--file"),
                   dir.filePath(QStringLiteral("commented.csv"))})
                  .code,
              0);
    const CliRun listed = review({"comments", "--format", "json"});
    ASSERT_EQ(listed.code, 0) << listed.err.toStdString();
    const QJsonArray comments = QJsonDocument::fromJson(listed.out.toUtf8()).array();
    ASSERT_EQ(comments.size(), 3);
    const QString li = QString::number(comments[2].toObject().value(QStringLiteral("person_id")).toInteger());
    EXPECT_EQ(comments[2].toObject().value(QStringLiteral("comment")).toString(), QStringLiteral("组织生活会质量不高"));
    const CliRun made = run({QStringLiteral("review"), QStringLiteral("problems"), QStringLiteral("--session"), session, QStringLiteral("--person"), li,
                             QStringLiteral("--comment"), QStringLiteral("1"), QStringLiteral("--deadline"), QStringLiteral("2099-01-31")});
    ASSERT_EQ(made.code, 0) << made.err.toStdString();
    const QJsonArray lines = json(words("problem list --unit 市财政局 --format json"));
    ASSERT_EQ(lines.size(), 1);
    EXPECT_EQ(lines[0].toObject().value(QStringLiteral("description")).toString(), QStringLiteral("述职测评意见（李四）：组织生活会质量不高"));
    EXPECT_EQ(run({QStringLiteral("review"), QStringLiteral("problems"), QStringLiteral("--session"), session, QStringLiteral("--person"), li,
                   QStringLiteral("--comment"), QStringLiteral("5"), QStringLiteral("--deadline"), QStringLiteral("2099-01-31")})
                  .code,
              1);

    const QString results = dir.filePath(QStringLiteral("results.pdf"));
    ASSERT_EQ(run({QStringLiteral("review"), QStringLiteral("results"), QStringLiteral("--session"), session, QStringLiteral("--out"), results}).code, 0);
    const QString register_ = cd::test::pdftotext(results);
    EXPECT_TRUE(register_.contains(QStringLiteral("测评结果汇总表"))) << register_.toStdString();
    EXPECT_TRUE(register_.contains(QStringLiteral("张三")));
    const QString feedback = dir.filePath(QStringLiteral("feedback.pdf"));
    ASSERT_EQ(run({QStringLiteral("review"), QStringLiteral("feedback"), QStringLiteral("--session"), session, QStringLiteral("--out"), feedback}).code, 0);
    const QString notices = cd::test::pdftotext(feedback);
    for (const char* name : {"关于张三同志述职测评情况的反馈意见", "关于李四同志述职测评情况的反馈意见", "组织生活会质量不高"})
        EXPECT_TRUE(notices.contains(QString::fromUtf8(name))) << name << "\n" << notices.toStdString();
}

TEST_F(CliReview, CountsByHandPerGroupAreEnteredFromASheet)
{
    write(QStringLiteral("counts.csv"), "述职人,测评组,好,较好,一般,差,无效\n1,上级党组织领导,2,0,0,0,0\n1,党员群众代表,0,3,0,0,0\n2,上级党组织领导,0,0,1,1,0\n");
    const CliRun r = review({"totals", "--file", dir.filePath(QStringLiteral("counts.csv")).toUtf8().constData()});
    ASSERT_EQ(r.code, 0) << r.err.toStdString();
    const QJsonObject t = tally();
    EXPECT_TRUE(t.value(QStringLiteral("by_totals")).toBool());
    const QJsonArray people = t.value(QStringLiteral("people")).toArray();
    EXPECT_DOUBLE_EQ(people[0].toObject().value(QStringLiteral("score")).toDouble(), 88.57);
    EXPECT_EQ(people[1].toObject().value(QStringLiteral("grade")).toString(), QStringLiteral("差"));
    // More than a group was issued: refused in words.
    write(QStringLiteral("over.csv"), "1,上级党组织领导,3,0,0,0,0\n");
    const CliRun over = review({"totals", "--file", dir.filePath(QStringLiteral("over.csv")).toUtf8().constData()});
    EXPECT_EQ(over.code, 1);
    EXPECT_TRUE(over.err.contains(QStringLiteral("which was issued 2"))) << over.err.toStdString();
}
