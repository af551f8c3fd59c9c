#include "services/DemoService.h"

#include "services/CampaignService.h"
#include "services/DemoNames.h"
#include "services/DemoReports.h"
#include "services/DemoReview.h"
#include "services/DemoSupervision.h"
#include "storage/AssessmentRepository.h"
#include "storage/BulkInsert.h"
#include "storage/BulkLoad.h"
#include "storage/CampaignRepository.h"
#include "storage/ProgressRepository.h"
#include "storage/Database.h"
#include "storage/Transaction.h"
#include "storage/GroupRepository.h"
#include "storage/UnitRepository.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonObject>

namespace cd {
namespace {


struct UnitSeed
{
    QString name, shortName, category;
};

QList<UnitSeed> cityUnits()
{
    QList<UnitSeed> out;
    QFile f(QStringLiteral(":/demo/units.csv"));
    if (!f.open(QIODevice::ReadOnly)) return out;
    f.readLine(); // header
    while (!f.atEnd()) {
        const auto fields = QString::fromUtf8(f.readLine()).trimmed().split(QLatin1Char(','));
        if (fields.size() == 3) out.append({fields[0], fields[1], fields[2]});
    }
    return out;
}

Unit makeUnit(const UnitSeed& s, demo::Dice& dice, int order)
{
    Unit u;
    u.name = s.name;
    u.shortName = s.shortName;
    u.category = s.category;
    u.head = demo::personName(dice);
    u.deputy = demo::personName(dice);
    u.secretary = demo::personName(dice);
    u.phone = QStringLiteral("内线%1").arg(1000 + dice.below(9000));
    u.active = !dice.chance(2);
    u.sortOrder = order;
    return u;
}

} // namespace

Result<DemoSummary> DemoService::generate(const DemoOptions& options)
{
    if (options.units < 1) return fail(Error::invalid(QCoreApplication::translate("cd::DemoService", "The demo needs at least one unit.")));
    if (UnitRepository(m_ctx.db).count() > 0)
        return fail(Error::conflict(QCoreApplication::translate("cd::DemoService", "The demo is written into an empty database; this one already has units.")));
    // One transaction for the whole demo, the campaign included: a demo cut short (the
    // process killed, the server gone) leaves nothing of itself.
    Transaction tx(m_ctx.db);
    if (!tx.ok()) return fail(tx.error());
    // The database is empty: its references are checked once over every table at the end.
    ReferenceChecksAtEnd references(m_ctx.db);
    if (auto s = references.begin(); !s) return fail(s.error());
    CampaignService campaigns(m_ctx);
    auto campaign = campaigns.forYear(options.year);
    if (!campaign) {
        auto created = campaigns.createFromTemplateInTransaction(options.year);
        if (!created) return fail(created.error());
        campaign = *created;
    }

    demo::Dice dice(options.seed);
    DemoSummary summary;
    summary.campaignId = campaign->id;
    UnitRepository units(m_ctx.db);
    CampaignRepository tasksRepo(m_ctx.db);
    auto resp = BulkInsert::responsibilities(m_ctx.db);

    // The city's own units first, under 市直机关 by 系统; then the counties' bureaus named after
    // them, each county a 地区 with its bureaus by 系统 in turn.
    const auto city = cityUnits();
    GroupRepository groupsRepo(m_ctx.db);
    QHash<QString, qint64> groups; // path → id
    const auto group = [&](qint64 parent, const QString& parentPath, const QString& name, GroupKind kind, const QString& office,
                           const QString& addressee) -> Result<qint64> {
        const QString path = parentPath.isEmpty() ? name : parentPath + GroupTree::kSeparator + name;
        if (auto it = groups.constFind(path); it != groups.cend()) return *it;
        UnitGroup g{0, parent, name, QString(), kind, int(groups.size()) + 1, office, addressee};
        auto id = groupsRepo.insert(g);
        if (!id) return id;
        groups.insert(path, *id);
        return id;
    };
    QList<Unit> made;
    for (int i = 0; i < options.units; ++i) {
        UnitSeed s;
        QString region, regionOffice, regionAddressee;
        if (i < city.size()) {
            s = city[i];
            region = QStringLiteral("市直机关");
            regionOffice = QStringLiteral("市直机关工委");
            regionAddressee = QStringLiteral("市直各单位");
        } else {
            const auto& base = city[(i - city.size()) % city.size()];
            const QString county = demo::countyName(int((i - city.size()) / city.size()));
            const QString level = county.right(1); // 县 or 区
            s = {demo::countyVersion(base.name, county), demo::countyVersion(base.shortName, county), base.category};
            region = county;
            regionOffice = county + QStringLiteral("“三抓一促”活动领导小组办公室");
            regionAddressee = QStringLiteral("%1直各单位").arg(level);
        }
        Unit u = makeUnit(s, dice, i + 1);
        // A city alone needs no 市直机关 level: its 系统 are the top of the tree.
        const bool cityAlone = options.units <= city.size();
        qint64 top = 0;
        if (!cityAlone) {
            auto made = group(0, {}, region, i < city.size() ? GroupKind::Other : GroupKind::Region, regionOffice, regionAddressee);
            if (!made) return fail(made.error());
            top = *made;
        }
        auto system = group(top, cityAlone ? QString() : region, s.category, GroupKind::System, {}, {});
        if (!system) return fail(system.error());
        u.groupId = *system;
        auto id = units.insert(u);
        if (!id) return fail(id.error());
        u.id = *id;
        made.append(u);
    }

    // Some city units add their own tasks (自选动作有特色).
    QList<Task> tasks = tasksRepo.tasks(campaign->id);
    int optional = 0;
    for (const auto& u : made.mid(0, std::min<qsizetype>(made.size(), city.size()))) {
        if (!dice.chance(35)) continue;
        Task t;
        t.campaignId = campaign->id;
        t.pillar = kAllPillars[1 + dice.below(4)];
        t.code = QStringLiteral("Z%1").arg(++optional, 2, 10, QLatin1Char('0'));
        t.title = dice.pick(demo::optionalTaskTitles());
        t.description = QStringLiteral("%1自选动作，按季度推进。").arg(u.shortName);
        t.kind = TaskKind::Optional;
        t.ownerUnitId = u.id;
        t.cadence = Cadence::Quarterly;
        t.target = 4;
        t.measure = QStringLiteral("次");
        t.due = campaign->end;
        t.sortOrder = 1000 + optional;
        auto id = tasksRepo.insertTask(t);
        if (!id) return fail(id.error());
        t.id = *id;
        tasks.append(t);
    }

    for (const auto& u : made) {
        const bool patchy = dice.chance(8); // a few lists are not finished yet
        for (const auto& t : tasks) {
            if (t.kind == TaskKind::Optional && t.ownerUnitId != u.id) continue;
            if (patchy && dice.chance(30)) continue;
            const bool leadership = t.pillar == Pillar::Party || t.pillar == Pillar::General;
            QList<Responsibility> rs;
            if (leadership) {
                rs.append({0, u.id, t.id, ResponsibilityLevel::First, u.head, QStringLiteral("党组书记"),
                           QStringLiteral("全面负责%1，履行第一责任人职责").arg(t.title), t.target});
                rs.append({0, u.id, t.id, ResponsibilityLevel::Direct, u.deputy, QStringLiteral("机关党委书记"),
                           QStringLiteral("具体抓%1的日常推进，履行直接责任").arg(t.title), t.target});
            }
            rs.append({0, u.id, t.id, ResponsibilityLevel::Specific, dice.chance(50) ? u.secretary : demo::personName(dice),
                       dice.pick(demo::secretaryPosts()), QStringLiteral("负责%1的组织落实，按期报送进展").arg(t.title),
                       t.target});
            for (const auto& r : rs) {
                if (auto id = resp.insert({r.unitId, r.taskId, toId(r.level), r.person, r.post, r.duty, r.target}); !id) return fail(id.error());
                ++summary.responsibilities;
            }
        }
    }
    if (auto s = resp.finish(); !s) return fail(s.error());
    summary.units = int(made.size());
    summary.tasks = int(tasks.size());
    const QDate asOf = options.asOf.isValid() ? options.asOf : m_ctx.clock.today();
    auto written = DemoReports::write(m_ctx.db, made, tasks, tasksRepo.periods(campaign->id), asOf, dice);
    if (!written) return fail(written.error());
    summary.plans = written->plans;
    summary.reports = written->reports;
    summary.reportItems = written->items;
    if (auto s = ProgressRepository(m_ctx.db).rebuild(); !s) return fail(s.error());
    auto supervised = DemoSupervision::write(m_ctx.db, made, *campaign, asOf, dice);
    if (!supervised) return fail(supervised.error());
    summary.problems = supervised->problems;
    // After the year, the secretaries' 述职测评 is held and published, and the office has
    // entered the manual item of the default rubric, the leadership evaluation.
    if (asOf > campaign->end) {
        if (auto r = DemoReview::write(m_ctx.db, made, *campaign, dice, m_ctx.actor.login, m_ctx.clock.now()); !r) return fail(r.error());
        AssessmentRepository assessment(m_ctx.db);
        for (const auto& u : made)
            for (const char* item : {"leadership"}) {
                const double value = 6 + dice.below(9) * 0.5; // 6 to 10
                const AssessmentRepository::Entry e{u.id, QString::fromLatin1(item), value, {}, m_ctx.actor.login, m_ctx.clock.now()};
                if (auto s = assessment.setEntry(campaign->id, e); !s) return fail(s.error());
            }
    }
    if (auto s = references.end(); !s) return fail(s.error());
    if (auto s = m_ctx.audit(QStringLiteral("demo.generate"), QStringLiteral("campaign"), campaign->id, {},
                             {{QStringLiteral("units"), summary.units},
                              {QStringLiteral("tasks"), summary.tasks},
                              {QStringLiteral("responsibilities"), summary.responsibilities},
                              {QStringLiteral("reports"), summary.reports},
                              {QStringLiteral("seed"), qint64(options.seed)}});
        !s)
        return fail(s.error());
    if (auto s = tx.commit(); !s) return fail(s.error());
    m_ctx.db.settleAfterBulkLoad();
    return summary;
}

} // namespace cd
