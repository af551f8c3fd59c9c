#pragma once

#include "domain/Error.h"

#include <functional>

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

    struct Row
    {
        qint64 unitId = 0;
        qint64 taskId = 0;
        double acceptedSum = 0;
        int acceptedReports = 0;
    };
    // Every stored pair (160,000 at 5,000 units), in no particular order: from a file through
    // SQLite's own interface, several times quicker than QSqlQuery's variants at this count;
    // from a server as each unit's rolled-up row (ServerRollups), 5,000 rows, not 160,000.
    Status forEach(const std::function<void(const Row&)>& visit);

private:
    Database& m_db;
};

} // namespace cd
