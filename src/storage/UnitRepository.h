#pragma once

#include "domain/Entities.h"
#include "domain/Error.h"

#include <QList>
#include <optional>

namespace cd {

class Database;

class UnitRepository
{
public:
    explicit UnitRepository(Database& db) : m_db(db) {}

    Result<qint64> insert(const Unit& u);
    Status update(const Unit& u);
    // Inserts or updates the unit under its own id (a copy from the office's file).
    Status put(const Unit& u);
    std::optional<Unit> byId(qint64 id);
    std::optional<Unit> byName(const QString& name);
    QList<Unit> all(); // by sort order, then name
    int count();
    int maxSortOrder();

private:
    Database& m_db;
};

} // namespace cd
