#pragma once

#include "domain/Enums.h"
#include "domain/TrafficLight.h"
#include "services/ServiceContext.h"

#include <QList>

namespace cd {

struct HeatCell
{
    qint64 unitId = 0;
    QString unitName;
    Pillar pillar = Pillar::Study;
    PillarFacts facts;
    LightDecision decision;
};

// Exactly the figures the dashboard's tiles show.
struct DashboardFigures
{
    QString period; // the latest month whose report deadline has passed
    int units = 0;
    int reportsDue = 0;
    int reportsOnTime = 0;
    int reportsLate = 0;
    int reportsMissing = 0;
    int tasksBehind = 0;
    int problemsOpen = 0;
    int problemsOverdue = 0;
    int problemsClosed = 0;
    int problemsRaised = 0; // found on or before the day
    double closingRate = 0; // closed ÷ all raised so far
    QList<HeatCell> heatmap; // active units × the four pillars
};

// The trend charts' series, month by month through the campaign so far.
struct DashboardTrends
{
    QStringList months;            // 2020-01 …
    QList<double> onTimeRate;      // of active units, for each month whose reports are due
    QList<int> problemsOpened;
    QList<int> problemsClosed;
    QList<QPair<Pillar, double>> completionByPillar; // share of unit × task pairs on schedule
};

struct Deadline
{
    QDate date;
    QString what;
};

class DashboardService
{
public:
    explicit DashboardService(ServiceContext ctx) : m_ctx(std::move(ctx)) {}
    Result<DashboardFigures> figures();
    Result<DashboardTrends> trends(const DashboardFigures& figures);
    QList<Deadline> upcoming(int days = 14);
    LightThresholds thresholds();

private:
    ServiceContext m_ctx;
};

} // namespace cd
