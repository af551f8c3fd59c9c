#include "storage/UnitRepository.h"

#include "storage/Database.h"
#include "storage/NativeQuery.h"
#include "storage/SqlUtil.h"

#include <QSqlQuery>

namespace cd {
namespace {

const QString kSelect = QStringLiteral(
    "SELECT id, name, short_name, category, head, deputy, secretary, phone, active, sort_order, group_id FROM units");

Unit readUnit(const sql::Query& q)
{
    Unit u;
    u.id = q.value(0).toLongLong();
    u.name = q.value(1).toString();
    u.shortName = q.value(2).toString();
    u.category = q.value(3).toString();
    u.head = q.value(4).toString();
    u.deputy = q.value(5).toString();
    u.secretary = q.value(6).toString();
    u.phone = q.value(7).toString();
    u.active = q.value(8).toBool();
    u.sortOrder = q.value(9).toInt();
    u.groupId = q.value(10).toLongLong();
    return u;
}

void bindUnit(sql::Query& q, const Unit& u)
{
    for (const auto* s : {&u.name, &u.shortName, &u.category, &u.head, &u.deputy, &u.secretary, &u.phone})
        q.addBindValue(sql::text(*s));
    q.addBindValue(u.active ? 1 : 0);
    q.addBindValue(u.sortOrder);
}

std::optional<Unit> one(sql::Query& q)
{
    if (q.exec() && q.next()) return readUnit(q);
    return std::nullopt;
}

} // namespace

Result<qint64> UnitRepository::insert(const Unit& u)
{
    sql::Query q(m_db.sql());
    q.prepare(QStringLiteral("INSERT INTO units (name, short_name, category, head, deputy, secretary, phone, active, sort_order, group_id)"
                             " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"));
    bindUnit(q, u);
    q.addBindValue(sql::idOrNull(u.groupId));
    return sql::insertReturningId(q, "insert unit");
}

Status UnitRepository::update(const Unit& u)
{
    sql::Query q(m_db.sql());
    q.prepare(QStringLiteral("UPDATE units SET name = ?, short_name = ?, category = ?, head = ?, deputy = ?, secretary = ?,"
                             " phone = ?, active = ?, sort_order = ? WHERE id = ?"));
    bindUnit(q, u);
    q.addBindValue(u.id);
    return sql::exec(q, "update unit");
}

std::optional<Unit> UnitRepository::byId(qint64 id)
{
    sql::Query q(m_db.sql());
    q.prepare(kSelect + QStringLiteral(" WHERE id = ?"));
    q.addBindValue(id);
    return one(q);
}

std::optional<Unit> UnitRepository::byName(const QString& name)
{
    sql::Query q(m_db.sql());
    q.prepare(kSelect + QStringLiteral(" WHERE name = ?"));
    q.addBindValue(name);
    return one(q);
}

QList<Unit> UnitRepository::all()
{
    // Read in place, not through a QVariant for each of a province's thousands of units'
    // eleven values: the bulletin, the dashboard and the units page all start here.
    static const QByteArray select = (kSelect + QStringLiteral(" ORDER BY sort_order, id")).toUtf8();
    QList<Unit> out;
    NativeQuery q(m_db, select.constData());
    while (q.next()) {
        Unit u;
        u.id = q.int64(0);
        u.name = q.text(1);
        u.shortName = q.text(2);
        u.category = q.text(3);
        u.head = q.text(4);
        u.deputy = q.text(5);
        u.secretary = q.text(6);
        u.phone = q.text(7);
        u.active = q.int64(8) != 0;
        u.sortOrder = int(q.int64(9));
        u.groupId = q.int64(10);
        out.append(std::move(u));
    }
    return out;
}

int UnitRepository::count()
{
    sql::Query q(m_db.sql());
    return q.exec(QStringLiteral("SELECT count(*) FROM units")) && q.next() ? q.value(0).toInt() : 0;
}

int UnitRepository::maxSortOrder()
{
    sql::Query q(m_db.sql());
    return q.exec(QStringLiteral("SELECT coalesce(max(sort_order), 0) FROM units")) && q.next() ? q.value(0).toInt() : 0;
}

Status UnitRepository::put(const Unit& u)
{
    sql::Query q(m_db.sql());
    q.prepare(QStringLiteral("INSERT INTO units (name, short_name, category, head, deputy, secretary, phone, active, sort_order, group_id, id)"
                             " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET name = excluded.name,"
                             " short_name = excluded.short_name, category = excluded.category, head = excluded.head, deputy = excluded.deputy,"
                             " secretary = excluded.secretary, phone = excluded.phone, active = excluded.active, sort_order = excluded.sort_order"));
    bindUnit(q, u);
    q.addBindValue(QVariant()); // a unit's own copy holds no tree of groups
    q.addBindValue(u.id);
    return sql::exec(q, "copy unit");
}

} // namespace cd
