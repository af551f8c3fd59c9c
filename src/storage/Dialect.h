#pragma once

#include <QString>

class QSqlDatabase;

namespace cd {

// Where SQLite and PostgreSQL differ, in one place. Statements are written once, in the
// portable subset both engines take; what cannot be is said here, per engine.
class Dialect
{
public:
    enum class Engine { Sqlite, Postgres };
    explicit Dialect(Engine engine) : m_engine(engine) {}
    static Dialect of(const QSqlDatabase& db); // by the connection's driver

    Engine engine() const { return m_engine; }
    // A schema statement written with SQLite's types, in this engine's: on PostgreSQL an
    // `id INTEGER PRIMARY KEY` is an identity column, INTEGER is BIGINT (ids and counts keep
    // their 64 bits), REAL is DOUBLE PRECISION (not float4) and BLOB is BYTEA.
    QString schema(const QString& statement) const;
    // How a writing transaction starts: SQLite takes the write lock at once (IMMEDIATE), so
    // that two writers never deadlock half-way; PostgreSQL locks rows as it goes.
    QString beginWrite() const;
    // How many rows one INSERT carries in a bulk load of `columns` columns: on a file one (a
    // reused prepared statement is fastest there); on a server, where every statement is a
    // round trip, as many as keep the statement under a few thousand parameters.
    int bulkRows(int columns) const;
    // A query giving 1 when the table named by its one bound value exists, else 0.
    QString tableExists() const;
    // How a reading transaction that sees one consistent state of every table starts (for
    // copying and digesting a campaign while others write).
    QString beginSnapshot() const;
    // After rows were written with their own ids: the statement that moves the table's id
    // generator past them (PostgreSQL's identity sequence), or nothing where the engine
    // follows by itself (SQLite's rowid).
    QString afterExplicitIds(const QString& table) const;
    // A query giving `count` new ids of `table`, one per row, taken from its identity sequence
    // so that they stay unique whoever else inserts; empty where ids are best left to the
    // engine row by row (a file, where a reused statement with RETURNING costs nothing).
    QString reserveIds(const QString& table, int count) const;
    // Run after a bulk load has committed: on a server the planner's statistics and the
    // visibility map, as autovacuum would leave them a minute later (index-only scans for the
    // dashboard); nothing on a file.
    QString afterBulkLoad() const;

    // A query storing an evidence file by its digest (bound: sha256, size, data) and giving its
    // id, the one already stored when the digest is there. On a server a SECURITY DEFINER
    // function, so that a unit finds a file another unit stored without reading that unit's
    // rows; empty on a file, where the repository looks it up and inserts.
    QString storeAttachment() const;
    // Every unit's rolled-up progress or first submissions (ServerRollups), as unit id and
    // bytes, where the engine keeps them; nothing on a file, which reads its tables.
    QByteArray progressRollups() const;
    QByteArray submissionRollups() const;

private:
    Engine m_engine;
};

} // namespace cd
