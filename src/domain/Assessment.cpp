#include "domain/Assessment.h"

#include "domain/IdTable.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QRegularExpression>
#include <algorithm>
#include <cmath>

namespace cd {
namespace {

constexpr std::array<std::pair<ScoreRule, const char*>, 9> kRuleIds{{
    {ScoreRule::ReportsOnTime, "reports_on_time"},
    {ScoreRule::TaskCompletion, "task_completion"},
    {ScoreRule::Hearings, "hearings"},
    {ScoreRule::OverdueProblems, "overdue_problems"},
    {ScoreRule::NegativeCases, "negative_cases"},
    {ScoreRule::PositiveCases, "positive_cases"},
    {ScoreRule::ProvinceRank, "province_rank"},
    {ScoreRule::Manual, "manual"},
    {ScoreRule::Review, "review"},
}};
constexpr std::array<std::pair<Grade, const char*>, 4> kGradeIds{
    {{Grade::Excellent, "excellent"}, {Grade::Good, "good"}, {Grade::Pass, "pass"}, {Grade::Poor, "poor"}}};

double clamp(double v, double low, double high) { return std::min(high, std::max(low, v)); }

} // namespace

QString toId(ScoreRule r) { return ids::of(r, kRuleIds); }
std::optional<ScoreRule> scoreRuleFromId(const QString& id) { return ids::from(id, kRuleIds); }
QString toId(Grade g) { return ids::of(g, kGradeIds); }

QString displayName(ScoreRule r)
{
    switch (r) {
    case ScoreRule::ReportsOnTime: return QCoreApplication::translate("cd::Assessment", "Reports on time");
    case ScoreRule::TaskCompletion: return QCoreApplication::translate("cd::Assessment", "Mandatory tasks completed");
    case ScoreRule::Hearings: return QCoreApplication::translate("cd::Assessment", "Party-group hearings");
    case ScoreRule::OverdueProblems: return QCoreApplication::translate("cd::Assessment", "Problems left overdue");
    case ScoreRule::NegativeCases: return QCoreApplication::translate("cd::Assessment", "Negative cases");
    case ScoreRule::PositiveCases: return QCoreApplication::translate("cd::Assessment", "Positive cases");
    case ScoreRule::ProvinceRank: return QCoreApplication::translate("cd::Assessment", "Province rank");
    case ScoreRule::Manual: return QCoreApplication::translate("cd::Assessment", "Entered by the office");
    case ScoreRule::Review: return QCoreApplication::translate("cd::Assessment", "Secretaries' report-and-rating");
    }
    return {};
}

QString displayName(Grade g)
{
    switch (g) {
    case Grade::Excellent: return QCoreApplication::translate("cd::Assessment", "Excellent");
    case Grade::Good: return QCoreApplication::translate("cd::Assessment", "Good");
    case Grade::Pass: return QCoreApplication::translate("cd::Assessment", "Fair");
    case Grade::Poor: return QCoreApplication::translate("cd::Assessment", "Poor");
    }
    return {};
}

QString officialName(Grade g)
{
    switch (g) {
    case Grade::Excellent: return QStringLiteral("优秀");
    case Grade::Good: return QStringLiteral("良好");
    case Grade::Pass: return QStringLiteral("一般");
    case Grade::Poor: return QStringLiteral("较差");
    }
    return {};
}

QList<RuleParameter> ruleParameters(ScoreRule r)
{
    const auto p = [](const char* key, QJsonValue v) { return RuleParameter{QString::fromLatin1(key), std::move(v)}; };
    switch (r) {
    case ScoreRule::ReportsOnTime: return {p("missing", 5), p("late", 2)};
    case ScoreRule::TaskCompletion: return {p("pillar", QStringLiteral("all"))};
    case ScoreRule::Hearings: return {p("task", QStringLiteral("P2")), p("required", 2)};
    case ScoreRule::OverdueProblems: return {p("per", 3)};
    case ScoreRule::NegativeCases: return {p("per", 5), p("cap", 25)};
    case ScoreRule::PositiveCases: return {p("per", 2)};
    case ScoreRule::ProvinceRank: return {p("task", QStringLiteral("R1")), p("full_within", 3), p("step", 1)};
    case ScoreRule::Manual: return {};
    case ScoreRule::Review: return {};
    }
    return {};
}

QString ruleParameterName(ScoreRule r, const QString& key)
{
    const auto say = [](const char* text) { return QCoreApplication::translate("cd::Assessment", text); };
    if (key == QLatin1String("missing")) return say(QT_TRANSLATE_NOOP("cd::Assessment", "points off per missing report"));
    if (key == QLatin1String("late")) return say(QT_TRANSLATE_NOOP("cd::Assessment", "points off per late report"));
    if (key == QLatin1String("pillar")) return say(QT_TRANSLATE_NOOP("cd::Assessment", "pillar"));
    if (key == QLatin1String("task")) return say(QT_TRANSLATE_NOOP("cd::Assessment", "task code"));
    if (key == QLatin1String("required")) return say(QT_TRANSLATE_NOOP("cd::Assessment", "hearings required"));
    if (key == QLatin1String("cap")) return say(QT_TRANSLATE_NOOP("cd::Assessment", "most points off"));
    if (key == QLatin1String("full_within")) return say(QT_TRANSLATE_NOOP("cd::Assessment", "full marks down to place"));
    if (key == QLatin1String("step")) return say(QT_TRANSLATE_NOOP("cd::Assessment", "points off per place below"));
    if (key == QLatin1String("per")) {
        if (r == ScoreRule::OverdueProblems) return say(QT_TRANSLATE_NOOP("cd::Assessment", "points off per overdue line"));
        if (r == ScoreRule::NegativeCases) return say(QT_TRANSLATE_NOOP("cd::Assessment", "points off per case"));
        if (r == ScoreRule::PositiveCases) return say(QT_TRANSLATE_NOOP("cd::Assessment", "points added per case"));
    }
    return key;
}

Grade GradeScale::of(double total) const
{
    const double t = AssessmentRules::rounded(total);
    if (t >= excellent) return Grade::Excellent;
    if (t >= good) return Grade::Good;
    if (t >= pass) return Grade::Pass;
    return Grade::Poor;
}

double RubricItem::number(const QString& key) const
{
    if (params.contains(key)) return params.value(key).toDouble();
    for (const auto& p : ruleParameters(rule))
        if (p.key == key) return p.fallback.toDouble();
    return 0;
}

QString RubricItem::text(const QString& key) const
{
    if (params.contains(key)) return params.value(key).toString();
    for (const auto& p : ruleParameters(rule))
        if (p.key == key) return p.fallback.toString();
    return {};
}

double RubricItem::min() const { return rule == ScoreRule::NegativeCases ? -number(QStringLiteral("cap")) : 0; }

const RubricItem* Rubric::item(const QString& code) const
{
    for (const auto& i : items)
        if (i.code == code) return &i;
    return nullptr;
}

double Rubric::maxTotal() const
{
    double sum = 0;
    for (const auto& i : items) sum += i.max;
    return sum;
}

Status Rubric::validate(const Rubric& r)
{
    const auto refuse = [](const QString& m) { return fail(Error::invalid(m)); };
    static const QRegularExpression codePattern(QStringLiteral("^[A-Za-z0-9_-]{1,32}$"));
    if (r.items.isEmpty())
        return refuse(QCoreApplication::translate("cd::Assessment", "The rubric has no items: every unit would score 0. Give it at least one item."));
    QStringList seen;
    for (const auto& i : r.items) {
        if (!codePattern.match(i.code).hasMatch())
            return refuse(QCoreApplication::translate("cd::Assessment", "Item code \"%1\": use 1 to 32 letters, digits, - or _.").arg(i.code));
        if (seen.contains(i.code)) return refuse(QCoreApplication::translate("cd::Assessment", "Item code %1 is used twice.").arg(i.code));
        seen << i.code;
        if (i.name.trimmed().isEmpty()) return refuse(QCoreApplication::translate("cd::Assessment", "Item %1 needs a name.").arg(i.code));
        // The item by its name, as the rubric dialog shows it (the code is the command line's).
        const QString item = QStringLiteral("“%1”").arg(i.name.trimmed());
        if (i.rule == ScoreRule::NegativeCases ? i.max != 0 : (i.max <= 0 || i.max > 100))
            return refuse(i.rule == ScoreRule::NegativeCases
                              ? QCoreApplication::translate("cd::Assessment", "Item %1 only deducts: its maximum is 0.").arg(item)
                              : QCoreApplication::translate("cd::Assessment", "Item %1: the maximum must be above 0 and at most 100.").arg(item));
        for (auto it = i.params.begin(); it != i.params.end(); ++it) {
            const auto known = ruleParameters(i.rule);
            const auto p = std::ranges::find(known, it.key(), &RuleParameter::key);
            if (p == known.end())
                return refuse(QCoreApplication::translate("cd::Assessment", "Item %1: the rule has no parameter %2.").arg(item, it.key()));
            if (p->fallback.isDouble() && (!it.value().isDouble() || it.value().toDouble() < 0))
                return refuse(QCoreApplication::translate("cd::Assessment", "Item %1: %2 must be a number of 0 or more.").arg(item, ruleParameterName(i.rule, it.key())));
            if (p->fallback.isString() && it.value().toString().trimmed().isEmpty())
                return refuse(QCoreApplication::translate("cd::Assessment", "Item %1: %2 must not be empty.").arg(item, ruleParameterName(i.rule, it.key())));
        }
        if (i.rule == ScoreRule::TaskCompletion) {
            const QString pillar = i.text(QStringLiteral("pillar"));
            if (pillar != QLatin1String("all") && !pillarFromId(pillar))
                return refuse(QCoreApplication::translate("cd::Assessment", "Item %1: pillar %2 is none of the campaign's pillars.").arg(item, pillar));
        }
        if (i.rule == ScoreRule::Hearings && i.number(QStringLiteral("required")) <= 0)
            return refuse(QCoreApplication::translate("cd::Assessment", "Item %1: at least one hearing must be required.").arg(item));
    }
    const auto& g = r.grades;
    if (!(g.pass >= 0 && g.pass < g.good && g.good < g.excellent))
        return refuse(QCoreApplication::translate("cd::Assessment", "Grade thresholds must rise: fair below good below excellent."));
    return {};
}

QJsonObject Rubric::toJson() const
{
    QJsonArray list;
    for (const auto& i : items)
        list.append(QJsonObject{{QStringLiteral("code"), i.code},
                                {QStringLiteral("name"), i.name},
                                {QStringLiteral("pillar"), cd::toId(i.pillar)},
                                {QStringLiteral("rule"), cd::toId(i.rule)},
                                {QStringLiteral("max"), i.max},
                                {QStringLiteral("params"), i.params}});
    return {{QStringLiteral("items"), list},
            {QStringLiteral("grades"), QJsonObject{{QStringLiteral("excellent"), grades.excellent},
                                                   {QStringLiteral("good"), grades.good},
                                                   {QStringLiteral("pass"), grades.pass}}}};
}

Result<Rubric> Rubric::fromJson(const QJsonObject& o)
{
    Rubric r;
    for (const auto& v : o.value(QStringLiteral("items")).toArray()) {
        const QJsonObject i = v.toObject();
        RubricItem item;
        item.code = i.value(QStringLiteral("code")).toString();
        item.name = i.value(QStringLiteral("name")).toString();
        const auto pillar = pillarFromId(i.value(QStringLiteral("pillar")).toString());
        const auto rule = scoreRuleFromId(i.value(QStringLiteral("rule")).toString());
        if (!pillar || !rule)
            return fail(Error::invalid(QCoreApplication::translate("cd::Assessment", "Item %1 has an unknown pillar or rule.").arg(item.code)));
        item.pillar = *pillar;
        item.rule = *rule;
        item.max = i.value(QStringLiteral("max")).toDouble();
        item.params = i.value(QStringLiteral("params")).toObject();
        r.items.append(item);
    }
    const QJsonObject g = o.value(QStringLiteral("grades")).toObject();
    r.grades.excellent = g.value(QStringLiteral("excellent")).toDouble(r.grades.excellent);
    r.grades.good = g.value(QStringLiteral("good")).toDouble(r.grades.good);
    r.grades.pass = g.value(QStringLiteral("pass")).toDouble(r.grades.pass);
    if (auto s = Rubric::validate(r); !s) return fail(s.error());
    return r;
}

double UnitScore::pillarTotal(Pillar p) const
{
    double sum = 0;
    for (const auto& i : items)
        if (i.pillar == p) sum += i.score;
    return sum;
}

double AssessmentRules::rounded(double v) { return std::round(v * 10.0) / 10.0; }

QString AssessmentRules::format(double v)
{
    const double r = rounded(v);
    QString s = QString::number(std::abs(r), 'f', 1);
    if (s.endsWith(QLatin1String(".0"))) s.chop(2);
    return r < 0 ? QStringLiteral("−") + s : s;
}

// The basis is written in Chinese whatever the interface language: it is printed on the
// score sheet, an official document, and kept with a locked assessment.
ItemScore AssessmentRules::score(const RubricItem& item, const UnitRecord& u)
{
    ItemScore s{item.code, item.name, item.pillar, 0, item.max, {}, 0, false, {}};
    const auto n = [](double v) { return AssessmentRules::format(v); };
    switch (item.rule) {
    case ScoreRule::ReportsOnTime: {
        const int missing = u.reportsMissing();
        s.score = clamp(item.max - missing * item.number(QStringLiteral("missing")) - u.reportsLate * item.number(QStringLiteral("late")), 0,
                        item.max);
        s.basis = QStringLiteral("应报月度进度%1期：按时%2期，迟报%3期，缺报%4期")
                      .arg(u.reportsDue)
                      .arg(u.reportsOnTime)
                      .arg(u.reportsLate)
                      .arg(missing);
        break;
    }
    case ScoreRule::TaskCompletion: {
        const QString pillar = item.text(QStringLiteral("pillar"));
        int judged = 0, onSchedule = 0;
        for (Pillar p : kAllPillars)
            if (pillar == QLatin1String("all") || pillar == cd::toId(p)) {
                judged += u.tasksJudged[size_t(p)];
                onSchedule += u.tasksOnSchedule[size_t(p)];
            }
        s.score = judged > 0 ? item.max * onSchedule / judged : item.max;
        s.basis = QStringLiteral("规定任务%1项，按进度完成%2项").arg(judged).arg(onSchedule);
        break;
    }
    case ScoreRule::Hearings: {
        const double held = u.taskProgress.value(item.text(QStringLiteral("task"))).first;
        const double required = item.number(QStringLiteral("required"));
        s.score = item.max * std::min(1.0, held / required);
        s.basis = QStringLiteral("已听取汇报%1次（%2），要求%3次")
                      .arg(n(held), item.text(QStringLiteral("task")), n(required));
        break;
    }
    case ScoreRule::OverdueProblems:
        s.score = clamp(item.max - u.overdueProblems * item.number(QStringLiteral("per")), 0, item.max);
        s.basis = QStringLiteral("逾期未整改销号问题%1个").arg(u.overdueProblems);
        break;
    case ScoreRule::NegativeCases:
        s.score = -std::min(item.number(QStringLiteral("cap")), u.negativeCases * item.number(QStringLiteral("per")));
        s.basis = QStringLiteral("通报反面典型%1个").arg(u.negativeCases);
        break;
    case ScoreRule::PositiveCases:
        s.score = std::min(item.max, u.positiveCases * item.number(QStringLiteral("per")));
        s.basis = QStringLiteral("发布先进典型%1个").arg(u.positiveCases);
        break;
    case ScoreRule::ProvinceRank: {
        const auto [sum, reports] = u.taskProgress.value(item.text(QStringLiteral("task")));
        const double rank = reports > 0 ? std::round(sum / reports) : 0;
        if (rank < 1) {
            s.score = 0;
            s.basis = QStringLiteral("未报送全省排名（%1）").arg(item.text(QStringLiteral("task")));
        } else {
            const double within = item.number(QStringLiteral("full_within"));
            s.score = rank <= within ? item.max : clamp(item.max - item.number(QStringLiteral("step")) * (rank - within), 0, item.max);
            s.basis = QStringLiteral("全省同行业第%1名").arg(n(rank));
        }
        break;
    }
    case ScoreRule::Manual:
        if (auto it = u.manual.constFind(item.code); it != u.manual.cend()) {
            s.score = clamp(*it, item.min(), item.max);
            s.basis = QStringLiteral("领导小组办公室评定");
        } else {
            s.basis = QStringLiteral("尚未评定");
        }
        break;
    case ScoreRule::Review:
        if (u.review) {
            s.score = clamp(item.max * u.review->score / 100.0, 0, item.max);
            s.basis = QStringLiteral("%1：%2得%3分，等次“%4”").arg(u.review->session, u.review->person, QString::number(u.review->score, 'f', 2), u.review->grade);
        } else {
            s.basis = QStringLiteral("尚未公布述职测评结果");
        }
        break;
    }
    s.score = rounded(s.score);
    s.computed = s.score;
    return s;
}

void AssessmentRules::rank(QList<UnitScore>& units)
{
    const auto key = [](const UnitScore& u) {
        return std::tuple{-rounded(u.total), u.overdueProblems, u.reportsMissing, -u.reportsOnTime, -u.positiveCases};
    };
    std::ranges::stable_sort(units, {}, key);
    for (qsizetype i = 0; i < units.size(); ++i)
        units[i].rank = i > 0 && key(units[i]) == key(units[i - 1]) ? units[i - 1].rank : int(i + 1);
}

} // namespace cd
