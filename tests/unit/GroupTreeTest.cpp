#include "domain/Groups.h"

#include <gtest/gtest.h>

using namespace cd;

namespace {

// 河安县 (1) → 政府部门 (2) → 经济 (4); 市直机关 (3).
GroupTree sample()
{
    return GroupTree({{4, 2, QStringLiteral("经济"), {}, GroupKind::System, 1, {}, {}},
                      {1, 0, QStringLiteral("河安县"), {}, GroupKind::Region, 2, {}, {}},
                      {2, 1, QStringLiteral("政府部门"), {}, GroupKind::System, 1, {}, {}},
                      {3, 0, QStringLiteral("市直机关"), {}, GroupKind::Other, 1, {}, {}}});
}

} // namespace

TEST(GroupTree, PathsAreSplitAtTheSlashWithEachLevelCleaned)
{
    EXPECT_EQ(GroupTree::splitPath(QStringLiteral(" 河安县 /政府部门")), (QStringList{QStringLiteral("河安县"), QStringLiteral("政府部门")}));
    EXPECT_FALSE(GroupTree::splitPath(QString()));
    EXPECT_FALSE(GroupTree::splitPath(QStringLiteral("河安县/")));
    EXPECT_FALSE(GroupTree::splitPath(QStringLiteral("河安县/ /经济")));
}

TEST(GroupTree, FindsGroupsByPathAndWritesTheirPaths)
{
    const GroupTree t = sample();
    ASSERT_NE(t.find(QStringLiteral("河安县/政府部门/经济")), nullptr);
    EXPECT_EQ(t.find(QStringLiteral("河安县/政府部门/经济"))->id, 4);
    EXPECT_EQ(t.find(QStringLiteral("政府部门")), nullptr); // not at the top
    EXPECT_EQ(t.path(4), QStringLiteral("河安县/政府部门/经济"));
    EXPECT_EQ(t.path(0), QString());
    // Children in their order: 市直机关 (order 1) before 河安县 (order 2).
    const auto top = t.children(0);
    ASSERT_EQ(top.size(), 2);
    EXPECT_EQ(top[0]->name, QStringLiteral("市直机关"));
    EXPECT_EQ(top[1]->name, QStringLiteral("河安县"));
}

TEST(GroupTree, KnowsWhatLiesUnderWhat)
{
    const GroupTree t = sample();
    EXPECT_TRUE(t.within(4, 1));
    EXPECT_TRUE(t.within(4, 4));
    EXPECT_TRUE(t.within(3, 0));
    EXPECT_TRUE(t.within(0, 0));
    EXPECT_FALSE(t.within(3, 1));
    EXPECT_FALSE(t.within(0, 1)); // a unit at the top is under no group
    EXPECT_EQ(t.childToward(4, 0), 1);
    EXPECT_EQ(t.childToward(4, 1), 2);
    EXPECT_EQ(t.childToward(2, 2), 0);
    EXPECT_EQ(t.childToward(3, 1), 0);
}

TEST(GroupTree, ADamagedTreeWithACycleDoesNotHang)
{
    const GroupTree t({{1, 2, QStringLiteral("甲"), {}, GroupKind::Other, 1, {}, {}}, {2, 1, QStringLiteral("乙"), {}, GroupKind::Other, 1, {}, {}}});
    EXPECT_FALSE(t.within(1, 5));
    EXPECT_EQ(t.childToward(1, 7), 0);
    EXPECT_FALSE(t.path(1).isEmpty());
}

TEST(GroupTree, WithPutsAGroupInPlaceOrAddsIt)
{
    const GroupTree t = sample();
    UnitGroup renamed = *t.byId(2);
    renamed.name = QStringLiteral("政府工作部门");
    const GroupTree changed = t.with(renamed);
    EXPECT_EQ(changed.all().size(), t.all().size());
    EXPECT_EQ(changed.path(4), QStringLiteral("河安县/政府工作部门/经济"));
    EXPECT_EQ(t.path(4), QStringLiteral("河安县/政府部门/经济")); // the original is unchanged
    const GroupTree added = t.with({5, 3, QStringLiteral("社会事业"), {}, GroupKind::System, 2, {}, {}});
    EXPECT_EQ(added.all().size(), t.all().size() + 1);
    EXPECT_EQ(added.path(5), QStringLiteral("市直机关/社会事业"));
}
