#include "reports/AssessmentDocument.h"

#include "reports/ReminderNotice.h"

namespace cd {
namespace {

constexpr Pillar kPillars[] = {Pillar::Study, Pillar::Conduct, Pillar::Party, Pillar::Reform};

QString points(double v) { return AssessmentRules::format(v); }

} // namespace

QString AssessmentDocument::title(const AssessmentResult& r)
{
    return QStringLiteral("%1年度“三抓一促”活动考评结果").arg(r.year) + (r.locked ? QString() : QStringLiteral("（预览）"));
}

void AssessmentDocument::ranking(OfficialDocument& doc, const AssessmentResult& r, const QDate& date)
{
    if (r.locked) doc.recordCode(r.recordCode);
    doc.title(title(r));
    QHash<Grade, int> grades;
    for (const auto& u : r.units) ++grades[u.grade];
    doc.paragraph(QStringLiteral("根据“三抓一促”活动考评细则（满分%1分），对%2个市直单位%3年度活动开展情况进行了考评，"
                                 "数据截至%4。其中，优秀%5个，良好%6个，一般%7个，较差%8个。")
                      .arg(points(r.rubric.maxTotal()))
                      .arg(r.units.size())
                      .arg(r.year)
                      .arg(OfficialDocument::chineseDate(r.asOf))
                      .arg(grades.value(Grade::Excellent))
                      .arg(grades.value(Grade::Good))
                      .arg(grades.value(Grade::Pass))
                      .arg(grades.value(Grade::Poor)));
    if (!r.locked) doc.paragraph(QStringLiteral("本表为预览，考评结果经领导小组审定锁定后生效。"));
    QStringList header{QStringLiteral("名次"), QStringLiteral("单位")};
    for (Pillar p : kPillars) header << officialName(p);
    header << QStringLiteral("加减分") << QStringLiteral("总分") << QStringLiteral("等次");
    QList<QStringList> rows;
    rows.reserve(r.units.size());
    for (const auto& u : r.units) {
        QStringList row{QString::number(u.rank), u.unit};
        for (Pillar p : kPillars) row << points(u.pillarTotal(p));
        row << points(u.pillarTotal(Pillar::General)) << points(u.total) << officialName(u.grade);
        rows << row;
    }
    doc.table(header, rows, {6, 28, 9, 9, 9, 13, 9, 9, 8}, 12);
    doc.signature(ReminderNotice::issuer(), date, DocumentKind::Assessment);
}

void AssessmentDocument::scoreSheet(OfficialDocument& doc, const AssessmentResult& r, const UnitScore& u, const QDate& date)
{
    // The unit on a line of its own, so that a long name does not break the title mid-word.
    if (r.locked) doc.recordCode(r.recordCode);
    doc.title(QStringLiteral("%1\n%2年度“三抓一促”活动考评得分表").arg(u.unit).arg(r.year));
    doc.paragraph(QStringLiteral("总分%1分（满分%2分），在%3个单位中排名第%4名，等次为%5。数据截至%6%7。")
                      .arg(points(u.total), points(r.rubric.maxTotal()))
                      .arg(r.units.size())
                      .arg(u.rank)
                      .arg(officialName(u.grade), OfficialDocument::chineseDate(r.asOf), r.locked ? QString() : QStringLiteral("，为预览结果")));
    QList<QStringList> rows;
    for (const auto& i : u.items) {
        QString basis = i.basis;
        if (i.overridden)
            basis += QStringLiteral("；按规则得%1分，调整为%2分，理由：%3").arg(points(i.computed), points(i.score), i.reason);
        else if (!i.reason.isEmpty())
            basis += QStringLiteral("；%1").arg(i.reason);
        rows << QStringList{officialName(i.pillar), i.name, points(i.max), points(i.score), basis};
    }
    doc.table({QStringLiteral("方面"), QStringLiteral("考评项目"), QStringLiteral("分值"), QStringLiteral("得分"), QStringLiteral("评分依据")}, rows,
              {13, 28, 8, 8, 43});
    doc.signature(ReminderNotice::issuer(), date, DocumentKind::Assessment);
}

} // namespace cd
