#pragma once

#include "domain/Error.h"

#include <QSqlQuery>
#include <QVariantList>

namespace cd {

class Database;

// One INSERT for many rows, for generating and importing data in bulk inside a caller's
// transaction. Each factory names its table and column order. On a file the prepared
// statement is reused row by row; on a server, where every statement is a round trip, rows
// without an id to return are gathered and sent many to a statement (Dialect::bulkRows), so
// the caller must finish() before it commits. A full batch on a server goes by COPY.
class BulkInsert
{
public:
    static BulkInsert responsibilities(Database& db); // unit_id, task_id, level, person, post, duty, target
    static BulkInsert reports(Database& db);          // unit_id, period_id, version, status, summary, saved_at,
                                                      // submitted_at, submitted_by, reviewed_at, reviewed_by, review_comment
    static BulkInsert reportItems(Database& db);      // report_id, task_id, progress, status, done, problems, next_steps
    static BulkInsert reportAttachments(Database& db); // report_id, attachment_id, name
    static BulkInsert plans(Database& db);            // unit_id, period_id, version, submitted_at, submitted_by
    static BulkInsert planItems(Database& db);        // plan_id, task_id, text
    static BulkInsert packageImports(Database& db);   // unit_id, sequence, sha256, made_at, imported_at, imported_by, summary
    // Any table's named columns, ids included, for copying a whole campaign.
    static BulkInsert rows(Database& db, const QString& table, const QStringList& columns);

    // The new row's id for the tables that have one (reports, plans), else 0 (the row may
    // still wait in the batch). On a file the id comes from INSERT … RETURNING id; on a server
    // ids are taken from the table's sequence in blocks and the rows batched with them.
    Result<qint64> insert(const QVariantList& values);
    // Rows here refer to rows of `parent` (items to their report): before a batch of these is
    // sent, the parent's waiting rows are.
    void flushesAfter(BulkInsert& parent) { m_parent = &parent; }
    // Sends the rows still gathered. Every row is in the database once this returns.
    Status finish();
    // Forgets the rows still gathered (the caller failed and rolls back).
    void discard() { m_pending.clear(); m_pendingBytes = 0; }
    ~BulkInsert();
    BulkInsert(BulkInsert&&) = default;

private:
    BulkInsert(Database& db, const QString& table, const QString& columns, int columnCount, bool returnsId);
    Status flush();
    Status copy(); // a full batch by COPY … FROM STDIN, on a server
    Result<qint64> nextReservedId();
    void prepareFull();

    Database* m_db;
    QString m_table, m_columns;
    int m_columnCount;
    bool m_returnsId;
    int m_batchRows; // rows a statement carries (1: row by row)
    QSqlQuery m_query;
    QVariantList m_pending;
    qint64 m_pendingBytes = 0; // a batch of evidence is sent before it grows past kMaxBatchBytes
    bool m_reservesIds = false; // a server: ids from the sequence, rows batched
    QList<qint64> m_reserved;
    BulkInsert* m_parent = nullptr;
    bool m_prepared = false;
    bool m_copies = false;
    int m_insertRowsAtMost = 0; // on a server: this many rows or fewer go as one INSERT, more by COPY
    qsizetype m_pendingCopyHint = 0;
};

} // namespace cd
