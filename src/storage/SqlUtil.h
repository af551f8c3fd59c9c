#pragma once

#include "domain/Error.h"

#include <QDate>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include "storage/Query.h"

namespace cd::sql {

// Error::reason of a transaction the server gave up on to let another go first (SQLSTATE 40001
// serialization failure, 40P01 deadlock): nothing of it was written, and running it again
// whole is safe (retrying() in the services).
inline constexpr const char* kTransient = "transient";

// A database error as people read it: a sentence saying what happened and that nothing was
// saved; the engine's text and `what` was attempted go to the storage log only.
// `systemErrno` is what the operating system said under the engine (a file's ENOSPC or EFBIG
// make a write error read as a full disk).
Error failure(const QSqlError& e, const char* what, int systemErrno = 0);
// The program's log, named in a failure the engine's words do not explain (set at start-up).
void setLogFile(const QString& path);
QString logFile();
// The same for a query that failed: on a file, the operating system's errno is read from the
// query's connection.
Error failure(const QSqlQuery& q, const char* what);
Error failure(const Query& q, const char* what);
// Runs a prepared query; a database error becomes failure().
Status exec(QSqlQuery& q, const char* what);
Status exec(Query& q, const char* what);
// Runs a prepared INSERT … RETURNING id and gives the new row's id. Both engines take
// RETURNING; lastInsertId() would be lastval() on PostgreSQL, a trigger's row if one inserts.
Result<qint64> insertReturningId(QSqlQuery& q, const char* what);
Result<qint64> insertReturningId(Query& q, const char* what);
// A fixed statement without bound values (schema steps), run as it is.
Status execText(QSqlDatabase& db, const QString& statement);

inline QVariant date(const QDate& d) { return d.isValid() ? QVariant(d.toString(Qt::ISODate)) : QVariant(); }
inline QDate toDate(const QVariant& v) { return QDate::fromString(v.toString(), Qt::ISODate); }
// Text columns are NOT NULL: a null QString is stored as the empty string.
inline QVariant text(const QString& s) { return s.isNull() ? QVariant(QString(QLatin1String(""))) : QVariant(s); }
inline QVariant idOrNull(qint64 id) { return id > 0 ? QVariant(id) : QVariant(); }

} // namespace cd::sql
