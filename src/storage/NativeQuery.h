#pragma once

#include "domain/Error.h"

#include <QString>
#include <QByteArray>
#include <memory>
#include <string_view>
#include <vector>

class QSqlQuery;

struct sqlite3;
struct sqlite3_stmt;

namespace cd {

class Database;

// A read-only statement run through SQLite's own interface, for the few aggregates that
// return tens of thousands of rows on each dashboard refresh: reading a row costs a fraction
// of QSqlQuery's, which builds a QVariant for every value. Binds are positional, from 1.
// On a server the same statement runs through QSqlQuery (the fast path is the file's); a
// server fast path waits for a benchmark that shows the need.
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
    std::unique_ptr<QSqlQuery> m_server; // on a server: the statement as a QSqlQuery
    bool m_started = false;
    std::vector<QByteArray> m_row;       // on a server: the row's texts as UTF-8, for utf8()
    sqlite3* m_handle = nullptr;
    sqlite3_stmt* m_stmt = nullptr;
    int m_rc = 0;
    QString m_error;
};

} // namespace cd
