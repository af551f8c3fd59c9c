#include "storage/BulkLoad.h"

#include "storage/Database.h"
#include "storage/Query.h"
#include "storage/SqlUtil.h"

namespace cd {

Status ReferenceChecksAtEnd::begin()
{
    if (!m_db.isServer()) return {};
    sql::Query q(m_db.sql());
    // Every foreign key of the campaign's schema, if this login owns every table that has one.
    if (!q.exec(QStringLiteral("SELECT quote_ident(c.relname), quote_ident(k.conname), pg_get_constraintdef(k.oid), c.relowner = "
                               "(SELECT oid FROM pg_roles WHERE rolname = current_user) FROM pg_constraint k JOIN pg_class c ON c.oid = k.conrelid "
                               "WHERE k.contype = 'f' AND k.connamespace = current_schema()::regnamespace ORDER BY c.relname, k.conname")))
        return fail(sql::failure(q, "read foreign keys"));
    QList<Key> keys;
    while (q.next()) {
        if (!q.value(3).toBool()) return {}; // not the owner: rows are checked as they go
        keys.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toString()});
    }
    for (const auto& k : keys) {
        if (auto s = sql::execText(m_db.sql(), QStringLiteral("ALTER TABLE %1 DROP CONSTRAINT %2").arg(k.table, k.name)); !s) return s;
        m_dropped.append(k);
    }
    return {};
}

Status ReferenceChecksAtEnd::end()
{
    for (const auto& k : m_dropped)
        if (auto s = sql::execText(m_db.sql(), QStringLiteral("ALTER TABLE %1 ADD CONSTRAINT %2 %3").arg(k.table, k.name, k.definition)); !s) return s;
    m_dropped.clear();
    return {};
}

} // namespace cd
