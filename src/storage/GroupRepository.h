#pragma once

#include "domain/Error.h"
#include "domain/Groups.h"

#include <QList>

namespace cd {

class Database;

// The tree of groups (分组) and each unit's place in it.
class GroupRepository
{
public:
    explicit GroupRepository(Database& db) : m_db(db) {}

    QList<UnitGroup> all();
    Result<qint64> insert(const UnitGroup& g);
    Status update(const UnitGroup& g);
    Status remove(qint64 id);
    // Puts the unit in the group (0: at the top).
    Status moveUnit(qint64 unitId, qint64 groupId);
    int maxSortOrder(qint64 parentId);

private:
    Database& m_db;
};

} // namespace cd
