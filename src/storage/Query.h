#pragma once

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QString>
#include <QVariant>
#include <QVariantList>

namespace cd::sql {

// A statement with positional `?` values, as the repositories write it for both engines.
//
// On a file it is QSqlQuery's prepared statement. On a server it is one round trip: QPSQL
// prepares every statement on the server (PREPARE, EXECUTE, DEALLOCATE: three round trips for
// one statement run once) and then sends the values as literals anyway, formatted by the
// driver. Here the driver formats the same literals and the statement goes in one message.
// The values are escaped by libpq exactly as QPSQL's EXECUTE escapes them.
//
// It is not a QSqlQuery to the rest of the code (private base), so a statement cannot be run
// past this class by the base's exec().
class Query : private QSqlQuery
{
public:
    explicit Query(const QSqlDatabase& db);

    bool prepare(const QString& statement);
    // Runs the prepared statement with the values bound since the last run.
    bool exec();
    // Runs a statement without values as it is.
    bool exec(const QString& statement);

    void addBindValue(const QVariant& value);
    void bindValue(int position, const QVariant& value);
    QSqlError lastError() const;

    using QSqlQuery::at;
    using QSqlQuery::driver;
    using QSqlQuery::finish;
    using QSqlQuery::first;
    using QSqlQuery::isActive;
    using QSqlQuery::isNull;
    using QSqlQuery::isValid;
    using QSqlQuery::next;
    using QSqlQuery::numRowsAffected;
    using QSqlQuery::record;
    using QSqlQuery::setForwardOnly;
    using QSqlQuery::value;

    // The statement with each `?` outside quotes and comments replaced by formatted(value),
    // parenthesised so a sign or a cast after it reads as meant; empty if the count of `?`
    // differs from the count of values. Public for its test.
    static QString substitute(const QString& statement, const QStringList& literals, bool* ok);

private:
    bool m_server = false;
    QString m_statement;
    QVariantList m_values;
    int m_next = 0;
    QSqlError m_error;
};

} // namespace cd::sql
