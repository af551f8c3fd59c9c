#include "integration/CliFixture.h"

namespace {
class CliSupervision : public Cli
{
protected:
    void SetUp() override
    {
        ASSERT_EQ(run(words("init --year 2020")).code, 0);
        ASSERT_EQ(run({QStringLiteral("units"), QStringLiteral("import"), sharedFile(QStringLiteral("fixtures/city-units.csv"))}).code, 0);
    }
};
} // namespace

TEST_F(CliSupervision, ALineFromAddToStrikeOff)
{
    CliRun r = run(words("--as-of 2020-05-10 problem add --unit 市教育局 --pillar party --text 三会一课记录不全 --deadline 2020-05-20"));
    ASSERT_EQ(r.code, 0) << r.err.toStdString();
    const QString id = r.out.trimmed();
    EXPECT_GT(id.toInt(), 0); // prints the new id
    const QJsonArray overdue = json(words("--as-of 2020-05-25 problem list --overdue --format json"));
    ASSERT_EQ(overdue.size(), 1);
    EXPECT_EQ(overdue[0].toObject().value(QStringLiteral("status")).toString(), QStringLiteral("open"));
    EXPECT_TRUE(overdue[0].toObject().value(QStringLiteral("overdue")).toBool());
    EXPECT_EQ(run({QStringLiteral("--as-of"), QStringLiteral("2020-05-25"), QStringLiteral("problem"), QStringLiteral("escalate"), id,
                   QStringLiteral("--step"), QStringLiteral("reminder"), QStringLiteral("--note"), QStringLiteral("电话催办")})
                  .code,
              0);
    r = run({QStringLiteral("problem"), QStringLiteral("transition"), id, QStringLiteral("--to"), QStringLiteral("closed")});
    EXPECT_EQ(r.code, 1); // not from open
    EXPECT_TRUE(r.err.contains(QStringLiteral("cannot become")));
    EXPECT_EQ(run({QStringLiteral("problem"), QStringLiteral("transition"), id, QStringLiteral("--to"), QStringLiteral("frozen")}).code, 2);
    r = run(words("--as-of 2020-05-10 problem add --unit 不存在的单位 --pillar party --text x --deadline 2020-05-20"));
    EXPECT_EQ(r.code, 1);
    r = run(words("--as-of 2020-05-10 problem add --unit 市教育局 --pillar party --text x --deadline 2020-05-01"));
    EXPECT_EQ(r.code, 1); // a deadline before the finding
    EXPECT_EQ(json(words("problem list --format json")).size(), 1);
}

TEST_F(CliSupervision, DashboardJsonHasTheContractsKeys)
{
    const CliRun r = run(words("--as-of 2020-04-10 dashboard --format json"));
    ASSERT_EQ(r.code, 0) << r.err.toStdString();
    const QJsonObject d = QJsonDocument::fromJson(r.out.toUtf8()).object();
    for (const char* key : {"units", "reports_due", "reports_on_time", "reports_late", "reports_missing", "tasks_behind", "problems_open",
                            "problems_overdue", "problems_closed", "closing_rate", "heatmap"})
        EXPECT_TRUE(d.contains(QLatin1String(key))) << key;
    EXPECT_EQ(d.value(QStringLiteral("units")).toInt(), 58);
    EXPECT_EQ(d.value(QStringLiteral("reports_missing")).toInt(), 58); // nobody reported March
    const QJsonArray heat = d.value(QStringLiteral("heatmap")).toArray();
    ASSERT_EQ(heat.size(), 58 * 4);
    const QJsonObject cell = heat[0].toObject();
    EXPECT_EQ(cell.value(QStringLiteral("light")).toString(), QStringLiteral("red"));
    EXPECT_TRUE(cell.value(QStringLiteral("reasons")).toArray().contains(QStringLiteral("report_missing")));
}

TEST_F(CliSupervision, InspectionsAndCases)
{
    writeFile(dir.filePath(QStringLiteral("visits.json")),
              R"({"visits": [{"unit": "市教育局", "findings": "学习记录不全", "rating": "一般"}, {"unit": "市财政局", "rating": "好"}]})");
    CliRun r = run({QStringLiteral("inspection"), QStringLiteral("add"), QStringLiteral("--title"), QStringLiteral("二季度督查"),
                    QStringLiteral("--date"), QStringLiteral("2020-05-08"), QStringLiteral("--file"), dir.filePath(QStringLiteral("visits.json"))});
    ASSERT_EQ(r.code, 0) << r.err.toStdString();
    const QJsonArray list = json(words("inspection list --format json"));
    ASSERT_EQ(list.size(), 1);
    EXPECT_EQ(list[0].toObject().value(QStringLiteral("quarter")).toString(), QStringLiteral("2020Q2"));
    EXPECT_EQ(run(words("case add --unit 市教育局 --pillar study --title 周末讲堂 --publish")).code, 0);
    EXPECT_EQ(run(words("case add --unit 市财政局 --pillar conduct --title 作风问题 --negative")).code, 0);
    const QJsonArray cases = json(words("case list --format json"));
    ASSERT_EQ(cases.size(), 2);
    EXPECT_EQ(cases[1].toObject().value(QStringLiteral("kind")).toString(), QStringLiteral("negative"));
    EXPECT_FALSE(cases[1].toObject().value(QStringLiteral("published")).toBool());
}

TEST_F(CliSupervision, SettingsAreShownChangedAndRefusedOutOfRange)
{
    QJsonObject o = QJsonDocument::fromJson(run(words("settings --format json")).out.toUtf8()).object();
    EXPECT_EQ(o.value(QStringLiteral("light_warn_days")).toInt(), 3);
    EXPECT_EQ(run(words("settings set light_warn_days 5")).code, 0);
    CliRun r = run(words("settings set light_behind_red 0"));
    EXPECT_EQ(r.code, 1); // below yellow
    EXPECT_FALSE(r.err.isEmpty());
    EXPECT_EQ(run(words("settings set light_warn_days soon")).code, 2);
    EXPECT_EQ(run(words("settings set colour red")).code, 2);
    o = QJsonDocument::fromJson(run(words("settings --format json")).out.toUtf8()).object();
    EXPECT_EQ(o.value(QStringLiteral("light_warn_days")).toInt(), 5);
    EXPECT_EQ(o.value(QStringLiteral("light_behind_red")).toInt(), 3);
}
