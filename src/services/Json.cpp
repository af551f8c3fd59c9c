#include "services/Json.h"

namespace cd::json {

QJsonObject of(const Unit& u)
{
    QJsonObject o{{QStringLiteral("id"), u.id},           {QStringLiteral("name"), u.name},
            {QStringLiteral("short_name"), u.shortName}, {QStringLiteral("category"), u.category},
            {QStringLiteral("head"), u.head},       {QStringLiteral("deputy"), u.deputy},
            {QStringLiteral("secretary"), u.secretary}, {QStringLiteral("phone"), u.phone},
            {QStringLiteral("active"), u.active},   {QStringLiteral("order"), u.sortOrder}};
    if (u.groupId > 0) o.insert(QStringLiteral("group_id"), u.groupId);
    return o;
}

QJsonObject of(const Task& t)
{
    return {{QStringLiteral("id"), t.id},
            {QStringLiteral("code"), t.code},
            {QStringLiteral("pillar"), toId(t.pillar)},
            {QStringLiteral("title"), t.title},
            {QStringLiteral("kind"), toId(t.kind)},
            {QStringLiteral("owner_unit_id"), t.ownerUnitId},
            {QStringLiteral("cadence"), toId(t.cadence)},
            {QStringLiteral("target"), t.target},
            {QStringLiteral("measure"), t.measure},
            {QStringLiteral("lower_is_better"), t.lowerIsBetter},
            {QStringLiteral("due"), t.due.toString(Qt::ISODate)}};
}

QJsonObject of(const Responsibility& r)
{
    return {{QStringLiteral("id"), r.id},         {QStringLiteral("unit_id"), r.unitId},
            {QStringLiteral("task_id"), r.taskId}, {QStringLiteral("level"), toId(r.level)},
            {QStringLiteral("person"), r.person}, {QStringLiteral("post"), r.post},
            {QStringLiteral("duty"), r.duty},     {QStringLiteral("target"), r.target}};
}

QJsonObject of(const Campaign& c)
{
    return {{QStringLiteral("id"), c.id},
            {QStringLiteral("name"), c.name},
            {QStringLiteral("year"), c.year},
            {QStringLiteral("start"), c.start.toString(Qt::ISODate)},
            {QStringLiteral("end"), c.end.toString(Qt::ISODate)},
            {QStringLiteral("template"), c.templateId}};
}

} // namespace cd::json
