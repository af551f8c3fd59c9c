#include "services/CampaignService.h"
#include "services/DemoService.h"
#include "services/ResponsibilityService.h"
#include "services/UnitService.h"
#include "support/TestSupport.h"

#include <QSet>

using namespace cd;
using namespace cd::test;

TEST(Demo, ACityWithGeneratedUnitsBeyondItsOwnList)
{
    Fixture f;
    auto r = DemoService(f.ctx()).generate({150, 2020, 3, {}});
    ASSERT_TRUE(r) << r.error().message.toStdString();
    const auto units = UnitService(f.ctx()).list();
    ASSERT_EQ(units.size(), 150);
    EXPECT_EQ(units[0].name, QStringLiteral("市委办公室"));
    QSet<QString> names;
    for (const auto& u : units) {
        names.insert(u.name);
        EXPECT_FALSE(u.head.isEmpty());
        EXPECT_FALSE(u.secretary.isEmpty());
    }
    EXPECT_EQ(names.size(), 150);
    const auto m = ResponsibilityService(f.ctx()).coverage(r->campaignId);
    int complete = 0;
    for (const auto& u : m.units) complete += m.missingFor(u) == 0;
    EXPECT_GT(complete, int(m.units.size()) * 8 / 10); // most lists are complete…
    EXPECT_LT(complete, int(m.units.size()));          // …a few have gaps to show
}

TEST(Demo, RefusesADatabaseThatAlreadyHasUnits)
{
    Fixture f;
    ASSERT_TRUE(DemoService(f.ctx()).generate({5, 2020, 1, {}}));
    const QString before = f.state();
    EXPECT_FALSE(DemoService(f.ctx()).generate({5, 2020, 1, {}}));
    EXPECT_EQ(f.state(), before);
}
