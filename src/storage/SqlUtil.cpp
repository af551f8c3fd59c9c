#include "storage/SqlUtil.h"

#include <QCoreApplication>
#include <QSqlError>
#include <spdlog/spdlog.h>

namespace cd::sql {

Error failure(const QSqlError& e, const char* what)
{
    const QString detail = e.text();
    if (auto log = spdlog::get("storage")) log->error("{} failed: {}", what, detail.toStdString());
    else spdlog::error("{} failed: {}", what, detail.toStdString());
    // People read a sentence; the engine's own words (constraint names, SQL) stay in the log.
    // SQLite's primary result code is the low byte of its extended code.
    const int code = e.nativeErrorCode().toInt() & 0xff;
    auto tr = [](const char* text) { return QCoreApplication::translate("cd::sql", text); };
    switch (code) {
    case 5: // SQLITE_BUSY
    case 6: // SQLITE_LOCKED
        return Error::conflict(tr("The campaign file is busy with another change; nothing was saved. Try again in a moment."));
    case 8: // SQLITE_READONLY
        return Error::io(tr("The campaign file is read-only; nothing was saved."));
    case 13: // SQLITE_FULL
        return Error::io(tr("The disk is full; nothing was saved. Free some space and try again."));
    case 10: // SQLITE_IOERR
        return Error::io(tr("The campaign file could not be written (a disk or network error); nothing was saved."));
    case 11: // SQLITE_CORRUPT
    case 26: // SQLITE_NOTADB
        return Error{Error::Code::Corrupt, tr("The campaign file is damaged; nothing was saved. Restore it from a backup (File ▸ Restore from backup).")};
    case 19: // SQLITE_CONSTRAINT
        return Error::conflict(tr("The change conflicts with data already stored, so nothing was saved. Reload the page and try again."));
    default:
        return Error::io(tr("The database could not complete the change; nothing was saved. The details are in the program's log."));
    }
}

Status exec(QSqlQuery& q, const char* what)
{
    if (q.exec()) return {};
    return fail(failure(q.lastError(), what));
}

Result<qint64> insertReturningId(QSqlQuery& q, const char* what)
{
    if (auto s = exec(q, what); !s) return fail(s.error());
    if (!q.next()) return fail(failure(q.lastError(), what));
    const qint64 id = q.value(0).toLongLong();
    q.finish(); // the statement is done: nothing of it stays open across the commit
    return id;
}

Status execText(QSqlDatabase& db, const QString& statement)
{
    // Run as it is, not prepared: PostgreSQL prepares no schema statements.
    QSqlQuery q(db);
    if (q.exec(statement)) return {};
    return fail(failure(q.lastError(), "statement"));
}

} // namespace cd::sql
