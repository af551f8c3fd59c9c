#include "storage/DashboardRepository.h"

#include "storage/Database.h"
#include "storage/SqlUtil.h"

#include <QSet>
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

namespace {

// What share of a task's target should be reached by now (bound: today, monthly, quarterly,
// annual shares), for counted tasks; percentage tasks are judged by their average instead.
const QString kRequired = QStringLiteral(
    "(CASE t.cadence WHEN 'once' THEN (CASE WHEN t.due_date < :today THEN 1.0 ELSE 0.0 END)"
    " WHEN 'monthly' THEN :monthly WHEN 'quarterly' THEN :quarterly ELSE :annual END)");

void bindShares(QSqlQuery& q, qint64 campaignId, double monthly, double quarterly, double annual, const QDate& today)
{
    q.bindValue(QStringLiteral(":campaign"), campaignId);
    q.bindValue(QStringLiteral(":today"), today.toString(Qt::ISODate));
    q.bindValue(QStringLiteral(":monthly"), monthly);
    q.bindValue(QStringLiteral(":quarterly"), quarterly);
    q.bindValue(QStringLiteral(":annual"), annual);
}

} // namespace

QHash<QPair<qint64, QString>, int> DashboardRepository::tasksBehind(qint64 campaignId, double monthly, double quarterly, double annual,
                                                                    const QDate& today)
{
    // Rather than judging every unit × task pair (265,000 at 5,000 units), count per pillar the
    // mandatory tasks that should show progress by now, and subtract per unit those whose
    // stored progress meets the mark; percentage tasks and units' own tasks are counted directly.
    QHash<QString, int> due;
    QSqlQuery q(m_db.sql());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT t.pillar, count(*) FROM tasks t WHERE t.campaign_id = :campaign AND t.kind = 'mandatory'"
                             " AND t.lower_is_better = 0 AND t.target > 0 AND t.measure <> '%' AND ") +
              kRequired + QStringLiteral(" > 0 GROUP BY t.pillar"));
    bindShares(q, campaignId, monthly, quarterly, annual, today);
    if (q.exec())
        while (q.next()) due.insert(q.value(0).toString(), q.value(1).toInt());

    QHash<QPair<qint64, QString>, int> met;
    q.prepare(QStringLiteral("SELECT p.unit_id, t.pillar, count(*) FROM task_progress p JOIN tasks t ON t.id = p.task_id"
                             " WHERE t.campaign_id = :campaign AND t.kind = 'mandatory' AND t.lower_is_better = 0 AND t.target > 0"
                             " AND t.measure <> '%' AND ") +
              kRequired + QStringLiteral(" > 0 AND p.accepted_sum + 1e-9 >= t.target * ") + kRequired +
              QStringLiteral(" GROUP BY p.unit_id, t.pillar"));
    bindShares(q, campaignId, monthly, quarterly, annual, today);
    if (q.exec())
        while (q.next()) met.insert({q.value(0).toLongLong(), q.value(1).toString()}, q.value(2).toInt());

    QHash<QPair<qint64, QString>, int> out;
    // Percentage tasks: behind when the average of the accepted months is below the target.
    q.prepare(QStringLiteral("SELECT p.unit_id, t.pillar, count(*) FROM task_progress p JOIN tasks t ON t.id = p.task_id"
                             " WHERE t.campaign_id = :campaign AND t.measure = '%' AND t.target > 0"
                             " AND (t.kind = 'mandatory' OR t.owner_unit_id = p.unit_id)"
                             " AND p.accepted_sum / p.accepted_reports + 1e-9 < t.target GROUP BY p.unit_id, t.pillar"));
    bindShares(q, campaignId, monthly, quarterly, annual, today);
    if (q.exec())
        while (q.next()) out[{q.value(0).toLongLong(), q.value(1).toString()}] += q.value(2).toInt();
    // Units' own counted tasks, few enough to judge one by one.
    q.prepare(QStringLiteral("SELECT t.owner_unit_id, t.pillar, count(*) FROM tasks t LEFT JOIN task_progress p"
                             " ON p.unit_id = t.owner_unit_id AND p.task_id = t.id"
                             " WHERE t.campaign_id = :campaign AND t.kind = 'optional' AND t.lower_is_better = 0 AND t.target > 0"
                             " AND t.measure <> '%' AND coalesce(p.accepted_sum, 0) + 1e-9 < t.target * ") +
              kRequired + QStringLiteral(" GROUP BY t.owner_unit_id, t.pillar"));
    bindShares(q, campaignId, monthly, quarterly, annual, today);
    if (q.exec())
        while (q.next()) out[{q.value(0).toLongLong(), q.value(1).toString()}] += q.value(2).toInt();

    QSqlQuery units(m_db.sql());
    units.setForwardOnly(true);
    if (units.exec(QStringLiteral("SELECT id FROM units WHERE active = 1")))
        while (units.next()) {
            const qint64 unit = units.value(0).toLongLong();
            for (auto it = due.begin(); it != due.end(); ++it) {
                const int behind = it.value() - met.value({unit, it.key()});
                if (behind > 0) out[{unit, it.key()}] += behind;
            }
        }
    // Inactive units' own and percentage tasks do not count.
    QSet<qint64> inactive;
    QSqlQuery rest(m_db.sql());
    if (rest.exec(QStringLiteral("SELECT id FROM units WHERE active = 0")))
        while (rest.next()) inactive.insert(rest.value(0).toLongLong());
    out.removeIf([&inactive](const auto& it) { return inactive.contains(it.key().first); });
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
