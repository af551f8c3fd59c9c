#include "storage/ResponsibilityRepository.h"

#include "storage/Database.h"
#include "storage/SqlUtil.h"

#include <QSqlQuery>

namespace cd {
namespace {

// Levels in their order of rank, not their spelling.
const QString kLevelRank = QStringLiteral("CASE r.level WHEN 'first' THEN 1 WHEN 'direct' THEN 2 ELSE 3 END");

const QString kSelect =
    QStringLiteral("SELECT r.id, r.unit_id, r.task_id, r.level, r.person, r.post, r.duty, r.target FROM responsibilities r");

Responsibility readOne(const sql::Query& q)
{
    Responsibility r;
    r.id = q.value(0).toLongLong();
    r.unitId = q.value(1).toLongLong();
    r.taskId = q.value(2).toLongLong();
    r.level = levelFromId(q.value(3).toString()).value_or(ResponsibilityLevel::Specific);
    r.person = q.value(4).toString();
    r.post = q.value(5).toString();
    r.duty = q.value(6).toString();
    r.target = q.value(7).toDouble();
    return r;
}

QList<Responsibility> many(sql::Query& q)
{
    QList<Responsibility> out;
    q.setForwardOnly(true);
    if (q.exec())
        while (q.next()) out.append(readOne(q));
    return out;
}

} // namespace

Result<qint64> ResponsibilityRepository::insert(const Responsibility& r)
{
    sql::Query q(m_db.sql());
    q.prepare(QStringLiteral("INSERT INTO responsibilities (unit_id, task_id, level, person, post, duty, target)"
                             " VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id"));
    q.addBindValue(r.unitId);
    q.addBindValue(r.taskId);
    q.addBindValue(toId(r.level));
    q.addBindValue(sql::text(r.person));
    q.addBindValue(sql::text(r.post));
    q.addBindValue(sql::text(r.duty));
    q.addBindValue(r.target);
    return sql::insertReturningId(q, "insert responsibility");
}

Status ResponsibilityRepository::update(const Responsibility& r)
{
    sql::Query q(m_db.sql());
    q.prepare(QStringLiteral("UPDATE responsibilities SET unit_id = ?, task_id = ?, level = ?, person = ?, post = ?, duty = ?,"
                             " target = ? WHERE id = ?"));
    q.addBindValue(r.unitId);
    q.addBindValue(r.taskId);
    q.addBindValue(toId(r.level));
    q.addBindValue(sql::text(r.person));
    q.addBindValue(sql::text(r.post));
    q.addBindValue(sql::text(r.duty));
    q.addBindValue(r.target);
    q.addBindValue(r.id);
    return sql::exec(q, "update responsibility");
}

Status ResponsibilityRepository::remove(qint64 id)
{
    sql::Query q(m_db.sql());
    q.prepare(QStringLiteral("DELETE FROM responsibilities WHERE id = ?"));
    q.addBindValue(id);
    return sql::exec(q, "delete responsibility");
}

std::optional<Responsibility> ResponsibilityRepository::byId(qint64 id)
{
    sql::Query q(m_db.sql());
    q.prepare(kSelect + QStringLiteral(" WHERE r.id = ?"));
    q.addBindValue(id);
    if (q.exec() && q.next()) return readOne(q);
    return std::nullopt;
}

std::optional<Responsibility> ResponsibilityRepository::find(qint64 unitId, qint64 taskId, ResponsibilityLevel level)
{
    sql::Query q(m_db.sql());
    q.prepare(kSelect + QStringLiteral(" WHERE r.unit_id = ? AND r.task_id = ? AND r.level = ?"));
    q.addBindValue(unitId);
    q.addBindValue(taskId);
    q.addBindValue(toId(level));
    if (q.exec() && q.next()) return readOne(q);
    return std::nullopt;
}

QList<Responsibility> ResponsibilityRepository::forUnit(qint64 unitId)
{
    sql::Query q(m_db.sql());
    q.prepare(kSelect + QStringLiteral(" JOIN tasks t ON t.id = r.task_id WHERE r.unit_id = ? ORDER BY t.sort_order, t.id, ") + kLevelRank);
    q.addBindValue(unitId);
    return many(q);
}

QList<Responsibility> ResponsibilityRepository::all()
{
    sql::Query q(m_db.sql());
    q.prepare(kSelect + QStringLiteral(" JOIN units u ON u.id = r.unit_id JOIN tasks t ON t.id = r.task_id"
                                       " ORDER BY u.sort_order, u.id, t.sort_order, t.id, ") + kLevelRank);
    return many(q);
}

QHash<QPair<qint64, qint64>, int> ResponsibilityRepository::coverage(qint64 campaignId)
{
    QHash<QPair<qint64, qint64>, int> out;
    sql::Query q(m_db.sql());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT r.unit_id, r.task_id, count(*) FROM responsibilities r JOIN tasks t ON t.id = r.task_id"
                             " WHERE t.campaign_id = ? GROUP BY r.unit_id, r.task_id"));
    q.addBindValue(campaignId);
    if (q.exec())
        while (q.next()) out.insert({q.value(0).toLongLong(), q.value(1).toLongLong()}, q.value(2).toInt());
    return out;
}

Status ResponsibilityRepository::replaceForUnit(qint64 unitId, const QList<Responsibility>& lines)
{
    sql::Query del(m_db.sql());
    del.prepare(QStringLiteral("DELETE FROM responsibilities WHERE unit_id = ?"));
    del.addBindValue(unitId);
    if (auto s = sql::exec(del, "clear responsibilities"); !s) return s;
    for (const auto& r : lines)
        if (auto id = insert(r); !id) return fail(id.error());
    return {};
}

} // namespace cd
