#pragma once

#include "domain/Error.h"

#include <QByteArray>
#include <QString>
#include <QVariant>

class QSqlDatabase;

namespace cd {

class Database;

// The audit log as a hash chain: each row carries SHA-256 over the previous row's link and a
// canonical encoding of its own fields, so a row changed, deleted or inserted anywhere breaks
// every link after it. On a file the program computes the link as it writes the row; on a
// server a trigger does, under a lock, in the same transaction (Migrations v10), by the
// same rule — so a campaign copied between the engines verifies on either.
//
// The rule: link = hex(SHA-256(UTF-8(previous link + U+001E + fields joined by U+001F))),
// fields id, at, actor, action, entity, entity_id, before_json, after_json, backdated as
// stored (NULL as empty); the first row's previous link is empty.
class AuditChain
{
public:
    struct Row
    {
        qint64 id = 0;
        QString at, actor, action, entity;
        QVariant entityId; // NULL or a number
        QVariant before, after;
        int backdated = 0;
    };
    static QString link(const QString& previous, const Row& row);
    // On a server, rows are linked under a lock on the one row of audit_head, which only the
    // owner's functions touch (schema v14; v10 to v13 took an advisory lock anyone could hold).
    // The short form printed on documents (记录校验码): the first 16 hex digits.
    static QString shortCode(const QString& link) { return link.left(16).toUpper(); }

    // The last row's link; empty while the log is empty.
    static QString head(Database& db);

    struct Verdict
    {
        qint64 rows = 0;      // rows checked
        qint64 firstBad = 0;  // id of the first row whose link does not match; 0: intact
        QString head;         // the last link checked
        bool codeFound = true; // with upTo: whether a row carries that code
        qint64 pending = 0;   // rows on a server awaiting their link (stamped, not yet linked)
    };
    // Recomputes the chain from the first row. With upTo (a short code or a link), stops at
    // the row whose link it is: the record up to that document.
    static Result<Verdict> verify(Database& db, const QString& upTo = {});

    // Schema v10: links the rows already there, in order of id.
    static Status chainExisting(QSqlDatabase& db);
};

} // namespace cd
