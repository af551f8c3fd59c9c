#include "services/DashboardService.h"
#include "services/ReportService.h"
#include "services/SettingsService.h"
#include "services/SupervisionService.h"
#include "services/UnitService.h"
#include "storage/AuditRepository.h"
#include "support/TestSupport.h"

using namespace cd;
using namespace cd::test;

namespace {

// Three units on 10 April 2020: 市教育局 reported March on time, 市财政局 late, 市民政局 not at all.
class DashboardFixture : public ::testing::Test
{
protected:
    void SetUp() override
    {
        f.createCampaign(2020);
        for (const char* name : {"市教育局", "市财政局", "市民政局", "市档案馆"}) {
            Unit u;
            u.name = QString::fromUtf8(name);
            units << *UnitService(f.ctx()).add(u);
        }
        ASSERT_TRUE(UnitService(f.ctx()).setActive(units[3], false)); // inactive: counted nowhere
        ReportService reports(f.ctx());
        const auto submit = [&](qint64 unit, QDate day) {
            f.clock.set(QDateTime(day, QTime(10, 0)));
            ReportDraft d;
            d.unitId = unit;
            d.periodCode = QStringLiteral("2020-03");
            d.summary = QStringLiteral("三月工作小结");
            auto p = reports.period(d.periodCode);
            ASSERT_TRUE(p);
            ASSERT_TRUE(reports.submitReport(d));
            ASSERT_TRUE(reports.review(unit, d.periodCode, true, {}));
        };
        submit(units[0], QDate(2020, 4, 3));
        submit(units[1], QDate(2020, 4, 8));
        SupervisionService office(f.ctx());
        f.clock.set(QDateTime(QDate(2020, 3, 20), QTime(9, 0)));
        Problem p;
        p.description = QStringLiteral("问题");
        p.unitId = units[0];
        p.pillar = Pillar::Party;
        p.deadline = QDate(2020, 4, 1); // overdue on 10 April
        ASSERT_TRUE(office.addProblem(p));
        p.unitId = units[1];
        p.pillar = Pillar::Study;
        p.deadline = QDate(2020, 4, 5);
        auto closed = office.addProblem(p);
        ASSERT_TRUE(closed);
        ASSERT_TRUE(office.transition(*closed, ProblemStatus::Rectifying, {}));
        ASSERT_TRUE(office.transition(*closed, ProblemStatus::PendingVerification, {}));
        ASSERT_TRUE(SupervisionService(f.as(Actor{QStringLiteral("verifier"), {}, Role::Office, 0})).transition(*closed, ProblemStatus::Closed, {}));
        p.unitId = units[2];
        p.pillar = Pillar::Reform;
        p.deadline = QDate(2020, 4, 12); // due within three days of 10 April
        ASSERT_TRUE(office.addProblem(p));
        f.clock.set(QDateTime(QDate(2020, 4, 10), QTime(9, 0)));
    }
    Light light(const DashboardFigures& d, qint64 unit, Pillar p, QStringList* reasons = nullptr)
    {
        for (const auto& c : d.heatmap)
            if (c.unitId == unit && c.pillar == p) {
                if (reasons) *reasons = c.decision.reasons;
                return c.decision.light;
            }
        ADD_FAILURE() << "no cell";
        return Light::Green;
    }
    Fixture f;
    QList<qint64> units;
};

} // namespace

TEST_F(DashboardFixture, TilesCountWhatTheDataSays)
{
    auto d = DashboardService(f.ctx()).figures();
    ASSERT_TRUE(d) << d.error().message.toStdString();
    EXPECT_EQ(d->period, QStringLiteral("2020-03")); // on 10 April: March
    EXPECT_EQ(d->units, 3);
    EXPECT_EQ(d->reportsDue, 3);
    EXPECT_EQ(d->reportsOnTime, 1);
    EXPECT_EQ(d->reportsLate, 1);
    EXPECT_EQ(d->reportsMissing, 1);
    EXPECT_EQ(d->problemsOpen, 2);
    EXPECT_EQ(d->problemsOverdue, 1);
    EXPECT_EQ(d->problemsClosed, 1);
    EXPECT_DOUBLE_EQ(d->closingRate, 1.0 / 3.0);
    EXPECT_EQ(d->heatmap.size(), 3 * 4);
}

TEST_F(DashboardFixture, TasksBehindAgreesWithEachUnitsProgress)
{
    auto d = DashboardService(f.ctx()).figures();
    ASSERT_TRUE(d);
    // The SQL aggregate and the per-unit rule in C++ are two paths to the same number.
    int expected = 0;
    for (int i = 0; i < 3; ++i) {
        const auto lines = ReportService(f.ctx()).progress(units[i]); // kept alive for the loop
        ASSERT_TRUE(lines);
        for (const auto& line : *lines) expected += line.behind ? 1 : 0;
    }
    EXPECT_EQ(d->tasksBehind, expected);
    EXPECT_GT(expected, 0);
}

TEST_F(DashboardFixture, LightsFollowTheRules)
{
    auto d = DashboardService(f.ctx()).figures();
    ASSERT_TRUE(d);
    QStringList why;
    EXPECT_EQ(light(*d, units[0], Pillar::Party, &why), Light::Red);
    EXPECT_TRUE(why.contains(QStringLiteral("problem_overdue")));
    EXPECT_EQ(light(*d, units[2], Pillar::Study, &why), Light::Red);
    EXPECT_TRUE(why.contains(QStringLiteral("report_missing")));
    EXPECT_NE(light(*d, units[1], Pillar::Conduct, &why), Light::Green);
    EXPECT_TRUE(why.contains(QStringLiteral("report_late")));
    light(*d, units[2], Pillar::Reform, &why);
    EXPECT_TRUE(why.contains(QStringLiteral("problem_due_soon")));
}

TEST(TrafficLight, Thresholds)
{
    LightThresholds t;
    EXPECT_EQ(decideLight({}, t).light, Light::Green);
    PillarFacts one;
    one.tasksBehind = 1;
    EXPECT_EQ(decideLight(one, t).light, Light::Yellow);
    one.tasksBehind = 3;
    EXPECT_EQ(decideLight(one, t).light, Light::Red);
    t.behindRed = 4;
    EXPECT_EQ(decideLight(one, t).light, Light::Yellow);
    PillarFacts soon;
    soon.reportDueSoon = true;
    EXPECT_EQ(decideLight(soon, t).light, Light::Yellow);
}

TEST_F(DashboardFixture, SavedThresholdsChangeTheLightsAndAreAudited)
{
    auto before = DashboardService(f.ctx()).figures();
    ASSERT_TRUE(before);
    const auto count = [](const DashboardFigures& d, Light l) {
        return std::ranges::count_if(d.heatmap, [l](const HeatCell& c) { return c.decision.light == l; });
    };
    const int audits = AuditRepository(f.db()).count();
    CampaignSettings s = SettingsService(f.ctx()).current();
    EXPECT_EQ(s.lights.warnDays, 3);
    // Nothing coming due within a day of 10 April: the due-soon yellows go.
    s.lights.warnDays = 0;
    ASSERT_TRUE(SettingsService(f.ctx()).save(s));
    EXPECT_EQ(AuditRepository(f.db()).count(), audits + 1);
    EXPECT_EQ(AuditRepository(f.db()).latest(1).first().action, QStringLiteral("settings.save"));
    auto after = DashboardService(f.ctx()).figures();
    ASSERT_TRUE(after);
    QStringList why;
    light(*after, units[2], Pillar::Reform, &why);
    EXPECT_FALSE(why.contains(QStringLiteral("problem_due_soon")));
    EXPECT_LE(count(*after, Light::Yellow), count(*before, Light::Yellow));
    EXPECT_EQ(SettingsService(f.ctx()).current().lights.warnDays, 0);
}

TEST_F(DashboardFixture, OutOfRangeSettingsAreRefusedAndNothingIsWritten)
{
    const int audits = AuditRepository(f.db()).count();
    CampaignSettings s;
    s.lights.behindYellow = 3;
    s.lights.behindRed = 2; // red below yellow
    auto r = SettingsService(f.ctx()).save(s);
    ASSERT_FALSE(r);
    EXPECT_TRUE(r.error().message.contains(QStringLiteral("Red needs")));
    s = {};
    s.lights.warnDays = 99;
    EXPECT_FALSE(SettingsService(f.ctx()).save(s));
    s = {};
    s.attachmentLimitMb = 0;
    EXPECT_FALSE(SettingsService(f.ctx()).save(s));
    EXPECT_EQ(AuditRepository(f.db()).count(), audits);
    EXPECT_EQ(SettingsService(f.ctx()).current().lights.behindRed, 3); // the defaults stand
    // A unit account may read them but not change them.
    Actor secretary{QStringLiteral("jyj"), {}, Role::Unit, units[0]};
    EXPECT_FALSE(SettingsService(f.as(secretary)).save(CampaignSettings{}));
    EXPECT_EQ(SettingsService(f.as(secretary)).current().lights.warnDays, 3);
}
