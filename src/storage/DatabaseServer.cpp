// Database on a PostgreSQL server: connecting by URI and bringing the schema up to date.
#include "storage/Database.h"

#include "storage/Dialect.h"
#include "storage/Migrations.h"
#include "storage/Query.h"
#include "storage/Transaction.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>
#include <QUrl>
#include <QUrlQuery>
#include <libpq-fe.h>
#include <spdlog/spdlog.h>

namespace cd {
namespace {

QString tr(const char* text) { return QCoreApplication::translate("cd::Database", text); }

// Every client migrating a server takes this lock first, so that two starting at once do not
// both migrate (pg_advisory_xact_lock: released with the transaction).
constexpr qint64 kMigrationLock = 0x43445343484d41; // "CDSCHMA"

// A failure that says the server is there but busy (its connection slots full, starting or
// shutting down for a restart, or slower to answer than connect_timeout while many log in at
// once): worth another try. A login begun as the server restarted was turned away at the
// first "shutting down", and the office's clients, signing in behind two hundred units, never
// got in.
bool busy(const QString& libpq)
{
    for (const char* text : {"timeout expired", "too many clients", "too many connections", "remaining connection slots", "the database system is starting up",
                             "the database system is in recovery mode", "the database system is shutting down",
                             "terminating connection due to administrator command",
                             // Every host of a primary-and-standbys address is a standby for now: the
                             // primary is gone and a standby is being promoted.
                             "session is read-only", "server is in hot standby mode"})
        if (libpq.contains(QLatin1String(text), Qt::CaseInsensitive)) return true;
    return false;
}

// Why a connection failed, in a sentence; libpq's own words go to the log. `hostPort` is what
// was tried, `login` who.
QString connectionFailure(const QString& libpq, const QString& shown, const QString& hostPort, const QString& login, const QString& database, qint64 triedMs)
{
    const auto has = [&](const char* text) { return libpq.contains(QLatin1String(text), Qt::CaseInsensitive); };
    if (has("password authentication failed") || has("SCRAM"))
        return QCoreApplication::translate("cd::Database", "The server at %1 did not accept the password for %2.").arg(hostPort, login);
    if (has("no password supplied"))
        return QCoreApplication::translate("cd::Database", "The server at %1 wants a password for %2: set PGPASSWORD or CAMPAIGNDESK_PASSWORD, or run the command at a terminal to be asked.")
            .arg(hostPort, login);
    if (has("could not translate host name")) return QCoreApplication::translate("cd::Database", "The server name in %1 is not known on this network.").arg(shown);
    if (has("Connection refused") || has("No such file or directory") || has("Network is unreachable") || has("No route to host"))
        return QCoreApplication::translate("cd::Database", "Nothing answers at %1: check the address and that the database server is running.").arg(hostPort);
    if (has("session is read-only") || has("server is in hot standby mode"))
        return QCoreApplication::translate("cd::Database", "No server at %1 takes writes now: each is a standby. When the primary has failed, its "
                                                           "administrator promotes a standby (docs/server.md); try again in a minute.")
            .arg(hostPort);
    if (has("session is not read-only") || has("server is not in hot standby mode"))
        return QCoreApplication::translate("cd::Database", "No standby answers at %1; leave target_session_attrs out of the address, or write prefer-standby.").arg(hostPort);
    if (busy(libpq))
        return QCoreApplication::translate("cd::Database", "The server at %1 was too busy to let this login in; it was tried for %2 seconds. Try again in a minute.")
            .arg(hostPort)
            .arg((triedMs + 500) / 1000);
    if (has("does not exist") && has("database")) return QCoreApplication::translate("cd::Database", "The server at %1 has no database %2.").arg(hostPort, database);
    if (has("does not exist") && has("role")) return QCoreApplication::translate("cd::Database", "The server at %1 has no login %2.").arg(hostPort, login);
    if (has("no pg_hba.conf entry") || has("permission denied"))
        return QCoreApplication::translate("cd::Database", "The server at %1 does not let %2 into the database %3 (its pg_hba.conf or grants).").arg(hostPort, login, database);
    if (has("SSL")) return QCoreApplication::translate("cd::Database", "The secure connection to %1 could not be made (sslmode): %2").arg(hostPort, libpq.section(QLatin1Char('\n'), 0, 0));
    return QCoreApplication::translate("cd::Database", "Could not connect to %1: %2").arg(shown, libpq.section(QLatin1Char('\n'), 0, 0));
}

// How long a connection keeps trying a busy server before it gives up, and the pauses between
// tries: a connection storm (hundreds of SCRAM logins at once on a small server) passes; a
// desktop or a script is not turned away by it.
constexpr int kBusyPausesMs[] = {250, 500, 1000, 2000, 4000, 8000};
constexpr qint64 kBusyBudgetMs = 30000;

} // namespace

Result<std::unique_ptr<Database>> Database::connect(const QString& uri, const QString& given)
{
    const ServerAddress a = parseAddress(uri);
    if (!a.valid)
        return fail(Error::invalid(tr("%1 is not a server address; write postgresql://USER@HOST:PORT/DATABASE, or for a primary and its standbys "
                                      "postgresql://USER@HOST1:PORT,HOST2:PORT/DATABASE?target_session_attrs=read-write.")
                                       .arg(QString(uri).replace(QRegularExpression(QStringLiteral("(://[^/@:]*):[^@/]*@")), QStringLiteral("\\1@")))));
    if (a.hasPassword)
        return fail(Error::invalid(tr("Leave the password out of the server address (others can read a command line); set PGPASSWORD instead.")));
    // What people see of the address: never its password (a socket folder shows as the name
    // written before it, such as localhost).
    const QString written = uri.section(QStringLiteral("://"), 1).section(QLatin1Char('?'), 0, 0).section(QLatin1Char('/'), 0, 0).section(QLatin1Char('@'), -1);
    QStringList writtenHosts;
    for (const QString& spec : written.split(QLatin1Char(','), Qt::SkipEmptyParts)) writtenHosts << (spec.startsWith(QLatin1Char('[')) ? spec.section(QLatin1Char(']'), 0, 0).mid(1) : spec.section(QLatin1Char(':'), 0, 0));
    const QString shown = QStringLiteral("%1@%2/%3").arg(a.user, writtenHosts.isEmpty() ? a.host : writtenHosts.join(QLatin1Char(',')), a.database);
    std::unique_ptr<Database> db(new Database(shown, nextConnectionName(), QStringLiteral("QPSQL")));
    if (!db->m_db.isValid()) return fail(Error::io(tr("This computer has no PostgreSQL driver for Qt (the package libqt6sql6-psql).")));
    db->m_db.setHostName(a.host);
    db->m_db.setDatabaseName(a.database);
    db->m_db.setUserName(a.user);
    QString password = given;
    if (password.isEmpty()) password = qEnvironmentVariable("PGPASSWORD");
    if (password.isEmpty()) password = qEnvironmentVariable("CAMPAIGNDESK_PASSWORD");
    db->m_db.setPassword(password);
    QStringList options{QStringLiteral("connect_timeout=10")};
    // Several hosts with a port each: libpq's port list (QPSQL writes a single one).
    if (a.ports.size() == 1) db->m_db.setPort(a.port);
    else {
        QStringList ports;
        for (int p : a.ports) ports << QString::number(p);
        options << QStringLiteral("port=") + ports.join(QLatin1Char(','));
    }
    if (!a.sslMode.isEmpty()) options << QStringLiteral("sslmode=") + a.sslMode;
    if (!a.targetSessionAttrs.isEmpty()) options << QStringLiteral("target_session_attrs=") + a.targetSessionAttrs;
    db->m_db.setConnectOptions(options.join(QLatin1Char(';')));
    QElapsedTimer trying;
    trying.start();
    bool opened = db->m_db.open();
    for (int pause : kBusyPausesMs) {
        if (opened || !busy(db->m_db.lastError().databaseText()) || trying.elapsed() + pause > kBusyBudgetMs) break;
        spdlog::warn("the server for {} is busy ({}); trying again in {} ms", shown.toStdString(),
                     db->m_db.lastError().databaseText().trimmed().toStdString(), pause);
        QThread::msleep(pause);
        db->m_db.close();
        opened = db->m_db.open();
    }
    if (!opened) {
        // libpq's own words say which of host, login or database was wrong; they carry no password.
        const QString libpq = db->m_db.lastError().databaseText().trimmed();
        spdlog::warn("connecting to {} failed: {}", shown.toStdString(), libpq.toStdString());
        return fail(Error::io(connectionFailure(libpq, shown, a.hostPorts(), a.user, a.database, trying.elapsed())));
    }
    // What the server says outside an answer (a warning, the session being ended) goes to the
    // log, not to the terminal, which libpq would print it on.
    if (PGconn* connection = db->serverHandle())
        PQsetNoticeProcessor(connection, [](void*, const char* message) { spdlog::warn("server: {}", QByteArray(message).trimmed().toStdString()); }, nullptr);
    if (auto s = db->configureServer(); !s) return fail(s.error());
    return db;
}

pg_conn* Database::serverHandle()
{
    if (!isServer()) return nullptr;
    // QPSQL hands out its PGconn*, registered under libpq's struct name.
    const QVariant handle = m_db.driver()->handle();
    if (!handle.isValid() || (qstrcmp(handle.typeName(), "PGconn*") != 0 && qstrcmp(handle.typeName(), "pg_conn*") != 0)) return nullptr;
    return *static_cast<pg_conn* const*>(handle.data());
}

bool Database::connectionLost()
{
    PGconn* connection = serverHandle();
    return isServer() && (!m_db.isOpen() || !connection || PQstatus(connection) == CONNECTION_BAD);
}

Status Database::reconnect()
{
    if (!isServer()) return {};
    m_statements.clear();
    m_busy.clear();
    m_db.close();
    // Tries are made from the window's thread while the server is away: each gives up after
    // 2 s (libpq's least), not connect()'s 10, so that an unreachable host (a pulled cable)
    // does not hold the window for long between the tries' pauses. A server that answered
    // too slowly is busy, not away: given up on at 2 s, two hundred logins at once were each
    // abandoned half-made and tried again, and never all got in (52 s after a restart).
    static const QRegularExpression timeout(QStringLiteral("connect_timeout=\\d+"));
    QString options = m_db.connectOptions();
    options.replace(timeout, QStringLiteral("connect_timeout=%1").arg(m_reconnectTimeoutS));
    m_db.setConnectOptions(options);
    if (!m_db.open()) {
        const QString libpq = m_db.lastError().databaseText().trimmed();
        spdlog::warn("connecting to {} again failed: {}", m_path.toStdString(), libpq.toStdString());
        m_reconnectTimeoutS = busy(libpq) ? std::min(10, m_reconnectTimeoutS * 2) : 2;
        return fail(Error::io(tr("The server %1 cannot be reached yet.").arg(m_path)));
    }
    m_reconnectTimeoutS = 2;
    spdlog::info("connected to {} again", m_path.toStdString());
    if (PGconn* connection = serverHandle())
        PQsetNoticeProcessor(connection, [](void*, const char* message) { spdlog::warn("server: {}", QByteArray(message).trimmed().toStdString()); }, nullptr);
    return configureServer();
}

int Database::reconnectPauseMs(int attempt)
{
    const int full = std::min(15000, 500 << std::clamp(attempt, 0, 5));
    return full / 2 + int(QRandomGenerator::global()->bounded(full / 2 + 1));
}

std::optional<double> Database::standbyLagSeconds()
{
    if (!isServer() || !m_standby) return std::nullopt;
    // All it received replayed: not behind, however long ago the primary last wrote.
    sql::Query q(m_db);
    if (!q.exec(QStringLiteral("SELECT CASE WHEN pg_last_wal_receive_lsn() IS NOT NULL AND pg_last_wal_receive_lsn() = pg_last_wal_replay_lsn() THEN 0"
                               " ELSE extract(epoch FROM clock_timestamp() - pg_last_xact_replay_timestamp()) END")) ||
        !q.next() || q.value(0).isNull())
        return std::nullopt;
    return std::max(0.0, q.value(0).toDouble());
}

bool Database::maySendByCopy(const QString& table)
{
    if (!isServer()) return false;
    if (auto known = m_copyAllowed.constFind(table); known != m_copyAllowed.constEnd()) return *known;
    // Row-level security applies unless the table has none or this login owns it (a login
    // with BYPASSRLS or a superuser never works here).
    sql::Query q(m_db);
    q.prepare(QStringLiteral("SELECT NOT c.relrowsecurity OR c.relowner = (SELECT oid FROM pg_roles WHERE rolname = current_user)"
                             " FROM pg_class c WHERE c.oid = to_regclass(?)"));
    q.addBindValue(table);
    const bool allowed = q.exec() && q.next() && q.value(0).toBool();
    m_copyAllowed.insert(table, allowed);
    return allowed;
}

void Database::settleAfterBulkLoad()
{
    const QString statement = Dialect::of(m_db).afterBulkLoad();
    if (statement.isEmpty()) return;
    if (sql::Query q(m_db); !q.exec(statement)) spdlog::warn("{} after a bulk load failed: {}", statement.toStdString(), q.lastError().text().toStdString());
}

Status Database::configureServer()
{
    sql::Query q(m_db);
    // Times are stored as text with their offset; the session's zone does not change them.
    q.exec(QStringLiteral("SET TIME ZONE 'UTC'"));
    // Row-level security does not hold a superuser back: day-to-day work as one would let
    // every unit's fence down unseen.
    if (!q.exec(QStringLiteral("SELECT rolsuper FROM pg_roles WHERE rolname = session_user")) || !q.next())
        return fail(Error::io(tr("Could not read what the login of %1 may do.").arg(m_path)));
    if (q.value(0).toBool())
        return fail(Error{Error::Code::Permission,
                          tr("%1 is a superuser of the PostgreSQL server, which passes every unit's fence (row-level security); CampaignDesk does not work as "
                             "one. Connect as the campaign's owner or as an account (docs/server.md says how to make them).")
                              .arg(m_db.userName())});
    q.finish();
    m_standby = q.exec(QStringLiteral("SELECT pg_is_in_recovery()")) && q.next() && q.value(0).toBool();
    q.finish();
    if (m_standby) spdlog::info("{} is a standby: open for reading only", m_path.toStdString());
    int version = schemaVersion();
    if (version < 0) return fail(Error{Error::Code::Corrupt, tr("The database %1 is not a CampaignDesk campaign (its schema version cannot be read).").arg(m_path)});
    if (version > Migrations::kLatest)
        return fail(Error{Error::Code::TooNew, tr("The database %1 was written by a newer CampaignDesk (schema %2; this program knows up to %3). "
                                                 "Use the newer program.")
                                                  .arg(m_path)
                                                  .arg(version)
                                                  .arg(Migrations::kLatest)});
    if (version == Migrations::kLatest) return {};
    if (m_standby)
        return fail(Error::io(tr("The standby %1 holds a campaign of schema %2, which this program updates to %3 on the primary; "
                                                 "connect to the primary once (or to an address that names it), then the standby follows.")
                                                  .arg(m_path)
                                                  .arg(version)
                                                  .arg(Migrations::kLatest)));
    Transaction tx(*this);
    if (!tx.ok()) return fail(tx.error());
    q.prepare(QStringLiteral("SELECT pg_advisory_xact_lock(?)"));
    q.addBindValue(kMigrationLock);
    if (!q.exec()) return fail(Error::io(tr("Could not lock %1 for migrating its schema.").arg(m_path)));
    version = schemaVersion(); // another client may have migrated while this one waited
    if (version == Migrations::kLatest) return tx.commit();
    if (version > 0) spdlog::info("migrating {} from schema {}", m_path.toStdString(), version);
    if (auto s = Migrations::upgrade(m_db, version); !s) {
        // The schema step that sets up who may see what creates this database's group roles.
        if (s.error().code == Error::Code::Permission)
            return fail(Error{Error::Code::Permission,
                              tr("The login %1 may not set up %2: it needs CREATEROLE to create the campaign's group roles, or the server's administrator "
                                 "creates %3_admin, %3_office, %3_unit and %3_viewer beforehand (docs/server.md).")
                                  .arg(m_db.userName(), m_path, m_db.databaseName())});
        return s;
    }
    return tx.commit();
}

} // namespace cd
