// 述职测评 through the services, on a file and (CD_TEST_ENGINE=server) on a server: the session,
// double entry, refusals, publication, amendments, the assessment fed, and who reads what.
#include "services/AssessmentService.h"
#include "services/BulletinService.h"
#include "services/CampaignService.h"
#include "services/ResponsibilityService.h"
#include "services/SupervisionService.h"
#include "services/ReviewService.h"
#include "services/UnitService.h"
#include "storage/AuditRepository.h"
#include "support/TestSupport.h"

using namespace cd;
using namespace cd::test;

namespace {

BallotRow row(int serial, const QStringList& cells, const QStringList& comments = {}) { return {0, serial, cells, comments}; }

// Two units; 张三 (市教育局, first), 李四 (市财政局, first), 王五 (市财政局, direct). Groups of
// 2, 2 and 3 ballots (serials 1–2, 3–4, 5–7) weighted 30, 30, 40.
class Review : public ::testing::Test
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
        f.clock.set(QDateTime(QDate(2020, 12, 20), QTime(9, 0)));
        auto id = service().addSession(2020, QStringLiteral("2020年度基层党建述职评议会"), QDate(2020, 12, 20), QStringLiteral("市委党校"));
        ASSERT_TRUE(id) << id.error().message.toStdString();
        session = *id;
        for (const auto& [unit, name, level] : {std::tuple{units[0], "张三", ResponsibilityLevel::First}, std::tuple{units[1], "李四", ResponsibilityLevel::First},
                                                std::tuple{units[1], "王五", ResponsibilityLevel::Direct}}) {
            auto p = service().addPerson(session, {0, unit, {}, QString::fromUtf8(name), level});
            ASSERT_TRUE(p) << p.error().message.toStdString();
            people << *p;
        }
        int n = 0;
        for (auto g : ReviewService::defaultGroups()) {
            g.ballots = ++n < 3 ? 2 : 3;
            ASSERT_TRUE(service().addGroup(session, g));
        }
    }
    ReviewService service() { return ReviewService(f.ctx()); }
    QList<BallotRow> ballots()
    {
        return {row(1, {"1", "2", "4"}, {"带头作用突出", "", ""}), row(2, {"好", "较好", "差"}), row(3, {"1", "1", ""}), row(4, {"12", "3", "4"}),
                row(5, {"1", "4", "4"}), row(6, {"2", "4", "1"}), row(7, {"1", "3", "2"})};
    }
    const ReviewOutcome& of(const ReviewCount& c, qint64 person)
    {
        return *std::ranges::find(c.outcomes, person, [](const ReviewOutcome& o) { return o.person.id; });
    }
    Fixture f;
    QList<qint64> units, people;
    qint64 session = 0;
};

} // namespace

TEST_F(Review, TwoClerksEnterTheBallotsAndTheTallyFollowsTheRules)
{
    ASSERT_EQ(*service().enter(session, 1, ballots()), 7);
    auto c = service().count(session);
    ASSERT_TRUE(c);
    // Until the second clerk has entered them, every serial differs.
    EXPECT_EQ(c->disagreements, (QList<int>{1, 2, 3, 4, 5, 6, 7}));
    const ReviewOutcome& zhang = of(*c, people[0]);
    // 张三: group 1 好 好 (100); group 2 好 and "12" (invalid) (100); group 3 好 较好 好 (93.33…).
    EXPECT_EQ(zhang.total.marks, (std::array<int, 4>{5, 1, 0, 0}));
    EXPECT_EQ(zhang.total.invalid, 1);
    EXPECT_DOUBLE_EQ(zhang.score, 97.33);
    EXPECT_EQ(zhang.grade, ReviewMark::Good);
    // 李四: 较好 较好 | 好 一般 | 差 差 一般 → 24 + 24 + 0.4 × 20 = 56: 差 by the score, though
    // 差 2 of 7 is under one third.
    const ReviewOutcome& li = of(*c, people[1]);
    EXPECT_DOUBLE_EQ(li.score, 56.0);
    EXPECT_EQ(li.grade, ReviewMark::Poor);
    // 王五: 差 差 | none, 差 | 差 好 较好 → 差 4 of 6 valid: 差.
    const ReviewOutcome& wang = of(*c, people[2]);
    EXPECT_EQ(wang.total.invalid, 1);
    EXPECT_EQ(wang.grade, ReviewMark::Poor);
    EXPECT_EQ(zhang.rank, 1);
    EXPECT_EQ(li.rank, 2);
    EXPECT_EQ(wang.rank, 1); // alone at the direct level

    // Not publishable while the clerks disagree.
    auto refused = service().publish(session);
    ASSERT_FALSE(refused);
    EXPECT_TRUE(refused.error().message.contains(QStringLiteral("1, 2, 3"))) << refused.error().message.toStdString();

    // The second clerk mistypes ballot 6; the difference is shown by serial.
    auto second = ballots();
    second[5].cells[0] = QStringLiteral("3");
    ASSERT_TRUE(service().enter(session, 2, second));
    EXPECT_EQ(service().count(session)->disagreements, QList<int>{6});
    EXPECT_FALSE(service().publish(session));
    // Entering it again is refused unless it is a correction.
    EXPECT_FALSE(service().enter(session, 2, {ballots()[5]}));
    ASSERT_TRUE(service().enter(session, 2, {ballots()[5]}, true));
    EXPECT_TRUE(service().count(session)->disagreements.isEmpty());
    ASSERT_TRUE(service().publish(session));
    EXPECT_TRUE(service().session(session)->published());
}

TEST_F(Review, UnknownDuplicateAndMalformedBallotsAreRefusedWholeAndNothingIsStored)
{
    const auto refusal = [&](const QList<BallotRow>& rows, const char* words) {
        auto r = service().enter(session, 1, rows);
        ASSERT_FALSE(r);
        EXPECT_TRUE(r.error().message.contains(QString::fromUtf8(words))) << r.error().message.toStdString();
    };
    refusal({row(1, {"1", "1", "1"}), row(8, {"1", "1", "1"})}, "No ballot numbered 8 was issued: the serials run from 1 to 7");
    refusal({row(0, {"1", "1", "1"})}, "No ballot numbered 0");
    refusal({row(2, {"1", "1", "1"}), row(2, {"1", "2", "1"})}, "Ballot 2 is entered twice");
    refusal({row(3, {"1", "1"})}, "has 2 grades; the session has 3 people");
    refusal({row(3, {"1", "5", "1"})}, "“5” is no grade");
    auto c = service().count(session);
    ASSERT_TRUE(c);
    EXPECT_EQ(c->ballotsEntered, 0);
    // A batch with one bad ballot stores none of it, nor does a ballot entered before count twice.
    ASSERT_TRUE(service().enter(session, 1, {row(1, {"1", "1", "1"})}));
    refusal({row(2, {"1", "1", "1"}), row(1, {"2", "2", "2"})}, "Ballot 1 was already entered by clerk 1");
    EXPECT_EQ(service().count(session)->ballotsEntered, 1);
    // Once a ballot is in, the people and the ballots issued are fixed.
    EXPECT_FALSE(service().addPerson(session, {0, units[0], {}, QStringLiteral("赵六"), ResponsibilityLevel::Specific}));
    auto groups = service().groups(session);
    groups[0].ballots = 5;
    EXPECT_FALSE(service().updateGroup(session, groups[0]));
    groups[0].ballots = 2;
    groups[0].weight = 20; // the weights stay editable until publication
    EXPECT_TRUE(service().updateGroup(session, groups[0]));
}

TEST_F(Review, PublishedResultsAreFrozenAndAnAmendmentIsAuditedWithItsReason)
{
    ASSERT_TRUE(service().enter(session, 1, ballots()));
    ASSERT_TRUE(service().enter(session, 2, ballots()));
    // Weights that do not add up to 100 are refused at publication.
    auto groups = service().groups(session);
    groups[2].weight = 50;
    ASSERT_TRUE(service().updateGroup(session, groups[2]));
    EXPECT_FALSE(service().publish(session));
    groups[2].weight = 40;
    ASSERT_TRUE(service().updateGroup(session, groups[2]));
    ASSERT_TRUE(service().publish(session));
    // Frozen: no more ballots, people, groups or rules.
    EXPECT_FALSE(service().enter(session, 1, {row(1, {"1", "1", "1"})}, true));
    EXPECT_FALSE(service().addPerson(session, {0, units[0], {}, QStringLiteral("赵六"), ResponsibilityLevel::Specific}));
    auto s = *service().session(session);
    s.rules.good = 95;
    EXPECT_FALSE(service().updateSession(s));
    EXPECT_FALSE(service().publish(session));

    // An amendment needs a reason, and changes the published result.
    EXPECT_FALSE(service().amend(session, row(5, {"4", "4", "4"}), QString()));
    ASSERT_TRUE(service().amend(session, row(5, {"4", "4", "4"}), QStringLiteral("第5号测评表录入有误")));
    const auto c = *service().count(session);
    // 张三's group 3 is now 差 较好 好: 30 + 30 + 0.4 × 60 = 84.
    EXPECT_DOUBLE_EQ(of(c, people[0]).score, 84.0);
    EXPECT_EQ(c.amendments, 1);
    const auto published = *service().publishedResults(session);
    const auto zhang = std::ranges::find(published, people[0], &ReviewRepository::Published::personId);
    ASSERT_NE(zhang, published.end());
    EXPECT_DOUBLE_EQ(zhang->score, 84.0);
    AuditFilter filter;
    filter.entity = QStringLiteral("review");
    const auto rows = AuditRepository(f.db()).list(filter);
    ASSERT_FALSE(rows.isEmpty());
    EXPECT_EQ(rows.last().action, QStringLiteral("review.amend"));
    EXPECT_TRUE(rows.last().afterJson.contains(QStringLiteral("第5号测评表录入有误")));
    EXPECT_TRUE(std::ranges::any_of(rows, [](const AuditEntry& e) { return e.action == QLatin1String("review.publish"); }));
}

TEST_F(Review, ThePublishedResultFillsTheAssessmentAndALockedAssessmentIgnoresLaterAmendments)
{
    AssessmentService assessment(f.ctx());
    auto before = assessment.score(2020);
    ASSERT_TRUE(before);
    const auto item = [](const AssessmentResult& r, qint64 unit) {
        for (const auto& i : r.unit(unit)->items)
            if (i.code == QLatin1String("appraisal")) return i;
        return ItemScore{};
    };
    EXPECT_EQ(item(*before, units[0]).score, 0);
    EXPECT_EQ(item(*before, units[0]).basis, QStringLiteral("尚未公布述职测评结果"));
    ASSERT_TRUE(service().enter(session, 1, ballots()));
    ASSERT_TRUE(service().enter(session, 2, ballots()));
    // Not yet published: nothing fed.
    EXPECT_EQ(item(*assessment.score(2020), units[0]).score, 0);
    ASSERT_TRUE(service().publish(session));
    auto after = assessment.score(2020);
    // 张三 97.33 of 100 → 9.733 of the item's 10, shown to one decimal.
    EXPECT_DOUBLE_EQ(item(*after, units[0]).score, 9.7);
    EXPECT_EQ(item(*after, units[0]).basis, QStringLiteral("2020年度基层党建述职评议会：张三得97.33分，等次“好”"));
    // 市财政局: its first responsible person 李四 (56), not 王五 at the direct level.
    EXPECT_DOUBLE_EQ(item(*after, units[1]).score, 5.6);

    f.clock.set(QDateTime(QDate(2021, 1, 10), QTime(9, 0)));
    ASSERT_TRUE(assessment.lock(2020));
    ASSERT_TRUE(service().amend(session, row(5, {"4", "4", "4"}), QStringLiteral("录入有误")));
    EXPECT_DOUBLE_EQ(item(*assessment.score(2020), units[0]).score, 9.7); // the lock holds
    ASSERT_TRUE(assessment.unlock(2020, QStringLiteral("述职测评结果更正")));
    EXPECT_DOUBLE_EQ(item(*assessment.score(2020), units[0]).score, 8.4);
}

TEST_F(Review, AUnitReadsOnlyItsOwnPeoplesPublishedResultsAndALeaderReadsThemAll)
{
    const ServiceContext unit = f.as(Actor{QStringLiteral("jyj"), QStringLiteral("教育局"), Role::Unit, units[0]});
    const ServiceContext viewer = f.as(Actor{QStringLiteral("leader"), QStringLiteral("领导"), Role::Viewer, 0});
    // Neither runs any part of it.
    EXPECT_FALSE(ReviewService(unit).addSession(2020, QStringLiteral("x"), QDate(2020, 12, 1)));
    EXPECT_FALSE(ReviewService(unit).enter(session, 1, ballots()));
    EXPECT_FALSE(ReviewService(viewer).enter(session, 1, ballots()));
    EXPECT_FALSE(ReviewService(viewer).publish(session));
    ASSERT_TRUE(service().enter(session, 1, ballots()));
    ASSERT_TRUE(service().enter(session, 2, ballots()));
    // Before publication, nobody but the office reads the count.
    EXPECT_FALSE(ReviewService(unit).count(session));
    EXPECT_FALSE(ReviewService(viewer).count(session));
    ASSERT_TRUE(service().publish(session));
    auto mine = ReviewService(unit).count(session);
    ASSERT_TRUE(mine) << mine.error().message.toStdString();
    ASSERT_EQ(mine->outcomes.size(), 1);
    EXPECT_EQ(mine->outcomes[0].person.name, QStringLiteral("张三"));
    EXPECT_DOUBLE_EQ(mine->outcomes[0].score, 97.33);
    EXPECT_EQ(ReviewService(unit).people(session).size(), 1);
    EXPECT_EQ(ReviewService(unit).publishedResults(session)->size(), 1);
    auto all = ReviewService(viewer).count(session);
    ASSERT_TRUE(all);
    EXPECT_EQ(all->outcomes.size(), 3);
    EXPECT_EQ(of(*all, people[1]).total.marks, of(*service().count(session), people[1]).total.marks);
}

TEST_F(Review, HandCountsPerGroupAreCheckedAgainstTheBallotsIssued)
{
    const auto groups = service().groups(session);
    MarkCounts c;
    c.marks = {2, 0, 0, 0};
    c.invalid = 1; // three of the two issued to group 1
    auto r = service().enterTotals(session, people[0], groups[0].id, c);
    ASSERT_FALSE(r);
    EXPECT_TRUE(r.error().message.contains(QStringLiteral("which was issued 2"))) << r.error().message.toStdString();
    c.invalid = 0;
    ASSERT_TRUE(service().enterTotals(session, people[0], groups[0].id, c));
    c.marks = {0, 3, 0, 0};
    ASSERT_TRUE(service().enterTotals(session, people[0], groups[2].id, c));
    // Counted by hand: ballots one by one are not taken beside the totals.
    EXPECT_FALSE(service().enter(session, 1, ballots()));
    auto count = service().count(session);
    ASSERT_TRUE(count);
    EXPECT_TRUE(count->byTotals);
    // (0.3 × 100 + 0.4 × 80) ÷ 0.7 = 88.57.
    EXPECT_DOUBLE_EQ(of(*count, people[0]).score, 88.57);
    EXPECT_TRUE(count->disagreements.isEmpty());
    auto published = service().publish(session);
    ASSERT_TRUE(published) << published.error().message.toStdString();
}

TEST_F(Review, PeopleComeFromTheResponsibilityListsAndCanBeReordered)
{
    // A fresh session: nothing entered yet.
    auto s = service().addSession(2020, QStringLiteral("第二场"), QDate(2020, 12, 21));
    ASSERT_TRUE(s);
    auto added = service().addFromResponsibilities(*s);
    ASSERT_TRUE(added);
    EXPECT_EQ(*added, 0); // no list yet
    // 市教育局's list names 周书记 first-responsible for two tasks and 吴书记 for one, 郑主任 direct.
    const auto tasks = CampaignService(f.ctx()).tasks(CampaignService(f.ctx()).current()->id);
    ASSERT_GE(tasks.size(), 3);
    const auto name = [&](qsizetype task, ResponsibilityLevel level, const char* person) {
        Responsibility r;
        r.unitId = units[0];
        r.taskId = tasks[task].id;
        r.level = level;
        r.person = QString::fromUtf8(person);
        ASSERT_TRUE(ResponsibilityService(f.ctx()).save(r));
    };
    name(0, ResponsibilityLevel::First, "吴书记");
    name(1, ResponsibilityLevel::First, "周书记");
    name(2, ResponsibilityLevel::First, "周书记");
    name(0, ResponsibilityLevel::Direct, "郑主任");
    added = service().addFromResponsibilities(*s);
    ASSERT_TRUE(added);
    EXPECT_EQ(*added, 2);
    auto filled = service().people(*s);
    ASSERT_EQ(filled.size(), 2);
    EXPECT_EQ(filled[0].name, QStringLiteral("周书记"));
    EXPECT_EQ(filled[0].level, ResponsibilityLevel::First);
    EXPECT_EQ(filled[1].name, QStringLiteral("郑主任"));
    EXPECT_EQ(*service().addFromResponsibilities(*s), 0); // not twice
    for (const auto& p : filled) ASSERT_TRUE(service().removePerson(*s, p.id));
    ASSERT_TRUE(service().addPerson(*s, {0, units[1], {}, QStringLiteral("甲"), ResponsibilityLevel::First}));
    ASSERT_TRUE(service().addPerson(*s, {0, units[0], {}, QStringLiteral("乙"), ResponsibilityLevel::First}));
    auto people = service().people(*s);
    ASSERT_EQ(people.size(), 2);
    ASSERT_TRUE(service().movePerson(*s, people[1].id, 0));
    people = service().people(*s);
    EXPECT_EQ(people[0].name, QStringLiteral("乙"));
    EXPECT_FALSE(service().addPerson(*s, {0, units[0], {}, QStringLiteral("乙"), ResponsibilityLevel::First})); // twice
    ASSERT_TRUE(service().removePerson(*s, people[0].id));
    EXPECT_EQ(service().people(*s).size(), 1);
}

TEST_F(Review, ChosenCommentsBecomeProblemLinesOfThePersonsUnit)
{
    ASSERT_TRUE(service().enter(session, 1, ballots()));
    EXPECT_EQ(service().comments(session, people[0]), QStringList{QStringLiteral("带头作用突出")});
    EXPECT_TRUE(service().comments(session, people[1]).isEmpty());
    // Nothing chosen, or a deadline already past, is refused.
    EXPECT_FALSE(service().commentsToProblems(session, people[0], {}, QDate(2021, 1, 31)));
    EXPECT_FALSE(service().commentsToProblems(session, people[0], {QStringLiteral("x")}, QDate(2020, 1, 1)));
    // Neither a unit nor a leader turns comments into lines.
    const ServiceContext unit = f.as(Actor{QStringLiteral("jyj"), QStringLiteral("教育局"), Role::Unit, units[0]});
    EXPECT_FALSE(ReviewService(unit).commentsToProblems(session, people[0], {QStringLiteral("x")}, QDate(2021, 1, 31)));
    auto ids = service().commentsToProblems(session, people[0], {QStringLiteral("理论学习不够系统"), QStringLiteral("  ")}, QDate(2021, 1, 31));
    ASSERT_TRUE(ids) << ids.error().message.toStdString();
    ASSERT_EQ(ids->size(), 1);
    ProblemFilter filter;
    filter.unitId = units[0];
    const auto lines = SupervisionService(f.ctx()).problems(filter);
    ASSERT_EQ(lines.size(), 1);
    EXPECT_EQ(lines[0].description, QStringLiteral("述职测评意见（张三）：理论学习不够系统"));
    EXPECT_EQ(lines[0].pillar, Pillar::Party);
    EXPECT_EQ(lines[0].responsible, QStringLiteral("张三"));
    EXPECT_EQ(lines[0].deadline, QDate(2021, 1, 31));
    EXPECT_EQ(lines[0].status, ProblemStatus::Open);
}

TEST_F(Review, AUnitFilesItsPeoplesReportsAndTheOfficeAcceptsOrReturnsThem)
{
    const ServiceContext own = f.as(Actor{QStringLiteral("czj"), QStringLiteral("财政局"), Role::Unit, units[1]});
    const ServiceContext viewer = f.as(Actor{QStringLiteral("leader"), QStringLiteral("领导"), Role::Viewer, 0});
    // 市财政局 files 李四's; not 张三's (市教育局); a leader files nothing.
    EXPECT_FALSE(ReviewService(own).saveReport(people[0], QStringLiteral("x"), false));
    EXPECT_FALSE(ReviewService(viewer).saveReport(people[1], QStringLiteral("x"), false));
    auto draft = ReviewService(own).saveReport(people[1], QStringLiteral("一、履行第一责任人职责情况"), false);
    ASSERT_TRUE(draft) << draft.error().message.toStdString();
    EXPECT_FALSE(ReviewService(own).saveReport(people[1], QStringLiteral("  "), true)); // nothing to send
    ASSERT_TRUE(ReviewService(own).saveReport(people[1], QStringLiteral("一、履行第一责任人职责情况\n二、整改落实情况"), true));
    // Sent: waiting for the office, no further version from the unit.
    auto waiting = ReviewService(own).saveReport(people[1], QStringLiteral("改"), false);
    ASSERT_FALSE(waiting);
    EXPECT_TRUE(waiting.error().message.contains(QStringLiteral("waiting for the office"))) << waiting.error().message.toStdString();
    // The unit reads its own people's reports only; a unit does not review.
    auto mine = ReviewService(own).reports(session);
    ASSERT_EQ(mine.size(), 1);
    EXPECT_EQ(mine[0].version, 2);
    EXPECT_EQ(mine[0].status, QStringLiteral("submitted"));
    EXPECT_EQ(mine[0].savedBy, QStringLiteral("czj"));
    EXPECT_FALSE(ReviewService(own).reviewReport(people[1], true, {}));
    // Returned with a reason; the unit writes version 3 and sends it; the office accepts.
    EXPECT_FALSE(service().reviewReport(people[1], false, QString()));
    ASSERT_TRUE(service().reviewReport(people[1], false, QStringLiteral("整改情况要写具体")));
    EXPECT_EQ(ReviewService(own).reports(session)[0].reviewComment, QStringLiteral("整改情况要写具体"));
    ASSERT_TRUE(ReviewService(own).saveReport(people[1], QStringLiteral("一、……\n二、整改落实情况：已整改3项"), true));
    ASSERT_TRUE(service().reviewReport(people[1], true, {}));
    const auto all = service().reports(session);
    ASSERT_EQ(all.size(), 1);
    EXPECT_EQ(all[0].version, 3);
    EXPECT_EQ(all[0].status, QStringLiteral("accepted"));
    EXPECT_FALSE(ReviewService(own).saveReport(people[1], QStringLiteral("再改"), false)); // accepted
    // Every step is in the audit record, in the writer's name.
    AuditFilter filter;
    filter.entity = QStringLiteral("review_report");
    QStringList steps;
    for (const auto& e : AuditRepository(f.db()).list(filter)) steps << e.action + QLatin1Char('/') + e.actor;
    EXPECT_EQ(steps, (QStringList{QStringLiteral("review_report.save/czj"), QStringLiteral("review_report.submit/czj"), QStringLiteral("review_report.return/local-admin"),
                                  QStringLiteral("review_report.submit/czj"), QStringLiteral("review_report.accept/local-admin")}));
}

TEST_F(Review, TheReportsFormShowsTheUnitsProblemLinesOfTheYear)
{
    Problem p;
    p.unitId = units[1];
    p.pillar = Pillar::Party;
    p.description = QStringLiteral("三会一课记录不全");
    p.raisedOn = QDate(2020, 6, 1);
    p.deadline = QDate(2020, 12, 31);
    ASSERT_TRUE(SupervisionService(f.ctx()).addProblem(p));
    p.unitId = units[0];
    p.description = QStringLiteral("别的单位的问题");
    ASSERT_TRUE(SupervisionService(f.ctx()).addProblem(p));
    const ServiceContext own = f.as(Actor{QStringLiteral("czj"), QStringLiteral("财政局"), Role::Unit, units[1]});
    const auto lines = ReviewService(own).yearsProblems(people[1]);
    ASSERT_EQ(lines.size(), 1);
    EXPECT_EQ(lines[0].description, QStringLiteral("三会一课记录不全"));
    EXPECT_TRUE(ReviewService(own).yearsProblems(people[0]).isEmpty()); // another unit's person
}

TEST_F(Review, TheQuartersBulletinSaysWhatThePublishedSessionGave)
{
    ASSERT_TRUE(service().enter(session, 1, ballots()));
    ASSERT_TRUE(service().enter(session, 2, ballots()));
    auto before = BulletinService(f.ctx()).draft(QStringLiteral("2020Q4"));
    ASSERT_TRUE(before);
    EXPECT_EQ(before->reviewSessions, 0); // not yet published
    EXPECT_FALSE(before->overview.contains(QStringLiteral("述职评议会")));
    ASSERT_TRUE(service().publish(session));
    auto c = BulletinService(f.ctx()).draft(QStringLiteral("2020Q4"));
    ASSERT_TRUE(c);
    EXPECT_EQ(c->reviewSessions, 1);
    EXPECT_EQ(c->reviewPeople, 3);
    EXPECT_EQ(c->reviewGrades, (std::array<int, 4>{1, 0, 0, 2}));
    EXPECT_EQ(c->reviewPoor, (QStringList{QStringLiteral("市财政局李四"), QStringLiteral("市财政局王五")}));
    const QString overview = c->overview; // generated: the office has written nothing
    EXPECT_TRUE(overview.contains(QStringLiteral("本季度召开基层党建述职评议会1场，3名党组织书记述职。测评结果为“好”的1人、“较好”的0人、“一般”的0人、“差”的2人，"
                                                 "平均得分59.11分。测评等次为“差”的：市财政局李四、市财政局王五。")))
        << overview.toStdString();
    // Kept whole in an issued bulletin.
    auto back = BulletinContent::fromJson(c->toJson());
    ASSERT_TRUE(back);
    EXPECT_EQ(back->reviewGrades, c->reviewGrades);
    EXPECT_EQ(back->reviewPoor, c->reviewPoor);
}

TEST_F(Review, AReportCarriesEvidenceFromVersionToVersionAndOnlyItsReadersOpenIt)
{
    const ServiceContext own = f.as(Actor{QStringLiteral("czj"), QStringLiteral("财政局"), Role::Unit, units[1]});
    const ServiceContext other = f.as(Actor{QStringLiteral("jyj"), QStringLiteral("教育局"), Role::Unit, units[0]});
    ReviewService mine(own);
    // An empty file, and the same file twice, are refused; nothing is stored.
    EXPECT_FALSE(mine.saveReport(people[1], QStringLiteral("正文"), false, {{QStringLiteral("空.pdf"), {}}}));
    auto twice = mine.saveReport(people[1], QStringLiteral("正文"), false, {{QStringLiteral("a.pdf"), "same"}, {QStringLiteral("b.pdf"), "same"}});
    ASSERT_FALSE(twice);
    EXPECT_TRUE(twice.error().message.contains(QStringLiteral("already attached"))) << twice.error().message.toStdString();
    EXPECT_TRUE(mine.reports(session).isEmpty());
    auto first = mine.saveReport(people[1], QStringLiteral("正文"), false, {{QStringLiteral("会议记录.pdf"), "minutes"}, {QStringLiteral("照片.jpg"), "photo"}});
    ASSERT_TRUE(first) << first.error().message.toStdString();
    EXPECT_EQ(mine.reportFiles(*first).size(), 2);
    // The next version keeps them unless told otherwise, and adds its own.
    auto second = mine.saveReport(people[1], QStringLiteral("正文（改）"), false, {{QStringLiteral("整改台账.xlsx"), "ledger"}});
    ASSERT_TRUE(second);
    QStringList names;
    for (const auto& a : mine.reportFiles(*second)) names << a.name;
    EXPECT_EQ(names, (QStringList{QStringLiteral("会议记录.pdf"), QStringLiteral("整改台账.xlsx"), QStringLiteral("照片.jpg")}));
    const qint64 minutes = mine.reportFiles(*second)[0].id;
    auto third = mine.saveReport(people[1], QStringLiteral("正文（再改）"), true, {}, QList<qint64>{minutes});
    ASSERT_TRUE(third);
    ASSERT_EQ(mine.reportFiles(*third).size(), 1);
    EXPECT_EQ(*mine.reportFile(*third, minutes), QByteArray("minutes"));
    // Another unit neither lists nor opens them; the office does.
    EXPECT_TRUE(ReviewService(other).reportFiles(*third).isEmpty());
    EXPECT_FALSE(ReviewService(other).reportFile(*third, minutes));
    EXPECT_EQ(*service().reportFile(*third, minutes), QByteArray("minutes"));
}
