#pragma once

#include "domain/Error.h"

#include <QList>
#include <QString>

namespace cd {

class Database;

// A bulk load into a new campaign on a server (the demo) checks its references once, at the
// end, instead of row by row: PostgreSQL checks each foreign key of each row with a query of
// its own, which cost the 5,000-unit demo a third of its time. Inside the caller's
// transaction, begin() drops the schema's foreign keys and end() adds them back, each checked
// over the whole table at once; a reference that does not hold fails end(), and the caller's
// rollback brings the keys back as they were. Only the tables' owner may do this; for anyone
// else, and on a file, both do nothing and the rows are checked as they go.
class ReferenceChecksAtEnd
{
public:
    explicit ReferenceChecksAtEnd(Database& db) : m_db(db) {}
    Status begin();
    Status end();

private:
    struct Key
    {
        QString table, name, definition;
    };
    Database& m_db;
    QList<Key> m_dropped;
};

} // namespace cd
