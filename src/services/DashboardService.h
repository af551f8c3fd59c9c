#pragma once

#include "domain/Enums.h"
#include "domain/TrafficLight.h"
#include "services/ServiceContext.h"

#include <QList>
#include <array>

namespace cd {

struct HeatCell
{
    qint64 unitId = 0;
    QString unitName;
    Pillar pillar = Pillar::Study;
    PillarFacts facts;
    LightDecision decision;
};

// One part of the campaign, rolled up: a child group of the dashboard's scope (or the units
// that sit in the scope itself). Every count is the sum of its units' (tested).
struct GroupFigures
{
    qint64 groupId = 0; // 0 with `direct`: the units placed in the scope group itself
    bool direct = false;
    QString name;
    QString path;
    int units = 0; // active
    int reportsDue = 0;
    int reportsOnTime = 0;
    int reportsLate = 0;
    int reportsMissing = 0;
    int tasksBehind = 0;
    int problemsOpen = 0;
    int problemsOverdue = 0;
    int problemsClosed = 0;
    int problemsRaised = 0;
    double closingRate = 0;
    // Study, Conduct, Party, Reform: the worst light of the group's units, and how many are red / yellow.
    std::array<Light, 4> worst{Light::Green, Light::Green, Light::Green, Light::Green};
    std::array<int, 4> red{};
    std::array<int, 4> yellow{};
};

// Exactly the figures the dashboard's tiles show.
struct DashboardFigures
{
    qint64 scopeGroupId = 0; // the group the figures are for, 0 for the whole campaign
    QString scope;           // its path
    QList<GroupFigures> groups; // one per child group of the scope, with the scope's own units last
    QString period; // the latest month whose report deadline has passed
    int units = 0;
    int unitsInactive = 0; // deactivated units in the scope: they take no part and are not counted
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
    // For the whole campaign, or for the units under one group.
    Result<DashboardFigures> figures(qint64 scopeGroupId = 0);
    Result<DashboardFigures> figures(const QString& groupPath);
    Result<DashboardTrends> trends(const DashboardFigures& figures);
    QList<Deadline> upcoming(int days = 14);
    LightThresholds thresholds();

private:
    ServiceContext m_ctx;
};

} // namespace cd
