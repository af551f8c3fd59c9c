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

// Section 二's table of a campaign in groups: each top-level group's sums, in columns whose
// headers fit on one line at the table's size (the report counts are in 一、总体情况).
const QStringList& groupHeader()
{
    static const QStringList h{QStringLiteral("序号"),     QStringLiteral("分组"),   QStringLiteral("单位数"), QStringLiteral("按时率"),
                               QStringLiteral("任务滞后"), QStringLiteral("发现问题"), QStringLiteral("已销号"), QStringLiteral("逾期"),
                               QStringLiteral("红灯单位")};
    return h;
}

QList<QStringList> groupRows(const BulletinContent& c)
{
    QList<QStringList> out;
    int n = 0;
    for (const auto& g : c.groups)
        out << QStringList{QString::number(++n),
                           g.name,
                           QString::number(g.units),
                           g.reportsDue > 0 ? QString::number(100.0 * g.reportsOnTime / g.reportsDue, 'f', 1) + QLatin1Char('%') : QStringLiteral("—"),
                           QString::number(g.tasksBehind),
                           QString::number(g.problemsFound),
                           QString::number(g.problemsClosed),
                           QString::number(g.problemsOverdue),
                           QString::number(g.redUnits)};
    return out;
}

// A 点名 line: the first names and "等N个单位", or all of them (bulletins issued before the limit).
QString named(const QStringList& units, int limit)
{
    if (units.isEmpty()) return QStringLiteral("无。");
    if (limit > 0 && units.size() > limit)
        return units.mid(0, limit).join(QStringLiteral("、")) + QStringLiteral("等%1个单位。").arg(units.size());
    return units.join(QStringLiteral("、")) + QStringLiteral("，共%1个单位。").arg(units.size());
}

const QString kAttachment = QStringLiteral("各单位推进情况一览表");

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
    doc.addressee((c.addressee.isEmpty() ? QStringLiteral("各市直单位") : c.addressee) + QStringLiteral("："));
    doc.paragraph(QStringLiteral("根据“三抓一促”活动“季有督办”的安排，领导小组办公室对%1各单位活动推进情况进行了督查。现将有关情况通报如下。")
                      .arg(c.quarterLabel()));
    doc.heading1(QStringLiteral("一、总体情况"));
    doc.richText(c.overview);
    if (c.charts)
        for (const Chart& f : figures(c)) doc.figure(f);
    const bool inGroups = !c.groups.isEmpty();
    if (inGroups) {
        // The parts compared in the body; every unit's line in the 附件.
        doc.heading1(QStringLiteral("二、各分组推进情况"));
        doc.paragraph(QStringLiteral("各分组月度进度报送、任务推进和问题整改情况见下表，各单位情况见附件（数据截至%1）。").arg(OfficialDocument::chineseDate(c.asOf)));
        doc.table(groupHeader(), groupRows(c), {7, 21, 9, 11, 11, 11, 10, 8, 12}, 10.5);
    } else {
        doc.heading1(QStringLiteral("二、各单位推进情况"));
        doc.paragraph(QStringLiteral("各单位月度进度报送、任务推进和问题整改情况见下表（数据截至%1）。").arg(OfficialDocument::chineseDate(c.asOf)));
        doc.table(header(), rows(c), {5, 23, 7, 7, 7, 9, 8, 9, 8, 8, 9}, 10.5);
    }
    doc.heading1(QStringLiteral("三、好经验好做法"));
    doc.richText(c.practices);
    doc.heading1(QStringLiteral("四、存在问题"));
    doc.richText(c.problems);
    doc.heading2(QStringLiteral("（一）月度进度未按要求报送的单位"));
    doc.paragraph(named(c.missingReports, c.nameLimit));
    doc.heading2(QStringLiteral("（二）督查问题逾期未整改销号的单位"));
    doc.paragraph(named(c.overdueProblems, c.nameLimit));
    doc.heading1(QStringLiteral("五、下步工作"));
    doc.richText(c.nextSteps);
    // The per-unit table: printed as the 附件, or sent as a spreadsheet of its own (the office's choice).
    if (inGroups) doc.attachmentNote({c.attachmentApart ? kAttachment + QStringLiteral("（电子表格，另发）") : kAttachment});
    doc.signature(c.issuer, c.date, DocumentKind::Bulletin);
    if (inGroups && !c.attachmentApart) {
        doc.attachment(QString(), kAttachment);
        doc.paragraph(QStringLiteral("数据截至%1。").arg(OfficialDocument::chineseDate(c.asOf)));
        doc.table(header(), rows(c), {5, 23, 7, 7, 7, 9, 8, 9, 8, 8, 9}, 10.5);
    }
    doc.imprint(c.copyTo, c.issuer, c.date);
    if (!c.recordCode.isEmpty()) doc.recordCode(c.recordCode);
}

} // namespace cd
