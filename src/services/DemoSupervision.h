#pragma once

#include "domain/Entities.h"
#include "domain/Error.h"
#include "services/DemoNames.h"

namespace cd {

class Database;

// For the demo: an inspection each quarter visiting a sample of units, problem lines from
// its findings with realistic closing and overdue patterns, escalations of the overdue
// ones, and positive and negative typical cases. Written inside the caller's transaction.
class DemoSupervision
{
public:
    struct Counts
    {
        int inspections = 0;
        int problems = 0;
        int cases = 0;
    };
    static Result<Counts> write(Database& db, const QList<Unit>& units, const Campaign& campaign, const QDate& asOf, demo::Dice& dice);
};

} // namespace cd
