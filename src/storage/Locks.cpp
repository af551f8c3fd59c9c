#include "storage/Locks.h"

#include "storage/Database.h"
#include "storage/SqlUtil.h"

#include <QSqlQuery>

namespace cd::locks {

Status hold(Database& db, Kind what, qint64 id)
{
    if (!db.isServer()) return {};
    // A row of a table only cd_hold locks (schema v14): a unit may take its own unit's
    // numbering locks and no other, and nobody can take one from outside the program.
    auto q = db.statement(QStringLiteral("SELECT cd_hold(?, ?)"));
    q->addBindValue(int(what));
    q->addBindValue(id);
    return sql::exec(*q, "take a numbering lock");
}

} // namespace cd::locks
