#include "integration/CliFixture.h"

#include <QProcess>
#include <QRegularExpression>

namespace {
QString tool(const QString& program, const QStringList& args)
{
    QProcess p;
    p.start(program, args);
    p.waitForFinished(20000);
    return QString::fromUtf8(p.readAllStandardOutput());
}

class CliAssessment : public Cli
{
protected:
    void SetUp() override
    {
        ASSERT_EQ(Cli::run(words("--as-of 2021-01-20 demo --units 60 --year 2020 --seed 5")).code, 0);
    }
};
} // namespace

TEST_F(CliAssessment, JsonCarriesTheContractsKeysInRankOrder)
{
    const QJsonArray units = json(words("--as-of 2021-01-20 assess --year 2020 --format json"));
    int active = 0;
    for (const auto& u : json(words("units list --format json"))) active += u.toObject().value(QStringLiteral("active")).toBool();
    ASSERT_GT(active, 50);
    ASSERT_EQ(units.size(), active); // every active unit, none of the others
    int previousRank = 0;
    double previousTotal = 1e9;
    for (const auto& v : units) {
        const QJsonObject u = v.toObject();
        for (const char* key : {"unit", "total", "rank", "grade", "items"}) EXPECT_TRUE(u.contains(QLatin1String(key))) << key;
        EXPECT_GE(u.value(QStringLiteral("rank")).toInt(), previousRank);
        EXPECT_LE(u.value(QStringLiteral("total")).toDouble(), previousTotal);
        previousRank = u.value(QStringLiteral("rank")).toInt();
        previousTotal = u.value(QStringLiteral("total")).toDouble();
        double sum = 0;
        for (const auto& i : u.value(QStringLiteral("items")).toArray()) {
            const QJsonObject item = i.toObject();
            for (const char* key : {"item", "score", "max", "basis"}) EXPECT_TRUE(item.contains(QLatin1String(key))) << key;
            sum += item.value(QStringLiteral("score")).toDouble();
        }
        EXPECT_NEAR(sum, u.value(QStringLiteral("total")).toDouble(), 0.051);
    }
}

TEST_F(CliAssessment, ScoreLockAndUnlock)
{
    CliRun r = Cli::run(words("assess score --year 2020 --unit 市教育局 --item reports --value 10"));
    EXPECT_EQ(r.code, 1); // an automatic item: the reason is missing
    EXPECT_FALSE(r.err.isEmpty());
    EXPECT_EQ(Cli::run({QStringLiteral("assess"), QStringLiteral("score"), QStringLiteral("--year"), QStringLiteral("2020"),
                        QStringLiteral("--unit"), QStringLiteral("市教育局"), QStringLiteral("--item"), QStringLiteral("reports"),
                        QStringLiteral("--value"), QStringLiteral("10"), QStringLiteral("--reason"), QStringLiteral("系统故障已核实")})
                  .code,
              0);
    EXPECT_EQ(Cli::run(words("assess score --year 2020 --unit 市教育局 --item leadership --value ten")).code, 2);
    EXPECT_EQ(Cli::run(words("assess score --year 2020 --unit 没有的单位 --item leadership --value 9")).code, 1);
    EXPECT_EQ(Cli::run(words("assess lock --year 2020")).code, 0);
    r = Cli::run(words("assess score --year 2020 --unit 市教育局 --item leadership --value 9"));
    EXPECT_EQ(r.code, 1); // locked
    EXPECT_EQ(Cli::run(words("assess unlock --year 2020 --reason 复核")).code, 0);
    EXPECT_EQ(Cli::run(words("assess score --year 2020 --unit 市教育局 --item leadership --value 9")).code, 0);
    EXPECT_EQ(Cli::run(words("assess unlock --year 2020")).code, 1); // not locked
    EXPECT_EQ(Cli::run(words("assess --year 1999")).code, 2);
}

TEST_F(CliAssessment, RankingPrintsLandscapeAndTheSheetOpens)
{
    const QString pdf = dir.filePath(QStringLiteral("ranking.pdf"));
    CliRun r = Cli::run({QStringLiteral("--as-of"), QStringLiteral("2021-01-20"), QStringLiteral("assess"), QStringLiteral("--year"),
                         QStringLiteral("2020"), QStringLiteral("--out"), pdf});
    ASSERT_EQ(r.code, 0) << r.err.toStdString();
    const QString meta = tool(QStringLiteral("pdfinfo"), {pdf});
    EXPECT_TRUE(meta.contains(QStringLiteral("842 x 595 pts (A4)"))) << meta.toStdString();
    const int pages = QRegularExpression(QStringLiteral("Pages:\\s+(\\d+)")).match(meta).captured(1).toInt();
    EXPECT_GE(pages, 2);
    EXPECT_LE(pages, 8);
    const QJsonArray units = json(words("--as-of 2021-01-20 assess --year 2020 --format json"));
    const QString body = tool(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), pdf, QStringLiteral("-")});
    const QString first = units[0].toObject().value(QStringLiteral("unit")).toString();
    const QString last = units[units.size() - 1].toObject().value(QStringLiteral("unit")).toString();
    EXPECT_TRUE(body.contains(first)) << first.toStdString();
    EXPECT_TRUE(body.contains(last)) << last.toStdString();
    EXPECT_TRUE(body.contains(QStringLiteral("预览")));

    const QString xlsx = dir.filePath(QStringLiteral("ranking.xlsx"));
    ASSERT_EQ(Cli::run({QStringLiteral("--as-of"), QStringLiteral("2021-01-20"), QStringLiteral("assess"), QStringLiteral("--out"), xlsx}).code, 0);
    const QString sheet = tool(QStringLiteral("unzip"), {QStringLiteral("-p"), xlsx, QStringLiteral("xl/sharedStrings.xml")}) +
                          tool(QStringLiteral("unzip"), {QStringLiteral("-p"), xlsx, QStringLiteral("xl/worksheets/sheet1.xml")});
    EXPECT_TRUE(sheet.contains(first));
    EXPECT_TRUE(sheet.contains(QStringLiteral("总分")));

    const QString card = dir.filePath(QStringLiteral("card.pdf"));
    ASSERT_EQ(Cli::run({QStringLiteral("--as-of"), QStringLiteral("2021-01-20"), QStringLiteral("assess"), QStringLiteral("--unit"), first,
                        QStringLiteral("--out"), card})
                  .code,
              0);
    const QString cardText = tool(QStringLiteral("pdftotext"), {card, QStringLiteral("-")});
    EXPECT_TRUE(cardText.contains(QStringLiteral("评分依据")));
    EXPECT_TRUE(tool(QStringLiteral("pdfinfo"), {card}).contains(QStringLiteral("595 x 842 pts (A4)")));
}

// A rubric without items would score every unit 0: refused in words, the old one kept.
TEST_F(CliAssessment, AnEmptyRubricIsRefusedAndTheOldOneKept)
{
    const QJsonArray before = json(words("--as-of 2021-01-20 assess --year 2020 --format json"));
    const QString empty = dir.filePath(QStringLiteral("empty.json"));
    writeFile(empty, "{}");
    const CliRun r = run({QStringLiteral("assess"), QStringLiteral("rubric"), QStringLiteral("--year"), QStringLiteral("2020"), QStringLiteral("--file"), empty});
    EXPECT_EQ(r.code, 1) << r.out.toStdString();
    EXPECT_TRUE(r.err.contains(QStringLiteral("no items"))) << r.err.toStdString();
    EXPECT_EQ(json(words("--as-of 2021-01-20 assess --year 2020 --format json")), before);
}
