#pragma once

#include "domain/Entities.h"
#include "domain/Error.h"
#include "services/DemoNames.h"

#include <QDateTime>

namespace cd {

class Database;

// For the demo after the year: the 述职评议会 held in December, each unit's first responsible
// person reporting, sixty to a session (at most sixty sessions), the ballots counted per group and the results
// published, so that the assessment's 述职测评 item has its figures. Written inside the
// caller's transaction.
class DemoReview
{
public:
    static Result<int> write(Database& db, const QList<Unit>& units, const Campaign& campaign, demo::Dice& dice, const QString& actor, const QDateTime& now);
};

} // namespace cd
