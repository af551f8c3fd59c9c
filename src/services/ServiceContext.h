#pragma once

#include "domain/Actor.h"
#include "domain/Clock.h"
#include "domain/Error.h"
#include "domain/Permissions.h"

#include <QJsonObject>

namespace cd {

struct AuditEntry;
class Database;

// Error::reason of an edit refused because it was made on a stale copy (staleEdit()).
inline constexpr const char* kStaleEdit = "stale_edit";

// What every use case needs: the open file, the clock and who is acting.
struct ServiceContext
{
    Database& db;
    const Clock& clock;
    Actor actor;
    bool backdated = false; // the clock was set back by an administrator (--as-of on a write)

    // One audit row; call inside the use case's transaction.
    Status audit(const QString& action, const QString& entity, qint64 entityId, const QJsonObject& before,
                 const QJsonObject& after) const;
    // The same row, to be written with many others (AuditRepository::insertMany).
    AuditEntry auditEntry(const QString& action, const QString& entity, qint64 entityId, const QJsonObject& before,
                          const QJsonObject& after) const;
    // An edit made on a copy read before someone else's change: refused, naming who changed
    // `shownName` and when (from the audit record). Call inside the write's transaction when the
    // stored record no longer equals the one the editor read.
    Error staleEdit(const QString& entity, qint64 entityId, const QString& shownName) const;
    // `what` is marked with QT_TRANSLATE_NOOP("cd::ServiceContext", …): "add units".
    Status requireSetupRights(const char* what) const;
    Status require(Operation op, qint64 unitId = 0) const;
};

// Runs `work`, one whole use case with its own transaction, again when the server gave it up
// to let a concurrent one go first (serialization failure or deadlock: nothing of it was
// written), at most kAttempts times in all, pausing a little longer each time. Any other
// failure, and the last attempt's, is returned as it is.
namespace retry {
inline constexpr int kAttempts = 5;
bool transient(const Error& e);
void pause(int attempt); // about 5, 20, 80, 320 ms, jittered so that two clients part ways
// How many attempts were repeated in this process so far (the load benchmark prints it).
qint64 repeated();
void count();
} // namespace retry

template <class Work> auto retrying(Work&& work) -> decltype(work())
{
    auto result = work();
    for (int attempt = 1; attempt < retry::kAttempts && !result && retry::transient(result.error()); ++attempt) {
        retry::count();
        retry::pause(attempt);
        result = work();
    }
    return result;
}

} // namespace cd
