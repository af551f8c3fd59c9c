#include "reports/BulletinDocument.h"

namespace cd {
namespace {

QString lightName(const QString& id)
{
    if (id == QLatin1String("red")) return QStringLiteral("红");
    if (id == QLatin1String("yellow")) return QStringLiteral("黄");
    return QStringLiteral("绿");
}

const QStringList& header()
{
    static const QStringList h{QStringLiteral("序号"),     QStringLiteral("单位"),     QStringLiteral("应报"),     QStringLiteral("已报"),
                               QStringLiteral("按时"),     QStringLiteral("任务按进度"), QStringLiteral("任务滞后"), QStringLiteral("发现问题"),
                               QStringLiteral("已销号"),   QStringLiteral("逾期"),     QStringLiteral("信号灯")};
    return h;
}

QList<QStringList> rows(const BulletinContent& c)
{
    QList<QStringList> out;
    out.reserve(c.rows.size());
    int n = 0;
    for (const auto& r : c.rows)
        out << QStringList{QString::number(++n),
                           r.unit,
                           QString::number(r.reportsDue),
                           QString::number(r.reportsFiled),
                           QString::number(r.reportsOnTime),
                           QString::number(r.tasksOnSchedule),
                           QString::number(r.tasksBehind),
                           QString::number(r.problemsFound),
                           QString::number(r.problemsClosed),
                           QString::number(r.problemsOverdue),
                           lightName(r.light)};
    return out;
}

// 图1–3 under 一、总体情况: the on-time rate by month, problems found and struck off by month,
// completion by pillar; as of the bulletin's date. None where the data has no months.
QList<Chart> figures(const BulletinContent& c)
{
    QList<Chart> out;
    if (c.trendMonths.isEmpty()) return out;
    QStringList months;
    for (const QString& m : c.trendMonths) months << QStringLiteral("%1月").arg(m.mid(5).toInt());
    const QString asOf = QStringLiteral("（数据截至%1）").arg(OfficialDocument::chineseDate(c.asOf));
    Chart rate;
    rate.kind = Chart::Kind::Line;
    rate.categories = months;
    rate.series = {{QStringLiteral("按时报送率"), c.onTimeRate}};
    rate.percent = true;
    rate.caption = QStringLiteral("图1  各月月度进度按时报送率") + asOf;
    out << rate;
    Chart problems;
    problems.categories = months;
    QList<double> found, closed;
    for (int v : c.problemsFoundByMonth) found << v;
    for (int v : c.problemsClosedByMonth) closed << v;
    problems.series = {{QStringLiteral("发现问题"), found}, {QStringLiteral("整改销号"), closed}};
    problems.caption = QStringLiteral("图2  各月发现问题与整改销号数") + asOf;
    out << problems;
    if (!c.completion.isEmpty()) {
        Chart pillars;
        QList<double> shares;
        for (const auto& [name, share] : c.completion) {
            pillars.categories << name;
            shares << share;
        }
        pillars.series = {{QStringLiteral("按进度完成率"), shares}};
        pillars.percent = true;
        pillars.caption = QStringLiteral("图3  各方面规定任务按进度完成率") + asOf;
        out << pillars;
    }
    return out;
}

} // namespace

QString BulletinDocument::title(const BulletinContent& c)
{
    return QStringLiteral("关于%1“三抓一促”活动督查情况的通报").arg(c.quarterLabel());
}

Table BulletinDocument::unitTable(const BulletinContent& c) { return {header(), rows(c)}; }

void BulletinDocument::write(OfficialDocument& doc, const BulletinContent& c)
{
    const QString issue = c.number > 0 ? QStringLiteral("第%1期").arg(c.number) : QStringLiteral("（未签发稿）");
    doc.masthead(QStringLiteral("“三抓一促”活动督查通报"), issue, c.issuer, c.date);
    doc.title(title(c));
    doc.addressee(QStringLiteral("各市直单位："));
    doc.paragraph(QStringLiteral("根据“三抓一促”活动“季有督办”的安排，领导小组办公室对%1各单位活动推进情况进行了督查。现将有关情况通报如下。")
                      .arg(c.quarterLabel()));
    doc.heading1(QStringLiteral("一、总体情况"));
    doc.richText(c.overview);
    if (c.charts)
        for (const Chart& f : figures(c)) doc.figure(f);
    doc.heading1(QStringLiteral("二、各单位推进情况"));
    doc.paragraph(QStringLiteral("各单位月度进度报送、任务推进和问题整改情况见下表（数据截至%1）。").arg(OfficialDocument::chineseDate(c.asOf)));
    doc.table(header(), rows(c), {5, 23, 7, 7, 7, 9, 8, 9, 8, 8, 9}, 10.5);
    doc.heading1(QStringLiteral("三、好经验好做法"));
    doc.richText(c.practices);
    doc.heading1(QStringLiteral("四、存在问题"));
    doc.richText(c.problems);
    doc.heading2(QStringLiteral("（一）月度进度未按要求报送的单位"));
    doc.paragraph(c.missingReports.isEmpty() ? QStringLiteral("无。")
                                             : c.missingReports.join(QStringLiteral("、")) + QStringLiteral("，共%1个单位。").arg(c.missingReports.size()));
    doc.heading2(QStringLiteral("（二）督查问题逾期未整改销号的单位"));
    doc.paragraph(c.overdueProblems.isEmpty() ? QStringLiteral("无。")
                                              : c.overdueProblems.join(QStringLiteral("、")) + QStringLiteral("，共%1个单位。").arg(c.overdueProblems.size()));
    doc.heading1(QStringLiteral("五、下步工作"));
    doc.richText(c.nextSteps);
    doc.signature(c.issuer, c.date);
    doc.imprint(c.copyTo, c.issuer, c.date);
    if (!c.recordCode.isEmpty()) doc.recordCode(c.recordCode);
}

} // namespace cd
