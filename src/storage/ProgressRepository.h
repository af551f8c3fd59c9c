#pragma once

#include "domain/Error.h"

#include <QHash>
#include <QPair>

namespace cd {

class Database;

// task_progress: for each unit and task, the sum of progress over accepted reports and how
// many reports. It is what the dashboard and progress pages read, kept in step when a report
// is accepted, because summing every report item on each refresh costs too much at 5,000
// units. `check` compares it with the reports themselves.
class ProgressRepository
{
public:
    explicit ProgressRepository(Database& db) : m_db(db) {}
    // Adds an accepted report's items.
    Status addAcceptedReport(qint64 reportId);
    // Recomputes everything from the accepted reports.
    Status rebuild();
    // unit × task pairs whose stored figures differ from the reports.
    int mismatches();
    QHash<qint64, QPair<double, int>> forUnit(qint64 unitId);

private:
    Database& m_db;
};

} // namespace cd
