// The tree of groups (分组): shaped by the office, read by everyone, units imported into it,
// and the dashboard's roll-ups, on a file and (integration.server.*) on a server.
#include "exchange/CsvReader.h"
#include "exchange/SheetImport.h"
#include "integration/CliFixture.h"
#include "services/BulletinService.h"
#include "services/DashboardService.h"
#include "services/DemoService.h"
#include "services/GroupService.h"
#include "services/UnitService.h"
#include "storage/AuditRepository.h"
#include "support/GroupChecks.h"
#include "support/TestSupport.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QRegularExpression>
#include <QJsonDocument>
#include <QJsonObject>

using namespace cd;
using namespace cd::test;

namespace {

qint64 addUnit(Fixture& f, const char* name)
{
    Unit u;
    u.name = QString::fromUtf8(name);
    auto id = UnitService(f.ctx()).add(u);
    EXPECT_TRUE(id) << (id ? "" : id.error().message.toStdString());
    return id ? *id : 0;
}

QList<AuditEntry> audit(Fixture& f, const QString& action)
{
    AuditFilter filter;
    filter.action = action;
    return AuditRepository(f.db()).list(filter);
}

} // namespace

TEST(Groups, APathIsMadeLevelByLevelAndEveryNewGroupIsAudited)
{
    Fixture f;
    f.createCampaign(2020);
    GroupService groups(f.ctx());
    auto id = groups.add(QStringLiteral(" 河安县 / 政府部门 "), GroupKind::System, QStringLiteral("河安县活动办"));
    ASSERT_TRUE(id) << id.error().message.toStdString();
    const GroupTree tree = groups.tree();
    ASSERT_EQ(tree.all().size(), 2);
    EXPECT_EQ(tree.path(*id), QStringLiteral("河安县/政府部门"));
    const UnitGroup* county = tree.find(QStringLiteral("河安县"));
    ASSERT_NE(county, nullptr);
    EXPECT_EQ(county->kind, GroupKind::Other); // made on the way
    EXPECT_EQ(tree.byId(*id)->kind, GroupKind::System);
    EXPECT_EQ(tree.byId(*id)->officeName, QStringLiteral("河安县活动办"));
    EXPECT_EQ(audit(f, QStringLiteral("group.create")).size(), 2);

    // Adding it again finds it; naming a kind changes that, audited.
    auto again = groups.add(QStringLiteral("河安县"), GroupKind::Region);
    ASSERT_TRUE(again);
    EXPECT_EQ(*again, county->id);
    EXPECT_EQ(groups.tree().byId(county->id)->kind, GroupKind::Region);
    EXPECT_EQ(audit(f, QStringLiteral("group.update")).size(), 1);
    EXPECT_EQ(groups.tree().all().size(), 2);
}

TEST(Groups, ABadPathIsRefusedInWordsAndWritesNothing)
{
    Fixture f;
    f.createCampaign(2020);
    GroupService groups(f.ctx());
    const QString before = f.state();
    for (const QString& path : {QStringLiteral(""), QStringLiteral("河安县//政府部门"), QStringLiteral("/河安县"), QString(101, QChar(u'县'))}) {
        auto id = groups.add(path);
        ASSERT_FALSE(id) << path.toStdString();
        EXPECT_FALSE(id.error().message.isEmpty());
    }
    EXPECT_EQ(groups.tree().all().size(), 0);
    EXPECT_EQ(f.state(), before);
}

TEST(Groups, AUnitMovesBetweenGroupsAuditedAndAGroupWithUnitsIsNotRemoved)
{
    Fixture f;
    f.createCampaign(2020);
    const qint64 unit = addUnit(f, "河安县民政局");
    GroupService groups(f.ctx());
    ASSERT_TRUE(groups.add(QStringLiteral("河安县/政府部门")));
    ASSERT_TRUE(groups.moveUnit(unit, QStringLiteral("河安县/政府部门")));
    const GroupTree tree = groups.tree();
    const qint64 bureaus = tree.find(QStringLiteral("河安县/政府部门"))->id;
    EXPECT_EQ(UnitService(f.ctx()).byName(QStringLiteral("河安县民政局"))->groupId, bureaus);
    const auto moves = audit(f, QStringLiteral("unit.move"));
    ASSERT_EQ(moves.size(), 1);
    EXPECT_EQ(moves[0].entityId, unit);
    EXPECT_TRUE(moves[0].afterJson.contains(QStringLiteral("河安县/政府部门"))) << moves[0].afterJson.toStdString();

    // A group that still holds a unit, or a group, stays.
    auto removed = groups.remove(bureaus);
    ASSERT_FALSE(removed);
    EXPECT_EQ(removed.error().reason, QStringLiteral("group_not_empty"));
    EXPECT_FALSE(groups.remove(tree.find(QStringLiteral("河安县"))->id));
    // Unknown groups are named as such; nothing moved.
    auto unknown = groups.moveUnit(unit, QStringLiteral("山平县"));
    ASSERT_FALSE(unknown);
    EXPECT_TRUE(unknown.error().message.contains(QStringLiteral("山平县")));
    // Back to the top, then the empty group goes.
    ASSERT_TRUE(groups.moveUnit(unit, QString()));
    EXPECT_EQ(UnitService(f.ctx()).byName(QStringLiteral("河安县民政局"))->groupId, 0);
    ASSERT_TRUE(groups.remove(bureaus));
    EXPECT_EQ(groups.tree().all().size(), 1);
    EXPECT_EQ(audit(f, QStringLiteral("group.delete")).size(), 1);
}

TEST(Groups, AGroupNeverGoesUnderItselfOrOneOfItsOwn)
{
    Fixture f;
    f.createCampaign(2020);
    GroupService groups(f.ctx());
    const qint64 top = *groups.add(QStringLiteral("河安县"));
    const qint64 below = *groups.add(QStringLiteral("河安县/政府部门/经济"));
    EXPECT_FALSE(groups.moveGroup(top, below));
    EXPECT_FALSE(groups.moveGroup(top, top));
    ASSERT_TRUE(groups.moveGroup(below, 0));
    EXPECT_EQ(groups.tree().path(below), QStringLiteral("经济"));
    EXPECT_EQ(audit(f, QStringLiteral("group.move")).size(), 1);
}

TEST(Groups, OnlyTheOfficeShapesTheTreeAndEveryoneReadsIt)
{
    Fixture f;
    f.createCampaign(2020);
    const qint64 unit = addUnit(f, "市教育局");
    ASSERT_TRUE(GroupService(f.ctx()).add(QStringLiteral("市直机关/社会事业")));
    Actor secretary{QStringLiteral("sec"), {}, Role::Unit, unit};
    Actor leader{QStringLiteral("lead"), {}, Role::Viewer, 0};
    for (const Actor& a : {secretary, leader}) {
        GroupService groups(f.as(a));
        EXPECT_FALSE(groups.add(QStringLiteral("市直机关/经济")));
        EXPECT_FALSE(groups.moveUnit(unit, QStringLiteral("市直机关/社会事业")));
        EXPECT_EQ(groups.tree().all().size(), 2);
    }
    EXPECT_EQ(UnitService(f.ctx()).byName(QStringLiteral("市教育局"))->groupId, 0);
}

TEST(Groups, TheUnitsSheetsColumnPlacesUnitsMakingGroupsAsNeeded)
{
    Fixture f;
    f.createCampaign(2020);
    addUnit(f, "市教育局");
    Sheet sheet;
    sheet.rows = {{QStringLiteral("单位名称"), QStringLiteral("单位类别"), QStringLiteral("所属分组")},
                  {QStringLiteral("市教育局"), QString(), QStringLiteral("市直机关 / 社会事业")},
                  {QStringLiteral("河安县民政局"), QStringLiteral("政府部门"), QStringLiteral("河安县/政府部门")},
                  {QStringLiteral("河安县财政局"), QStringLiteral("政府部门"), QStringLiteral("河安县/政府部门")},
                  {QStringLiteral("山平县档案馆"), QString(), QString()},
                  {QStringLiteral("山平县民政局"), QString(), QStringLiteral("山平县//政府部门")}};
    auto rows = SheetImport::unitRows(sheet);
    ASSERT_TRUE(rows);
    UnitService units(f.ctx());
    const auto preview = units.preview(*rows);
    EXPECT_EQ(preview.added.size(), 3);
    ASSERT_EQ(preview.updated.size(), 1); // 市教育局 moves
    ASSERT_EQ(preview.rejected.size(), 1);
    EXPECT_EQ(preview.rejected[0].row, 6);
    EXPECT_EQ(units.groupsToCreate(preview),
              (QStringList{QStringLiteral("河安县"), QStringLiteral("河安县/政府部门"), QStringLiteral("市直机关"), QStringLiteral("市直机关/社会事业")}));
    EXPECT_TRUE(GroupService(f.ctx()).tree().all().isEmpty()); // a preview writes nothing
    ASSERT_TRUE(units.apply(preview));
    const GroupTree tree = GroupService(f.ctx()).tree();
    EXPECT_EQ(tree.all().size(), 4);
    EXPECT_EQ(tree.path(units.byName(QStringLiteral("市教育局"))->groupId), QStringLiteral("市直机关/社会事业"));
    EXPECT_EQ(tree.path(units.byName(QStringLiteral("河安县财政局"))->groupId), QStringLiteral("河安县/政府部门"));
    EXPECT_EQ(units.byName(QStringLiteral("山平县档案馆"))->groupId, 0);
    EXPECT_EQ(audit(f, QStringLiteral("group.create")).size(), 4);

    // The same sheet again changes nothing; a blank cell leaves a unit where it is.
    const auto again = units.preview(*rows);
    EXPECT_EQ(again.changes(), 0);
    EXPECT_TRUE(units.groupsToCreate(again).isEmpty());
}

TEST(Groups, TheDemoBuildsATreeWhoseRollUpsAddUpAtEveryLevel)
{
    Fixture f;
    f.clock.set(QDateTime(QDate(2020, 9, 10), QTime(9, 0)));
    ASSERT_TRUE(DemoService(f.ctx()).generate({180, 2020, 7, {}}));
    const auto overview = GroupService(f.ctx()).overview();
    QStringList tops;
    for (const auto& g : overview)
        if (g.depth == 0) tops << g.path;
    ASSERT_EQ(tops.size(), 3) << tops.join(u',').toStdString();
    EXPECT_EQ(tops[0], QStringLiteral("市直机关"));
    int all = 0;
    for (const auto& g : overview) {
        if (g.depth == 0) all += g.allUnits;
        // A county's bureaus carry the county's name, never "县市委".
        if (g.depth == 0 && g.group.kind == GroupKind::Region) {
            EXPECT_TRUE(g.group.officeName.startsWith(g.path)) << g.group.officeName.toStdString();
        }
    }
    EXPECT_EQ(all, 180);
    for (const auto& u : UnitService(f.ctx()).list()) EXPECT_FALSE(u.name.endsWith(QStringLiteral("县市委"))) << u.name.toStdString();
    expectRollUpsAddUp(f.ctx());
    // A county's own figures, asked for by path.
    auto county = DashboardService(f.ctx()).figures(tops[1]);
    ASSERT_TRUE(county) << county.error().message.toStdString();
    EXPECT_EQ(county->scope, tops[1]);
    EXPECT_EQ(county->units * 4, county->heatmap.size());
    EXPECT_FALSE(DashboardService(f.ctx()).figures(QStringLiteral("没有这个县")));
}

TEST(Groups, UnitsPlacedAtTheTopAreTheirOwnRow)
{
    Fixture f;
    f.createCampaign(2020);
    addUnit(f, "市教育局");
    const qint64 placed = addUnit(f, "河安县民政局");
    ASSERT_TRUE(GroupService(f.ctx()).add(QStringLiteral("河安县")));
    ASSERT_TRUE(GroupService(f.ctx()).moveUnit(placed, QStringLiteral("河安县")));
    auto d = DashboardService(f.ctx()).figures();
    ASSERT_TRUE(d);
    ASSERT_EQ(d->groups.size(), 2);
    EXPECT_EQ(d->groups[0].path, QStringLiteral("河安县"));
    EXPECT_EQ(d->groups[0].units, 1);
    EXPECT_TRUE(d->groups[1].direct);
    EXPECT_EQ(d->groups[1].units, 1);
    expectRollUpsAddUp(f.ctx());
}

// The command line: groups add, list and move, a units sheet with 所属分组, and the dashboard
// for one group, its "groups" entries equal to each child's own figures.

TEST_F(Cli, GroupsAreAddedListedAndUnitsMovedAndTheDashboardReadsOneGroup)
{
    ASSERT_EQ(run(words("demo --units 130 --year 2020 --seed 3")).code, 0);
    CliRun r = run({QStringLiteral("groups"), QStringLiteral("add"), QStringLiteral("河安县/政府部门"), QStringLiteral("--kind"), QStringLiteral("system"),
                    QStringLiteral("--office"), QStringLiteral("河安县活动办")});
    ASSERT_EQ(r.code, 0) << r.err.toStdString();
    r = run({QStringLiteral("groups"), QStringLiteral("move"), QStringLiteral("市委办公室"), QStringLiteral("--to"), QStringLiteral("河安县/政府部门")});
    ASSERT_EQ(r.code, 0) << r.err.toStdString();
    r = run(words("groups list --format json"));
    ASSERT_EQ(r.code, 0) << r.err.toStdString();
    const QJsonArray groups = QJsonDocument::fromJson(r.out.toUtf8()).array();
    QJsonObject added;
    for (const auto& g : groups)
        if (g.toObject().value(QStringLiteral("path")).toString() == QStringLiteral("河安县/政府部门")) added = g.toObject();
    EXPECT_EQ(added.value(QStringLiteral("kind")).toString(), QStringLiteral("system"));
    EXPECT_EQ(added.value(QStringLiteral("office")).toString(), QStringLiteral("河安县活动办"));
    EXPECT_EQ(added.value(QStringLiteral("units")).toInt(), 1);
    // A path with an empty level: refused, exit code 3 or so, and said.
    r = run({QStringLiteral("groups"), QStringLiteral("add"), QStringLiteral("河安县//经济")});
    EXPECT_NE(r.code, 0);
    EXPECT_TRUE(r.err.contains(QStringLiteral("河安县//经济"))) << r.err.toStdString();
    // An unknown unit is named.
    r = run({QStringLiteral("groups"), QStringLiteral("move"), QStringLiteral("没有的单位"), QStringLiteral("--to"), QStringLiteral("河安县")});
    EXPECT_NE(r.code, 0);
    EXPECT_TRUE(r.err.contains(QStringLiteral("没有的单位"))) << r.err.toStdString();

    r = run(words("--as-of 2020-09-10 dashboard --format json"));
    ASSERT_EQ(r.code, 0) << r.err.toStdString();
    const QJsonObject all = QJsonDocument::fromJson(r.out.toUtf8()).object();
    const QJsonArray rows = all.value(QStringLiteral("groups")).toArray();
    ASSERT_GE(rows.size(), 3);
    int units = 0;
    for (const auto& row : rows) units += row.toObject().value(QStringLiteral("units")).toInt();
    EXPECT_EQ(units, all.value(QStringLiteral("units")).toInt());
    // One group's own figures equal its row at the top.
    const QJsonObject first = rows[0].toObject();
    r = run({QStringLiteral("--as-of"), QStringLiteral("2020-09-10"), QStringLiteral("dashboard"), QStringLiteral("--group"), first.value(QStringLiteral("path")).toString(),
             QStringLiteral("--format"), QStringLiteral("json")});
    ASSERT_EQ(r.code, 0) << r.err.toStdString();
    const QJsonObject part = QJsonDocument::fromJson(r.out.toUtf8()).object();
    EXPECT_EQ(part.value(QStringLiteral("scope")).toString(), first.value(QStringLiteral("path")).toString());
    for (const char* key : {"units", "reports_on_time", "reports_late", "reports_missing", "tasks_behind", "problems_open", "problems_overdue", "problems_closed"})
        EXPECT_EQ(part.value(QLatin1String(key)).toInt(), first.value(QLatin1String(key)).toInt()) << key;
    r = run(words("dashboard --group 没有这个县"));
    EXPECT_NE(r.code, 0);
    EXPECT_TRUE(r.err.contains(QStringLiteral("没有这个县"))) << r.err.toStdString();

    // The assessment between groups and within one: every assessed unit in one group's row,
    // and one group's units ranked from 1 among themselves.
    r = run(words("--as-of 2020-12-31 assess --year 2020 --format json"));
    ASSERT_EQ(r.code, 0) << r.err.toStdString();
    const QJsonArray assessed = QJsonDocument::fromJson(r.out.toUtf8()).array();
    r = run(words("--as-of 2020-12-31 assess groups --year 2020 --format json"));
    ASSERT_EQ(r.code, 0) << r.err.toStdString();
    const QJsonArray standings = QJsonDocument::fromJson(r.out.toUtf8()).array();
    ASSERT_GE(standings.size(), 3);
    int inGroups = 0;
    for (const auto& g : standings) inGroups += g.toObject().value(QStringLiteral("units")).toInt();
    EXPECT_EQ(inGroups, assessed.size());
    const QString second = standings[1].toObject().value(QStringLiteral("group")).toString();
    r = run({QStringLiteral("--as-of"), QStringLiteral("2020-12-31"), QStringLiteral("assess"), QStringLiteral("--year"), QStringLiteral("2020"),
             QStringLiteral("--group"), second, QStringLiteral("--format"), QStringLiteral("json")});
    ASSERT_EQ(r.code, 0) << r.err.toStdString();
    const QJsonArray within = QJsonDocument::fromJson(r.out.toUtf8()).array();
    ASSERT_EQ(within.size(), standings[1].toObject().value(QStringLiteral("units")).toInt());
    EXPECT_EQ(within[0].toObject().value(QStringLiteral("rank")).toInt(), 1);
    double sum = 0;
    for (const auto& u : within) sum += u.toObject().value(QStringLiteral("total")).toDouble();
    EXPECT_NEAR(sum / within.size(), standings[1].toObject().value(QStringLiteral("average")).toDouble(), 0.01);
    EXPECT_NE(run(words("assess --year 2020 --group 没有这个县")).code, 0);

    // units list carries each unit's group.
    r = run(words("units list --format json"));
    ASSERT_EQ(r.code, 0);
    const QJsonArray listed = QJsonDocument::fromJson(r.out.toUtf8()).array();
    ASSERT_FALSE(listed.isEmpty());
    EXPECT_EQ(listed[0].toObject().value(QStringLiteral("group")).toString(), QStringLiteral("河安县/政府部门"));
}

// A bulletin of a campaign in groups: the body compares the top-level groups (each the sum of
// its units), names at most ten units per 点名 heading, worst first, and carries every unit's
// line in its 附件 after the signature; it is addressed to the counties' offices and the 市直
// units, and counts 单位 rather than 市直单位.

TEST_F(Cli, AGroupedBulletinComparesTheGroupsAndPutsEveryUnitInItsAttachment)
{
    ASSERT_EQ(run(words("--as-of 2020-10-12 demo --units 200 --year 2020 --seed 5")).code, 0);
    auto opened = openDatabase(db());
    ASSERT_TRUE(opened);
    FixedClock clock{QDateTime(QDate(2020, 10, 12), QTime(9, 0))};
    auto c = BulletinService(ServiceContext{**opened, clock, Actor::localAdmin()}).draft(QStringLiteral("2020Q3"));
    ASSERT_TRUE(c) << c.error().message.toStdString();
    ASSERT_EQ(c->groups.size(), 4); // 市直机关 and three counties
    EXPECT_EQ(c->groups[0].name, QStringLiteral("市直机关"));
    EXPECT_EQ(c->addressee, QStringLiteral("各县区活动办、市直各单位"));
    int units = 0, onTime = 0, behind = 0, overdue = 0, red = 0;
    for (const auto& g : c->groups) {
        units += g.units;
        onTime += g.reportsOnTime;
        behind += g.tasksBehind;
        overdue += g.problemsOverdue;
        red += g.redUnits;
    }
    EXPECT_EQ(units, c->units);
    EXPECT_EQ(onTime, c->reportsOnTime);
    EXPECT_EQ(overdue, c->problemsOverdue);
    int rowsBehind = 0, rowsRed = 0;
    for (const auto& r : c->rows) {
        rowsBehind += r.tasksBehind;
        rowsRed += r.light == QLatin1String("red");
    }
    EXPECT_EQ(behind, rowsBehind);
    EXPECT_EQ(red, rowsRed);
    // Worst first: the first unit named misses at least as many months as the last.
    ASSERT_GT(c->missingReports.size(), 10);
    const auto missed = [&](const QString& unit) {
        for (const auto& r : c->rows)
            if (r.unit == unit) return r.reportsDue - r.reportsFiled;
        return -1;
    };
    EXPECT_GE(missed(c->missingReports.first()), missed(c->missingReports.last()));
    EXPECT_EQ(c->nameLimit, 10);

    // As printed: the text the PDF holds, page by page.
    const QString pdf = dir.filePath(QStringLiteral("bulletin.pdf"));
    const CliRun printed = run({QStringLiteral("--as-of"), QStringLiteral("2020-10-12"), QStringLiteral("bulletin"), QStringLiteral("--quarter"),
                                QStringLiteral("2020Q3"), QStringLiteral("--out"), pdf});
    ASSERT_EQ(printed.code, 0) << printed.err.toStdString();
    QProcess text;
    text.start(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), pdf, QStringLiteral("-")});
    ASSERT_TRUE(text.waitForFinished(60000));
    const QStringList pages = QString::fromUtf8(text.readAllStandardOutput()).split(QLatin1Char('\f'), Qt::SkipEmptyParts);
    qsizetype attachment = -1;
    for (qsizetype i = 0; i < pages.size(); ++i)
        if (pages[i].trimmed().startsWith(QStringLiteral("附件"))) attachment = i;
    ASSERT_GT(attachment, 0) << "no page starts with 附件";
    // The body as read, its lines run together: a phrase may break at a line's end.
    const QString body = QStringList(pages.mid(0, attachment)).join(QString()).remove(QRegularExpression(QStringLiteral("\\n\\s*")));
    const QString annex = QStringList(pages.mid(attachment)).join(QString());
    EXPECT_TRUE(body.contains(QStringLiteral("各县区活动办、市直各单位："))) << body.left(600).toStdString();
    EXPECT_TRUE(body.contains(QStringLiteral("二、各分组推进情况")));
    EXPECT_TRUE(body.contains(QStringLiteral("个单位按照活动实施方案")));
    EXPECT_FALSE(body.contains(QStringLiteral("个市直单位按照")));
    EXPECT_TRUE(body.contains(QStringLiteral("附件：各单位推进情况一览表")));
    EXPECT_TRUE(body.contains(QStringLiteral("等%1个单位。").arg(c->missingReports.size())));
    // Every unit's line is in the attachment, none in the body.
    EXPECT_TRUE(annex.contains(QStringLiteral("各单位推进情况一览表")));
    EXPECT_TRUE(annex.contains(c->rows.last().unit));
    // A county unit the body has no reason to name (neither called out nor a case) is not in it.
    QStringList named = c->missingReports.mid(0, 10) + c->overdueProblems.mid(0, 10);
    for (const auto& k : c->positive + c->negative) named << k.unit;
    QString quiet;
    for (const auto& r : c->rows)
        if (r.unit.contains(u'县') && !std::ranges::any_of(named, [&](const QString& n) { return n.contains(r.unit) || r.unit.contains(n); })) quiet = r.unit;
    ASSERT_FALSE(quiet.isEmpty());
    EXPECT_FALSE(body.contains(quiet)) << quiet.toStdString();
    EXPECT_TRUE(annex.contains(quiet)) << quiet.toStdString();
}

// The office's choices for the same bulletin: how many units each 点名 names, and the per-unit
// table sent as a spreadsheet of its own instead of the printed 附件; a bad count is refused and
// changes nothing.
TEST_F(Cli, TheOfficeSetsHowManyUnitsAreNamedAndWhereTheUnitTableGoes)
{
    ASSERT_EQ(run(words("--as-of 2020-10-12 demo --units 200 --year 2020 --seed 5")).code, 0);
    CliRun r = run(words("--as-of 2020-10-12 bulletin set --quarter 2020Q3 --name-limit -4"));
    EXPECT_NE(r.code, 0);
    EXPECT_TRUE(r.err.contains(QStringLiteral("999"))) << r.err.toStdString();
    r = run(words("--as-of 2020-10-12 bulletin set --quarter 2020Q3 --name-limit 3 --attachment xlsx"));
    ASSERT_EQ(r.code, 0) << r.err.toStdString();
    auto opened = openDatabase(db());
    ASSERT_TRUE(opened);
    FixedClock clock{QDateTime(QDate(2020, 10, 12), QTime(9, 0))};
    auto c = BulletinService(ServiceContext{**opened, clock, Actor::localAdmin()}).draft(QStringLiteral("2020Q3"));
    ASSERT_TRUE(c) << c.error().message.toStdString();
    EXPECT_EQ(c->nameLimit, 3);
    EXPECT_TRUE(c->attachmentApart);
    ASSERT_GT(c->missingReports.size(), 3);
    opened->reset();

    const QString pdf = dir.filePath(QStringLiteral("apart.pdf"));
    r = run({QStringLiteral("--as-of"), QStringLiteral("2020-10-12"), QStringLiteral("bulletin"), QStringLiteral("--quarter"), QStringLiteral("2020Q3"),
             QStringLiteral("--out"), pdf});
    ASSERT_EQ(r.code, 0) << r.err.toStdString();
    QProcess text;
    text.start(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), pdf, QStringLiteral("-")});
    ASSERT_TRUE(text.waitForFinished(60000));
    const QString all = QString::fromUtf8(text.readAllStandardOutput());
    EXPECT_TRUE(all.contains(QStringLiteral("附件：各单位推进情况一览表（电子表格，另发）"))) << all.right(800).toStdString();
    // No page of the printed bulletin is the attachment, and the last unit's line is not in it.
    for (const QString& page : all.split(QLatin1Char('\f'), Qt::SkipEmptyParts)) EXPECT_FALSE(page.trimmed().startsWith(QStringLiteral("附件")));
    EXPECT_FALSE(all.contains(c->rows.last().unit)) << c->rows.last().unit.toStdString();
    // The first three named, then 等N个单位; the fourth not.
    const QString flat = QString(all).remove(QRegularExpression(QStringLiteral("\\s+")));
    EXPECT_TRUE(flat.contains(c->missingReports.mid(0, 3).join(QStringLiteral("、")) + QStringLiteral("等%1个单位。").arg(c->missingReports.size())))
        << flat.toStdString();
    // The spreadsheet the office sends with it holds every unit's line.
    const QString xlsx = dir.filePath(QStringLiteral("apart.xlsx"));
    r = run({QStringLiteral("--as-of"), QStringLiteral("2020-10-12"), QStringLiteral("bulletin"), QStringLiteral("--quarter"), QStringLiteral("2020Q3"),
             QStringLiteral("--out"), xlsx});
    ASSERT_EQ(r.code, 0) << r.err.toStdString();
    EXPECT_GT(QFileInfo(xlsx).size(), 0);
}

// A county's bulletin: issued by the county's office with its own numbering, addressed as the
// county's settings say, about the county's units alone.
TEST_F(Cli, AGroupsBulletinIsItsOfficesOwn)
{
    ASSERT_EQ(run(words("--as-of 2020-10-12 demo --units 200 --year 2020 --seed 5")).code, 0);
    CliRun r = run(words("groups list --format json"));
    ASSERT_EQ(r.code, 0);
    QJsonObject county;
    for (const auto& g : QJsonDocument::fromJson(r.out.toUtf8()).array())
        if (g.toObject().value(QStringLiteral("kind")).toString() == QStringLiteral("region")) {
            county = g.toObject();
            break;
        }
    ASSERT_FALSE(county.isEmpty());
    const QString path = county.value(QStringLiteral("path")).toString();
    const auto at = [&](QStringList args) {
        args.prepend(QStringLiteral("2020-10-12"));
        args.prepend(QStringLiteral("--as-of"));
        return run(args);
    };
    const QString pdf = dir.filePath(QStringLiteral("county.pdf"));
    r = at({QStringLiteral("bulletin"), QStringLiteral("--quarter"), QStringLiteral("2020Q3"), QStringLiteral("--group"), path, QStringLiteral("--out"), pdf});
    ASSERT_EQ(r.code, 0) << r.err.toStdString();
    QProcess text;
    text.start(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), pdf, QStringLiteral("-")});
    ASSERT_TRUE(text.waitForFinished(60000));
    const QString printed = QString::fromUtf8(text.readAllStandardOutput());
    EXPECT_TRUE(printed.contains(county.value(QStringLiteral("office")).toString())) << printed.left(400).toStdString();
    EXPECT_TRUE(printed.contains(county.value(QStringLiteral("addressee")).toString() + QStringLiteral("："))) << printed.left(600).toStdString();
    // The county's units taking part (a deactivated one counts nowhere).
    r = run(words("units list --format json"));
    int active = 0;
    for (const auto& u : QJsonDocument::fromJson(r.out.toUtf8()).array())
        active += u.toObject().value(QStringLiteral("active")).toBool() && u.toObject().value(QStringLiteral("group")).toString().startsWith(path + QLatin1Char('/'));
    ASSERT_GT(active, 0);
    EXPECT_TRUE(printed.contains(QStringLiteral("全县%1个单位").arg(active))) << printed.left(800).toStdString();
    EXPECT_FALSE(printed.contains(QStringLiteral("市委办公室"))); // a 市直 unit is not the county's

    // Numbered of its own: the county's first and the campaign's first are both 第1期.
    r = at({QStringLiteral("bulletin"), QStringLiteral("issue"), QStringLiteral("--quarter"), QStringLiteral("2020Q3"), QStringLiteral("--group"), path});
    ASSERT_EQ(r.code, 0) << r.err.toStdString();
    EXPECT_EQ(r.out.trimmed(), QStringLiteral("1"));
    r = at({QStringLiteral("bulletin"), QStringLiteral("issue"), QStringLiteral("--quarter"), QStringLiteral("2020Q3")});
    ASSERT_EQ(r.code, 0) << r.err.toStdString();
    EXPECT_EQ(r.out.trimmed(), QStringLiteral("1"));
    r = at({QStringLiteral("bulletin"), QStringLiteral("issue"), QStringLiteral("--quarter"), QStringLiteral("2020Q2"), QStringLiteral("--group"), path});
    ASSERT_EQ(r.code, 0) << r.err.toStdString();
    EXPECT_EQ(r.out.trimmed(), QStringLiteral("2"));
    r = run({QStringLiteral("bulletin"), QStringLiteral("list"), QStringLiteral("--group"), path, QStringLiteral("--format"), QStringLiteral("json")});
    ASSERT_EQ(r.code, 0);
    EXPECT_EQ(QJsonDocument::fromJson(r.out.toUtf8()).array().size(), 2);
    r = run(words("bulletin list --format json"));
    EXPECT_EQ(QJsonDocument::fromJson(r.out.toUtf8()).array().size(), 1);
    // An unknown group is named.
    r = run({QStringLiteral("bulletin"), QStringLiteral("list"), QStringLiteral("--group"), QStringLiteral("没有这个县")});
    EXPECT_NE(r.code, 0);
    EXPECT_TRUE(r.err.contains(QStringLiteral("没有这个县")));
}
