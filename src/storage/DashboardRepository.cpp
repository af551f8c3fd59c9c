#include "storage/DashboardRepository.h"

#include "storage/Database.h"
#include "storage/SqlUtil.h"

#include <QSqlQuery>

namespace cd {

int DashboardRepository::activeUnits()
{
    QSqlQuery q(m_db.sql());
    return q.exec(QStringLiteral("SELECT count(*) FROM units WHERE active = 1")) && q.next() ? q.value(0).toInt() : 0;
}

QPair<int, int> DashboardRepository::submissions(qint64 periodId, const QDate& deadline)
{
    QSqlQuery q(m_db.sql());
    // ISO-8601 text compares in time order; the first ten characters are the day.
    q.prepare(QStringLiteral("SELECT count(*), coalesce(sum(CASE WHEN substr(f.first, 1, 10) > ? THEN 1 ELSE 0 END), 0) FROM"
                             " (SELECT unit_id, min(submitted_at) AS first FROM reports WHERE period_id = ? AND submitted_at IS NOT NULL"
                             "  GROUP BY unit_id) f JOIN units u ON u.id = f.unit_id WHERE u.active = 1"));
    q.addBindValue(deadline.toString(Qt::ISODate));
    q.addBindValue(periodId);
    if (q.exec() && q.next()) return {q.value(0).toInt(), q.value(1).toInt()};
    return {0, 0};
}

QHash<qint64, int> DashboardRepository::submissionStates(qint64 periodId, const QDate& deadline)
{
    QHash<qint64, int> out;
    QSqlQuery q(m_db.sql());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT unit_id, CASE WHEN substr(min(submitted_at), 1, 10) > ? THEN 2 ELSE 1 END FROM reports"
                             " WHERE period_id = ? AND submitted_at IS NOT NULL GROUP BY unit_id"));
    q.addBindValue(deadline.toString(Qt::ISODate));
    q.addBindValue(periodId);
    if (q.exec())
        while (q.next()) out.insert(q.value(0).toLongLong(), q.value(1).toInt());
    return out;
}

QHash<QPair<qint64, QString>, int> DashboardRepository::tasksBehind(qint64 campaignId, double monthly, double quarterly, double annual,
                                                                    const QDate& today)
{
    QHash<QPair<qint64, QString>, int> out;
    QSqlQuery q(m_db.sql());
    q.setForwardOnly(true);
    // A percentage task (online learning) stands at the average of its accepted months, and
    // is behind when that average is below the target; the others as ReportRules::behindSchedule.
    q.prepare(QStringLiteral(
        "SELECT u.id, t.pillar, count(*) FROM units u"
        " JOIN tasks t ON t.campaign_id = ? AND (t.kind = 'mandatory' OR t.owner_unit_id = u.id)"
        " LEFT JOIN (SELECT unit_id, task_id, accepted_sum AS done, accepted_reports AS n FROM task_progress) a"
        "   ON a.unit_id = u.id AND a.task_id = t.id"
        " WHERE u.active = 1 AND t.lower_is_better = 0 AND t.target > 0"
        " AND (CASE WHEN t.measure = '%' THEN a.n IS NOT NULL AND a.done / a.n + 1e-9 < t.target"
        "      ELSE coalesce(a.done, 0) + 1e-9 < t.target *"
        "           (CASE t.cadence WHEN 'once' THEN (CASE WHEN t.due_date < ? THEN 1.0 ELSE 0.0 END)"
        "                           WHEN 'monthly' THEN ? WHEN 'quarterly' THEN ? ELSE ? END) END)"
        " GROUP BY u.id, t.pillar"));
    q.addBindValue(campaignId);
    q.addBindValue(today.toString(Qt::ISODate));
    q.addBindValue(monthly);
    q.addBindValue(quarterly);
    q.addBindValue(annual);
    if (q.exec())
        while (q.next()) out.insert({q.value(0).toLongLong(), q.value(1).toString()}, q.value(2).toInt());
    return out;
}

DashboardRepository::ProblemCounts DashboardRepository::problemCounts(const QDate& today)
{
    ProblemCounts c;
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("SELECT coalesce(sum(CASE WHEN status <> 'closed' THEN 1 ELSE 0 END), 0),"
                             " coalesce(sum(CASE WHEN status <> 'closed' AND deadline < ? THEN 1 ELSE 0 END), 0),"
                             " coalesce(sum(CASE WHEN status = 'closed' THEN 1 ELSE 0 END), 0), count(*)"
                             " FROM problems WHERE raised_on <= ?"));
    q.addBindValue(today.toString(Qt::ISODate));
    q.addBindValue(today.toString(Qt::ISODate));
    if (q.exec() && q.next()) c = {q.value(0).toInt(), q.value(1).toInt(), q.value(2).toInt(), q.value(3).toInt()};
    return c;
}

QHash<QPair<qint64, QString>, QPair<int, int>> DashboardRepository::problemsByUnitPillar(const QDate& today, int warnDays)
{
    QHash<QPair<qint64, QString>, QPair<int, int>> out;
    QSqlQuery q(m_db.sql());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT unit_id, pillar, sum(CASE WHEN deadline < ? THEN 1 ELSE 0 END),"
                             " sum(CASE WHEN deadline >= ? AND deadline <= ? THEN 1 ELSE 0 END)"
                             " FROM problems WHERE status <> 'closed' AND raised_on <= ? GROUP BY unit_id, pillar"));
    const QString day = today.toString(Qt::ISODate);
    q.addBindValue(day);
    q.addBindValue(day);
    q.addBindValue(today.addDays(warnDays).toString(Qt::ISODate));
    q.addBindValue(day);
    if (q.exec())
        while (q.next()) out.insert({q.value(0).toLongLong(), q.value(1).toString()}, {q.value(2).toInt(), q.value(3).toInt()});
    return out;
}

QHash<QString, QPair<int, int>> DashboardRepository::problemsByMonth()
{
    QHash<QString, QPair<int, int>> out;
    QSqlQuery q(m_db.sql());
    q.setForwardOnly(true);
    if (q.exec(QStringLiteral("SELECT substr(raised_on, 1, 7), count(*) FROM problems GROUP BY substr(raised_on, 1, 7)")))
        while (q.next()) out[q.value(0).toString()].first = q.value(1).toInt();
    if (q.exec(QStringLiteral("SELECT substr(closed_on, 1, 7), count(*) FROM problems WHERE status = 'closed' AND closed_on IS NOT NULL"
                              " GROUP BY substr(closed_on, 1, 7)")))
        while (q.next()) out[q.value(0).toString()].second = q.value(1).toInt();
    return out;
}

} // namespace cd
