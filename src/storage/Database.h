#pragma once

#include "domain/Error.h"

#include <QSqlDatabase>
#include <QString>
#include <memory>

namespace cd {

// One open campaign file. Applies the storage rules on open: WAL, foreign keys,
// integrity check, refusing a newer schema, backing up and migrating an older one.
class Database
{
public:
    struct Options
    {
        bool create = true;         // create the file when it does not exist
        bool quickCheckOnOpen = true;
    };

    static Result<std::unique_ptr<Database>> open(const QString& path, Options options);
    static Result<std::unique_ptr<Database>> open(const QString& path) { return open(path, Options{}); }
    // A campaign on a PostgreSQL server, by a libpq URI: postgresql://USER@HOST:PORT/DBNAME
    // (?host=/socket/dir, ?sslmode=…). The password comes from PGPASSWORD, else
    // CAMPAIGNDESK_PASSWORD, never from the URI's text in messages. An empty database gets the
    // schema; an older one is migrated under an advisory lock; a newer one is refused.
    // `password` when given (asked at a terminal) comes before the environment's.
    static Result<std::unique_ptr<Database>> connect(const QString& uri, const QString& password = {});
    static bool isServerAddress(const QString& where) { return where.startsWith(QLatin1String("postgresql://")) || where.startsWith(QLatin1String("postgres://")); }
    bool isServer() const;
    // After a bulk load (the demo, a copy) has committed: Dialect::afterBulkLoad. Outside any
    // transaction; a failure only costs speed, so it is logged, not returned.
    void settleAfterBulkLoad();
    // PRAGMA quick_check on a read-only connection of its own, which writes nothing, not even
    // a checkpoint when it closes; safe beside an open Database, from another thread.
    static Status check(const QString& path);
    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    QSqlDatabase& sql() { return m_db; }
    const QString& path() const { return m_path; }
    int schemaVersion();
    // Full PRAGMA integrity_check; empty when the file is sound.
    QStringList integrityProblems();
    // Rows changed through this connection since it was opened.
    qint64 changesSinceOpen();
    // The sqlite3* behind the connection, for the online backup API.
    void* nativeHandle();

private:
    Database(QString path, QString connection, const QString& driver = QStringLiteral("QSQLITE"));
    Status configure(const Options& options);
    Status configureServer();
    static QString nextConnectionName(); // each Database its own Qt connection

    QString m_path;
    QString m_connection;
    QSqlDatabase m_db;
};

} // namespace cd
