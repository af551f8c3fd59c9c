#include "storage/BulkInsert.h"

#include "storage/Database.h"
#include "storage/SqlUtil.h"

namespace cd {

BulkInsert::BulkInsert(Database& db, const QString& sql)
    : m_query(db.sql()), m_returnsId(sql.endsWith(QLatin1String(" RETURNING id")))
{
    m_query.prepare(sql);
}

BulkInsert BulkInsert::responsibilities(Database& db)
{
    return {db, QStringLiteral("INSERT INTO responsibilities (unit_id, task_id, level, person, post, duty, target) VALUES (?, ?, ?, ?, ?, ?, ?)")};
}

BulkInsert BulkInsert::reports(Database& db)
{
    return {db, QStringLiteral("INSERT INTO reports (unit_id, period_id, version, status, summary, saved_at, submitted_at, submitted_by,"
                               " reviewed_at, reviewed_by, review_comment) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id")};
}

BulkInsert BulkInsert::reportItems(Database& db)
{
    return {db, QStringLiteral("INSERT INTO report_items (report_id, task_id, progress, status, done, problems, next_steps)"
                               " VALUES (?, ?, ?, ?, ?, ?, ?)")};
}

BulkInsert BulkInsert::reportAttachments(Database& db)
{
    return {db, QStringLiteral("INSERT INTO report_attachments (report_id, attachment_id, name) VALUES (?, ?, ?)")};
}

BulkInsert BulkInsert::plans(Database& db)
{
    return {db, QStringLiteral("INSERT INTO plans (unit_id, period_id, version, submitted_at, submitted_by) VALUES (?, ?, ?, ?, ?) RETURNING id")};
}

BulkInsert BulkInsert::planItems(Database& db)
{
    return {db, QStringLiteral("INSERT INTO plan_items (plan_id, task_id, text) VALUES (?, ?, ?)")};
}

Result<qint64> BulkInsert::insert(const QVariantList& values)
{
    for (int i = 0; i < values.size(); ++i) {
        const QVariant& v = values[i];
        // A null QString is an empty text, not SQL NULL; a null QVariant stays NULL.
        m_query.bindValue(i, v.typeId() == QMetaType::QString ? sql::text(v.toString()) : v);
    }
    if (!m_returnsId) {
        if (auto s = sql::exec(m_query, "bulk insert"); !s) return fail(s.error());
        return 0;
    }
    return sql::insertReturningId(m_query, "bulk insert");
}

} // namespace cd
