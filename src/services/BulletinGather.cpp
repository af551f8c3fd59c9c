// Gathering a quarter's figures for the bulletin, and the sections they suggest.
#include "domain/PeriodCalendar.h"
#include "domain/Text.h"
#include "services/BulletinGroups.h"
#include "services/BulletinService.h"
#include "services/DashboardService.h"
#include "storage/CampaignRepository.h"
#include "storage/DashboardRepository.h"
#include "storage/GroupRepository.h"
#include "storage/ReviewRepository.h"
#include "storage/SupervisionRepository.h"
#include "storage/UnitRepository.h"

#include <QCoreApplication>
#include <QSet>

namespace cd {
namespace {

QString percent(int part, int whole) { return whole > 0 ? QString::number(100.0 * part / whole, 'f', 1) + QLatin1Char('%') : QStringLiteral("—"); }

QString paragraph(const QString& text) { return QStringLiteral("<p>%1</p>").arg(text.toHtmlEscaped()); }

} // namespace

Result<BulletinContent> BulletinService::gather(const QString& quarter, qint64* campaignId)
{
    if (auto s = m_ctx.require(Operation::ReadAllUnits); !s) return fail(s.error());
    if (auto s = inPart(); !s) return fail(s.error());
    const auto ref = PeriodCalendar::parse(quarter);
    if (!ref || ref->kind != PeriodKind::Quarter)
        return fail(Error::invalid(QCoreApplication::translate("cd::BulletinService", "%1 is not a quarter (write 2020Q2).").arg(quarter)));
    CampaignRepository campaigns(m_ctx.db);
    const auto campaign = campaigns.byYear(ref->year);
    if (!campaign)
        return fail(Error::notFound(QCoreApplication::translate("cd::BulletinService", "There is no campaign for %1.").arg(ref->year)));
    if (campaignId) *campaignId = campaign->id;
    const QDate today = m_ctx.clock.today();
    const QDate first(ref->year, ref->index * 3 - 2, 1);
    const QDate last = first.addMonths(3).addDays(-1);

    BulletinContent c;
    c.year = ref->year;
    c.quarter = PeriodCalendar::code(*ref);
    c.date = today;
    c.asOf = today;
    c.issuer = text::campaignOffice();

    // The part of the campaign: every unit, or those under the bulletin's group.
    const GroupTree tree(GroupRepository(m_ctx.db).all());
    if (m_group != 0 && !tree.byId(m_group))
        return fail(Error::notFound(QCoreApplication::translate("cd::BulletinService", "The group no longer exists.")));
    QList<Unit> units;
    QHash<qint64, QString> names; // every unit of the part, for cases of units made inactive since
    for (const auto& u : UnitRepository(m_ctx.db).all()) {
        if (!tree.within(u.groupId, m_group)) continue;
        names.insert(u.id, u.name);
        if (u.active) units.append(u);
    }
    c.units = int(units.size());
    if (m_group != 0) {
        c.scope = tree.path(m_group);
        c.scopeWord = bulletin::scopeWord(tree, m_group);
        if (const QString office = bulletin::issuer(tree, m_group); !office.isEmpty()) c.issuer = office;
    }

    // Reports: the quarter's months whose deadline has passed, by each unit's first submission.
    DashboardRepository dashboard(m_ctx.db);
    QHash<qint64, QPair<int, int>> filed; // unit → filed, on time
    for (const auto& p : campaigns.periods(campaign->id)) {
        if (p.kind != PeriodKind::Month || p.start < first || p.start > last || p.deadline >= today) continue;
        ++c.monthsDue;
        const auto states = dashboard.submissionStates(p.id, p.deadline);
        for (auto it = states.begin(); it != states.end(); ++it) {
            ++filed[it.key()].first;
            if (it.value() == 1) ++filed[it.key()].second;
        }
    }

    // Tasks behind schedule and the lights, as the dashboard shows them on the day.
    DashboardService board(m_ctx);
    auto figures = board.figures(m_group);
    if (!figures) return fail(figures.error());
    QHash<qint64, int> behind;
    QHash<qint64, Light> worst;
    for (const auto& cell : figures->heatmap) {
        behind[cell.unitId] += cell.facts.tasksBehind;
        worst[cell.unitId] = std::max(worst.value(cell.unitId, Light::Green), cell.decision.light);
    }
    if (auto trends = board.trends(*figures)) {
        for (const auto& [pillar, share] : trends->completionByPillar) c.completion.append({officialName(pillar), share});
        // The months of the dashboard's trends up to the quarter's end; the dashboard follows
        // the latest campaign, so an earlier year's bulletin has no trend figures.
        const auto latest = campaigns.latest();
        for (qsizetype i = 0; latest && latest->id == campaign->id && i < trends->months.size(); ++i) {
            if (trends->months[i] > PeriodCalendar::code({PeriodKind::Month, ref->year, last.month()})) break;
            c.trendMonths << trends->months[i];
            c.onTimeRate << trends->onTimeRate.value(i, -1);
            c.problemsFoundByMonth << trends->problemsOpened.value(i);
            c.problemsClosedByMonth << trends->problemsClosed.value(i);
        }
    }
    int mandatory = 0;
    for (const auto& t : campaigns.tasks(campaign->id)) mandatory += t.kind == TaskKind::Mandatory && t.pillar != Pillar::General;

    // Problem lines found or struck off in the quarter, and those overdue on the day.
    struct Lines
    {
        int found = 0, closed = 0, overdue = 0;
    };
    QHash<qint64, Lines> lines;
    QHash<Pillar, int> categories;
    for (const auto& p : SupervisionRepository(m_ctx.db).problems({})) {
        if (p.raisedOn > today || !names.contains(p.unitId)) continue;
        Lines& l = lines[p.unitId];
        if (p.raisedOn >= first && p.raisedOn <= last) {
            ++l.found;
            ++categories[p.pillar];
        }
        if (p.status == ProblemStatus::Closed && p.closedOn >= first && p.closedOn <= last && p.closedOn <= today) ++l.closed;
        if (p.status != ProblemStatus::Closed && p.deadline < today) ++l.overdue;
    }
    for (Pillar p : kAllPillars)
        if (categories.value(p) > 0) c.problemCategories.append({officialName(p), categories.value(p)});

    const auto inspections = SupervisionRepository(m_ctx.db).inspections(c.quarter);
    QSet<qint64> visited;
    for (const auto& i : inspections) {
        if (i.date > today) continue;
        // An inspection counts in a group's bulletin where it visited one of the group's units.
        bool here = m_group == 0;
        for (const auto& v : i.visits)
            if (names.contains(v.unitId)) {
                visited.insert(v.unitId);
                here = true;
            }
        c.inspections += here;
    }
    c.unitsVisited = int(visited.size());

    for (const auto& tc : SupervisionRepository(m_ctx.db).cases()) {
        if (!tc.published || tc.date < first || tc.date > last || tc.date > today || !names.contains(tc.unitId)) continue;
        (tc.positive ? c.positive : c.negative).append({names.value(tc.unitId), tc.title, tc.text});
    }

    QList<QPair<QString, int>> missing, overdue; // unit → months missing, lines overdue
    QList<qint64> unitGroups;
    for (const auto& u : units) {
        BulletinUnitRow r;
        r.unit = u.name;
        r.reportsDue = c.monthsDue;
        r.reportsFiled = filed.value(u.id).first;
        r.reportsOnTime = filed.value(u.id).second;
        r.tasksBehind = behind.value(u.id);
        r.tasksOnSchedule = std::max(0, mandatory - r.tasksBehind);
        const Lines l = lines.value(u.id);
        r.problemsFound = l.found;
        r.problemsClosed = l.closed;
        r.problemsOverdue = l.overdue;
        r.light = toId(worst.value(u.id, Light::Green));
        c.reportsOnTime += r.reportsOnTime;
        c.reportsLate += r.reportsFiled - r.reportsOnTime;
        c.problemsFound += l.found;
        c.problemsClosed += l.closed;
        c.problemsOverdue += l.overdue;
        if (r.reportsFiled < r.reportsDue) missing.append({u.name, r.reportsDue - r.reportsFiled});
        if (l.overdue > 0) overdue.append({u.name, l.overdue});
        c.rows.append(r);
        unitGroups << u.groupId;
    }
    c.missingReports = bulletin::worstFirst(missing);
    c.overdueProblems = bulletin::worstFirst(overdue);
    c.nameLimit = bulletin::kNameLimit;
    c.groups = bulletin::groupRows(c.rows, unitGroups, tree, m_group);
    c.addressee = bulletin::addressee(tree, m_group);
    c.reportsDue = c.units * c.monthsDue;
    c.reportsMissing = c.reportsDue - c.reportsOnTime - c.reportsLate;

    // 述职测评 published in the quarter, up to the day.
    ReviewRepository reviews(m_ctx.db);
    double scores = 0;
    for (const auto& s : reviews.sessions(campaign->id)) {
        const QDate published = s.publishedAt.date();
        if (!s.published() || published < first || published > last || published > today) continue;
        ++c.reviewSessions;
        const auto people = reviews.people(s.id);
        for (const auto& r : reviews.results(s.id)) {
            if (r.result.value(QStringLiteral("valid")).toInt() == 0 || !names.contains(r.unitId)) continue;
            ++c.reviewPeople;
            scores += r.score;
            if (const auto grade = markFromText(r.grade)) ++c.reviewGrades[size_t(*grade)];
            if (r.grade == markName(ReviewMark::Poor))
                if (const auto p = std::ranges::find(people, r.personId, &ReviewPerson::id); p != people.end()) c.reviewPoor << p->unit + p->name;
        }
    }
    c.reviewAverage = c.reviewPeople > 0 ? ReviewTally::rounded(scores / c.reviewPeople) : 0;
    return c;
}

BulletinSections BulletinService::generated(const BulletinContent& c)
{
    BulletinSections s;
    QStringList completion;
    for (const auto& [name, share] : c.completion) completion << QStringLiteral("%1%2%").arg(name, QString::number(share * 100, 'f', 1));
    s.overview =
        // Placeholders in the order they are filled: a number put in before a later "%N" would
        // read as part of it ("%9" then "59" is "%959").
        paragraph(QStringLiteral("%1，%2%3个%4按照活动实施方案扎实推进“三抓一促”各项任务。本季度应报月度进度%5份，按时报送%6份，"
                                 "按时报送率%7，迟报%8份，未报%9份。")
                      .arg(c.quarterLabel(), c.scopeWord)
                      .arg(c.units)
                      // 市直单位 only where every unit is one: a campaign with counties' bureaus says 单位.
                      .arg(c.addressee == QLatin1String("各市直单位") ? QStringLiteral("市直单位") : QStringLiteral("单位"))
                      .arg(c.reportsDue)
                      .arg(c.reportsOnTime)
                      .arg(percent(c.reportsOnTime, c.reportsDue))
                      .arg(c.reportsLate)
                      .arg(c.reportsMissing)) +
        paragraph(QStringLiteral("领导小组办公室本季度开展督查%1次，实地督查单位%2个，发现问题%3个，已整改销号%4个，逾期未销号%5个。"
                                 "截至%6，各方面规定任务按进度完成率：%7。")
                      .arg(c.inspections)
                      .arg(c.unitsVisited)
                      .arg(c.problemsFound)
                      .arg(c.problemsClosed)
                      .arg(c.problemsOverdue)
                      .arg(QStringLiteral("%1年%2月%3日").arg(c.asOf.year()).arg(c.asOf.month()).arg(c.asOf.day()))
                      .arg(completion.isEmpty() ? QStringLiteral("—") : completion.join(QStringLiteral("，"))));
    if (c.reviewSessions > 0)
        s.overview += paragraph(QStringLiteral("本季度召开基层党建述职评议会%1场，%2名党组织书记述职。测评结果为“好”的%3人、“较好”的%4人、“一般”的%5人、“差”的%6人，"
                                               "平均得分%7分。")
                                    .arg(c.reviewSessions)
                                    .arg(c.reviewPeople)
                                    .arg(c.reviewGrades[0])
                                    .arg(c.reviewGrades[1])
                                    .arg(c.reviewGrades[2])
                                    .arg(c.reviewGrades[3])
                                    .arg(QString::number(c.reviewAverage, 'f', 2)) +
                                (c.reviewPoor.isEmpty() ? QString() : QStringLiteral("测评等次为“差”的：%1。").arg(c.reviewPoor.join(QStringLiteral("、")))));
    if (c.positive.isEmpty()) {
        s.practices = paragraph(QStringLiteral("本季度暂无发布的先进典型。"));
    } else {
        for (const auto& p : c.positive)
            // Set as the negative cases are: one style for both, on the body's grid.
            s.practices += paragraph(QStringLiteral("%1：%2。%3").arg(p.unit, p.title, p.text));
    }
    QStringList categories;
    for (const auto& [name, count] : c.problemCategories) categories << QStringLiteral("%1方面%2个").arg(name).arg(count);
    s.problems = paragraph(categories.isEmpty() ? QStringLiteral("本季度督查未发现新的问题。")
                                                : QStringLiteral("本季度督查发现的问题主要集中在：%1。").arg(categories.join(QStringLiteral("，"))));
    for (const auto& n : c.negative)
        s.problems += paragraph(QStringLiteral("%1：%2。%3").arg(n.unit, n.title, n.text));
    s.nextSteps = paragraph(QStringLiteral("各单位要对照本通报指出的问题，逐项制定整改措施，明确责任人和整改时限，按照问题销号制要求于下季度首月底前报送整改情况。")) +
                  paragraph(QStringLiteral("被点名的单位要深刻反思，主要负责同志要亲自研究部署，确保各项任务按进度完成。领导小组办公室将适时开展“回头看”，"
                                           "对整改不力的单位予以通报批评，并纳入年终目标责任制综合考评。"));
    return s;
}

} // namespace cd
