#pragma once

#include "domain/Error.h"

#include <QHash>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QStringList>
#include <any>
#include <future>
#include <memory>
#include <optional>

struct pg_conn;

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
        // With quickCheckOnOpen false: the same check on a connection of its own beside this
        // one (check()), started once the file is open. The first writing transaction waits
        // for it and is refused when it found the file damaged; awaitCheck() gives its answer.
        // A file about to be migrated is checked before, whatever the options say.
        bool checkInBackground = false;
    };

    static Result<std::unique_ptr<Database>> open(const QString& path, Options options);
    static Result<std::unique_ptr<Database>> open(const QString& path) { return open(path, Options{}); }
    // A campaign on a PostgreSQL server, by a libpq URI: postgresql://USER@HOST:PORT/DBNAME
    // (?host=/socket/dir, ?sslmode=…). The password comes from PGPASSWORD, else
    // CAMPAIGNDESK_PASSWORD, never from the URI's text in messages. An empty database gets the
    // schema; an older one is migrated under an advisory lock; a newer one is refused.
    // `password` when given (asked at a terminal) comes before the environment's.
    static Result<std::unique_ptr<Database>> connect(const QString& uri, const QString& password = {});
    // The parts of a server address. One host, or several for a primary and its standbys
    // (libpq's multi-host form postgresql://USER@HOST1:PORT1,HOST2:PORT2/DB): hosts are names
    // or socket folders (?host=/a,/b), ports one per host or one for all (?port= or each
    // host's own, else 5432); target_session_attrs says which of them to use (read-write: the
    // primary, wherever it is after a failover; prefer-standby: a standby when one answers).
    struct ServerAddress
    {
        QStringList hosts;
        QList<int> ports;
        QString host;  // the hosts, joined by ","
        int port = 5432; // the first host's
        QString database;
        QString user;
        QString sslMode;
        QString targetSessionAttrs;
        bool hasPassword = false; // written into the address (refused: others read command lines)
        bool valid = false;
        // host:port for each host, joined by "," (what messages and the keyring name).
        QString hostPorts() const;
    };
    static ServerAddress parseAddress(const QString& uri);
    static bool isServerAddress(const QString& where) { return where.startsWith(QLatin1String("postgresql://")) || where.startsWith(QLatin1String("postgres://")); }
    bool isServer() const;
    // A file this user may not write (the file or its folder): opened for reading only; every
    // write is refused with a sentence saying so.
    bool isReadOnly() const { return m_readOnly || m_standby; }
    // On a server: this connection reached a standby (a hot standby replaying the primary's
    // log), which takes no writes and no LISTEN. Found at every connection.
    bool isStandby() const { return m_standby; }
    // On a standby: how many seconds the last change it has replayed lags the primary's
    // (0 when it has replayed all it received); nothing on a primary or a file, or when the
    // standby cannot say.
    std::optional<double> standbyLagSeconds();
    // After a bulk load (the demo, a copy) has committed: Dialect::afterBulkLoad. Outside any
    // transaction; a failure only costs speed, so it is logged, not returned.
    void settleAfterBulkLoad();
    // PRAGMA quick_check on a read-only connection of its own, which writes nothing, not even
    // a checkpoint when it closes; safe beside an open Database, from another thread.
    static Status check(const QString& path);
    // The answer of the check Options::checkInBackground started, waiting for it; sound when
    // none was started.
    Status awaitCheck();
    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    QSqlDatabase& sql() { return m_db; }

    // A prepared statement, bound and run by its caller through -> or *. On a server it is
    // prepared once per connection and kept, so a run costs one round trip instead of three
    // (QPSQL's PREPARE, EXECUTE, DEALLOCATE); on a file, or while the kept one is in use, it
    // is a new one. Its results are let go when the Statement goes.
    class Statement
    {
    public:
        QSqlQuery* operator->() { return m_query; }
        QSqlQuery& operator*() { return *m_query; }
        Statement(Statement&& other) noexcept;
        Statement(const Statement&) = delete;
        Statement& operator=(const Statement&) = delete;
        Statement& operator=(Statement&&) = delete;
        ~Statement();

    private:
        friend class Database;
        Statement(QSqlQuery* kept, QSet<QString>* busy, QString sql) : m_query(kept), m_busy(busy), m_sql(std::move(sql)) {}
        explicit Statement(std::unique_ptr<QSqlQuery> own) : m_query(own.get()), m_own(std::move(own)) {}
        QSqlQuery* m_query;
        std::unique_ptr<QSqlQuery> m_own;
        QSet<QString>* m_busy = nullptr;
        QString m_sql;
    };
    Statement statement(const QString& sql);

    // Reads of the campaign's fixed parts (the latest campaign, its tasks and periods) kept
    // while one writing transaction is open, so a service that consults them several times
    // pays one read, not a round trip each on a server. Begun and ended by Transaction; a
    // write to those parts (CampaignRepository) forgets them. Outside a transaction every
    // read goes to the database.
    template <typename T, typename Load> T memo(const QString& key, Load&& load)
    {
        if (!m_memoOn) return load();
        if (auto it = m_memo.constFind(key); it != m_memo.constEnd()) return std::any_cast<T>(*it);
        T value = load();
        m_memo.insert(key, value);
        return value;
    }
    // On a server: whether this login may fill `table` by COPY, which the server refuses where
    // row-level security applies (a login that does not own the table). Asked once per table.
    bool maySendByCopy(const QString& table);
    void beginMemo() { m_memo.clear(); m_memoOn = true; }
    void endMemo() { m_memo.clear(); m_memoOn = false; }
    void forgetMemo() { m_memo.clear(); }
    const QString& path() const { return m_path; }
    int schemaVersion();
    // Full PRAGMA integrity_check; empty when the file is sound.
    QStringList integrityProblems();
    // Rows changed through this connection since it was opened.
    qint64 changesSinceOpen();
    // The sqlite3* behind the connection, for the online backup API.
    void* nativeHandle();
    // libpq's connection behind QPSQL, for NativeQuery's reads and the notice processor; null on a file.
    pg_conn* serverHandle();
    // On a server: whether libpq has found the connection gone (the server restarted, the
    // session was ended, the network dropped). No round trip; false on a file.
    bool connectionLost();
    // On a server: connects again with the same address and password, as connect() did (the
    // kept statements are dropped: they were the old session's). Fails, changing nothing
    // else, while the server is still away. Each try gives up after 2 s (an unreachable host
    // does not hold the window long); after a try the server was too busy to answer in time,
    // the next waits twice as long, up to 10 s, so that a crowd reconnecting at once gets in
    // instead of each giving up on work the server has begun.
    Status reconnect();
    // The pause before the `attempt`th try (0 first) to reach a lost server again: 500 ms
    // doubling to 15 s, drawn at random between half and all of that, so that the desktops
    // that lost the same server do not knock again at the same instant.
    static int reconnectPauseMs(int attempt);

private:
    Database(QString path, QString connection, const QString& driver = QStringLiteral("QSQLITE"));
    Status configure(const Options& options);
    Status configureServer();
    static QString nextConnectionName(); // each Database its own Qt connection

    QString m_path;
    bool m_readOnly = false;
    bool m_standby = false;
    QString m_connection;
    QSqlDatabase m_db;
    QHash<QString, std::shared_ptr<QSqlQuery>> m_statements; // kept on a server, by their text
    QSet<QString> m_busy;
    QHash<QString, std::any> m_memo;
    QHash<QString, bool> m_copyAllowed;
    bool m_memoOn = false;
    int m_reconnectTimeoutS = 2;
    std::shared_future<Status> m_check; // Options::checkInBackground; waited for on destruction
};

} // namespace cd
