#pragma once

#include "domain/Error.h"

#include <QString>
#include <QByteArray>
#include <QSqlError>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

struct pg_conn;
struct pg_result;
struct sqlite3;
struct sqlite3_stmt;

namespace cd {

class Database;

// A read-only statement run through SQLite's own interface, for the few aggregates that
// return tens of thousands of rows on each dashboard refresh: reading a row costs a fraction
// of QSqlQuery's, which builds a QVariant for every value. Binds are positional, from 1.
// On a server the same statement goes through libpq on QPSQL's own connection (PQexecParams,
// text results read in place), which the dashboard benchmark showed it needs: through
// QSqlQuery every value became a QVariant and then text again, 28 times the file's time.
class NativeQuery
{
public:
    // Binary: on a server the rows come as the server keeps them, not as text; a statement
    // asking for it reads only int8 and bytea columns (int64() and bytes()).
    enum class Rows { Text, Binary };
    NativeQuery(Database& db, const char* sql, Rows rows = Rows::Text);
    ~NativeQuery();
    NativeQuery(const NativeQuery&) = delete;
    NativeQuery& operator=(const NativeQuery&) = delete;

    NativeQuery& bind(int index, qint64 value);
    NativeQuery& bind(int index, const QString& value);
    // Bytes: on a server sent as they are (binary), not as the hex text QPSQL makes of them,
    // twice their size on the wire and decoded again by the server.
    NativeQuery& bind(int index, const QByteArray& value);
    // Next row; false at the end or on an error (then status() says which).
    bool next();
    Status status() const;
    // The error as the engine gave it (the SQLSTATE as its native code on a server), for
    // sql::failure() when the statement writes.
    QSqlError sqlError() const;

    qint64 int64(int column) const;
    double real(int column) const;
    QString text(int column) const;
    // The text's UTF-8 bytes, valid until the next call to next().
    std::string_view utf8(int column) const;
    // A bytea (blob) column's bytes, valid until the next call to next(); on a server only with
    // Rows::Binary.
    std::string_view bytes(int column) const;

private:
    // On a server: the connection, the statement with $n placeholders, the bound values as
    // text, and the result read row by row.
    pg_conn* m_server = nullptr;
    std::string m_sql;
    std::vector<std::string> m_params;
    std::vector<int> m_formats; // 1 for a binary value
    std::vector<int> m_lengths;
    QString m_sqlState;
    pg_result* m_result = nullptr;
    int m_row = -1;
    int m_rows = 0;
    bool m_started = false;
    bool m_binary = false;
    sqlite3* m_handle = nullptr;
    sqlite3_stmt* m_stmt = nullptr;
    int m_rc = 0;
    QString m_error;
};

} // namespace cd
