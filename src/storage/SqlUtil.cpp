#include "storage/SqlUtil.h"

#include <QCoreApplication>
#include <algorithm>
#include <QSqlDriver>
#include <QSqlError>
#include <cerrno>
#include <spdlog/spdlog.h>
#include <sqlite3.h>

namespace cd::sql {

namespace {

enum class Trouble { Busy, Transient, ReadOnly, Full, Io, Corrupt, Conflict, Lost, Refused, Other };

// What went wrong, from the engine's own code: a five-character SQLSTATE on PostgreSQL,
// SQLite's result code (its primary code is the low byte of the extended one) on a file.
Trouble troubleOf(const QSqlError& e, int systemErrno)
{
    const QString code = e.nativeErrorCode();
    // The server ended the session (shut down, restarted, the connection terminated) or the
    // network dropped it: libpq then often has no SQLSTATE, only its words, and a connection
    // already dead answers every later statement with its own.
    static const char* const lostWords[] = {"server closed the connection", "no connection to the server", "terminating connection",
                                            "could not send data to server", "could not receive data from server", "connection to server",
                                            "SSL connection has been closed", "SSL SYSCALL error", "Connection refused", "Broken pipe",
                                            "the database system is shutting down", "the database system is in recovery mode",
                                            "the database system is starting up", "Connection timed out", "No route to host"};
    // (A server's SQLSTATE has five characters, or none when libpq lost the server; SQLite's
    // codes have fewer, and its errors are never a lost connection.)
    const QString words = e.databaseText() + QLatin1Char(' ') + e.driverText();
    if (code.size() == 5 || code.isEmpty())
        if (code.startsWith(QLatin1String("08")) || code.startsWith(QLatin1String("57P")) || e.type() == QSqlError::ConnectionError ||
            std::ranges::any_of(lostWords, [&](const char* w) { return words.contains(QLatin1String(w), Qt::CaseInsensitive); }))
            return Trouble::Lost;
    // SQLite's codes, extended ones included, stay under five digits.
    if (code.size() == 5) {
        const QString cls = code.left(2);
        if (cls == QLatin1String("23")) return Trouble::Conflict;                                      // integrity constraint
        if (code == QLatin1String("40001") || code == QLatin1String("40P01")) return Trouble::Transient; // serialization failure, deadlock
        if (code == QLatin1String("55P03")) return Trouble::Busy;                                       // lock not available
        if (code == QLatin1String("25006")) return Trouble::ReadOnly;                                  // read-only transaction
        if (code == QLatin1String("42501")) return Trouble::Refused; // grants, row-level security, the server's own checks
        if (code == QLatin1String("53100")) return Trouble::Full;                                      // disk full
        if (cls == QLatin1String("53") || cls == QLatin1String("58")) return Trouble::Io; // resources, system
        if (cls == QLatin1String("XX")) return Trouble::Corrupt;                                       // internal error, data corrupted
        return Trouble::Other;
    }
    switch (code.toInt() & 0xff) {
    case 5:  // SQLITE_BUSY
    case 6:  return Trouble::Busy; // SQLITE_LOCKED
    case 8:  return Trouble::ReadOnly;
    case 13: return Trouble::Full;
    case 10: // SQLITE_IOERR: a write the file system refused for want of room is a full disk
        return systemErrno == ENOSPC || systemErrno == EFBIG || systemErrno == EDQUOT ? Trouble::Full : Trouble::Io;
    case 11: // SQLITE_CORRUPT
    case 26: return Trouble::Corrupt; // SQLITE_NOTADB
    case 19: return Trouble::Conflict;
    default: return Trouble::Other;
    }
}

int systemErrnoOf(const QSqlDriver* driver)
{
    int systemErrno = 0;
    if (driver) {
        const QVariant handle = driver->handle();
        if (handle.isValid() && qstrcmp(handle.typeName(), "sqlite3*") == 0)
            if (auto* db = *static_cast<sqlite3* const*>(handle.constData())) systemErrno = sqlite3_system_errno(db);
    }
    return systemErrno;
}

template <typename Q> Status execOf(Q& q, const char* what)
{
    if (q.exec()) return {};
    return fail(failure(q, what));
}

template <typename Q> Result<qint64> insertReturningIdOf(Q& q, const char* what)
{
    if (auto s = exec(q, what); !s) return fail(s.error());
    if (!q.next()) return fail(failure(q, what));
    const qint64 id = q.value(0).toLongLong();
    q.finish(); // the statement is done: nothing of it stays open across the commit
    return id;
}
} // namespace

namespace {
QString& logFileName()
{
    static QString name;
    return name;
}
} // namespace

void setLogFile(const QString& path) { logFileName() = path; }
QString logFile() { return logFileName(); }

Error failure(const QSqlQuery& q, const char* what) { return failure(q.lastError(), what, systemErrnoOf(q.driver())); }
Error failure(const Query& q, const char* what) { return failure(q.lastError(), what, systemErrnoOf(q.driver())); }

Error failure(const QSqlError& e, const char* what, int systemErrno)
{
    const QString detail = e.text();
    if (auto log = spdlog::get("storage")) log->error("{} failed: {}", what, detail.toStdString());
    else spdlog::error("{} failed: {}", what, detail.toStdString());
    // People read a sentence; the engine's own words (constraint names, SQL) stay in the log.
    auto tr = [](const char* text) { return QCoreApplication::translate("cd::sql", text); };
    switch (troubleOf(e, systemErrno)) {
    case Trouble::Busy: return Error::conflict(tr("The campaign file is busy with another change; nothing was saved. Try again in a moment."));
    case Trouble::Transient:
        // The server gave the transaction up to let another go first: it is tried again whole
        // (retrying()); this sentence is read only when every attempt was given up.
        return {Error::Code::Conflict, tr("The server was busy with other people's changes at the same moment; nothing was saved. Try again in a moment."),
                QString::fromLatin1(kTransient)};
    case Trouble::ReadOnly: return Error::io(tr("The campaign file is read-only; nothing was saved."));
    case Trouble::Full: return Error::io(tr("The disk is full; nothing was saved. Free some space and try again."));
    case Trouble::Io: return Error::io(tr("The campaign file could not be written (a disk or network error); nothing was saved."));
    case Trouble::Corrupt:
        return Error{Error::Code::Corrupt, tr("The campaign file is damaged; nothing was saved. Restore it from a backup (File ▸ Restore from backup).")};
    case Trouble::Conflict: return Error::conflict(tr("The change conflicts with data already stored, so nothing was saved. Reload the page and try again."));
    case Trouble::Refused:
        return Error{Error::Code::Permission, tr("The database server refused the change: this login may not make it. Nothing was saved.")};
    case Trouble::Lost:
        return Error::io(tr("The connection to the database server was lost; nothing of this change was saved. Check the network and try again."));
    case Trouble::Other: break;
    }
    // Where the log is, so that whoever helps can read it.
    if (!logFile().isEmpty())
        return Error::io(tr("The database could not complete the change; nothing was saved. The details are in the program's log, %1.").arg(logFile()));
    return Error::io(tr("The database could not complete the change; nothing was saved. The details are in the program's log."));
}

Status exec(QSqlQuery& q, const char* what) { return execOf(q, what); }
Status exec(Query& q, const char* what) { return execOf(q, what); }
Result<qint64> insertReturningId(QSqlQuery& q, const char* what) { return insertReturningIdOf(q, what); }
Result<qint64> insertReturningId(Query& q, const char* what) { return insertReturningIdOf(q, what); }

Status execText(QSqlDatabase& db, const QString& statement)
{
    // Run as it is, not prepared: PostgreSQL prepares no schema statements.
    sql::Query q(db);
    if (q.exec(statement)) return {};
    return fail(failure(q, "statement"));
}

} // namespace cd::sql
