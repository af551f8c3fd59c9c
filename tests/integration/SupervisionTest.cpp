#include "services/SupervisionService.h"
#include "services/UnitService.h"
#include "storage/AuditRepository.h"
#include "support/TestSupport.h"

using namespace cd;
using namespace cd::test;

namespace {

class Supervision : public ::testing::Test
{
protected:
    void SetUp() override
    {
        f.createCampaign(2020);
        for (const char* name : {"市教育局", "市财政局"}) {
            Unit u;
            u.name = QString::fromUtf8(name);
            units << *UnitService(f.ctx()).add(u);
        }
        f.clock.set(QDateTime(QDate(2020, 5, 10), QTime(9, 0)));
    }
    Problem problem(qint64 unit, QDate deadline = QDate(2020, 6, 30))
    {
        Problem p;
        p.unitId = unit;
        p.pillar = Pillar::Party;
        p.source = ProblemSource::Complaint;
        p.description = QStringLiteral("“三会一课”记录不全");
        p.measure = QStringLiteral("补齐记录，建立台账");
        p.responsible = QStringLiteral("莫英洋");
        p.deadline = deadline;
        return p;
    }
    Actor officeA{QStringLiteral("office-a"), {}, Role::Office, 0};
    Actor officeB{QStringLiteral("office-b"), {}, Role::Office, 0};
    Actor unitActor(int i) { return Actor{QStringLiteral("unit%1").arg(i), {}, Role::Unit, units[i]}; }
    Fixture f;
    QList<qint64> units;
};

} // namespace

TEST_F(Supervision, ALineIsStruckOffOnlyAfterVerification)
{
    SupervisionService office(f.as(officeA));
    auto id = office.addProblem(problem(units[0]));
    ASSERT_TRUE(id);
    SupervisionService unit(f.as(unitActor(0)));
    EXPECT_FALSE(unit.transition(*id, ProblemStatus::Closed, {})); // a unit cannot strike off its own line
    ASSERT_TRUE(unit.transition(*id, ProblemStatus::Rectifying, QStringLiteral("已制定整改方案")));
    ASSERT_TRUE(unit.transition(*id, ProblemStatus::PendingVerification, QStringLiteral("记录已补齐")));
    // Verification refused: back to rectifying, then again.
    ASSERT_TRUE(office.transition(*id, ProblemStatus::Rectifying, QStringLiteral("台账未建立")));
    ASSERT_TRUE(unit.transition(*id, ProblemStatus::PendingVerification, QStringLiteral("台账已建立")));
    f.clock.set(QDateTime(QDate(2020, 6, 2), QTime(15, 0)));
    ASSERT_TRUE(office.transition(*id, ProblemStatus::Closed, QStringLiteral("现场核查属实，予以销号")));
    auto closed = office.problem(*id);
    EXPECT_EQ(closed->status, ProblemStatus::Closed);
    EXPECT_EQ(closed->verifier, QStringLiteral("office-a"));
    EXPECT_EQ(closed->closedOn, QDate(2020, 6, 2));
    // Reopened only with a reason.
    EXPECT_FALSE(office.transition(*id, ProblemStatus::Open, {}));
    ASSERT_TRUE(office.transition(*id, ProblemStatus::Open, QStringLiteral("群众再次反映")));
    const auto history = office.history(*id);
    ASSERT_TRUE(history);
    QList<ProblemStatus> path;
    for (const auto& e : history->events) path << e.to;
    EXPECT_EQ(path, (QList<ProblemStatus>{ProblemStatus::Open, ProblemStatus::Rectifying, ProblemStatus::PendingVerification,
                                          ProblemStatus::Rectifying, ProblemStatus::PendingVerification, ProblemStatus::Closed,
                                          ProblemStatus::Open}));
    EXPECT_EQ(history->events[3].note, QStringLiteral("台账未建立"));
}

TEST_F(Supervision, RefusalsWriteNothing)
{
    SupervisionService office(f.as(officeA));
    auto id = office.addProblem(problem(units[0]));
    ASSERT_TRUE(id);
    const int audits = AuditRepository(f.db()).count();
    // Not allowed from the current state.
    auto skip = office.transition(*id, ProblemStatus::Closed, {});
    ASSERT_FALSE(skip);
    EXPECT_EQ(skip.error().code, Error::Code::Conflict);
    // A deadline before the finding; an unknown unit; no description.
    Problem early = problem(units[0], QDate(2020, 5, 1));
    EXPECT_FALSE(office.addProblem(early));
    EXPECT_FALSE(office.addProblem(problem(9999)));
    Problem empty = problem(units[0]);
    empty.description = QStringLiteral("  ");
    EXPECT_FALSE(office.addProblem(empty));
    // Escalating a line that is not overdue.
    EXPECT_FALSE(office.escalate(*id, EscalationStep::Reminder, {}));
    // The one who reported the fix may not verify it (by default).
    ASSERT_TRUE(office.transition(*id, ProblemStatus::Rectifying, {}));
    ASSERT_TRUE(office.transition(*id, ProblemStatus::PendingVerification, {}));
    auto self = office.transition(*id, ProblemStatus::Closed, {});
    ASSERT_FALSE(self);
    EXPECT_EQ(self.error().code, Error::Code::Permission);
    // The refusal says the way forward, and carries the reason the desktop offers the switch for.
    EXPECT_EQ(self.error().reason, QLatin1String(kSelfVerifyRefused));
    EXPECT_TRUE(self.error().message.contains(QStringLiteral("Campaign settings"))) << self.error().message.toStdString();
    EXPECT_TRUE(SupervisionService(f.as(officeB)).transition(*id, ProblemStatus::Closed, {}));
    EXPECT_EQ(office.problems({}).size(), 1);
    EXPECT_EQ(AuditRepository(f.db()).count(), audits + 3); // the two steps and the verification, nothing else
}

TEST_F(Supervision, OverdueLinesClimbTheLadder)
{
    SupervisionService office(f.as(officeA));
    auto id = office.addProblem(problem(units[1], QDate(2020, 5, 20)));
    ASSERT_TRUE(id);
    f.clock.set(QDateTime(QDate(2020, 5, 25), QTime(9, 0)));
    EXPECT_EQ(office.problems({std::nullopt, 0, f.clock.today()}).size(), 1);
    ASSERT_TRUE(office.escalate(*id, EscalationStep::Reminder, QStringLiteral("电话催办")));
    ASSERT_TRUE(office.escalate(*id, EscalationStep::Talk, QStringLiteral("约谈分管领导")));
    auto down = office.escalate(*id, EscalationStep::Reminder, {});
    ASSERT_FALSE(down);
    EXPECT_EQ(down.error().code, Error::Code::Conflict);
    ASSERT_TRUE(office.escalate(*id, EscalationStep::Criticism, QStringLiteral("全市通报批评")));
    const auto h = office.history(*id);
    ASSERT_EQ(h->escalations.size(), 3);
    EXPECT_EQ(h->escalations[1].decision, QStringLiteral("约谈分管领导"));
    EXPECT_EQ(h->escalations[2].by, QStringLiteral("office-a"));
    EXPECT_FALSE(SupervisionService(f.as(unitActor(1))).escalate(*id, EscalationStep::Accountability, {}));
}

TEST_F(Supervision, AUnitSeesAndAnswersOnlyItsOwnLines)
{
    SupervisionService office(f.as(officeA));
    auto mine = office.addProblem(problem(units[0]));
    auto theirs = office.addProblem(problem(units[1]));
    ASSERT_TRUE(mine && theirs);
    SupervisionService unit(f.as(unitActor(0)));
    const auto seen = unit.problems({});
    ASSERT_EQ(seen.size(), 1);
    EXPECT_EQ(seen[0].id, *mine);
    auto other = unit.transition(*theirs, ProblemStatus::Rectifying, {});
    ASSERT_FALSE(other);
    EXPECT_EQ(other.error().code, Error::Code::Permission);
    EXPECT_FALSE(unit.problem(*theirs));
    EXPECT_FALSE(unit.addProblem(problem(units[0])));
}

TEST_F(Supervision, AFindingBecomesALedgerLineInOneAction)
{
    SupervisionService office(f.as(officeA));
    Inspection i;
    i.title = QStringLiteral("第二季度“三抓一促”督查");
    i.kind = InspectionKind::Routine;
    i.date = QDate(2020, 5, 8);
    i.inspectors = QStringLiteral("刘萍、邵雪文");
    i.visits = {{0, units[0], QStringLiteral("中心组学习记录不规范"), QStringLiteral("一般")}, {0, units[1], QString(), QStringLiteral("好")}};
    auto id = office.addInspection(i);
    ASSERT_TRUE(id);
    const auto list = office.inspections(QStringLiteral("2020Q2"));
    ASSERT_EQ(list.size(), 1);
    EXPECT_EQ(list[0].quarter, QStringLiteral("2020Q2"));
    ASSERT_EQ(list[0].visits.size(), 2);
    Problem details;
    details.pillar = Pillar::Study;
    details.deadline = QDate(2020, 6, 8);
    auto problemId = office.problemFromFinding(list[0].visits[0].id, details);
    ASSERT_TRUE(problemId);
    auto p = office.problem(*problemId);
    EXPECT_EQ(p->unitId, units[0]);
    EXPECT_EQ(p->source, ProblemSource::Inspection);
    EXPECT_EQ(p->description, QStringLiteral("中心组学习记录不规范"));
    EXPECT_EQ(p->raisedOn, QDate(2020, 5, 8));
    Inspection bad = i;
    bad.quarter = QStringLiteral("2020-05");
    EXPECT_FALSE(office.addInspection(bad));
}

TEST_F(Supervision, TypicalCasesArePublishedByTheOffice)
{
    SupervisionService office(f.as(officeA));
    TypicalCase c{0, units[0], Pillar::Study, true, QStringLiteral("“周末讲堂”学习品牌"), QStringLiteral("坚持每周一讲"), {}, false};
    auto id = office.addCase(c);
    ASSERT_TRUE(id);
    EXPECT_EQ(office.cases().value(0).date, QDate(2020, 5, 10));
    EXPECT_FALSE(office.cases().value(0).published);
    ASSERT_TRUE(office.publishCase(*id, true));
    EXPECT_TRUE(office.cases().value(0).published);
    EXPECT_FALSE(SupervisionService(f.as(unitActor(0))).publishCase(*id, false));
    EXPECT_EQ(SupervisionService(f.as(unitActor(1))).cases().size(), 0);
}
