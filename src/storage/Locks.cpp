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
    // A row of a table only cd_hold locks (schema v14): a unit may take its own unit's
    // numbering locks and no other, and nobody can take one from outside the program.
    auto q = db.statement(QStringLiteral("SELECT cd_hold(?, ?)"));
    q->addBindValue(int(what));
    q->addBindValue(id);
    return sql::exec(*q, "take a numbering lock");
}

} // namespace cd::locks
