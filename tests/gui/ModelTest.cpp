#include "models/CoverageModel.h"
#include "models/ResponsibilityTableModel.h"
#include "models/TaskTreeModel.h"
#include "models/UnitFilterProxy.h"
#include "models/UnitTableModel.h"
#include "services/CampaignService.h"
#include "services/DemoService.h"
#include "services/ResponsibilityService.h"
#include "services/UnitService.h"
#include "support/TestSupport.h"
#include "widgets/exchange/ImportPreviewModel.h"

#include <QAbstractItemModelTester>

using namespace cd;
using Tester = QAbstractItemModelTester;

namespace {
class Models : public ::testing::Test
{
protected:
    void SetUp() override
    {
        auto r = DemoService(f.ctx()).generate({70, 2020, 5, {}});
        ASSERT_TRUE(r);
        campaignId = r->campaignId;
        units = UnitService(f.ctx()).list();
        tasks = CampaignService(f.ctx()).tasks(campaignId);
    }
    test::Fixture f;
    qint64 campaignId = 0;
    QList<Unit> units;
    QList<Task> tasks;
};
} // namespace

TEST_F(Models, UnitTableAndItsFilter)
{
    UnitTableModel model;
    UnitFilterProxy proxy;
    proxy.setSourceModel(&model);
    Tester t1(&model, Tester::FailureReportingMode::Fatal);
    Tester t2(&proxy, Tester::FailureReportingMode::Fatal);
    model.setUnits(units);
    EXPECT_EQ(model.rowCount(), 70);
    proxy.setSearchText(units[3].head);
    EXPECT_GE(proxy.rowCount(), 1);
    proxy.setSearchText(QStringLiteral("没有这样的单位"));
    EXPECT_EQ(proxy.rowCount(), 0);
    proxy.setSearchText({});
    proxy.setShowInactive(false);
    EXPECT_EQ(proxy.rowCount(), std::ranges::count(units, true, &Unit::active));
}

TEST_F(Models, TaskTree)
{
    TaskTreeModel model;
    Tester t(&model, Tester::FailureReportingMode::Fatal);
    model.setCampaign(CampaignService(f.ctx()).pillars(campaignId), tasks, {});
    ASSERT_EQ(model.rowCount(), 5); // organisation + four pillars
    int total = 0;
    for (int i = 0; i < model.rowCount(); ++i) total += model.rowCount(model.index(i, 0));
    EXPECT_EQ(total, tasks.size());
    const QModelIndex first = model.index(0, 0, model.index(0, 0));
    ASSERT_NE(model.taskAt(first), nullptr);
    EXPECT_EQ(model.taskAt(first)->code, QStringLiteral("G1"));
}

TEST_F(Models, ResponsibilityListMarksMissingTasks)
{
    ResponsibilityTableModel model;
    Tester t(&model, Tester::FailureReportingMode::Fatal);
    Unit u;
    u.name = QStringLiteral("新单位");
    auto id = UnitService(f.ctx()).add(u);
    ASSERT_TRUE(id);
    u.id = *id;
    model.setData(u, tasks, {});
    EXPECT_EQ(model.missingCount(), std::ranges::count(tasks, TaskKind::Mandatory, &Task::kind));
    model.setData(units[0], tasks, ResponsibilityService(f.ctx()).forUnit(units[0].id));
    EXPECT_GT(model.rowCount(), 0);
}

TEST_F(Models, CoverageMatrix)
{
    CoverageModel model;
    Tester t(&model, Tester::FailureReportingMode::Fatal);
    model.setMatrix(ResponsibilityService(f.ctx()).coverage(campaignId));
    EXPECT_EQ(model.columnCount(), tasks.size() + 2);
    EXPECT_EQ(model.rowCount(), std::ranges::count(units, true, &Unit::active));
}

TEST(ImportPreview, Model)
{
    ImportPreviewModel model;
    Tester t(&model, Tester::FailureReportingMode::Fatal);
    model.setLines({{ImportPreviewModel::Action::Reject, 5, QString(), QStringLiteral("why")},
                    {ImportPreviewModel::Action::Add, 2, QStringLiteral("a"), QString()}});
    ASSERT_EQ(model.rowCount(), 2);
    EXPECT_EQ(model.index(0, 1).data().toInt(), 2); // in sheet order
}
