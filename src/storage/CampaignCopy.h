#pragma once

#include "domain/Error.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <functional>

namespace cd {

class Database;

// One table's rows and a digest of their content: SHA-256 over the sorted SHA-256 of each
// row's canonical encoding (NULL, integer, real, text, bytes, each tagged and length-prefixed),
// so that the same rows give the same digest on a file and on a server, in whatever order the
// engine returns them.
struct TableDigest
{
    QString table;
    qint64 rows = 0;
    QByteArray sha256;
    bool operator==(const TableDigest&) const = default;
};

// A whole campaign from one database into another, file or server: every table of the schema
// with its ids, the evidence bytes and the audit rows, and the digests that show two databases
// hold the same.
class CampaignCopy
{
public:
    // Called with the table being copied, how many tables are done and how many there are;
    // returning false cancels the copy, and nothing of it stays written.
    using Progress = std::function<bool(const QString& table, int done, int total)>;

    // The digest of every table, read in one consistent snapshot.
    static Result<QList<TableDigest>> digests(Database& db);
    // The first table that holds rows (the schema's own version aside); empty when `db` holds
    // no campaign and may be copied into.
    static Result<QString> firstTableWithRows(Database& db);

    // Copies `from` into `to`, which must hold nothing yet (refused, with nothing written,
    // otherwise). `from` is read in one snapshot, `to` written in one transaction, so a copy
    // that fails or is killed leaves `to` as empty as it was. Accounts of a file copied to a
    // server arrive disabled and without their password hashes (a server signs people in by
    // its own logins). Returns the digests of the rows as written, which verify() compares
    // with what `to` then holds.
    static Result<QList<TableDigest>> copy(Database& from, Database& to, const Progress& progress = {});
    // The digests of `db` against `expected`: the first table that differs, named, or success.
    static Status verify(Database& db, const QList<TableDigest>& expected);

    // A new campaign file at `path` (which must not exist) holding a copy of `from`, verified.
    // It is written as `path`.partial and takes its name only once whole, so a copy that is
    // killed never leaves a file that could be taken for a whole one.
    static Result<QList<TableDigest>> toNewFile(Database& from, const QString& path, const Progress& progress = {});
};

} // namespace cd
