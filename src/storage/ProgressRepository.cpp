#include "storage/ProgressRepository.h"

#include "storage/Database.h"
#include "storage/Dialect.h"
#include "storage/NativeQuery.h"
#include "storage/ServerRollups.h"
#include "storage/SqlUtil.h"

#include <QSqlQuery>

namespace cd {
namespace {
const char* kFromReports = "SELECT r.unit_id, i.task_id, sum(i.progress), count(*) FROM reports r JOIN report_items i ON i.report_id = r.id"
                           " WHERE r.status = 'accepted' GROUP BY r.unit_id, i.task_id";
}

Status ProgressRepository::addAcceptedReport(qint64 reportId)
{
    sql::Query q(m_db.sql());
    q.prepare(QStringLiteral("INSERT INTO task_progress (unit_id, task_id, accepted_sum, accepted_reports)"
                             " SELECT r.unit_id, i.task_id, i.progress, 1 FROM reports r JOIN report_items i ON i.report_id = r.id"
                             " WHERE r.id = ? AND r.status = 'accepted'"
                             " ON CONFLICT (unit_id, task_id) DO UPDATE SET accepted_sum = task_progress.accepted_sum + excluded.accepted_sum,"
                             " accepted_reports = task_progress.accepted_reports + 1")); // qualified: PostgreSQL finds the bare names ambiguous
    q.addBindValue(reportId);
    return sql::exec(q, "add accepted report to progress");
}

Status ProgressRepository::rebuild()
{
    if (auto s = sql::execText(m_db.sql(), QStringLiteral("DELETE FROM task_progress")); !s) return s;
    return sql::execText(m_db.sql(), QStringLiteral("INSERT INTO task_progress (unit_id, task_id, accepted_sum, accepted_reports) ") +
                                         QLatin1String(kFromReports));
}

int ProgressRepository::mismatches()
{
    sql::Query q(m_db.sql());
    const QString sql = QStringLiteral("SELECT count(*) FROM (%1) a FULL OUTER JOIN task_progress p ON p.unit_id = a.unit_id"
                                       " AND p.task_id = a.task_id WHERE a.unit_id IS NULL OR p.unit_id IS NULL"
                                       " OR abs(a.s - p.accepted_sum) > 1e-9 OR a.n <> p.accepted_reports")
                            .arg(QStringLiteral("SELECT r.unit_id, i.task_id, sum(i.progress) AS s, count(*) AS n FROM reports r"
                                                " JOIN report_items i ON i.report_id = r.id WHERE r.status = 'accepted'"
                                                " GROUP BY r.unit_id, i.task_id"));
    return q.exec(sql) && q.next() ? q.value(0).toInt() : -1;
}

Status ProgressRepository::forEach(const std::function<void(const Row&)>& visit)
{
    if (const QByteArray rolledUp = Dialect::of(m_db.sql()).progressRollups(); !rolledUp.isEmpty()) {
        NativeQuery q(m_db, rolledUp.constData(), NativeQuery::Rows::Binary);
        while (q.next()) {
            const qint64 unit = q.int64(0);
            ServerRollups::forEachProgress(q.bytes(1), [&](qint64 task, double sum, int reports) { visit({unit, task, sum, reports}); });
        }
        return q.status();
    }
    NativeQuery q(m_db, "SELECT unit_id, task_id, accepted_sum, accepted_reports FROM task_progress");
    while (q.next()) visit({q.int64(0), q.int64(1), q.real(2), int(q.int64(3))});
    return q.status();
}

} // namespace cd
