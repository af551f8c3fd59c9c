#pragma once

#include "domain/Enums.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QString>
#include <functional>
#include <string_view>
#include <QPair>
#include <QSet>

namespace cd {

class Database;

// The aggregates behind the dashboard, each one SQL statement over indexed columns.
class DashboardRepository
{
public:
    explicit DashboardRepository(Database& db) : m_db(db) {}

    struct UnitRow
    {
        qint64 id = 0;
        QString name;
        qint64 groupId = 0;
    };
    // Active units in the units table's order.
    QList<UnitRow> activeUnits();
    // The group of each deactivated unit (0 for none).
    QList<qint64> inactiveUnitGroups();
    // Every unit, active or not, with its group: unit → group (0 at the top).
    QHash<qint64, qint64> unitGroups();
    // unit → first submission state for a period: 1 on time, 2 late (absent: nothing submitted).
    QHash<qint64, int> submissionStates(qint64 periodId, const QDate& deadline);
    // period → active units' first submissions: how many, and how many after the period's deadline.
    QHash<qint64, QPair<int, int>> submissionsByPeriod(qint64 campaignId);
    // The same, of `units` alone (active or not, as given).
    QHash<qint64, QPair<int, int>> submissionsByPeriod(qint64 campaignId, const QSet<qint64>& units);
    // Every unit's first submission for every period, in no particular order; day is the
    // submission's date as ISO text (yyyy-MM-dd).
    void forEachFirstSubmission(const std::function<void(qint64 period, qint64 unit, std::string_view day)>& visit);

    struct ProblemCounts
    {
        int open = 0;    // not closed
        int overdue = 0; // not closed, deadline before today
        int closed = 0;
        int raised = 0; // found on or before today
    };
    ProblemCounts problemCounts(const QDate& today);
    // The same counts unit by unit (units without lines absent).
    QHash<qint64, ProblemCounts> problemCountsByUnit(const QDate& today);
    // (unit, pillar) → {overdue lines, lines due within `warnDays`}
    QHash<QPair<qint64, QString>, QPair<int, int>> problemsByUnitPillar(const QDate& today, int warnDays);

    // month (yyyy-MM) → lines raised that month, and lines struck off that month.
    QHash<QString, QPair<int, int>> problemsByMonth();
    // The same, of the lines of `units` alone.
    QHash<QString, QPair<int, int>> problemsByMonth(const QSet<qint64>& units);

private:
    Database& m_db;
};

} // namespace cd
