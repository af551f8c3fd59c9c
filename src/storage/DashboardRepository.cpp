#include "storage/DashboardRepository.h"

#include "storage/Database.h"
#include "storage/Dialect.h"
#include "storage/NativeQuery.h"
#include "storage/ServerRollups.h"
#include "storage/SqlUtil.h"

#include <QSet>
#include <QSqlQuery>
#include <string>

namespace cd {

QList<DashboardRepository::UnitRow> DashboardRepository::activeUnits()
{
    QList<UnitRow> out;
    NativeQuery q(m_db, "SELECT id, name, coalesce(group_id, 0) FROM units WHERE active = 1 ORDER BY sort_order, id");
    while (q.next()) out.append({q.int64(0), q.text(1), q.int64(2)});
    return out;
}

QList<qint64> DashboardRepository::inactiveUnitGroups()
{
    QList<qint64> out;
    NativeQuery q(m_db, "SELECT coalesce(group_id, 0) FROM units WHERE active = 0");
    while (q.next()) out.append(q.int64(0));
    return out;
}

QHash<qint64, qint64> DashboardRepository::unitGroups()
{
    QHash<qint64, qint64> out;
    NativeQuery q(m_db, "SELECT id, coalesce(group_id, 0) FROM units");
    while (q.next()) out.insert(q.int64(0), q.int64(1));
    return out;
}

QHash<qint64, int> DashboardRepository::submissionStates(qint64 periodId, const QDate& deadline)
{
    QHash<qint64, int> out;
    const QByteArray day = deadline.toString(Qt::ISODate).toLatin1();
    // In index order each unit's first submission comes first; ISO-8601 text compares in
    // time order and its first ten characters are the day.
    NativeQuery q(m_db, "SELECT unit_id, submitted_at FROM reports WHERE period_id = ? AND submitted_at IS NOT NULL"
                        " ORDER BY unit_id, submitted_at");
    q.bind(1, periodId);
    while (q.next())
        if (const qint64 unit = q.int64(0); !out.contains(unit))
            out.insert(unit, q.utf8(1).substr(0, 10) > std::string_view(day.constData(), size_t(day.size())) ? 2 : 1);
    return out;
}

QHash<qint64, QPair<int, int>> DashboardRepository::submissionsByPeriod(qint64 campaignId)
{
    QSet<qint64> active;
    NativeQuery units(m_db, "SELECT id FROM units WHERE active = 1");
    while (units.next()) active.insert(units.int64(0));
    return submissionsByPeriod(campaignId, active);
}

QHash<qint64, QPair<int, int>> DashboardRepository::submissionsByPeriod(qint64 campaignId, const QSet<qint64>& active)
{
    QHash<qint64, std::string> deadlines;
    NativeQuery periods(m_db, "SELECT id, deadline FROM periods WHERE campaign_id = ?");
    periods.bind(1, campaignId);
    while (periods.next()) deadlines.insert(periods.int64(0), std::string(periods.utf8(1)));

    QHash<qint64, QPair<int, int>> out;
    forEachFirstSubmission([&](qint64 period, qint64 unit, std::string_view day) {
        const auto deadline = deadlines.constFind(period);
        if (deadline == deadlines.cend() || !active.contains(unit)) return;
        auto& [submitted, late] = out[period];
        ++submitted;
        if (day > std::string_view(*deadline)) ++late; // ISO-8601 text compares in time order
    });
    return out;
}

void DashboardRepository::forEachFirstSubmission(const std::function<void(qint64, qint64, std::string_view)>& visit)
{
    if (const QByteArray rolledUp = Dialect::of(m_db.sql()).submissionRollups(); !rolledUp.isEmpty()) {
        NativeQuery q(m_db, rolledUp.constData(), NativeQuery::Rows::Binary);
        while (q.next()) {
            const qint64 unit = q.int64(0);
            ServerRollups::forEachFirstSubmission(q.bytes(1), [&](qint64 period, std::string_view day) { visit(period, unit, day); });
        }
        return;
    }
    // The index gives each period's and unit's submissions in time order, so the first row of
    // each pair is its first submission; grouping with min() in SQL costs twice as much.
    NativeQuery q(m_db, "SELECT period_id, unit_id, submitted_at FROM reports WHERE submitted_at IS NOT NULL"
                        " ORDER BY period_id, unit_id, submitted_at");
    qint64 lastPeriod = -1, lastUnit = -1;
    while (q.next()) {
        const qint64 period = q.int64(0), unit = q.int64(1);
        if (period == lastPeriod && unit == lastUnit) continue;
        lastPeriod = period;
        lastUnit = unit;
        visit(period, unit, q.utf8(2).substr(0, 10));
    }
}

DashboardRepository::ProblemCounts DashboardRepository::problemCounts(const QDate& today)
{
    ProblemCounts c;
    sql::Query q(m_db.sql());
    q.prepare(QStringLiteral("SELECT coalesce(sum(CASE WHEN status <> 'closed' THEN 1 ELSE 0 END), 0),"
                             " coalesce(sum(CASE WHEN status <> 'closed' AND deadline < ? THEN 1 ELSE 0 END), 0),"
                             " coalesce(sum(CASE WHEN status = 'closed' THEN 1 ELSE 0 END), 0), count(*)"
                             " FROM problems WHERE raised_on <= ?"));
    q.addBindValue(today.toString(Qt::ISODate));
    q.addBindValue(today.toString(Qt::ISODate));
    if (q.exec() && q.next()) c = {q.value(0).toInt(), q.value(1).toInt(), q.value(2).toInt(), q.value(3).toInt()};
    return c;
}

QHash<qint64, DashboardRepository::ProblemCounts> DashboardRepository::problemCountsByUnit(const QDate& today)
{
    QHash<qint64, ProblemCounts> out;
    const QString day = today.toString(Qt::ISODate);
    NativeQuery q(m_db, "SELECT unit_id, sum(CASE WHEN status <> 'closed' THEN 1 ELSE 0 END),"
                        " sum(CASE WHEN status <> 'closed' AND deadline < ? THEN 1 ELSE 0 END),"
                        " sum(CASE WHEN status = 'closed' THEN 1 ELSE 0 END), count(*)"
                        " FROM problems WHERE raised_on <= ? GROUP BY unit_id");
    q.bind(1, day).bind(2, day);
    while (q.next()) out.insert(q.int64(0), {int(q.int64(1)), int(q.int64(2)), int(q.int64(3)), int(q.int64(4))});
    return out;
}

QHash<QPair<qint64, QString>, QPair<int, int>> DashboardRepository::problemsByUnitPillar(const QDate& today, int warnDays)
{
    QHash<QPair<qint64, QString>, QPair<int, int>> out;
    // Plain positional ? on both engines (numbered ?N is SQLite's alone).
    const QString day = today.toString(Qt::ISODate), soon = today.addDays(warnDays).toString(Qt::ISODate);
    NativeQuery q(m_db, "SELECT unit_id, pillar, sum(CASE WHEN deadline < ? THEN 1 ELSE 0 END),"
                        " sum(CASE WHEN deadline >= ? AND deadline <= ? THEN 1 ELSE 0 END)"
                        " FROM problems WHERE status <> 'closed' AND raised_on <= ? GROUP BY unit_id, pillar");
    q.bind(1, day).bind(2, day).bind(3, soon).bind(4, day);
    while (q.next()) out.insert({q.int64(0), q.text(1)}, {int(q.int64(2)), int(q.int64(3))});
    return out;
}

QHash<QString, QPair<int, int>> DashboardRepository::problemsByMonth()
{
    QHash<QString, QPair<int, int>> out;
    sql::Query q(m_db.sql());
    q.setForwardOnly(true);
    if (q.exec(QStringLiteral("SELECT substr(raised_on, 1, 7), count(*) FROM problems GROUP BY substr(raised_on, 1, 7)")))
        while (q.next()) out[q.value(0).toString()].first = q.value(1).toInt();
    if (q.exec(QStringLiteral("SELECT substr(closed_on, 1, 7), count(*) FROM problems WHERE status = 'closed' AND closed_on IS NOT NULL"
                              " GROUP BY substr(closed_on, 1, 7)")))
        while (q.next()) out[q.value(0).toString()].second = q.value(1).toInt();
    return out;
}

QHash<QString, QPair<int, int>> DashboardRepository::problemsByMonth(const QSet<qint64>& units)
{
    QHash<QString, QPair<int, int>> out;
    NativeQuery raised(m_db, "SELECT unit_id, substr(raised_on, 1, 7), count(*) FROM problems GROUP BY unit_id, substr(raised_on, 1, 7)");
    while (raised.next())
        if (units.contains(raised.int64(0))) out[raised.text(1)].first += int(raised.int64(2));
    NativeQuery closed(m_db, "SELECT unit_id, substr(closed_on, 1, 7), count(*) FROM problems WHERE status = 'closed' AND closed_on IS NOT NULL"
                             " GROUP BY unit_id, substr(closed_on, 1, 7)");
    while (closed.next())
        if (units.contains(closed.int64(0))) out[closed.text(1)].second += int(closed.int64(2));
    return out;
}

} // namespace cd
