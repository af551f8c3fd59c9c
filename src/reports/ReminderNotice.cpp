#include "reports/ReminderNotice.h"

#include "domain/Text.h"

namespace cd {
namespace {

QString state(bool missing, bool late)
{
    if (missing) return QStringLiteral("未报送");
    if (late) return QStringLiteral("逾期报送");
    return QStringLiteral("按时报送");
}

QString quarterName(int q)
{
    static const QStringList names{QStringLiteral("一"), QStringLiteral("二"), QStringLiteral("三"), QStringLiteral("四")};
    return names.value(q - 1);
}

} // namespace

QString ReminderNotice::issuer() { return text::campaignOffice(); }

QString ReminderNotice::periodLabel(const Period& p)
{
    switch (p.kind) {
    case PeriodKind::Month: return QStringLiteral("%1年%2月").arg(p.start.year()).arg(p.start.month());
    case PeriodKind::Quarter: return QStringLiteral("%1年第%2季度").arg(p.start.year()).arg(quarterName((p.start.month() - 1) / 3 + 1));
    case PeriodKind::Year: return QStringLiteral("%1年度").arg(p.start.year());
    }
    return p.code;
}

void ReminderNotice::writeList(OfficialDocument& doc, const Period& p, const QList<ReminderLine>& lines, const QDate& today, const QString& contact)
{
    const QString label = periodLabel(p);
    const bool month = p.kind == PeriodKind::Month;
    doc.title(QStringLiteral("关于催报%1活动进展情况的通知").arg(label));
    doc.addressee(QStringLiteral("各有关单位："));
    doc.paragraph(QStringLiteral("按照“三抓一促”活动“月有安排、季有督办、年终结硬账”的要求，各单位应于%1前报送%2自查报告%3。"
                                 "截至%4，下列%5个单位未按时报送，现予催办。请尚未报送的单位于3个工作日内补报，"
                                 "逾期报送的单位认真查找原因，防止“热一阵、冷一阵”。")
                      .arg(OfficialDocument::chineseDate(p.deadline), label,
                           month ? QStringLiteral("和%1月份工作安排").arg(p.start.month()) : QString(),
                           OfficialDocument::chineseDate(today))
                      .arg(lines.size()));
    QList<QStringList> rows;
    int n = 0;
    for (const auto& l : lines) {
        QStringList row{QString::number(++n), l.unit.name, state(l.reportMissing, l.reportLate)};
        if (month) row << state(l.planMissing, l.planLate);
        row << l.unit.secretary;
        rows.append(row);
    }
    QStringList header{QStringLiteral("序号"), QStringLiteral("单位"), QStringLiteral("自查报告")};
    if (month) header << QStringLiteral("月度安排");
    header << QStringLiteral("联络员");
    doc.table(header, rows, month ? QList<int>{9, 45, 16, 16, 14} : QList<int>{10, 54, 20, 16});
    doc.paragraph(contact.isEmpty() ? QStringLiteral("联系人：领导小组办公室。") : contact);
    doc.signature(issuer(), today, DocumentKind::Notice);
}

std::vector<std::unique_ptr<OfficialDocument>> ReminderNotice::perUnit(const Period& p, const QList<ReminderLine>& lines, const QDate& today,
                                                                      const PageStyle& style, int dpi, const QString& contact,
                                                                      const SealSettings& seals)
{
    const QString label = periodLabel(p);
    std::vector<std::unique_ptr<OfficialDocument>> out;
    for (const auto& l : lines) {
        out.push_back(std::make_unique<OfficialDocument>(style, dpi));
        OfficialDocument& doc = *out.back();
        doc.setSeals(seals);
        doc.title(QStringLiteral("催办通知"));
        doc.addressee(l.unit.name + QStringLiteral("："));
        QStringList what;
        if (l.reportMissing) what << QStringLiteral("%1自查报告至今未报送").arg(label);
        else if (l.reportLate) what << QStringLiteral("%1自查报告未在%2前报送").arg(label, OfficialDocument::chineseDate(p.deadline));
        if (l.planMissing) what << QStringLiteral("%1月份工作安排至今未报送").arg(p.start.month());
        else if (l.planLate) what << QStringLiteral("%1月份工作安排逾期报送").arg(p.start.month());
        doc.paragraph(QStringLiteral("经核查，你单位%1。请按照“月有安排、季有督办”的要求，于3个工作日内补报，并由分管领导%2督促落实。")
                          .arg(what.join(QStringLiteral("，")), l.unit.deputy.isEmpty() ? QString() : l.unit.deputy + QStringLiteral("同志")),
                      {l.unit.deputy});
        if (!contact.isEmpty()) doc.paragraph(contact);
        doc.signature(issuer(), today, DocumentKind::Notice);
    }
    return out;
}

} // namespace cd
