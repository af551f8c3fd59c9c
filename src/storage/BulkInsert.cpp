#include "storage/BulkInsert.h"

#include "storage/Database.h"
#include "storage/Dialect.h"
#include "storage/SqlUtil.h"

#include <QLocale>
#include <QSqlError>
#include <libpq-fe.h>
#include <spdlog/spdlog.h>
#include <utility>

namespace cd {
namespace {

// Rows of evidence can be megabytes each: a batch is sent once it holds this much, whatever
// its row count.
constexpr qint64 kMaxBatchBytes = 16 << 20;

// Rows a full batch carries on a server, where a full batch goes by COPY (no statement to
// parse, no limit on values in one statement).
constexpr int kCopyRows = 5000;

// A value as a field of COPY's text format: \N for NULL; a backslash, tab, newline and
// carriage return escaped; bytes as bytea's hex input (its backslash escaped in turn).
void appendCopyField(QByteArray& out, const QVariant& v)
{
    if (!v.isValid() || v.isNull()) {
        out += "\\N";
        return;
    }
    switch (v.typeId()) {
    case QMetaType::Bool: out += v.toBool() ? 't' : 'f'; return;
    case QMetaType::Int:
    case QMetaType::LongLong:
    case QMetaType::UInt:
    case QMetaType::ULongLong: out += QByteArray::number(v.toLongLong()); return;
    case QMetaType::Double: out += QByteArray::number(v.toDouble(), 'g', QLocale::FloatingPointShortest); return;
    case QMetaType::QByteArray: out += "\\\\x" + v.toByteArray().toHex(); return;
    default: break;
    }
    const QByteArray text = v.toString().toUtf8();
    for (char c : text) {
        switch (c) {
        case '\\': out += "\\\\"; break;
        case '\t': out += "\\t"; break;
        case '\n': out += "\\n"; break;
        case '\r': out += "\\r"; break;
        default: out += c;
        }
    }
}

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
    // A server sends a full batch by COPY; the last, shorter one as one INSERT (fewer round
    // trips for the few rows of one report's items).
    m_copies = !m_returnsId && db.isServer();
    if (m_copies) {
        m_insertRowsAtMost = m_batchRows;
        m_batchRows = kCopyRows;
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

BulkInsert BulkInsert::packageImports(Database& db)
{
    return {db, QStringLiteral("package_imports"), QStringLiteral("unit_id, sequence, sha256, made_at, imported_at, imported_by, summary"), 7, false};
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
    if (m_copies && m_pending.size() / m_columnCount > m_insertRowsAtMost) {
        if (m_db->maySendByCopy(m_table)) return copy();
        // Row-level security applies to this login (an office account, not the tables' owner):
        // the server refuses COPY into the table, so the rows go as INSERTs of the usual size.
        m_copies = false;
        m_batchRows = m_insertRowsAtMost;
        m_prepared = false;
    }
    const QVariantList pending = std::exchange(m_pending, {});
    const qsizetype full = qsizetype(m_batchRows) * m_columnCount;
    for (qsizetype at = 0; at < pending.size();) {
        const qsizetype count = std::min(full, pending.size() - at);
        const int rows = int(count / m_columnCount);
        Status sent;
        if (rows == m_batchRows) {
            if (!m_prepared) prepareFull();
            for (qsizetype i = 0; i < count; ++i) m_query.bindValue(int(i), pending[at + i]);
            sent = sql::exec(m_query, "bulk insert");
        } else {
            // The last, shorter batch: a statement of its own size (kept on a server: a report's
            // items are the same number of rows report after report).
            auto tail = m_db->statement(QStringLiteral("INSERT INTO %1 (%2) VALUES %3").arg(m_table, m_columns, placeholders(m_columnCount, rows)));
            for (qsizetype i = 0; i < count; ++i) tail->bindValue(int(i), pending[at + i]);
            sent = sql::exec(*tail, "bulk insert");
        }
        if (!sent) return sent;
        at += count;
    }
    return {};
}

Status BulkInsert::copy()
{
    QByteArray data;
    data.reserve(m_pendingCopyHint);
    for (qsizetype i = 0; i < m_pending.size(); ++i) {
        appendCopyField(data, m_pending[i]);
        data += (i + 1) % m_columnCount == 0 ? '\n' : '\t';
    }
    m_pending.clear();
    m_pendingCopyHint = data.size();
    PGconn* conn = m_db->serverHandle();
    const auto failed = [&](PGresult* r, const char* what) {
        const QString state = r ? QString::fromLatin1(PQresultErrorField(r, PG_DIAG_SQLSTATE)) : QString();
        const QString message = QString::fromUtf8(r ? PQresultErrorMessage(r) : PQerrorMessage(conn)).trimmed();
        if (r) PQclear(r);
        while (PGresult* rest = PQgetResult(conn)) PQclear(rest);
        return fail(sql::failure(QSqlError(QString(), message.isEmpty() ? QString::fromUtf8(PQerrorMessage(conn)) : message, QSqlError::StatementError, state), what));
    };
    if (!conn) return fail(sql::failure(QSqlError(QString(), QStringLiteral("no connection to the server"), QSqlError::ConnectionError), "bulk copy"));
    PGresult* start = PQexec(conn, QStringLiteral("COPY %1 (%2) FROM STDIN").arg(m_table, m_columns).toUtf8().constData());
    if (PQresultStatus(start) != PGRES_COPY_IN) return failed(start, "bulk copy");
    PQclear(start);
    if (PQputCopyData(conn, data.constData(), int(data.size())) != 1 || PQputCopyEnd(conn, nullptr) != 1) return failed(nullptr, "bulk copy");
    PGresult* end = PQgetResult(conn);
    if (PQresultStatus(end) != PGRES_COMMAND_OK) return failed(end, "bulk copy");
    PQclear(end);
    while (PGresult* rest = PQgetResult(conn)) PQclear(rest);
    return {};
}

Status BulkInsert::finish()
{
    if (m_parent)
        if (auto s = m_parent->flush(); !s) return s;
    return flush();
}

} // namespace cd
