#pragma once

#include "domain/Error.h"

#include <QDate>
#include <QSqlQuery>
#include <QVariant>

namespace cd::sql {

// Runs a prepared query; a database error becomes an Error naming what was attempted.
Status exec(QSqlQuery& q, const char* what);
Status execText(QSqlDatabase& db, const QString& statement);

inline QVariant date(const QDate& d) { return d.isValid() ? QVariant(d.toString(Qt::ISODate)) : QVariant(); }
inline QDate toDate(const QVariant& v) { return QDate::fromString(v.toString(), Qt::ISODate); }
inline QVariant idOrNull(qint64 id) { return id > 0 ? QVariant(id) : QVariant(); }

} // namespace cd::sql
