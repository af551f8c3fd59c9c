#include "storage/GroupRepository.h"

#include "storage/Database.h"
#include "storage/SqlUtil.h"

namespace cd {
namespace {

void bindGroup(sql::Query& q, const UnitGroup& g)
{
    q.addBindValue(sql::idOrNull(g.parentId));
    q.addBindValue(sql::text(g.name));
    q.addBindValue(sql::text(g.shortName));
    q.addBindValue(toId(g.kind));
    q.addBindValue(g.sortOrder);
    q.addBindValue(sql::text(g.officeName));
    q.addBindValue(sql::text(g.addressee));
}

} // namespace

QList<UnitGroup> GroupRepository::all()
{
    QList<UnitGroup> out;
    sql::Query q(m_db.sql());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT id, parent_id, name, short_name, kind, sort_order, office_name, addressee FROM unit_groups"
                               " ORDER BY sort_order, id")))
        return out;
    while (q.next()) {
        UnitGroup g;
        g.id = q.value(0).toLongLong();
        g.parentId = q.value(1).toLongLong();
        g.name = q.value(2).toString();
        g.shortName = q.value(3).toString();
        g.kind = groupKindFromId(q.value(4).toString()).value_or(GroupKind::Other);
        g.sortOrder = q.value(5).toInt();
        g.officeName = q.value(6).toString();
        g.addressee = q.value(7).toString();
        out << g;
    }
    return out;
}

Result<qint64> GroupRepository::insert(const UnitGroup& g)
{
    sql::Query q(m_db.sql());
    q.prepare(QStringLiteral("INSERT INTO unit_groups (parent_id, name, short_name, kind, sort_order, office_name, addressee)"
                             " VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id"));
    bindGroup(q, g);
    return sql::insertReturningId(q, "insert group");
}

Status GroupRepository::update(const UnitGroup& g)
{
    sql::Query q(m_db.sql());
    q.prepare(QStringLiteral("UPDATE unit_groups SET parent_id = ?, name = ?, short_name = ?, kind = ?, sort_order = ?, office_name = ?,"
                             " addressee = ? WHERE id = ?"));
    bindGroup(q, g);
    q.addBindValue(g.id);
    return sql::exec(q, "update group");
}

Status GroupRepository::remove(qint64 id)
{
    sql::Query q(m_db.sql());
    q.prepare(QStringLiteral("DELETE FROM unit_groups WHERE id = ?"));
    q.addBindValue(id);
    return sql::exec(q, "remove group");
}

Status GroupRepository::moveUnit(qint64 unitId, qint64 groupId)
{
    sql::Query q(m_db.sql());
    q.prepare(QStringLiteral("UPDATE units SET group_id = ? WHERE id = ?"));
    q.addBindValue(sql::idOrNull(groupId));
    q.addBindValue(unitId);
    return sql::exec(q, "move unit");
}

int GroupRepository::maxSortOrder(qint64 parentId)
{
    sql::Query q(m_db.sql());
    q.prepare(parentId > 0 ? QStringLiteral("SELECT coalesce(max(sort_order), 0) FROM unit_groups WHERE parent_id = ?")
                           : QStringLiteral("SELECT coalesce(max(sort_order), 0) FROM unit_groups WHERE parent_id IS NULL"));
    if (parentId > 0) q.addBindValue(parentId);
    return q.exec() && q.next() ? q.value(0).toInt() : 0;
}

} // namespace cd
