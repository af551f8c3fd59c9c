#include "storage/AuditRepository.h"

#include "storage/AuditChain.h"
#include "storage/BulkInsert.h"
#include "storage/Database.h"
#include "storage/Dialect.h"
#include "storage/SqlUtil.h"

#include <QSqlError>
#include <QSqlQuery>
#include <algorithm>

namespace cd {
namespace {

const QString kSelect =
    QStringLiteral("SELECT id, at, actor, action, entity, entity_id, before_json, after_json, backdated, chain FROM audit_log");

QList<AuditEntry> many(sql::Query& q)
{
    QList<AuditEntry> out;
    if (q.exec())
        while (q.next())
            out.append({q.value(0).toLongLong(), QDateTime::fromString(q.value(1).toString(), Qt::ISODateWithMs),
                        q.value(2).toString(), q.value(3).toString(), q.value(4).toString(), q.value(5).toLongLong(),
                        q.value(6).toString(), q.value(7).toString(), q.value(8).toBool(), q.value(9).toString()});
    return out;
}

} // namespace

namespace {
// The last row's id and link (0 and empty while the log is empty): what the next row extends.
struct Head
{
    qint64 id = 0;
    QString chain;
};
Result<Head> readHead(Database& db)
{
    sql::Query last(db.sql());
    if (!last.exec(QStringLiteral("SELECT id, chain FROM audit_log ORDER BY id DESC LIMIT 1"))) return fail(sql::failure(last, "read the audit log's head"));
    return last.next() ? Head{last.value(0).toLongLong(), last.value(1).toString()} : Head{};
}

AuditChain::Row rowOf(const AuditEntry& e)
{
    return {0, e.at.toString(Qt::ISODateWithMs), e.actor, e.action, e.entity, sql::idOrNull(e.entityId),
            e.beforeJson.isEmpty() ? QVariant() : QVariant(e.beforeJson), e.afterJson.isEmpty() ? QVariant() : QVariant(e.afterJson),
            e.backdated ? 1 : 0};
}
} // namespace

Status AuditRepository::insertMany(const QList<AuditEntry>& entries)
{
    if (entries.isEmpty()) return {};
    const QStringList columns{QStringLiteral("id"),        QStringLiteral("at"),          QStringLiteral("actor"),
                              QStringLiteral("action"),    QStringLiteral("entity"),      QStringLiteral("entity_id"),
                              QStringLiteral("before_json"), QStringLiteral("after_json"), QStringLiteral("backdated"),
                              QStringLiteral("chain")};
    // The rows are linked here, after the head read here, and numbered after it: the record is
    // numbered by its place in the chain. On a file this write holds the file's lock; on a
    // server it takes the chain's lock first, as the trigger does for a single row. The trigger
    // keeps a link that arrives with its row: linking thousands of rows in it, one statement
    // each, took seconds.
    if (m_db.isServer())
        if (auto s = sql::execText(m_db.sql(), QStringLiteral("SELECT cd_lock_audit_chain()")); !s) return s;
    const auto last = readHead(m_db);
    if (!last) return fail(last.error());
    qint64 id = last->id;
    QString head = last->chain;
    auto rows = BulkInsert::rows(m_db, QStringLiteral("audit_log"), columns);
    for (qsizetype i = 0; i < entries.size(); ++i) {
        AuditChain::Row r = rowOf(entries[i]);
        r.id = ++id;
        head = AuditChain::link(head, r);
        if (auto s = rows.insert({r.id, r.at, r.actor, r.action, r.entity, r.entityId, r.before, r.after, r.backdated, head}); !s) {
            rows.discard();
            return fail(s.error());
        }
    }
    return rows.finish();
}

Status AuditRepository::insert(const AuditEntry& e)
{
    AuditChain::Row r = rowOf(e);
    // On a server the trigger takes the id and computes the link; on a file this write holds
    // the file's lock, so the next id and the head are this row's.
    const bool server = m_db.isServer();
    QString chain;
    if (!server) {
        const auto last = readHead(m_db);
        if (!last) return fail(last.error());
        r.id = last->id + 1;
        chain = AuditChain::link(last->chain, r);
    }
    auto q = m_db.statement(server ? QStringLiteral("INSERT INTO audit_log (at, actor, action, entity, entity_id, before_json, after_json, backdated)"
                                                    " VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
                                   : QStringLiteral("INSERT INTO audit_log (id, at, actor, action, entity, entity_id, before_json, after_json, backdated, chain)"
                                                    " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    if (!server) q->addBindValue(r.id);
    q->addBindValue(r.at);
    q->addBindValue(r.actor);
    q->addBindValue(r.action);
    q->addBindValue(r.entity);
    q->addBindValue(r.entityId);
    q->addBindValue(r.before);
    q->addBindValue(r.after);
    q->addBindValue(r.backdated);
    if (!server) q->addBindValue(chain);
    return sql::exec(*q, "insert audit row");
}

QList<AuditEntry> AuditRepository::list(const AuditFilter& f)
{
    QStringList where;
    QVariantList values;
    if (!f.actor.isEmpty()) where << QStringLiteral("actor = ?"), values << f.actor;
    if (!f.entity.isEmpty()) where << QStringLiteral("entity = ?"), values << f.entity;
    if (!f.entity.isEmpty() && f.entityId > 0) where << QStringLiteral("entity_id = ?"), values << f.entityId;
    if (f.action.endsWith(QLatin1Char('.'))) where << QStringLiteral("action LIKE ?"), values << f.action + QLatin1Char('%');
    else if (!f.action.isEmpty()) where << QStringLiteral("action = ?"), values << f.action;
    // `at` is ISO text, so the day's prefix compares as dates do.
    if (f.since.isValid()) where << QStringLiteral("at >= ?"), values << f.since.toString(Qt::ISODate);
    if (f.until.isValid()) where << QStringLiteral("at < ?"), values << f.until.addDays(1).toString(Qt::ISODate);
    if (f.unitId > 0) {
        // Audit values are compact JSON: a record of the unit says "unit_id":N followed by , or }.
        where << QStringLiteral("((entity = 'unit' AND entity_id = ?) OR COALESCE(before_json, '') LIKE ? OR COALESCE(before_json, '') LIKE ?"
                                " OR COALESCE(after_json, '') LIKE ? OR COALESCE(after_json, '') LIKE ?)");
        const QString key = QStringLiteral("%\"unit_id\":%1").arg(f.unitId);
        values << f.unitId << key + QStringLiteral(",%") << key + QStringLiteral("}%") << key + QStringLiteral(",%") << key + QStringLiteral("}%");
    }
    if (!f.text.isEmpty()) {
        where << QStringLiteral("(action LIKE ? OR entity LIKE ? OR COALESCE(before_json, '') LIKE ? OR COALESCE(after_json, '') LIKE ?)");
        const QString like = QLatin1Char('%') + f.text + QLatin1Char('%');
        values << like << like << like << like;
    }
    sql::Query q(m_db.sql());
    q.prepare(kSelect + (where.isEmpty() ? QString() : QStringLiteral(" WHERE ") + where.join(QStringLiteral(" AND "))) + QStringLiteral(" ORDER BY id") +
              (f.limit > 0 ? QStringLiteral(" LIMIT %1").arg(f.limit) : QString()));
    for (const auto& v : values) q.addBindValue(v);
    return many(q);
}

QList<AuditEntry> AuditRepository::latest(int limit)
{
    sql::Query q(m_db.sql());
    q.prepare(kSelect + QStringLiteral(" ORDER BY id DESC LIMIT ?"));
    q.addBindValue(limit);
    return many(q);
}

namespace {
// The rows about one record; a record with no number of its own (the settings) is stored with
// a NULL entity_id.
QString aboutRecord(qint64 id)
{
    return id > 0 ? QStringLiteral(" WHERE entity = ? AND entity_id = ?") : QStringLiteral(" WHERE entity = ? AND entity_id IS NULL");
}
} // namespace

QList<AuditEntry> AuditRepository::forEntity(const QString& entity, qint64 id)
{
    sql::Query q(m_db.sql());
    q.prepare(kSelect + aboutRecord(id) + QStringLiteral(" ORDER BY id"));
    q.addBindValue(entity);
    if (id > 0) q.addBindValue(id);
    return many(q);
}

std::optional<AuditEntry> AuditRepository::lastFor(const QString& entity, qint64 id)
{
    sql::Query q(m_db.sql());
    q.prepare(kSelect + aboutRecord(id) + QStringLiteral(" ORDER BY id DESC LIMIT 1"));
    q.addBindValue(entity);
    if (id > 0) q.addBindValue(id);
    const auto rows = many(q);
    if (rows.isEmpty()) return std::nullopt;
    return rows.first();
}

int AuditRepository::count()
{
    sql::Query q(m_db.sql());
    return q.exec(QStringLiteral("SELECT count(*) FROM audit_log")) && q.next() ? q.value(0).toInt() : 0;
}

} // namespace cd
