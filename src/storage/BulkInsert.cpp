#include "storage/BulkInsert.h"

#include "storage/Database.h"
#include "storage/Dialect.h"
#include "storage/SqlUtil.h"

#include <spdlog/spdlog.h>

namespace cd {
namespace {

// Rows of evidence can be megabytes each: a batch is sent once it holds this much, whatever
// its row count.
constexpr qint64 kMaxBatchBytes = 16 << 20;

QString placeholders(int columns, int rows)
{
    const QString row = QLatin1Char('(') + QStringList(columns, QStringLiteral("?")).join(QStringLiteral(", ")) + QLatin1Char(')');
    return QStringList(rows, row).join(QStringLiteral(", "));
}

} // namespace

BulkInsert::BulkInsert(Database& db, const QString& table, const QString& columns, int columnCount, bool returnsId)
    : m_db(&db), m_table(table), m_columns(columns), m_columnCount(columnCount), m_returnsId(returnsId),
      m_batchRows(returnsId ? 1 : Dialect::of(db.sql()).bulkRows(columnCount)), m_query(db.sql())
{
    if (m_returnsId && !Dialect::of(db.sql()).reserveIds(m_table, 1).isEmpty()) {
        // A server: the id is one more column, known before the row is sent.
        m_reservesIds = true;
        m_returnsId = false;
        m_columns = QStringLiteral("id, ") + m_columns;
        m_columnCount += 1;
        m_batchRows = Dialect::of(db.sql()).bulkRows(m_columnCount);
    }
    // Row by row the statement is used at once; a full batch's is prepared when the first
    // batch fills (a server would otherwise prepare it, and free it, for a few rows that go
    // as the shorter last batch).
    if (m_batchRows == 1) prepareFull();
}

void BulkInsert::prepareFull()
{
    m_query.prepare(QStringLiteral("INSERT INTO %1 (%2) VALUES %3%4")
                        .arg(m_table, m_columns, placeholders(m_columnCount, m_batchRows), m_returnsId ? QStringLiteral(" RETURNING id") : QString()));
    m_prepared = true;
}

BulkInsert::~BulkInsert()
{
    if (!m_pending.isEmpty()) spdlog::error("bulk insert into {}: {} values were never sent (finish() not called)", m_table.toStdString(), m_pending.size());
}

BulkInsert BulkInsert::responsibilities(Database& db)
{
    return {db, QStringLiteral("responsibilities"), QStringLiteral("unit_id, task_id, level, person, post, duty, target"), 7, false};
}

BulkInsert BulkInsert::reports(Database& db)
{
    return {db, QStringLiteral("reports"),
            QStringLiteral("unit_id, period_id, version, status, summary, saved_at, submitted_at, submitted_by, reviewed_at, reviewed_by, review_comment"), 11,
            true};
}

BulkInsert BulkInsert::reportItems(Database& db)
{
    return {db, QStringLiteral("report_items"), QStringLiteral("report_id, task_id, progress, status, done, problems, next_steps"), 7, false};
}

BulkInsert BulkInsert::reportAttachments(Database& db)
{
    return {db, QStringLiteral("report_attachments"), QStringLiteral("report_id, attachment_id, name"), 3, false};
}

BulkInsert BulkInsert::plans(Database& db)
{
    return {db, QStringLiteral("plans"), QStringLiteral("unit_id, period_id, version, submitted_at, submitted_by"), 5, true};
}

BulkInsert BulkInsert::rows(Database& db, const QString& table, const QStringList& columns)
{
    return {db, table, columns.join(QStringLiteral(", ")), int(columns.size()), false};
}

BulkInsert BulkInsert::planItems(Database& db)
{
    return {db, QStringLiteral("plan_items"), QStringLiteral("plan_id, task_id, text"), 3, false};
}

Result<qint64> BulkInsert::nextReservedId()
{
    if (m_reserved.isEmpty()) {
        sql::Query q(m_db->sql());
        q.setForwardOnly(true);
        q.prepare(Dialect::of(m_db->sql()).reserveIds(m_table, std::max(m_batchRows, 1000)));
        if (auto s = sql::exec(q, "reserve ids"); !s) return fail(s.error());
        while (q.next()) m_reserved.append(q.value(0).toLongLong());
        if (m_reserved.isEmpty()) return fail(sql::failure(q, "reserve ids"));
    }
    return m_reserved.takeFirst();
}

Result<qint64> BulkInsert::insert(const QVariantList& values)
{
    qint64 reserved = 0;
    if (m_reservesIds) {
        // The id is known before the row is sent: the row then goes batched, as any other.
        auto id = nextReservedId();
        if (!id) return id;
        reserved = *id;
        m_pending.append(reserved);
    }
    for (const QVariant& v : values) {
        // A null QString is an empty text; a NULL read from a database (a null variant of any
        // type) stays NULL.
        m_pending.append(v.typeId() == QMetaType::QString && !v.isNull() ? sql::text(v.toString()) : v);
        if (v.typeId() == QMetaType::QByteArray) m_pendingBytes += v.toByteArray().size();
        else if (v.typeId() == QMetaType::QString) m_pendingBytes += 2 * v.toString().size();
    }
    if (!m_returnsId) {
        const bool full = m_pending.size() >= qsizetype(m_batchRows) * m_columnCount || m_pendingBytes >= kMaxBatchBytes;
        if (full)
            if (auto s = flush(); !s) return fail(s.error());
        return reserved;
    }
    for (int i = 0; i < m_pending.size(); ++i) m_query.bindValue(i, m_pending[i]);
    m_pending.clear();
    m_pendingBytes = 0;
    return sql::insertReturningId(m_query, "bulk insert");
}

Status BulkInsert::flush()
{
    if (m_pending.isEmpty()) return {};
    if (m_parent)
        if (auto s = m_parent->flush(); !s) return s;
    m_pendingBytes = 0;
    const int rows = int(m_pending.size() / m_columnCount);
    if (rows == m_batchRows) {
        if (!m_prepared) prepareFull();
        for (int i = 0; i < m_pending.size(); ++i) m_query.bindValue(i, m_pending[i]);
        m_pending.clear();
        return sql::exec(m_query, "bulk insert");
    }
    // The last, shorter batch: a statement of its own size (kept on a server: a report's items
    // are the same number of rows report after report).
    auto tail = m_db->statement(QStringLiteral("INSERT INTO %1 (%2) VALUES %3").arg(m_table, m_columns, placeholders(m_columnCount, rows)));
    for (int i = 0; i < m_pending.size(); ++i) tail->bindValue(i, m_pending[i]);
    m_pending.clear();
    return sql::exec(*tail, "bulk insert");
}

Status BulkInsert::finish()
{
    if (m_parent)
        if (auto s = m_parent->flush(); !s) return s;
    return flush();
}

} // namespace cd
