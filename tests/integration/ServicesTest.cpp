#include "services/CampaignService.h"
#include "services/ResponsibilityService.h"
#include "services/UnitService.h"
#include "storage/AuditRepository.h"
#include "storage/UnitRepository.h"
#include "support/TestSupport.h"

using namespace cd;
using namespace cd::test;

namespace {
Unit unit(const QString& name, const QString& category = {})
{
    Unit u;
    u.name = name;
    u.category = category;
    return u;
}
UnitImportRow row(int n, const QString& name, const QString& phone = {})
{
    Unit u = unit(name);
    u.phone = phone;
    return {n, u};
}
} // namespace

TEST(CampaignService, CreatesTasksAndEveryPeriodFromTheTemplate)
{
    Fixture f;
    CampaignService s(f.ctx());
    auto c = s.createFromTemplate(2020);
    ASSERT_TRUE(c);
    EXPECT_EQ(c->name, QStringLiteral("2020年市直机关“三抓一促”活动"));
    EXPECT_EQ(s.tasks(c->id).size(), 33);
    EXPECT_EQ(s.periods(c->id).size(), 17);
    EXPECT_EQ(s.pillars(c->id).size(), 4);
    EXPECT_EQ(s.periods(c->id).first().deadline, QDate(2020, 2, 5));
}

TEST(CampaignService, SecondCampaignForTheSameYearIsRefusedAndNothingWritten)
{
    Fixture f;
    f.createCampaign(2020);
    const int audit = AuditRepository(f.db()).count();
    auto again = CampaignService(f.ctx()).createFromTemplate(2020);
    ASSERT_FALSE(again);
    EXPECT_EQ(again.error().code, Error::Code::Conflict);
    EXPECT_EQ(AuditRepository(f.db()).count(), audit);
    EXPECT_FALSE(CampaignService(f.ctx()).createFromTemplate(2020, QStringLiteral("no-such-template")));
}

TEST(CampaignService, OwnTaskBelongsToAUnitAndHasAUniqueCode)
{
    Fixture f;
    const qint64 cid = f.createCampaign(2020);
    auto uid = UnitService(f.ctx()).add(unit(QStringLiteral("市教育局")));
    ASSERT_TRUE(uid);
    Task t;
    t.campaignId = cid;
    t.code = QStringLiteral("Z01");
    t.title = QStringLiteral("“周末讲堂”");
    t.ownerUnitId = *uid;
    t.due = QDate(2020, 6, 30);
    ASSERT_TRUE(CampaignService(f.ctx()).addOptionalTask(t));
    EXPECT_FALSE(CampaignService(f.ctx()).addOptionalTask(t)); // same code
    t.code = QStringLiteral("Z02");
    t.due = QDate(2021, 1, 1);
    EXPECT_FALSE(CampaignService(f.ctx()).addOptionalTask(t)); // outside the campaign
    t.due = QDate(2020, 6, 30);
    t.ownerUnitId = 9999;
    EXPECT_FALSE(CampaignService(f.ctx()).addOptionalTask(t)); // no such unit
}

TEST(UnitService, NamesAreUniqueAndRefusalsWriteNothing)
{
    Fixture f;
    UnitService s(f.ctx());
    ASSERT_TRUE(s.add(unit(QStringLiteral("市教育局"))));
    const QString before = f.state();
    auto dup = s.add(unit(QStringLiteral("\u3000市教育局 ")));
    ASSERT_FALSE(dup);
    EXPECT_EQ(dup.error().code, Error::Code::Conflict);
    EXPECT_FALSE(s.add(unit(QString())));
    EXPECT_EQ(f.state(), before);
}

TEST(UnitService, DeactivateKeepsTheUnit)
{
    Fixture f;
    UnitService s(f.ctx());
    auto id = s.add(unit(QStringLiteral("市教育局")));
    ASSERT_TRUE(id);
    ASSERT_TRUE(s.setActive(*id, false));
    ASSERT_EQ(s.list().size(), 1);
    EXPECT_FALSE(s.list().first().active);
}

TEST(UnitService, ViewersChangeNothing)
{
    Fixture f;
    ServiceContext viewer{f.db(), f.clock, Actor{QStringLiteral("leader"), QStringLiteral("领导"), Role::Viewer, 0}};
    auto r = UnitService(viewer).add(unit(QStringLiteral("市教育局")));
    ASSERT_FALSE(r);
    EXPECT_EQ(r.error().code, Error::Code::Permission);
    EXPECT_TRUE(UnitService(f.ctx()).list().isEmpty());
}

TEST(UnitService, PreviewSortsRowsIntoAddedUpdatedUnchangedRejected)
{
    Fixture f;
    UnitService s(f.ctx());
    Unit existing = unit(QStringLiteral("市教育局"));
    existing.phone = QStringLiteral("内线1");
    existing.head = QStringLiteral("马霞");
    ASSERT_TRUE(s.add(existing));
    ASSERT_TRUE(s.add(unit(QStringLiteral("市财政局"))));
    const auto p = s.preview({row(3, QStringLiteral("市教育局"), QStringLiteral("内线2")), row(4, QStringLiteral("市财政局")),
                              row(5, QStringLiteral("市民政局")), row(6, QString()), row(7, QStringLiteral("市民政局"))});
    ASSERT_EQ(p.added.size(), 1);
    EXPECT_EQ(p.added[0].unit.name, QStringLiteral("市民政局"));
    ASSERT_EQ(p.updated.size(), 1);
    EXPECT_EQ(p.updated[0].unit.phone, QStringLiteral("内线2"));
    EXPECT_EQ(p.updated[0].unit.head, QStringLiteral("马霞")); // a blank cell keeps the stored value
    EXPECT_EQ(p.unchanged, 1);
    ASSERT_EQ(p.rejected.size(), 2);
    EXPECT_EQ(p.rejected[0].row, 6);
    EXPECT_EQ(p.rejected[1].row, 7);
    EXPECT_TRUE(p.rejected[1].reason.contains(QStringLiteral("5")));
}

TEST(UnitService, ImportIsAllOrNothing)
{
    Fixture f;
    UnitService s(f.ctx());
    const auto p = s.preview({row(2, QStringLiteral("市教育局")), row(3, QStringLiteral("市民政局")), row(4, QStringLiteral("市财政局"))});
    ASSERT_EQ(p.added.size(), 3);
    // Someone adds one of the units between preview and import: the import must fail whole.
    ASSERT_TRUE(s.add(unit(QStringLiteral("市财政局"))));
    const QString before = f.state();
    const auto r = s.apply(p);
    ASSERT_FALSE(r);
    EXPECT_TRUE(r.error().message.contains(QStringLiteral("4")));
    EXPECT_EQ(f.state(), before);
    EXPECT_EQ(s.list().size(), 1);
}

TEST(ResponsibilityService, ImportResolvesNamesCodesAndLevels)
{
    Fixture f;
    const qint64 cid = f.createCampaign(2020);
    ASSERT_TRUE(UnitService(f.ctx()).add(unit(QStringLiteral("市教育局"))));
    ResponsibilityService s(f.ctx());
    auto r = [](int n, const char* u, const char* t, const char* l, const char* p, const char* target = "") {
        ResponsibilityImportRow x;
        x.row = n;
        x.unitName = QString::fromUtf8(u);
        x.taskCode = QString::fromUtf8(t);
        x.level = QString::fromUtf8(l);
        x.person = QString::fromUtf8(p);
        x.target = QString::fromUtf8(target);
        return x;
    };
    const auto p = s.preview(cid, {r(2, "市教育局", "S2", "第一责任", "马霞", "12"), r(3, "市教育局", "s2", "直接责任", "莫燕"),
                                   r(4, "市教育局", "S2", "", "莫英洋"), r(5, "市不存在局", "S2", "", "甲"),
                                   r(6, "市教育局", "X9", "", "乙"), r(7, "市教育局", "S3", "主要责任", "丙"),
                                   r(8, "市教育局", "S3", "", ""), r(9, "市教育局", "S3", "", "丁", "很多"),
                                   r(10, "市教育局", "S2", "第一责任人", "又一人")});
    EXPECT_EQ(p.added.size(), 3);
    ASSERT_EQ(p.rejected.size(), 6);
    QList<int> rejectedRows;
    for (const auto& x : p.rejected) rejectedRows << x.row;
    EXPECT_EQ(rejectedRows, (QList<int>{5, 6, 7, 8, 9, 10}));
    ASSERT_TRUE(s.apply(p));
    const auto uid = UnitService(f.ctx()).byName(QStringLiteral("市教育局"))->id;
    const auto list = s.forUnit(uid);
    ASSERT_EQ(list.size(), 3);
    EXPECT_EQ(list[0].level, ResponsibilityLevel::First);
    EXPECT_EQ(list[0].target, 12);
    EXPECT_EQ(list[2].level, ResponsibilityLevel::Specific); // blank level means the person doing the work

    // The same sheet again changes nothing; a changed person updates in place.
    auto again = s.preview(cid, {r(2, "市教育局", "S2", "第一责任", "马霞", "12"), r(3, "市教育局", "S2", "直接责任", "新人")});
    EXPECT_EQ(again.unchanged, 1);
    ASSERT_EQ(again.updated.size(), 1);
    ASSERT_TRUE(s.apply(again));
    EXPECT_EQ(s.forUnit(uid).size(), 3);
}

TEST(ResponsibilityService, CoverageShowsWhatIsMissing)
{
    Fixture f;
    const qint64 cid = f.createCampaign(2020);
    auto uid = UnitService(f.ctx()).add(unit(QStringLiteral("市教育局")));
    ASSERT_TRUE(uid);
    ResponsibilityService s(f.ctx());
    const auto tasks = CampaignService(f.ctx()).tasks(cid);
    Responsibility r{0, *uid, tasks[0].id, ResponsibilityLevel::First, QStringLiteral("马霞"), {}, {}, 1};
    ASSERT_TRUE(s.save(r));
    EXPECT_FALSE(s.save(r)); // same unit, task and level twice
    const auto m = s.coverage(cid);
    ASSERT_EQ(m.units.size(), 1);
    EXPECT_EQ(m.missingFor(m.units[0]), tasks.size() - 1);
    EXPECT_EQ(m.count(*uid, tasks[0].id), 1);
}
