#include "storage/Transaction.h"

#include "storage/Database.h"
#include "storage/Dialect.h"
#include "storage/SqlUtil.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

namespace cd {

Transaction::Transaction(Database& db) : m_owner(&db), m_db(&db.sql())
{
    // Nothing is written to a file the check beside it found damaged.
    if (auto checked = db.awaitCheck(); !checked) {
        m_error = checked.error();
        return;
    }
    sql::Query q(*m_db);
    m_open = q.exec(Dialect::of(*m_db).beginWrite());
    if (!m_open) m_error = sql::failure(q, "begin transaction");
    else m_owner->beginMemo();
}

Transaction::~Transaction()
{
    if (m_open) {
        m_owner->endMemo();
        sql::Query(*m_db).exec(QStringLiteral("ROLLBACK"));
    }
}

Status Transaction::commit()
{
    if (!m_open) return fail(m_error);
    sql::Query q(*m_db);
    if (!q.exec(QStringLiteral("COMMIT"))) {
        return fail(sql::failure(q, "commit"));
    }
    m_open = false;
    m_owner->endMemo();
    return {};
}

} // namespace cd
