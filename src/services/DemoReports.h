#pragma once

#include "domain/Entities.h"
#include "domain/Error.h"
#include "services/DemoNames.h"

namespace cd {

class Database;

// A year of monthly plans and self-reports for the demo: most units on time, some late,
// a few with gaps of several months, returned-and-resubmitted reports, evidence files.
// Written inside the caller's transaction.
class DemoReports
{
public:
    struct Counts
    {
        int plans = 0;
        int reports = 0;
        int items = 0;
    };
    static Result<Counts> write(Database& db, const QList<Unit>& units, const QList<Task>& tasks, const QList<Period>& periods,
                                const QDate& asOf, demo::Dice& dice);
};

} // namespace cd
