#pragma once

#include "domain/Entities.h"
#include "domain/Error.h"

#include <QHash>
#include <QList>
#include <optional>

namespace cd {

class Database;

class ResponsibilityRepository
{
public:
    explicit ResponsibilityRepository(Database& db) : m_db(db) {}

    Result<qint64> insert(const Responsibility& r);
    Status update(const Responsibility& r);
    Status remove(qint64 id);
    // The unit's list as the office has it: every line replaced by these (a unit's own file).
    Status replaceForUnit(qint64 unitId, const QList<Responsibility>& lines);
    std::optional<Responsibility> byId(qint64 id);
    std::optional<Responsibility> find(qint64 unitId, qint64 taskId, ResponsibilityLevel level);
    QList<Responsibility> forUnit(qint64 unitId);
    QList<Responsibility> all();
    // How many responsibilities each (unit, task) pair has, for the coverage matrix.
    QHash<QPair<qint64, qint64>, int> coverage(qint64 campaignId);

private:
    Database& m_db;
};

} // namespace cd
