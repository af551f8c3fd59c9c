// The quarterly bulletin on a hand-built quarter: the figures the service gathers, the PDF,
// ODT and XLSX the CLI writes, and an issued bulletin that stays the same.
#include "integration/CliFixture.h"
#include "services/BulletinService.h"
#include "services/CampaignService.h"
#include "services/ReportService.h"
#include "services/SupervisionService.h"
#include "services/UnitService.h"
#include "storage/Database.h"

#include <QRegularExpression>
#include <QXmlStreamReader>

using namespace cd;

namespace {

QString tool(const QString& program, const QStringList& args)
{
    QProcess p;
    p.start(program, args);
    p.waitForFinished(30000);
    return QString::fromUtf8(p.readAllStandardOutput());
}

// 2020Q2 on 10 July: 市教育局 and 市民政局 reported April to June on time; 市财政局 missed May
// and was late for June. 市民政局 has a line past its deadline; 市教育局's line was struck off.
class Bulletin : public Cli
{
protected:
    void SetUp() override
    {
        auto opened = openDatabase(db());
        ASSERT_TRUE(opened);
        database = std::move(*opened);
        ASSERT_TRUE(CampaignService(ctx()).createFromTemplate(2020));
        for (const char* name : {"市教育局", "市财政局", "市民政局"}) {
            Unit u;
            u.name = QString::fromUtf8(name);
            units << *UnitService(ctx()).add(u);
        }
        const auto submit = [&](int unit, const char* period, QDate day) {
            clock.set(QDateTime(day, QTime(10, 0)));
            ReportDraft d;
            d.unitId = units[unit];
            d.periodCode = QString::fromLatin1(period);
            d.summary = QStringLiteral("本月工作小结");
            ASSERT_TRUE(ReportService(ctx()).submitReport(d));
        };
        for (int u : {0, 2}) {
            submit(u, "2020-04", QDate(2020, 5, 3));
            submit(u, "2020-05", QDate(2020, 6, 2));
            submit(u, "2020-06", QDate(2020, 7, 2));
        }
        submit(1, "2020-04", QDate(2020, 5, 4));
        submit(1, "2020-06", QDate(2020, 7, 8));
        SupervisionService office(ctx());
        clock.set(QDateTime(QDate(2020, 5, 10), QTime(9, 0)));
        Problem p;
        p.description = QStringLiteral("三会一课记录不全");
        p.pillar = Pillar::Party;
        p.unitId = units[2];
        p.deadline = QDate(2020, 6, 30);
        ASSERT_TRUE(office.addProblem(p));
        p.unitId = units[0];
        p.pillar = Pillar::Study;
        p.deadline = QDate(2020, 5, 30);
        auto fixed = office.addProblem(p);
        ASSERT_TRUE(fixed);
        ASSERT_TRUE(office.transition(*fixed, ProblemStatus::Rectifying, {}));
        ASSERT_TRUE(office.transition(*fixed, ProblemStatus::PendingVerification, {}));
        ASSERT_TRUE(SupervisionService(ServiceContext{*database, clock, Actor{QStringLiteral("verifier"), {}, Role::Office, 0}})
                        .transition(*fixed, ProblemStatus::Closed, {}));
        ASSERT_TRUE(office.addCase({0, units[0], Pillar::Study, true, QStringLiteral("周末讲堂"), QStringLiteral("每周六开讲。"), QDate(2020, 5, 1), true}));
        ASSERT_TRUE(office.addCase({0, units[1], Pillar::Conduct, false, QStringLiteral("违规发放补贴"), {}, QDate(2020, 6, 1), true}));
        clock.set(QDateTime(QDate(2020, 7, 10), QTime(9, 0)));
    }
    ServiceContext ctx() { return ServiceContext{*database, clock, Actor::localAdmin()}; }
    QString pdfText(const QString& pdf) { return tool(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), pdf, QStringLiteral("-")}); }

    std::unique_ptr<Database> database;
    FixedClock clock{QDateTime(QDate(2020, 7, 10), QTime(9, 0))};
    QList<qint64> units;
};

} // namespace

TEST_F(Bulletin, TheFiguresAreTheQuartersData)
{
    auto c = BulletinService(ctx()).draft(QStringLiteral("2020Q2"));
    ASSERT_TRUE(c) << c.error().message.toStdString();
    EXPECT_EQ(c->units, 3);
    EXPECT_EQ(c->monthsDue, 3);
    EXPECT_EQ(c->reportsDue, 9);
    EXPECT_EQ(c->reportsOnTime, 7);
    EXPECT_EQ(c->reportsLate, 1);
    EXPECT_EQ(c->reportsMissing, 1);
    EXPECT_EQ(c->missingReports, QStringList{QStringLiteral("市财政局")});
    EXPECT_EQ(c->overdueProblems, QStringList{QStringLiteral("市民政局")});
    EXPECT_EQ(c->problemsFound, 2);
    EXPECT_EQ(c->problemsClosed, 1);
    EXPECT_EQ(c->problemsOverdue, 1);
    ASSERT_EQ(c->positive.size(), 1);
    EXPECT_EQ(c->positive[0].unit, QStringLiteral("市教育局"));
    ASSERT_EQ(c->negative.size(), 1);
    ASSERT_EQ(c->rows.size(), 3);
    EXPECT_EQ(c->rows[1].reportsFiled, 2);
    EXPECT_EQ(c->rows[1].reportsOnTime, 1);
    EXPECT_EQ(c->rows[2].light, QStringLiteral("red")); // an overdue line
    EXPECT_TRUE(c->overview.contains(QStringLiteral("7")));
    EXPECT_FALSE(BulletinService(ctx()).draft(QStringLiteral("2020Q5")));
    EXPECT_FALSE(BulletinService(ctx()).draft(QStringLiteral("2031Q1")));
}

TEST_F(Bulletin, ThePdfIsA4NamesTheUnitsAndCarriesTheFigures)
{
    database.reset();
    const QString pdf = dir.filePath(QStringLiteral("b.pdf"));
    CliRun r = run({QStringLiteral("--as-of"), QStringLiteral("2020-07-10"), QStringLiteral("bulletin"), QStringLiteral("--quarter"),
                    QStringLiteral("2020Q2"), QStringLiteral("--out"), pdf});
    ASSERT_EQ(r.code, 0) << r.err.toStdString();
    const QString meta = tool(QStringLiteral("pdfinfo"), {pdf});
    EXPECT_TRUE(meta.contains(QStringLiteral("595 x 842 pts (A4)"))) << meta.toStdString();
    const int pages = QRegularExpression(QStringLiteral("Pages:\\s+(\\d+)")).match(meta).captured(1).toInt();
    EXPECT_GE(pages, 2);
    EXPECT_LE(pages, 5);
    QString text = pdfText(pdf);
    text.remove(QRegularExpression(QStringLiteral("\\s")));
    for (const char* expected : {"督查通报", "一、总体情况", "二、各单位推进情况", "三、好经验好做法", "四、存在问题", "五、下步工作", "报送的单位市财政局，共1个单位", "周末讲堂", "应报月度进度9份", "按时报送7份", "迟报1份", "未报1份", "发现问题2个", "2020年7月10日"})
        EXPECT_TRUE(text.contains(QString::fromUtf8(expected).remove(QRegularExpression(QStringLiteral("\\s"))))) << expected;
    EXPECT_TRUE(text.contains(QStringLiteral("—1—")));
    EXPECT_TRUE(text.contains(QStringLiteral("销号的单位市民政局，共1个单位")));
}

TEST_F(Bulletin, AnIssuedBulletinStaysTheSameAfterTheDataChanges)
{
    BulletinSections edited = BulletinService::generated(*BulletinService(ctx()).draft(QStringLiteral("2020Q2")));
    edited.nextSteps = QStringLiteral("<p>请各单位于<b>7月31日前</b>报送整改情况。</p>");
    ASSERT_TRUE(BulletinService(ctx()).saveDraft(QStringLiteral("2020Q2"), edited));
    auto number = BulletinService(ctx()).issue(QStringLiteral("2020Q2"));
    ASSERT_TRUE(number);
    EXPECT_EQ(*number, 1);
    // 市财政局 files May after all; the draft would change, the issued bulletin must not.
    clock.set(QDateTime(QDate(2020, 7, 12), QTime(9, 0)));
    ReportDraft d;
    d.unitId = units[1];
    d.periodCode = QStringLiteral("2020-05");
    d.summary = QStringLiteral("五月工作小结");
    ASSERT_TRUE(ReportService(ctx()).submitReport(d));
    EXPECT_TRUE(BulletinService(ctx()).draft(QStringLiteral("2020Q2"))->missingReports.isEmpty());
    auto frozen = BulletinService(ctx()).issued(1);
    ASSERT_TRUE(frozen);
    EXPECT_EQ(frozen->missingReports, QStringList{QStringLiteral("市财政局")});
    EXPECT_EQ(frozen->number, 1);
    EXPECT_TRUE(frozen->nextSteps.contains(QStringLiteral("7月31日前")));
    database.reset();

    const QString first = dir.filePath(QStringLiteral("1.pdf")), again = dir.filePath(QStringLiteral("2.pdf"));
    ASSERT_EQ(run({QStringLiteral("bulletin"), QStringLiteral("--issue"), QStringLiteral("1"), QStringLiteral("--out"), first}).code, 0);
    ASSERT_EQ(run({QStringLiteral("--as-of"), QStringLiteral("2020-08-01"), QStringLiteral("bulletin"), QStringLiteral("--issue"), QStringLiteral("1"),
                   QStringLiteral("--out"), again})
                  .code,
              0);
    const QString text = pdfText(first);
    EXPECT_EQ(text, pdfText(again));
    EXPECT_TRUE(text.contains(QStringLiteral("第1期")));
    EXPECT_TRUE(QString(text).remove(QRegularExpression(QStringLiteral("\\s"))).contains(QStringLiteral("市财政局，共1个单位")));

    // A correction is a new draft that supersedes No. 1 when issued.
    EXPECT_EQ(run({QStringLiteral("bulletin"), QStringLiteral("correct"), QStringLiteral("--issue"), QStringLiteral("1")}).code, 1); // no reason
    ASSERT_EQ(run({QStringLiteral("bulletin"), QStringLiteral("correct"), QStringLiteral("--issue"), QStringLiteral("1"), QStringLiteral("--reason"),
                   QStringLiteral("市财政局5月已补报")})
                  .code,
              0);
    CliRun issued = run({QStringLiteral("--as-of"), QStringLiteral("2020-07-13"), QStringLiteral("bulletin"), QStringLiteral("issue"),
                         QStringLiteral("--quarter"), QStringLiteral("2020Q2")});
    ASSERT_EQ(issued.code, 0) << issued.err.toStdString();
    EXPECT_EQ(issued.out.trimmed(), QStringLiteral("2"));
    const QJsonArray list = json({QStringLiteral("bulletin"), QStringLiteral("list"), QStringLiteral("--format"), QStringLiteral("json")});
    ASSERT_EQ(list.size(), 2);
    EXPECT_EQ(list[0].toObject().value(QStringLiteral("status")).toString(), QStringLiteral("superseded"));
    EXPECT_EQ(list[1].toObject().value(QStringLiteral("status")).toString(), QStringLiteral("issued"));
}

TEST_F(Bulletin, OdtAndXlsxOpen)
{
    database.reset();
    const QString odt = dir.filePath(QStringLiteral("b.odt")), xlsx = dir.filePath(QStringLiteral("b.xlsx"));
    for (const QString& out : {odt, xlsx})
        ASSERT_EQ(run({QStringLiteral("--as-of"), QStringLiteral("2020-07-10"), QStringLiteral("bulletin"), QStringLiteral("--quarter"),
                       QStringLiteral("2020Q2"), QStringLiteral("--out"), out})
                      .code,
                  0);
    const QString content = tool(QStringLiteral("unzip"), {QStringLiteral("-p"), odt, QStringLiteral("content.xml")});
    QXmlStreamReader xml(content);
    while (!xml.atEnd()) xml.readNext();
    EXPECT_FALSE(xml.hasError()) << xml.errorString().toStdString();
    EXPECT_TRUE(content.contains(QStringLiteral("市民政局")));
    EXPECT_TRUE(content.contains(QStringLiteral("五、下步工作")));
    // The figures go into the ODT as pictures, with their captions as text.
    EXPECT_EQ(tool(QStringLiteral("unzip"), {QStringLiteral("-l"), odt}).count(QStringLiteral("Pictures/")), 3);
    EXPECT_TRUE(content.contains(QStringLiteral("各月发现问题与整改销号数（数据截至2020年7月10日）")));
    const QString sheet = tool(QStringLiteral("unzip"), {QStringLiteral("-p"), xlsx, QStringLiteral("xl/sharedStrings.xml")}) +
                          tool(QStringLiteral("unzip"), {QStringLiteral("-p"), xlsx, QStringLiteral("xl/worksheets/sheet1.xml")});
    EXPECT_TRUE(sheet.contains(QStringLiteral("市财政局")));
    EXPECT_TRUE(sheet.contains(QStringLiteral("信号灯")));
}

TEST_F(Bulletin, RegistersPrint)
{
    database.reset();
    for (const char* what : {"ledger", "responsibilities", "progress"}) {
        const QString pdf = dir.filePath(QString::fromLatin1(what) + QStringLiteral(".pdf"));
        CliRun r = run({QStringLiteral("--as-of"), QStringLiteral("2020-07-10"), QStringLiteral("print"), QString::fromLatin1(what),
                        QStringLiteral("--out"), pdf});
        ASSERT_EQ(r.code, 0) << what << r.err.toStdString();
        const QString meta = tool(QStringLiteral("pdfinfo"), {pdf});
        EXPECT_TRUE(meta.contains(QString::fromLatin1(what) == QLatin1String("ledger") ? QStringLiteral("842 x 595") : QStringLiteral("595 x 842")))
            << what;
    }
    QString ledger = pdfText(dir.filePath(QStringLiteral("ledger.pdf")));
    ledger.remove(QRegularExpression(QStringLiteral("\\s")));
    EXPECT_TRUE(ledger.contains(QStringLiteral("三会一课记录不全")));
    EXPECT_TRUE(ledger.contains(QStringLiteral("逾期")));
    EXPECT_EQ(run({QStringLiteral("print"), QStringLiteral("ledger"), QStringLiteral("--unit"), QStringLiteral("没有"), QStringLiteral("--out"),
                   dir.filePath(QStringLiteral("x.pdf"))})
                  .code,
              1);
    EXPECT_EQ(run({QStringLiteral("print"), QStringLiteral("nothing"), QStringLiteral("--out"), dir.filePath(QStringLiteral("x.pdf"))}).code, 2);
}

// GB/T 9704: every word of the body inside the text block (28 mm from the left, 26 mm from the
// right, 37 mm from the top), page numbers within 7 mm and a line below it.
TEST_F(Bulletin, EveryWordStaysInsideTheMargins)
{
    database.reset();
    const QString pdf = dir.filePath(QStringLiteral("m.pdf"));
    ASSERT_EQ(run({QStringLiteral("--as-of"), QStringLiteral("2020-07-10"), QStringLiteral("bulletin"), QStringLiteral("--quarter"),
                   QStringLiteral("2020Q2"), QStringLiteral("--out"), pdf})
                  .code,
              0);
    const QString html = tool(QStringLiteral("pdftotext"), {QStringLiteral("-bbox"), pdf, QStringLiteral("-")});
    static const QRegularExpression word(
        QStringLiteral("<word xMin=\"([0-9.]+)\" yMin=\"([0-9.]+)\" xMax=\"([0-9.]+)\" yMax=\"([0-9.]+)\">"));
    const double mm = 72.0 / 25.4, slack = 1.5;
    int words = 0;
    for (auto it = word.globalMatch(html); it.hasNext();) {
        const auto m = it.next();
        const double x0 = m.captured(1).toDouble(), y0 = m.captured(2).toDouble(), x1 = m.captured(3).toDouble(), y1 = m.captured(4).toDouble();
        ++words;
        EXPECT_GE(x0, 28 * mm - slack);
        EXPECT_LE(x1, (210 - 26) * mm + slack);
        EXPECT_GE(y0, 37 * mm - slack);
        EXPECT_LE(y1, (297 - 35 + 7) * mm + 14 * 1.6 + slack); // the page number's line
    }
    EXPECT_GT(words, 60);
}
