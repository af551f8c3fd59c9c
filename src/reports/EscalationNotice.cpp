#include "reports/EscalationNotice.h"

#include "reports/ReminderNotice.h"

namespace cd {

void EscalationNotice::write(OfficialDocument& doc, const Problem& p, const QString& unitName, const Escalation& e)
{
    static const QStringList titles{QStringLiteral("问题整改催办通知"), QStringLiteral("约谈通知"), QStringLiteral("关于%1问题整改不力的通报"),
                                    QStringLiteral("关于对%1启动问责程序的建议")};
    doc.recordCode(e.recordCode);
    const QString& title = titles[int(e.step)];
    doc.title(title.contains(QLatin1String("%1")) ? title.arg(unitName) : title, {unitName}); // the first two name no unit
    doc.addressee(e.step == EscalationStep::Criticism ? QStringLiteral("各有关单位：") : unitName + QStringLiteral("："));
    // The 通报批评 is addressed to every unit and speaks of the unit it criticises; the others to
    // the unit itself.
    const bool toAll = e.step == EscalationStep::Criticism;
    const QString what = QStringLiteral("%1督查发现%2存在“%3”问题，要求于%4前整改到位")
                             .arg(OfficialDocument::chineseDate(p.raisedOn), toAll ? QStringLiteral("该单位") : QStringLiteral("你单位"), p.description,
                                  OfficialDocument::chineseDate(p.deadline));
    switch (e.step) {
    case EscalationStep::Reminder:
        doc.paragraph(what + QStringLiteral("。截至%1，该问题仍未销号。请按照问题销号制要求，于5个工作日内报送整改情况和佐证材料。")
                                 .arg(OfficialDocument::chineseDate(e.date)));
        break;
    case EscalationStep::Talk:
        doc.paragraph(what + QStringLiteral("。经催办仍未整改到位。经研究，决定约谈你单位分管领导，请按通知时间地点参加。"));
        break;
    case EscalationStep::Criticism:
        doc.paragraph(QStringLiteral("%1，%2。经催办、约谈，至今仍未整改到位，现予以通报批评。").arg(unitName, what));
        break;
    case EscalationStep::Accountability:
        doc.paragraph(what + QStringLiteral("。经催办、约谈、通报批评，仍未整改到位。建议按照有关规定启动问责程序。"));
        break;
    }
    if (!e.decision.isEmpty()) doc.paragraph(QStringLiteral("处理意见：%1。").arg(e.decision));
    if (!p.measure.isEmpty())
        doc.paragraph(QStringLiteral("整改措施：%1。责任人：%2。").arg(p.measure, p.responsible.isEmpty() ? QStringLiteral("—") : p.responsible), {p.responsible});
    doc.signature(ReminderNotice::issuer(), e.date, DocumentKind::Notice);
}

} // namespace cd
