#include "reports/RegisterDocuments.h"

#include "reports/AuditWords.h"
#include "services/AuditService.h"

#include "reports/ReminderNotice.h"
#include "services/CampaignService.h"
#include "services/DashboardService.h"
#include "services/ReportService.h"
#include "services/ResponsibilityService.h"
#include "services/SettingsService.h"
#include "services/SupervisionService.h"
#include "services/UnitService.h"

#include <QCoreApplication>

namespace cd {
namespace {

QString day(const QDate& d) { return d.isValid() ? d.toString(QStringLiteral("yyyy.MM.dd")) : QString(); }

QString statusName(ProblemStatus s)
{
    switch (s) {
    case ProblemStatus::Open: return QStringLiteral("待整改");
    case ProblemStatus::Rectifying: return QStringLiteral("整改中");
    case ProblemStatus::PendingVerification: return QStringLiteral("待核验");
    case ProblemStatus::Closed: return QStringLiteral("已销号");
    }
    return {};
}

QString levelName(ResponsibilityLevel l)
{
    switch (l) {
    case ResponsibilityLevel::First: return QStringLiteral("第一责任");
    case ResponsibilityLevel::Direct: return QStringLiteral("直接责任");
    case ResponsibilityLevel::Specific: return QStringLiteral("具体责任");
    }
    return {};
}

QHash<qint64, QString> unitNames(ServiceContext& ctx)
{
    QHash<qint64, QString> out;
    for (const auto& u : UnitService(ctx).list()) out.insert(u.id, u.name);
    return out;
}

} // namespace

Status RegisterDocuments::ledger(OfficialDocument& doc, ServiceContext ctx, qint64 unitId)
{
    if (auto s = ctx.require(unitId ? Operation::ReadUnitData : Operation::ReadAllUnits, unitId); !s) return s;
    const auto names = unitNames(ctx);
    const QDate today = ctx.clock.today();
    ProblemFilter filter;
    filter.unitId = unitId;
    const auto problems = SupervisionService(ctx).problems(filter);
    doc.title(unitId ? QStringLiteral("%1“三抓一促”活动督查问题整改台账").arg(names.value(unitId))
                     : QStringLiteral("“三抓一促”活动督查问题整改台账"),
              {names.value(unitId)});
    int open = 0, overdue = 0;
    QList<QStringList> rows;
    int n = 0;
    for (const auto& p : problems) {
        const bool late = p.status != ProblemStatus::Closed && p.deadline < today;
        open += p.status != ProblemStatus::Closed;
        overdue += late;
        rows << QStringList{QString::number(++n), names.value(p.unitId), officialName(p.pillar), p.description, p.measure, p.responsible,
                            day(p.raisedOn), day(p.deadline), statusName(p.status) + (late ? QStringLiteral("（逾期）") : QString()),
                            p.status == ProblemStatus::Closed ? day(p.closedOn) : QString()};
    }
    doc.paragraph(QStringLiteral("截至%1，台账共登记问题%2个，已整改销号%3个，未销号%4个，其中逾期%5个。")
                      .arg(OfficialDocument::chineseDate(today))
                      .arg(problems.size())
                      .arg(problems.size() - open)
                      .arg(open)
                      .arg(overdue));
    doc.table({QStringLiteral("序号"), QStringLiteral("单位"), QStringLiteral("方面"), QStringLiteral("问题"), QStringLiteral("整改措施"),
               QStringLiteral("责任人"), QStringLiteral("发现日期"), QStringLiteral("整改时限"), QStringLiteral("状态"), QStringLiteral("销号日期")},
              rows, {5, 14, 8, 22, 17, 7, 7, 7, 7, 6}, 10.5);
    doc.setSeals(SettingsService(ctx).current().seals);
    doc.signature(ReminderNotice::issuer(), today, DocumentKind::Register);
    return {};
}

Status RegisterDocuments::responsibilities(OfficialDocument& doc, ServiceContext ctx, qint64 unitId)
{
    if (auto s = ctx.require(unitId ? Operation::ReadUnitData : Operation::ReadAllUnits, unitId); !s) return s;
    auto campaign = CampaignService(ctx).current();
    if (!campaign) return fail(Error::notFound(QCoreApplication::translate("cd::RegisterDocuments", "There is no campaign yet.")));
    QHash<qint64, Task> tasks;
    for (const auto& t : CampaignService(ctx).tasks(campaign->id)) tasks.insert(t.id, t);
    const auto units = UnitService(ctx).list();
    // One unit's list says whose it is in its title, as its progress table does.
    QString whose;
    for (const auto& u : units)
        if (unitId && u.id == unitId) whose = u.name;
    doc.title(QStringLiteral("%1“三抓一促”活动责任清单").arg(whose), {whose});
    ResponsibilityService service(ctx);
    int n = 0;
    for (const auto& u : units) {
        if (!u.active || (unitId && u.id != unitId)) continue;
        // Each unit a second-level heading, numbered （一）（二）… as the standard numbers them.
        if (!unitId) doc.heading2(QStringLiteral("（%1）%2").arg(OfficialDocument::chineseNumber(++n), u.name));
        QList<QStringList> rows;
        for (const auto& r : service.forUnit(u.id)) {
            const Task t = tasks.value(r.taskId);
            rows << QStringList{t.code, t.title, levelName(r.level), r.person, r.post, r.duty};
        }
        if (rows.isEmpty()) {
            doc.paragraph(QStringLiteral("尚未填报责任清单。"));
            continue;
        }
        doc.table({QStringLiteral("编号"), QStringLiteral("任务"), QStringLiteral("责任"), QStringLiteral("责任人"), QStringLiteral("职务"),
                   QStringLiteral("职责与完成标准")},
                  rows, {7, 30, 11, 10, 14, 28}, 10.5);
    }
    doc.setSeals(SettingsService(ctx).current().seals);
    doc.signature(ReminderNotice::issuer(), ctx.clock.today(), DocumentKind::Register);
    return {};
}

Status RegisterDocuments::progress(OfficialDocument& doc, ServiceContext ctx, qint64 unitId)
{
    if (auto s = ctx.require(unitId ? Operation::ReadUnitData : Operation::ReadAllUnits, unitId); !s) return s;
    ReportService reports(ctx);
    const QDate today = ctx.clock.today();
    if (unitId) {
        auto lines = reports.progress(unitId);
        if (!lines) return fail(lines.error());
        const auto names = unitNames(ctx);
        doc.title(QStringLiteral("%1“三抓一促”活动任务进度表").arg(names.value(unitId)), {names.value(unitId)});
        QList<QStringList> rows;
        for (const auto& l : *lines)
            rows << QStringList{l.task.code, l.task.title, QStringLiteral("%1%2").arg(l.task.target).arg(l.task.measure),
                                ReportRules::amount(l.cumulative), QStringLiteral("%1%").arg(l.percent, 0, 'f', 0),
                                l.behind ? QStringLiteral("滞后") : QStringLiteral("正常")};
        doc.paragraph(QStringLiteral("数据截至%1，按已审核通过的月度进度累计。").arg(OfficialDocument::chineseDate(today)));
        doc.table({QStringLiteral("编号"), QStringLiteral("任务"), QStringLiteral("目标"), QStringLiteral("累计"), QStringLiteral("完成率"),
                   QStringLiteral("进度")},
                  rows, {7, 45, 12, 12, 12, 12}, 10.5);
        doc.setSeals(SettingsService(ctx).current().seals);
        doc.signature(ReminderNotice::issuer(), today, DocumentKind::Register);
        return {};
    }
    const auto month = reports.latestDueMonth();
    if (!month) return fail(Error::notFound(QCoreApplication::translate("cd::RegisterDocuments", "No monthly report is due yet.")));
    const auto standings = reports.standings(*month);
    auto figures = DashboardService(ctx).figures();
    if (!figures) return fail(figures.error());
    QHash<qint64, int> behind;
    for (const auto& c : figures->heatmap) behind[c.unitId] += c.facts.tasksBehind;
    doc.title(QStringLiteral("“三抓一促”活动%1月度进度表").arg(ReminderNotice::periodLabel(*month)));
    QList<QStringList> rows;
    int n = 0, onTime = 0, late = 0, missing = 0;
    for (const auto& u : UnitService(ctx).list()) {
        if (!u.active) continue;
        const Standing s = standings.value(u.id, Standing::Missing);
        const QString state = s == Standing::OnTime ? QStringLiteral("按时报送")
                              : s == Standing::Late ? QStringLiteral("迟报")
                              : s == Standing::Missing ? QStringLiteral("未报")
                                                       : QStringLiteral("未到期");
        onTime += s == Standing::OnTime;
        late += s == Standing::Late;
        missing += s == Standing::Missing;
        rows << QStringList{QString::number(++n), u.name, state, QString::number(behind.value(u.id))};
    }
    doc.paragraph(QStringLiteral("%1月度进度应报%2个单位，按时报送%3个，迟报%4个，未报%5个。任务滞后数按截至%6已审核的进度计算。")
                      .arg(ReminderNotice::periodLabel(*month))
                      .arg(n)
                      .arg(onTime)
                      .arg(late)
                      .arg(missing)
                      .arg(OfficialDocument::chineseDate(today)));
    doc.table({QStringLiteral("序号"), QStringLiteral("单位"), QStringLiteral("报送情况"), QStringLiteral("滞后任务")}, rows, {10, 50, 20, 20});
    doc.setSeals(SettingsService(ctx).current().seals);
    doc.signature(ReminderNotice::issuer(), today, DocumentKind::Register);
    return {};
}

Status RegisterDocuments::auditRecord(OfficialDocument& doc, ServiceContext ctx, const AuditFilter& filter, const QString& heading)
{
    AuditService audit(ctx);
    auto entries = audit.list(filter);
    if (!entries) return fail(entries.error());
    const QDate today = ctx.clock.today();
    doc.title(heading);
    QList<QStringList> rows;
    for (const AuditEntry& e : *entries)
        rows << QStringList{QString::number(e.id), e.at.toString(QStringLiteral("yyyy-MM-dd HH:mm")), e.actor, auditwords::action(e.action),
                            auditwords::kind(e.entity) + (e.entityId ? QString::number(e.entityId) : QString()), auditwords::changes(e.beforeJson, e.afterJson)};
    doc.paragraph(QStringLiteral("截至%1，所列操作记录共%2条。").arg(OfficialDocument::chineseDate(today)).arg(entries->size()));
    doc.table({QStringLiteral("编号"), QStringLiteral("时间"), QStringLiteral("操作人"), QStringLiteral("操作"), QStringLiteral("记录"), QStringLiteral("变更内容")}, rows,
              {6, 13, 9, 12, 10, 50}, 10.5);
    doc.setSeals(SettingsService(ctx).current().seals);
    doc.signature(ReminderNotice::issuer(), today, DocumentKind::Register);
    doc.recordCode(audit.currentCode());
    return {};
}

} // namespace cd
