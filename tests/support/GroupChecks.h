#pragma once
// Checks shared by the file's and the server's tests of the tree of groups.
#include "services/DashboardService.h"
#include "services/GroupService.h"

#include <gtest/gtest.h>

namespace cd::test {

// At `scope` and at every group below it: each child's row equals the figures computed for
// that child alone (its units filtered first, then counted), the rows add up to the scope's
// own figures, and a row's lights are its units' heat map cells.
inline void expectRollUpsAddUp(ServiceContext ctx, qint64 scope = 0, int depth = 0)
{
    auto d = DashboardService(ctx).figures(scope);
    ASSERT_TRUE(d) << d.error().message.toStdString();
    if (d->groups.isEmpty()) return;
    GroupFigures sum;
    for (const auto& row : d->groups) {
        SCOPED_TRACE(row.path.toStdString());
        sum.units += row.units;
        sum.reportsOnTime += row.reportsOnTime;
        sum.reportsLate += row.reportsLate;
        sum.reportsMissing += row.reportsMissing;
        sum.reportsDue += row.reportsDue;
        sum.tasksBehind += row.tasksBehind;
        sum.problemsOpen += row.problemsOpen;
        sum.problemsOverdue += row.problemsOverdue;
        sum.problemsClosed += row.problemsClosed;
        sum.problemsRaised += row.problemsRaised;
        if (row.direct) continue; // the scope's own units: no figures of their own to compare with
        auto alone = DashboardService(ctx).figures(row.groupId);
        ASSERT_TRUE(alone) << alone.error().message.toStdString();
        EXPECT_EQ(row.units, alone->units);
        EXPECT_EQ(row.reportsDue, alone->reportsDue);
        EXPECT_EQ(row.reportsOnTime, alone->reportsOnTime);
        EXPECT_EQ(row.reportsLate, alone->reportsLate);
        EXPECT_EQ(row.reportsMissing, alone->reportsMissing);
        EXPECT_EQ(row.tasksBehind, alone->tasksBehind);
        EXPECT_EQ(row.problemsOpen, alone->problemsOpen);
        EXPECT_EQ(row.problemsOverdue, alone->problemsOverdue);
        EXPECT_EQ(row.problemsClosed, alone->problemsClosed);
        EXPECT_DOUBLE_EQ(row.closingRate, alone->closingRate);
        std::array<int, 4> red{}, yellow{};
        for (const auto& cell : alone->heatmap) {
            const size_t p = size_t(cell.pillar) - 1;
            red[p] += cell.decision.light == Light::Red;
            yellow[p] += cell.decision.light == Light::Yellow;
        }
        EXPECT_EQ(row.red, red);
        EXPECT_EQ(row.yellow, yellow);
        for (size_t p = 0; p < 4; ++p)
            EXPECT_EQ(row.worst[p], red[p] > 0 ? Light::Red : yellow[p] > 0 ? Light::Yellow : Light::Green);
        if (depth < 3) expectRollUpsAddUp(ctx, row.groupId, depth + 1);
    }
    EXPECT_EQ(sum.units, d->units);
    EXPECT_EQ(sum.reportsDue, d->reportsDue);
    EXPECT_EQ(sum.reportsOnTime, d->reportsOnTime);
    EXPECT_EQ(sum.reportsLate, d->reportsLate);
    EXPECT_EQ(sum.reportsMissing, d->reportsMissing);
    EXPECT_EQ(sum.tasksBehind, d->tasksBehind);
    EXPECT_EQ(sum.problemsOpen, d->problemsOpen);
    EXPECT_EQ(sum.problemsOverdue, d->problemsOverdue);
    EXPECT_EQ(sum.problemsClosed, d->problemsClosed);
    EXPECT_EQ(sum.problemsRaised, d->problemsRaised);
}

} // namespace cd::test
