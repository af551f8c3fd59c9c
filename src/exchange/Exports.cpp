#include "exchange/Exports.h"

namespace cd {
namespace {
QString number(double v) { return QString::number(v, 'g', 12); }
QStringList captions(std::initializer_list<const char*> cs)
{
    QStringList out;
    for (const char* c : cs) out << QString::fromUtf8(c);
    return out;
}
} // namespace

Table Exports::units(const QList<Unit>& units, const QHash<qint64, QString>& groupPaths)
{
    Table t{captions({"序号", "单位名称", "简称", "单位类别", "主要负责人", "分管领导", "联络员", "联系电话", "状态"}), {}};
    // The column 所属分组 only where the campaign has groups, so that a flat campaign's sheet stays as it was.
    if (!groupPaths.isEmpty()) t.header << QStringLiteral("所属分组");
    int n = 0;
    for (const auto& u : units) {
        t.rows.append({QString::number(++n), u.name, u.shortName, u.category, u.head, u.deputy, u.secretary, u.phone,
                       u.active ? QStringLiteral("在用") : QStringLiteral("停用")});
        if (!groupPaths.isEmpty()) t.rows.last() << groupPaths.value(u.groupId);
    }
    return t;
}

Table Exports::tasks(const QList<Task>& tasks, const QHash<qint64, QString>& unitNames)
{
    Table t{captions({"任务编号", "方面", "任务名称", "类型", "所属单位", "频次", "量化目标", "计量单位", "完成时限", "任务说明"}), {}};
    for (const auto& task : tasks)
        t.rows.append({task.code, displayName(task.pillar), task.title, displayName(task.kind), unitNames.value(task.ownerUnitId),
                       displayName(task.cadence), number(task.target), task.measure, task.due.toString(Qt::ISODate),
                       task.description});
    return t;
}

Table Exports::responsibilities(const QList<Responsibility>& list, const QHash<qint64, QString>& unitNames,
                                const QHash<qint64, Task>& tasks)
{
    Table t{captions({"单位名称", "任务编号", "任务名称", "责任层级", "责任人", "职务", "责任内容", "量化目标"}), {}};
    for (const auto& r : list) {
        const Task task = tasks.value(r.taskId);
        t.rows.append({unitNames.value(r.unitId), task.code, task.title, displayName(r.level), r.person, r.post, r.duty,
                       number(r.target)});
    }
    return t;
}

Table Exports::assessment(const AssessmentResult& result)
{
    Table t{captions({"名次", "单位名称"}), {}};
    for (const auto& item : result.rubric.items) t.header << QStringLiteral("%1（%2分）").arg(item.name, AssessmentRules::format(item.max));
    t.header << captions({"总分", "等次"});
    for (const auto& u : result.units) {
        QStringList row{QString::number(u.rank), u.unit};
        for (const auto& item : result.rubric.items) {
            const auto score = std::ranges::find(u.items, item.code, &ItemScore::code);
            row << (score == u.items.end() ? QString() : AssessmentRules::format(score->score));
        }
        row << AssessmentRules::format(u.total) << officialName(u.grade);
        t.rows.append(row);
    }
    return t;
}

} // namespace cd
