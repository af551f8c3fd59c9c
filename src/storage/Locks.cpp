#include "storage/Locks.h"

#include "storage/Database.h"
#include "storage/SqlUtil.h"

#include <QSqlQuery>

namespace cd::locks {

Status hold(Database& db, Kind what, qint64 id)
{
    if (!db.isServer()) return {};
    // Two int4 keys: this program's space and kind in the first, the id in the second (ids stay
    // far below 2^31; a wrap would only make two ids share a lock).
    auto q = db.statement(QStringLiteral("SELECT pg_advisory_xact_lock(?, ?)"));
    q->addBindValue(0x43440000 | int(what));
    q->addBindValue(int(id & 0x7fffffff));
    return sql::exec(*q, "take a numbering lock");
}

} // namespace cd::locks
