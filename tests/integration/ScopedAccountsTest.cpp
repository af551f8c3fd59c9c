// An office or a leader scoped to a group (users add --group): it reads, writes, supervises,
// scores and issues bulletins for the units of its part alone, and none of the whole
// campaign's own work; on a file (the services) and, as integration.server.*, on a server
// through the same services (the database's own wall: server.ScopesWall).
#include "integration/CliFixture.h"
#include "services/AccountService.h"
#include "services/AssessmentService.h"
#include "services/AuditService.h"
#include "services/BulletinService.h"
#include "services/DashboardService.h"
#include "services/DemoService.h"
#include "services/GroupService.h"
#include "services/ReportService.h"
#include "services/SettingsService.h"
#include "services/SupervisionService.h"
#include "services/UnitService.h"
#include "storage/UnitRepository.h"
#include "support/TestSupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace cd;
using namespace cd::test;

namespace {

struct Part
{
    qint64 county = 0;      // the part the account runs
    qint64 otherCounty = 0; // a part it does not
    QString countyPath, otherPath;
    QSet<qint64> inside, outside;
};

// The 180-unit demo: 市直机关 and two counties, each a 地区.
Part demoParts(Fixture& f)
{
    f.clock.set(QDateTime(QDate(2020, 9, 10), QTime(9, 0)));
    EXPECT_TRUE(DemoService(f.ctx()).generate({180, 2020, 7, {}}));
    Part p;
    const GroupTree tree = GroupService(f.ctx()).tree();
    for (const UnitGroup* g : tree.children(0))
        if (g->kind == GroupKind::Region) (p.county ? p.otherCounty : p.county) = g->id;
    EXPECT_NE(p.county, 0);
    EXPECT_NE(p.otherCounty, 0);
    p.countyPath = tree.path(p.county);
    p.otherPath = tree.path(p.otherCounty);
    for (const auto& u : UnitRepository(f.db()).all()) (u.groupId && tree.within(u.groupId, p.county) ? p.inside : p.outside).insert(u.id);
    return p;
}

Actor scoped(Fixture& f, Role role, qint64 group, const char* login)
{
    Actor a{QString::fromLatin1(login), QString::fromLatin1(login), role, 0};
    a.groupId = group;
    GroupService::scope(f.db(), a);
    return a;
}

} // namespace

TEST(ScopedAccounts, AnOfficeOfACountyReadsItsOwnUnitsAlone)
{
    Fixture f;
    const Part p = demoParts(f);
    ASSERT_FALSE(p.inside.isEmpty());
    const Actor office = scoped(f, Role::Office, p.county, "hx_office");
    EXPECT_EQ(office.scopeName, p.countyPath);
    EXPECT_EQ(*office.scope, p.inside);

    QSet<qint64> listed;
    for (const auto& u : UnitService(f.as(office)).list()) listed.insert(u.id);
    EXPECT_EQ(listed, p.inside);

    const auto reports = ReportService(f.as(office)).list({});
    ASSERT_FALSE(reports.isEmpty());
    for (const auto& r : reports) EXPECT_TRUE(p.inside.contains(r.row.unitId)) << r.row.unitId;
    const auto problems = SupervisionService(f.as(office)).problems({});
    ASSERT_FALSE(problems.isEmpty());
    for (const auto& pr : problems) EXPECT_TRUE(p.inside.contains(pr.unitId));
    // The whole campaign's office sees the others' too.
    EXPECT_GT(SupervisionService(f.ctx()).problems({}).size(), problems.size());

    // The dashboard opens on the county, and another county's is refused in words.
    auto d = DashboardService(f.as(office)).figures();
    ASSERT_TRUE(d) << d.error().message.toStdString();
    EXPECT_EQ(d->scopeGroupId, p.county);
    EXPECT_EQ(d->units, DashboardService(f.ctx()).figures(p.county)->units);
    auto other = DashboardService(f.as(office)).figures(p.otherCounty);
    ASSERT_FALSE(other);
    EXPECT_EQ(other.error().code, Error::Code::Permission);
    EXPECT_TRUE(other.error().message.contains(p.countyPath)) << other.error().message.toStdString();

    // The assessment: its own units, ranked among themselves.
    auto scores = AssessmentService(f.as(office)).score(2020);
    ASSERT_TRUE(scores) << scores.error().message.toStdString();
    ASSERT_EQ(qsizetype(scores->units.size()), qsizetype(p.inside.size()));
    int first = 0;
    for (const auto& u : scores->units) {
        EXPECT_TRUE(p.inside.contains(u.unitId));
        first += u.rank == 1;
    }
    EXPECT_GE(first, 1);
}

TEST(ScopedAccounts, AnOfficeOfACountyWritesForItsOwnUnitsAndNothingOfTheWholeCampaign)
{
    Fixture f;
    const Part p = demoParts(f);
    const Actor office = scoped(f, Role::Office, p.county, "hx_office");
    const qint64 mine = *p.inside.begin();
    const qint64 theirs = *p.outside.begin();
    const QString before = f.state();

    // Another county's unit: no problem line, no score, no review, no case.
    Problem line;
    line.unitId = theirs;
    line.pillar = Pillar::Conduct;
    line.description = QStringLiteral("会议记录不全");
    line.deadline = QDate(2020, 10, 30);
    auto refused = SupervisionService(f.as(office)).addProblem(line);
    ASSERT_FALSE(refused);
    EXPECT_EQ(refused.error().code, Error::Code::Permission);
    EXPECT_FALSE(AssessmentService(f.as(office)).setScore(2020, theirs, QStringLiteral("A1"), 1, QStringLiteral("x")));
    TypicalCase c;
    c.unitId = theirs;
    c.title = QStringLiteral("做法");
    EXPECT_FALSE(SupervisionService(f.as(office)).addCase(c));
    // The whole campaign's work: units, groups, settings, the year's lock, the audit chain.
    Unit u;
    u.name = QStringLiteral("河安县新局");
    EXPECT_FALSE(UnitService(f.as(office)).add(u));
    EXPECT_FALSE(GroupService(f.as(office)).add(p.countyPath + QStringLiteral("/新系统")));
    EXPECT_FALSE(SettingsService(f.as(office)).save(SettingsService(f.ctx()).current()));
    EXPECT_FALSE(AssessmentService(f.as(office)).lock(2020));
    EXPECT_FALSE(AuditService(f.as(office)).verify({}));
    EXPECT_FALSE(BulletinService(f.as(office), p.otherCounty).draft(QStringLiteral("2020Q2")));
    EXPECT_EQ(f.state(), before);

    // Its own unit: a problem line, audited in its name.
    line.unitId = mine;
    auto id = SupervisionService(f.as(office)).addProblem(line);
    ASSERT_TRUE(id) << id.error().message.toStdString();
    AuditFilter filter;
    filter.action = QStringLiteral("problem.create");
    const auto rows = AuditService(f.ctx()).list(filter);
    ASSERT_TRUE(rows);
    ASSERT_FALSE(rows->isEmpty());
    EXPECT_EQ(rows->last().actor, QStringLiteral("hx_office"));
    // Its audit log holds its own rows alone.
    auto own = AuditService(f.as(office)).list({});
    ASSERT_TRUE(own);
    ASSERT_FALSE(own->isEmpty());
    for (const auto& e : *own) EXPECT_EQ(e.actor, QStringLiteral("hx_office"));
}

TEST(ScopedAccounts, ACountysBulletinIsItsOwnAndNamesItsOwnUnitsAlone)
{
    Fixture f;
    const Part p = demoParts(f);
    const Actor office = scoped(f, Role::Office, p.county, "hx_office");
    BulletinService bulletins(f.as(office)); // no group given: its own
    EXPECT_EQ(bulletins.groupId(), p.county);
    auto draft = bulletins.draft(QStringLiteral("2020Q2"));
    ASSERT_TRUE(draft) << draft.error().message.toStdString();
    EXPECT_EQ(draft->scope, p.countyPath);
    // Copied to the county's own leaders, not the city's.
    EXPECT_EQ(draft->copyTo, QStringLiteral("县委、县人大常委会、县政府、县政协领导同志。"));
    QSet<QString> names;
    for (const auto& u : UnitRepository(f.db()).all())
        if (p.inside.contains(u.id)) names.insert(u.name);
    ASSERT_FALSE(draft->rows.isEmpty());
    for (const auto& row : draft->rows) EXPECT_TRUE(names.contains(row.unit)) << row.unit.toStdString();
    auto number = bulletins.issue(QStringLiteral("2020Q2"));
    ASSERT_TRUE(number) << number.error().message.toStdString();
    EXPECT_EQ(*number, 1);
    // The whole campaign's bulletins are not its to list; its own are.
    EXPECT_EQ(BulletinService(f.as(office)).list().size(), 1);
    EXPECT_TRUE(BulletinService(f.ctx()).list().isEmpty());
}

TEST(ScopedAccounts, ALeaderOfACountyReadsItsPartAndWritesNothing)
{
    Fixture f;
    const Part p = demoParts(f);
    const Actor leader = scoped(f, Role::Viewer, p.county, "hx_leader");
    auto d = DashboardService(f.as(leader)).figures();
    ASSERT_TRUE(d);
    EXPECT_EQ(d->scopeGroupId, p.county);
    for (const auto& cell : d->heatmap) EXPECT_TRUE(p.inside.contains(cell.unitId));
    Problem line;
    line.unitId = *p.inside.begin();
    line.pillar = Pillar::Conduct;
    line.description = QStringLiteral("x");
    line.deadline = QDate(2020, 10, 30);
    EXPECT_FALSE(SupervisionService(f.as(leader)).addProblem(line));
    EXPECT_FALSE(DashboardService(f.as(leader)).figures(p.otherCounty));
}

TEST(ScopedAccounts, OnlyAnOfficeOrALeaderIsScopedAndOnlyToAGroupThatExists)
{
    Fixture f;
    const Part p = demoParts(f);
    AccountService accounts(f.ctx());
    ASSERT_TRUE(accounts.add(QStringLiteral("root"), Role::Admin, 0, QStringLiteral("password1")));
    EXPECT_FALSE(accounts.add(QStringLiteral("u1"), Role::Unit, *p.inside.begin(), QStringLiteral("password1"), {}, p.county));
    EXPECT_FALSE(accounts.add(QStringLiteral("a1"), Role::Admin, 0, QStringLiteral("password1"), {}, p.county));
    EXPECT_FALSE(accounts.add(QStringLiteral("o0"), Role::Office, 0, QStringLiteral("password1"), {}, 999999));
    ASSERT_TRUE(accounts.add(QStringLiteral("o1"), Role::Office, 0, QStringLiteral("password1"), {}, p.county));
    if (f.db().isServer()) return; // a server's logins sign in by connecting: server.ScopesWall
    auto who = accounts.authenticate(QStringLiteral("o1"), QStringLiteral("password1"));
    ASSERT_TRUE(who) << who.error().message.toStdString();
    EXPECT_EQ(who->groupId, p.county);
    EXPECT_EQ(who->scopeName, p.countyPath);
    EXPECT_EQ(*who->scope, p.inside);
}

// The command line: an account made with --group signs in to its own part. (On a server the
// person is the database login: server.ScopesWall runs the same as that login.)
TEST_F(Cli, AnAccountMadeWithAGroupRunsThatPart)
{
    if (onServer()) GTEST_SKIP() << "server.ScopesWall signs in as the scoped login";
    ASSERT_EQ(run(words("demo --units 180 --year 2020 --seed 7")).code, 0);
    const QString county = [&] {
        CliRun r = run(words("groups list --format json"));
        for (const auto& g : QJsonDocument::fromJson(r.out.toUtf8()).array())
            if (g.toObject().value(QStringLiteral("kind")).toString() == QStringLiteral("region")) return g.toObject().value(QStringLiteral("path")).toString();
        return QString();
    }();
    ASSERT_FALSE(county.isEmpty());
    const QHash<QString, QString> root{{QStringLiteral("CAMPAIGNDESK_NEW_PASSWORD"), QStringLiteral("password1")},
                                       {QStringLiteral("CAMPAIGNDESK_PASSWORD"), QStringLiteral("password1")}};
    ASSERT_EQ(run(words("users add root --role admin"), root).code, 0);
    CliRun r = run(signIn(QStringLiteral("root")) + QStringList{QStringLiteral("users"), QStringLiteral("add"), QStringLiteral("hx"), QStringLiteral("--role"),
                                                                 QStringLiteral("office"), QStringLiteral("--group"), county},
                   root);
    ASSERT_EQ(r.code, 0) << r.err.toStdString();
    r = run(signIn(QStringLiteral("root")) + QStringList{QStringLiteral("users"), QStringLiteral("add"), QStringLiteral("hy"), QStringLiteral("--role"),
                                                          QStringLiteral("office"), QStringLiteral("--group"), QStringLiteral("没有这个县")},
            root);
    EXPECT_NE(r.code, 0);
    EXPECT_TRUE(r.err.contains(QStringLiteral("没有这个县"))) << r.err.toStdString();
    r = run(signIn(QStringLiteral("root")) + words("users list --format json"), root);
    ASSERT_EQ(r.code, 0) << r.err.toStdString();
    EXPECT_TRUE(r.out.contains(county)) << r.out.toStdString();
    r = run(signIn(QStringLiteral("hx")) + words("dashboard --format json"), root);
    ASSERT_EQ(r.code, 0) << r.err.toStdString();
    const QJsonObject d = QJsonDocument::fromJson(r.out.toUtf8()).object();
    EXPECT_EQ(d.value(QStringLiteral("scope")).toString(), county) << r.out.toStdString();
    r = run(signIn(QStringLiteral("hx")) + words("groups add 新区"), root);
    EXPECT_NE(r.code, 0);
    EXPECT_TRUE(r.err.contains(county)) << r.err.toStdString();
}
