#pragma once

#include "domain/Error.h"

class QSqlDatabase;

namespace cd {

// The numbered, cumulative schema ladder. Version N is reached by running every step
// after the database's version, all in one transaction.
class Migrations
{
public:
    static constexpr int kLatest = 20;
    static Status upgrade(QSqlDatabase& db, int from, int to = kLatest);
    // Every table of the latest schema, in the order the ladder creates them: a table comes
    // after every table it refers to, so rows copied in this order keep their references.
    static QStringList tables();
};

} // namespace cd
