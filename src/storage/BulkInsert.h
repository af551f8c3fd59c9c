#pragma once

#include "domain/Error.h"

#include <QSqlQuery>
#include <QVariantList>

namespace cd {

class Database;

// One prepared INSERT reused for many rows, for generating and importing data in bulk
// inside a caller's transaction. Each factory names its table and column order.
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

    // The new row's id for the tables that have one (reports, plans: INSERT … RETURNING id),
    // else 0.
    Result<qint64> insert(const QVariantList& values);

private:
    BulkInsert(Database& db, const QString& sql);
    QSqlQuery m_query;
    bool m_returnsId; // the statement ends with RETURNING id
};

} // namespace cd
