#pragma once

#include "domain/Error.h"

#include <QString>
#include <string_view>

struct sqlite3;
struct sqlite3_stmt;

namespace cd {

class Database;

// A read-only statement run through SQLite's own interface, for the few aggregates that
// return tens of thousands of rows on each dashboard refresh: reading a row costs a fraction
// of QSqlQuery's, which builds a QVariant for every value. Binds are positional, from 1.
class NativeQuery
{
public:
    NativeQuery(Database& db, const char* sql);
    ~NativeQuery();
    NativeQuery(const NativeQuery&) = delete;
    NativeQuery& operator=(const NativeQuery&) = delete;

    NativeQuery& bind(int index, qint64 value);
    NativeQuery& bind(int index, const QString& value);
    // Next row; false at the end or on an error (then status() says which).
    bool next();
    Status status() const;

    qint64 int64(int column) const;
    double real(int column) const;
    QString text(int column) const;
    // The text's UTF-8 bytes, valid until the next call to next().
    std::string_view utf8(int column) const;

private:
    sqlite3* m_handle = nullptr;
    sqlite3_stmt* m_stmt = nullptr;
    int m_rc = 0;
    QString m_error;
};

} // namespace cd
