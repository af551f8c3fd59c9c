#include "reports/ReviewDocuments.h"

namespace cd {
namespace {

QString percent(double share) { return QString::number(share * 100, 'f', 1) + QLatin1Char('%'); }
QString score(double v) { return QString::number(v, 'f', 2); }

} // namespace

QString ReviewDocuments::levelName(ResponsibilityLevel l)
{
    switch (l) {
    case ResponsibilityLevel::First: return QStringLiteral("第一责任人");
    case ResponsibilityLevel::Direct: return QStringLiteral("直接责任人");
    case ResponsibilityLevel::Specific: return QStringLiteral("具体责任人");
    }
    return {};
}

QString ReviewDocuments::serialLabel(const ReviewSession& s, int serial)
{
    return QStringLiteral("%1-%2").arg(s.id).arg(serial, 4, 10, QLatin1Char('0'));
}

std::vector<std::unique_ptr<OfficialDocument>> ReviewDocuments::ballots(const ReviewSession& s, const QList<ReviewGroup>& groups,
                                                                        const QList<ReviewPerson>& people)
{
    std::vector<std::unique_ptr<OfficialDocument>> out;
    // The rows are the same on every form: built once.
    QList<QStringList> rows;
    int n = 0;
    const QString box = QStringLiteral("□");
    for (const auto& p : people) rows << QStringList{QString::number(++n), p.unit, p.name, levelName(p.level), box, box, box, box, QString()};
    const auto ranges = ReviewTally::serialRanges(groups);
    for (qsizetype g = 0; g < groups.size(); ++g)
        for (int serial = ranges[g].first; serial <= ranges[g].second; ++serial) {
            auto doc = std::make_unique<OfficialDocument>();
            doc->title(s.title + QStringLiteral("测评表"));
            doc->paragraph(QStringLiteral("测评人类别：%1　　编号：%2").arg(groups[g].name, serialLabel(s, serial)));
            doc->table({QStringLiteral("序号"), QStringLiteral("单位"), QStringLiteral("姓名"), QStringLiteral("职责"), markName(ReviewMark::Good),
                        markName(ReviewMark::Fair), markName(ReviewMark::Average), markName(ReviewMark::Poor), QStringLiteral("意见建议")},
                       rows, {6, 22, 10, 13, 6, 7, 7, 6, 23}, 10.5);
            doc->paragraph(QStringLiteral("说明：请在每人相应等次的“□”内划“√”，每人只选一个等次，多选或不选的对该人无效。本表不记名，请勿填写本人姓名。"));
            out.push_back(std::move(doc));
        }
    return out;
}

void ReviewDocuments::results(OfficialDocument& doc, const ReviewCount& c, const QString& issuer, const QDate& date)
{
    doc.title(c.session.title + QStringLiteral("测评结果汇总表"));
    int valid = 0;
    for (const auto& o : c.outcomes) valid = std::max(valid, o.total.valid() + o.total.invalid);
    QStringList weights;
    for (const auto& g : c.groups) weights << QStringLiteral("%1占%2%").arg(g.name).arg(g.weight);
    doc.paragraph(QStringLiteral("%1%2召开述职评议会，%3人述职，收回测评表%4份，按%5加权计算得分。")
                      .arg(OfficialDocument::chineseDate(c.session.date), c.session.place.isEmpty() ? QString() : QStringLiteral("在") + c.session.place)
                      .arg(c.outcomes.size())
                      .arg(c.byTotals ? valid : c.ballotsEntered)
                      .arg(weights.join(QStringLiteral("、"))));
    QList<QStringList> rows;
    int n = 0;
    for (const auto& o : c.outcomes)
        rows << QStringList{QString::number(++n), o.person.unit, o.person.name, levelName(o.person.level)} + ReviewCount::figureCells(o);
    doc.table({QStringLiteral("序号"), QStringLiteral("单位"), QStringLiteral("姓名"), QStringLiteral("职责"), markName(ReviewMark::Good),
               markName(ReviewMark::Fair), markName(ReviewMark::Average), markName(ReviewMark::Poor), QStringLiteral("有效"), QStringLiteral("无效"),
               QStringLiteral("好评率"), QStringLiteral("得分"), QStringLiteral("等次"), QStringLiteral("名次")},
              rows, {5, 17, 8, 10, 5, 6, 6, 5, 6, 6, 8, 7, 6, 5}, 10.5);
    doc.signature(issuer, date, DocumentKind::Register);
}

void ReviewDocuments::feedback(OfficialDocument& doc, const ReviewCount& c, const ReviewOutcome& o, const QStringList& comments, const QString& issuer,
                               const QDate& date)
{
    doc.title(QStringLiteral("关于%1同志述职测评情况的反馈意见").arg(o.person.name), {o.person.name});
    doc.addressee(QStringLiteral("%1%2同志：").arg(o.person.unit, o.person.name));
    doc.paragraph(QStringLiteral("%1，你在%2上述职（%3）。现将测评情况反馈如下。")
                      .arg(OfficialDocument::chineseDate(c.session.date), c.session.title, levelName(o.person.level)));
    doc.heading1(QStringLiteral("一、测评结果"));
    doc.paragraph(QStringLiteral("收回有效票%1张，其中“好”%2张、“较好”%3张、“一般”%4张、“差”%5张，好评率%6；加权得分%7分，评定等次为“%8”，在同类人员中排第%9名。")
                      .arg(o.total.valid())
                      .arg(o.total.marks[0])
                      .arg(o.total.marks[1])
                      .arg(o.total.marks[2])
                      .arg(o.total.marks[3])
                      .arg(percent(o.goodRate), score(o.score), markName(o.grade))
                      .arg(o.rank));
    QList<QStringList> rows;
    for (qsizetype g = 0; g < c.groups.size() && g < o.perGroup.size(); ++g) {
        const MarkCounts& m = o.perGroup[g];
        rows << QStringList{c.groups[g].name, QString::number(c.groups[g].weight) + QLatin1Char('%'), QString::number(m.marks[0]), QString::number(m.marks[1]),
                            QString::number(m.marks[2]), QString::number(m.marks[3]), QString::number(m.invalid)};
    }
    doc.table({QStringLiteral("测评人类别"), QStringLiteral("权重"), markName(ReviewMark::Good), markName(ReviewMark::Fair), markName(ReviewMark::Average),
               markName(ReviewMark::Poor), QStringLiteral("无效")},
              rows, {34, 12, 10, 11, 11, 10, 12}, 12);
    doc.heading1(QStringLiteral("二、意见建议"));
    if (comments.isEmpty()) doc.paragraph(QStringLiteral("测评表中未提出意见建议。"));
    int n = 0;
    for (const auto& comment : comments) doc.paragraph(QStringLiteral("%1．%2").arg(++n).arg(comment));
    doc.heading1(QStringLiteral("三、整改要求"));
    doc.paragraph(QStringLiteral("请对照上述意见建议认真查摆问题，制定整改措施，明确整改时限，整改情况纳入问题销号管理。"));
    doc.signature(issuer, date, DocumentKind::Notice);
}

} // namespace cd
