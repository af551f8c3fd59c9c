#pragma once

#include "domain/Error.h"

class QSqlDatabase;

namespace cd {

class Database;

// A writing transaction (Dialect::beginWrite) on construction; rolled back on destruction
// unless committed.
class Transaction
{
public:
    explicit Transaction(Database& db);
    ~Transaction();
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;

    bool ok() const { return m_open; }
    const Error& error() const { return m_error; }
    Status commit();

private:
    Database* m_owner;
    QSqlDatabase* m_db;
    bool m_open = false;
    Error m_error;
};

} // namespace cd
