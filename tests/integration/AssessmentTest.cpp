// The year-end assessment on a hand-built fixture whose scores are worked out by hand.
#include "services/AssessmentService.h"
#include "services/CampaignService.h"
#include "services/ReportService.h"
#include "services/SupervisionService.h"
#include "services/UnitService.h"
#include "storage/AuditRepository.h"
#include "support/TestSupport.h"

using namespace cd;
using namespace cd::test;

namespace {

RubricItem item(const char* code, ScoreRule rule, double max, QJsonObject params = {})
{
    RubricItem i;
    i.code = QString::fromLatin1(code);
    i.name = QString::fromLatin1(code);
    i.rule = rule;
    i.max = max;
    i.params = std::move(params);
    return i;
}

// On 10 April 2020, with January to March due:
//   市教育局 reported every month on time, held two hearings, has one overdue line and a
//            published positive case;
//   市财政局 January on time, February late, March missing; its line was struck off in time;
//            a published negative case;
//   市民政局 nothing; an unpublished positive case, which does not count.
class Assessment : public ::testing::Test
{
protected:
    void SetUp() override
    {
        f.createCampaign(2020);
        for (const char* name : {"市教育局", "市财政局", "市民政局"}) {
            Unit u;
            u.name = QString::fromUtf8(name);
            units << *UnitService(f.ctx()).add(u);
        }
        // Hearings (P2) are an annual task, reported after the year; the fixture counts a monthly
        // task (P6) with the same rule instead.
        qint64 p6 = 0;
        for (const auto& t : CampaignService(f.ctx()).tasks(CampaignService(f.ctx()).current()->id))
            if (t.code == QLatin1String("P6")) p6 = t.id;
        ReportService reports(f.ctx());
        const auto submit = [&](qint64 unit, const char* period, QDate day, double hearings = 0) {
            f.clock.set(QDateTime(day, QTime(10, 0)));
            ReportDraft d;
            d.unitId = unit;
            d.periodCode = QString::fromLatin1(period);
            d.summary = QStringLiteral("本期工作小结");
            if (hearings > 0) d.items.append({p6, hearings, ItemStatus::Done, QStringLiteral("听取党建汇报"), {}, {}});
            auto id = reports.submitReport(d);
            ASSERT_TRUE(id) << id.error().message.toStdString();
            ASSERT_TRUE(reports.review(unit, d.periodCode, true, {}));
        };
        submit(units[0], "2020-01", QDate(2020, 2, 3));
        submit(units[0], "2020-02", QDate(2020, 3, 2));
        submit(units[0], "2020-03", QDate(2020, 4, 2), 2);
        submit(units[1], "2020-01", QDate(2020, 2, 4));
        submit(units[1], "2020-02", QDate(2020, 3, 8)); // after 5 March

        SupervisionService office(f.ctx());
        f.clock.set(QDateTime(QDate(2020, 3, 10), QTime(9, 0)));
        Problem p;
        p.description = QStringLiteral("问题");
        p.pillar = Pillar::Party;
        p.unitId = units[0];
        p.deadline = QDate(2020, 4, 1);
        ASSERT_TRUE(office.addProblem(p));
        p.unitId = units[1];
        auto fixed = office.addProblem(p);
        ASSERT_TRUE(fixed);
        ASSERT_TRUE(office.transition(*fixed, ProblemStatus::Rectifying, {}));
        ASSERT_TRUE(office.transition(*fixed, ProblemStatus::PendingVerification, {}));
        ASSERT_TRUE(SupervisionService(f.as(Actor{QStringLiteral("verifier"), {}, Role::Office, 0})).transition(*fixed, ProblemStatus::Closed, {}));
        const auto addCase = [&](qint64 unit, bool positive, bool published) {
            TypicalCase c{0, unit, Pillar::Party, positive, QStringLiteral("案例"), {}, QDate(2020, 3, 1), published};
            ASSERT_TRUE(office.addCase(c));
        };
        addCase(units[0], true, true);
        addCase(units[1], false, true);
        addCase(units[2], true, false);

        f.clock.set(QDateTime(QDate(2020, 4, 10), QTime(9, 0)));
        Rubric r;
        r.items = {item("reports", ScoreRule::ReportsOnTime, 10), item("hearings", ScoreRule::Hearings, 5, {{QStringLiteral("task"), QStringLiteral("P6")}}),
                   item("overdue", ScoreRule::OverdueProblems, 10), item("positive", ScoreRule::PositiveCases, 5),
                   item("negative", ScoreRule::NegativeCases, 0), item("leadership", ScoreRule::Manual, 10)};
        ASSERT_TRUE(AssessmentService(f.ctx()).saveRubric(2020, r));
        ASSERT_TRUE(AssessmentService(f.ctx()).setScore(2020, units[0], QStringLiteral("leadership"), 9, {}));
        ASSERT_TRUE(AssessmentService(f.ctx()).setScore(2020, units[1], QStringLiteral("leadership"), 8, {}));
    }
    const UnitScore& of(const AssessmentResult& r, int unit)
    {
        const UnitScore* u = r.unit(units[unit]);
        EXPECT_NE(u, nullptr);
        return *u;
    }
    double itemScore(const UnitScore& u, const char* code)
    {
        for (const auto& i : u.items)
            if (i.code == QLatin1String(code)) return i.score;
        ADD_FAILURE() << code;
        return -99;
    }
    Fixture f;
    QList<qint64> units;
};

} // namespace

TEST_F(Assessment, EveryItemAsWorkedOutByHand)
{
    auto r = AssessmentService(f.ctx()).score(2020);
    ASSERT_TRUE(r);
    ASSERT_EQ(r->units.size(), 3);
    const auto& edu = of(*r, 0);
    EXPECT_DOUBLE_EQ(itemScore(edu, "reports"), 10);
    EXPECT_DOUBLE_EQ(itemScore(edu, "hearings"), 5);
    EXPECT_DOUBLE_EQ(itemScore(edu, "overdue"), 7);
    EXPECT_DOUBLE_EQ(itemScore(edu, "positive"), 2);
    EXPECT_DOUBLE_EQ(itemScore(edu, "negative"), 0);
    EXPECT_DOUBLE_EQ(itemScore(edu, "leadership"), 9);
    EXPECT_DOUBLE_EQ(edu.total, 33);
    const auto& fin = of(*r, 1);
    EXPECT_DOUBLE_EQ(itemScore(fin, "reports"), 3); // 10 − 5 (March) − 2 (February late)
    EXPECT_DOUBLE_EQ(itemScore(fin, "hearings"), 0);
    EXPECT_DOUBLE_EQ(itemScore(fin, "overdue"), 10);
    EXPECT_DOUBLE_EQ(itemScore(fin, "negative"), -5);
    EXPECT_DOUBLE_EQ(fin.total, 16);
    const auto& civ = of(*r, 2);
    EXPECT_DOUBLE_EQ(itemScore(civ, "reports"), 0);
    EXPECT_DOUBLE_EQ(itemScore(civ, "positive"), 0); // not published
    EXPECT_DOUBLE_EQ(civ.total, 10);
    EXPECT_EQ(r->units[0].unitId, units[0]);
    EXPECT_EQ(edu.rank, 1);
    EXPECT_EQ(civ.rank, 3);
    EXPECT_EQ(edu.grade, Grade::Poor); // a partial rubric: 33 of 40
    // The basis says what the score came from.
    const auto reports = std::ranges::find(fin.items, QStringLiteral("reports"), &ItemScore::code);
    ASSERT_NE(reports, fin.items.end());
    EXPECT_EQ(reports->basis, QStringLiteral("应报月度进度3期：按时1期，迟报1期，缺报1期"));
}

TEST_F(Assessment, OverridesNeedAReasonAreAuditedAndBreakTiesByTheRules)
{
    AssessmentService service(f.ctx());
    auto refused = service.setScore(2020, units[2], QStringLiteral("reports"), 6, QStringLiteral("  "));
    ASSERT_FALSE(refused);
    EXPECT_EQ(refused.error().code, Error::Code::Invalid);
    EXPECT_FALSE(service.setScore(2020, units[2], QStringLiteral("reports"), 11, QStringLiteral("核实")));   // above the maximum
    EXPECT_FALSE(service.setScore(2020, units[2], QStringLiteral("nothing"), 1, QStringLiteral("核实")));   // no such item
    EXPECT_FALSE(service.setScore(2020, units[2], QStringLiteral("negative"), -30, QStringLiteral("核实"))); // below −cap
    const int audits = AuditRepository(f.db()).count();
    ASSERT_TRUE(service.setScore(2020, units[2], QStringLiteral("reports"), 6, QStringLiteral("报送系统故障，已核实")));
    EXPECT_EQ(AuditRepository(f.db()).count(), audits + 1);
    const auto row = AuditRepository(f.db()).latest(1).first();
    EXPECT_EQ(row.action, QStringLiteral("assessment.override"));
    EXPECT_TRUE(row.afterJson.contains(QStringLiteral("报送系统故障")));

    auto r = service.score(2020);
    ASSERT_TRUE(r);
    const auto& civ = of(*r, 2);
    EXPECT_DOUBLE_EQ(civ.total, 16); // level with 市财政局
    const auto overridden = std::ranges::find(civ.items, QStringLiteral("reports"), &ItemScore::code);
    ASSERT_NE(overridden, civ.items.end());
    EXPECT_TRUE(overridden->overridden);
    EXPECT_DOUBLE_EQ(overridden->computed, 0);
    EXPECT_EQ(overridden->reason, QStringLiteral("报送系统故障，已核实"));
    // Equal totals, no overdue lines either: 市财政局 missed one report, 市民政局 three.
    EXPECT_EQ(of(*r, 1).rank, 2);
    EXPECT_EQ(civ.rank, 3);
    ASSERT_TRUE(service.clearScore(2020, units[2], QStringLiteral("reports"), QStringLiteral("撤销")));
    EXPECT_DOUBLE_EQ(of(*service.score(2020), 2).total, 10);
}

TEST_F(Assessment, ALockFreezesTheScoresUntilAnAdministratorUnlocks)
{
    AssessmentService admin(f.ctx());
    ASSERT_TRUE(admin.lock(2020));
    EXPECT_TRUE(admin.isLocked(2020));
    EXPECT_FALSE(admin.lock(2020)); // already locked

    // The data moves on: a second negative case for 市教育局.
    TypicalCase c{0, units[0], Pillar::Conduct, false, QStringLiteral("反面典型"), {}, QDate(2020, 4, 8), true};
    ASSERT_TRUE(SupervisionService(f.ctx()).addCase(c));
    auto frozen = admin.score(2020);
    ASSERT_TRUE(frozen);
    EXPECT_TRUE(frozen->locked);
    EXPECT_DOUBLE_EQ(of(*frozen, 0).total, 33);

    const int audits = AuditRepository(f.db()).count();
    auto refused = admin.setScore(2020, units[0], QStringLiteral("leadership"), 10, {});
    ASSERT_FALSE(refused);
    EXPECT_EQ(refused.error().code, Error::Code::Conflict);
    EXPECT_FALSE(admin.saveRubric(2020, AssessmentService::defaultRubric()));
    EXPECT_EQ(AuditRepository(f.db()).count(), audits); // nothing written

    const Actor office{QStringLiteral("office"), {}, Role::Office, 0};
    auto notAllowed = AssessmentService(f.as(office)).unlock(2020, QStringLiteral("改分"));
    ASSERT_FALSE(notAllowed);
    EXPECT_EQ(notAllowed.error().code, Error::Code::Permission);
    ASSERT_TRUE(admin.unlock(2020, QStringLiteral("补录反面典型")));
    EXPECT_EQ(AuditRepository(f.db()).latest(1).first().action, QStringLiteral("assessment.unlock"));
    EXPECT_DOUBLE_EQ(of(*admin.score(2020), 0).total, 28); // the new case counts now
    EXPECT_FALSE(admin.unlock(2020, {}));                  // not locked any more
}

TEST_F(Assessment, WhoMayDoWhat)
{
    const Actor office{QStringLiteral("office"), {}, Role::Office, 0};
    const Actor leader{QStringLiteral("leader"), {}, Role::Viewer, 0};
    const Actor secretary{QStringLiteral("jyj"), {}, Role::Unit, units[0]};
    EXPECT_TRUE(AssessmentService(f.as(office)).setScore(2020, units[2], QStringLiteral("leadership"), 7, {}));
    EXPECT_TRUE(AssessmentService(f.as(leader)).score(2020));
    EXPECT_FALSE(AssessmentService(f.as(leader)).setScore(2020, units[2], QStringLiteral("leadership"), 7, {}));
    EXPECT_FALSE(AssessmentService(f.as(leader)).lock(2020));
    EXPECT_FALSE(AssessmentService(f.as(secretary)).score(2020));
    EXPECT_FALSE(AssessmentService(f.as(secretary)).setScore(2020, units[0], QStringLiteral("leadership"), 10, {}));
    EXPECT_TRUE(AssessmentService(f.as(office)).lock(2020));
}

TEST_F(Assessment, TheDefaultRubricIsTheBriefs)
{
    const Rubric r = AssessmentService::defaultRubric();
    EXPECT_DOUBLE_EQ(r.maxTotal(), 105); // 25 per pillar and up to +5 for positive cases
    for (Pillar p : {Pillar::Study, Pillar::Conduct, Pillar::Party, Pillar::Reform}) {
        double sum = 0;
        for (const auto& i : r.items)
            if (i.pillar == p) sum += i.max;
        EXPECT_DOUBLE_EQ(sum, 25) << toId(p).toStdString();
    }
    EXPECT_DOUBLE_EQ(r.grades.excellent, 90);
    EXPECT_DOUBLE_EQ(r.item(QStringLiteral("reports"))->number(QStringLiteral("missing")), 5);
    EXPECT_DOUBLE_EQ(r.item(QStringLiteral("negative"))->number(QStringLiteral("per")), 5);
    EXPECT_DOUBLE_EQ(r.item(QStringLiteral("overdue"))->number(QStringLiteral("per")), 3);
}

// Two people scoring one item of one unit at once: the second, whose dialog showed the entry
// before the first changed it, is refused with the first one's name; reread, it goes through.
TEST_F(Assessment, AScoreEnteredOnAStaleCopyIsRefusedNamingWhoEnteredIt)
{
    AssessmentService first(f.ctx());
    AssessmentService second(f.as(Actor{QStringLiteral("clerk2"), QStringLiteral("王科长"), Role::Office, 0}));
    const QString shown = first.entryAsRead(2020, units[0], QStringLiteral("leadership"));
    ASSERT_TRUE(second.setScore(2020, units[0], QStringLiteral("leadership"), 7, {}, second.entryAsRead(2020, units[0], QStringLiteral("leadership"))));
    f.clock.set(f.clock.now().addSecs(30));
    auto refused = first.setScore(2020, units[0], QStringLiteral("leadership"), 9, {}, shown);
    ASSERT_FALSE(refused);
    EXPECT_EQ(refused.error().code, Error::Code::Conflict);
    EXPECT_TRUE(refused.error().message.contains(QStringLiteral("clerk2"))) << refused.error().message.toStdString();
    EXPECT_FALSE(first.clearScore(2020, units[0], QStringLiteral("leadership"), {}, shown));
    auto result = first.score(2020);
    ASSERT_TRUE(result);
    const auto& items = std::ranges::find(result->units, units[0], &UnitScore::unitId)->items;
    EXPECT_EQ(std::ranges::find(items, QStringLiteral("leadership"), &ItemScore::code)->score, 7);
    auto again = first.setScore(2020, units[0], QStringLiteral("leadership"), 9, {}, first.entryAsRead(2020, units[0], QStringLiteral("leadership")));
    EXPECT_TRUE(again) << again.error().message.toStdString();
}
