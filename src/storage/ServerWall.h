#pragma once

#include <QStringList>

namespace cd {

// Schema v14 on a server: the database as a wall that holds against a login's own psql. For
// every login but the campaign's owner, what the program refuses the database refuses, and
// what it allows is stamped with the login's own name and the server's clock and leaves its
// audit row in the same transaction (docs/server.md, "The wall"). A unit writes only by
// INSERT, through guard triggers that keep the program's state machine; what a unit changes
// in place (a draft, a problem line) goes through SECURITY DEFINER functions; no unit or
// viewer holds a privilege that lets it lock a table, and the audit chain's lock is a row of
// a table only the owner's functions touch.
namespace ServerWall {
// `zone`: the time zone the server's clock is read in (an IANA name the server knows).
QStringList statements(const QString& schema, const QString& zone);
// Schema v15 on a server: audit rows numbered by their place in the chain (no gaps).
QStringList gaplessAudit(const QString& schema);
// Schema v16 on a server: audit rows stamped as written and linked as their transaction
// commits, so the chain's lock is held only for the commit.
QStringList linkAtCommit(const QString& schema);
// Schema v20 on a server: a writer that cannot have the chain's lock within a second commits
// its row unlinked, and the next writer links it (so no login can hold the others up).
QStringList linkWithoutWaiting(const QString& schema);
// Also schema v20: the unit guard fires for the unit group's logins alone.
QStringList unitGuardForUnitsOnly();
}

} // namespace cd
