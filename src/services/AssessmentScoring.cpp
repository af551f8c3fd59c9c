// Scoring: gathering each unit's facts for the year and applying the rubric, and the
// result's JSON form (the CLI's output and the frozen copy a lock keeps).
#include "domain/Reporting.h"
#include "services/AssessmentService.h"
#include "storage/AssessmentRepository.h"
#include "storage/CampaignRepository.h"
#include "storage/ProgressRepository.h"
#include "storage/ReviewRepository.h"
#include "storage/UnitRepository.h"

#include <QJsonArray>
#include <QSet>
#include <vector>

namespace cd {

Result<AssessmentResult> AssessmentService::compute(const Campaign& campaign, const Rubric& rubric)
{
    const QDate asOf = m_ctx.clock.today();
    CampaignRepository campaigns(m_ctx.db);
    AssessmentRepository repo(m_ctx.db);

    QList<UnitRecord> records;
    QHash<qint64, qsizetype> at;
    for (const auto& u : UnitRepository(m_ctx.db).all())
        if (u.active) {
            at.insert(u.id, records.size());
            records.append(UnitRecord{});
            records.last().unitId = u.id;
            records.last().unitName = u.name;
        }

    // Monthly reports whose deadline has passed on the day.
    const auto periods = campaigns.periods(campaign.id);
    QHash<qint64, QDate> due;
    for (const auto& p : periods)
        if (p.kind == PeriodKind::Month && p.deadline < asOf) due.insert(p.id, p.deadline);
    const auto submissions = repo.firstSubmissions(due, asOf);
    for (auto& r : records) {
        r.reportsDue = int(due.size());
        const auto [onTime, late] = submissions.value(r.unitId);
        r.reportsOnTime = onTime;
        r.reportsLate = late;
    }

    // Mandatory tasks on schedule, by the progress page's rule; the rubric's named tasks' totals.
    const auto tasks = campaigns.tasks(campaign.id);
    const auto shares = ReportRules::dueShares(periods, asOf);
    QSet<QString> named;
    for (const auto& item : rubric.items)
        if (item.rule == ScoreRule::Hearings || item.rule == ScoreRule::ProvinceRank) named.insert(item.text(QStringLiteral("task")));
    struct Judged
    {
        qsizetype pillar = 0;
        ReportRules::Mark mark;
        bool behindWithNothing = false;
        bool judged = false;
        QString code; // when the rubric names it
    };
    QHash<qint64, Judged> byTask;
    std::array<int, 5> judged{}, onScheduleWithNothing{};
    for (const auto& t : tasks) {
        Judged j;
        j.pillar = qsizetype(t.pillar);
        j.mark = ReportRules::mark(t, shares, asOf);
        j.judged = t.kind == TaskKind::Mandatory && j.mark.kind != ReportRules::Mark::Kind::Never;
        j.behindWithNothing = j.mark.behind(0, 0);
        if (named.contains(t.code)) j.code = t.code;
        if (j.judged) {
            ++judged[size_t(j.pillar)];
            if (!j.behindWithNothing) ++onScheduleWithNothing[size_t(j.pillar)];
        }
        if (j.judged || !j.code.isEmpty()) byTask.insert(t.id, j);
    }
    for (auto& r : records) {
        r.tasksJudged = judged;
        r.tasksOnSchedule = onScheduleWithNothing;
    }
    auto read = ProgressRepository(m_ctx.db).forEach([&](const ProgressRepository::Row& row) {
        const auto unit = at.constFind(row.unitId);
        const auto task = byTask.constFind(row.taskId);
        if (unit == at.cend() || task == byTask.cend()) return;
        UnitRecord& r = records[*unit];
        if (!task->code.isEmpty()) r.taskProgress.insert(task->code, {row.acceptedSum, row.acceptedReports});
        if (!task->judged) return;
        const bool behind = task->mark.behind(row.acceptedSum, row.acceptedReports);
        if (behind != task->behindWithNothing) r.tasksOnSchedule[size_t(task->pillar)] += behind ? -1 : 1;
    });
    if (!read) return fail(read.error());

    // Problems left overdue and published cases of the campaign year up to the day.
    const auto overdue = repo.overdueProblems(campaign.start, asOf);
    const auto cases = repo.publishedCases(campaign.start, asOf);
    for (auto& r : records) {
        r.overdueProblems = overdue.value(r.unitId);
        r.positiveCases = cases.value(r.unitId).first;
        r.negativeCases = cases.value(r.unitId).second;
    }

    // The secretaries' 述职测评: each unit's first responsible person's published result.
    const bool reviewed = std::ranges::any_of(rubric.items, [](const RubricItem& i) { return i.rule == ScoreRule::Review; });
    if (reviewed)
        for (const auto& [unit, r] : ReviewRepository(m_ctx.db).firstLevelResults(campaign.id).asKeyValueRange())
            if (at.contains(unit)) records[at.value(unit)].review = UnitRecord::Review{r.score, r.grade, r.person, r.session};

    // What the office entered: manual items' values and overrides of automatic ones.
    QHash<qint64, QHash<QString, AssessmentRepository::Entry>> entries;
    for (const auto& e : repo.entries(campaign.id)) {
        entries[e.unitId].insert(e.itemCode, e);
        if (const auto* item = rubric.item(e.itemCode); item && item->rule == ScoreRule::Manual && at.contains(e.unitId))
            records[at.value(e.unitId)].manual.insert(e.itemCode, e.value);
    }

    AssessmentResult result;
    result.year = campaign.year;
    result.asOf = asOf;
    result.rubric = rubric;
    result.units.reserve(records.size());
    for (const auto& r : records) {
        UnitScore u;
        u.unitId = r.unitId;
        u.unit = r.unitName;
        u.overdueProblems = r.overdueProblems;
        u.reportsMissing = r.reportsMissing();
        u.reportsOnTime = r.reportsOnTime;
        u.positiveCases = r.positiveCases;
        const auto mine = entries.value(r.unitId);
        for (const auto& item : rubric.items) {
            ItemScore s = AssessmentRules::score(item, r);
            if (auto e = mine.constFind(item.code); e != mine.cend()) {
                s.reason = e->reason;
                if (item.rule != ScoreRule::Manual) {
                    s.score = AssessmentRules::rounded(std::clamp(e->value, item.min(), item.max));
                    s.overridden = true;
                }
            }
            u.total += s.score;
            u.items.append(s);
        }
        u.total = AssessmentRules::rounded(u.total);
        u.grade = rubric.grades.of(u.total);
        result.units.append(std::move(u));
    }
    AssessmentRules::rank(result.units);
    return result;
}

QJsonObject AssessmentResult::unitJson(const UnitScore& u)
{
    QJsonArray items;
    for (const auto& i : u.items) {
        QJsonObject o{{QStringLiteral("item"), i.code},
                      {QStringLiteral("name"), i.name},
                      {QStringLiteral("pillar"), toId(i.pillar)},
                      {QStringLiteral("score"), i.score},
                      {QStringLiteral("max"), i.max},
                      {QStringLiteral("basis"), i.basis}};
        if (i.overridden) {
            o.insert(QStringLiteral("overridden"), true);
            o.insert(QStringLiteral("computed"), i.computed);
        }
        if (!i.reason.isEmpty()) o.insert(QStringLiteral("reason"), i.reason);
        items.append(o);
    }
    return {{QStringLiteral("unit"), u.unit},         {QStringLiteral("unit_id"), u.unitId},
            {QStringLiteral("total"), u.total},       {QStringLiteral("rank"), u.rank},
            {QStringLiteral("grade"), toId(u.grade)}, {QStringLiteral("grade_name"), displayName(u.grade)},
            {QStringLiteral("items"), items},         {QStringLiteral("overdue_problems"), u.overdueProblems},
            {QStringLiteral("reports_missing"), u.reportsMissing}, {QStringLiteral("reports_on_time"), u.reportsOnTime},
            {QStringLiteral("positive_cases"), u.positiveCases}};
}

QJsonObject AssessmentResult::toJson() const
{
    QJsonArray list;
    for (const auto& u : units) list.append(unitJson(u));
    return {{QStringLiteral("year"), year},
            {QStringLiteral("as_of"), asOf.toString(Qt::ISODate)},
            {QStringLiteral("rubric"), rubric.toJson()},
            {QStringLiteral("units"), list},
            {QStringLiteral("record_code"), recordCode}};
}

Result<AssessmentResult> AssessmentResult::fromJson(const QJsonObject& o)
{
    AssessmentResult r;
    r.year = o.value(QStringLiteral("year")).toInt();
    r.asOf = QDate::fromString(o.value(QStringLiteral("as_of")).toString(), Qt::ISODate);
    r.recordCode = o.value(QStringLiteral("record_code")).toString();
    auto rubric = Rubric::fromJson(o.value(QStringLiteral("rubric")).toObject());
    if (!rubric) return fail(rubric.error());
    r.rubric = *rubric;
    for (const auto& v : o.value(QStringLiteral("units")).toArray()) {
        const QJsonObject u = v.toObject();
        UnitScore s;
        s.unitId = u.value(QStringLiteral("unit_id")).toInteger();
        s.unit = u.value(QStringLiteral("unit")).toString();
        s.total = u.value(QStringLiteral("total")).toDouble();
        s.rank = u.value(QStringLiteral("rank")).toInt();
        s.grade = r.rubric.grades.of(s.total);
        s.overdueProblems = u.value(QStringLiteral("overdue_problems")).toInt();
        s.reportsMissing = u.value(QStringLiteral("reports_missing")).toInt();
        s.reportsOnTime = u.value(QStringLiteral("reports_on_time")).toInt();
        s.positiveCases = u.value(QStringLiteral("positive_cases")).toInt();
        for (const auto& iv : u.value(QStringLiteral("items")).toArray()) {
            const QJsonObject i = iv.toObject();
            ItemScore item;
            item.code = i.value(QStringLiteral("item")).toString();
            item.name = i.value(QStringLiteral("name")).toString();
            item.pillar = pillarFromId(i.value(QStringLiteral("pillar")).toString()).value_or(Pillar::General);
            item.score = i.value(QStringLiteral("score")).toDouble();
            item.max = i.value(QStringLiteral("max")).toDouble();
            item.basis = i.value(QStringLiteral("basis")).toString();
            item.overridden = i.value(QStringLiteral("overridden")).toBool();
            item.computed = i.value(QStringLiteral("computed")).toDouble(item.score);
            item.reason = i.value(QStringLiteral("reason")).toString();
            s.items.append(item);
        }
        r.units.append(s);
    }
    return r;
}

const UnitScore* AssessmentResult::unit(qint64 unitId) const
{
    for (const auto& u : units)
        if (u.unitId == unitId) return &u;
    return nullptr;
}

} // namespace cd
