#include "storage/AuditRepository.h"

#include "storage/Database.h"
#include "storage/SqlUtil.h"

#include <QSqlQuery>

namespace cd {
namespace {

const QString kSelect =
    QStringLiteral("SELECT id, at, actor, action, entity, entity_id, before_json, after_json, backdated FROM audit_log");

QList<AuditEntry> many(QSqlQuery& q)
{
    QList<AuditEntry> out;
    if (q.exec())
        while (q.next())
            out.append({q.value(0).toLongLong(), QDateTime::fromString(q.value(1).toString(), Qt::ISODateWithMs),
                        q.value(2).toString(), q.value(3).toString(), q.value(4).toString(), q.value(5).toLongLong(),
                        q.value(6).toString(), q.value(7).toString(), q.value(8).toBool()});
    return out;
}

} // namespace

Status AuditRepository::insert(const AuditEntry& e)
{
    auto q = m_db.statement(QStringLiteral("INSERT INTO audit_log (at, actor, action, entity, entity_id, before_json, after_json, backdated)"
                             " VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    q->addBindValue(e.at.toString(Qt::ISODateWithMs));
    q->addBindValue(e.actor);
    q->addBindValue(e.action);
    q->addBindValue(e.entity);
    q->addBindValue(sql::idOrNull(e.entityId));
    q->addBindValue(e.beforeJson.isEmpty() ? QVariant() : QVariant(e.beforeJson));
    q->addBindValue(e.afterJson.isEmpty() ? QVariant() : QVariant(e.afterJson));
    q->addBindValue(e.backdated ? 1 : 0);
    return sql::exec(*q, "insert audit row");
}

QList<AuditEntry> AuditRepository::latest(int limit)
{
    QSqlQuery q(m_db.sql());
    q.prepare(kSelect + QStringLiteral(" ORDER BY id DESC LIMIT ?"));
    q.addBindValue(limit);
    return many(q);
}

QList<AuditEntry> AuditRepository::forEntity(const QString& entity, qint64 id)
{
    QSqlQuery q(m_db.sql());
    q.prepare(kSelect + QStringLiteral(" WHERE entity = ? AND entity_id = ? ORDER BY id"));
    q.addBindValue(entity);
    q.addBindValue(id);
    return many(q);
}

int AuditRepository::count()
{
    QSqlQuery q(m_db.sql());
    return q.exec(QStringLiteral("SELECT count(*) FROM audit_log")) && q.next() ? q.value(0).toInt() : 0;
}

} // namespace cd
