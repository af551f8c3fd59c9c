#include "services/BulletinContent.h"

#include "domain/PeriodCalendar.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace cd {
namespace {

QJsonArray strings(const QStringList& l) { return QJsonArray::fromStringList(l); }
template <typename T> QJsonArray numbers(const QList<T>& l)
{
    QJsonArray out;
    for (T v : l) out.append(v);
    return out;
}
QStringList strings(const QJsonValue& v)
{
    QStringList out;
    for (const auto& s : v.toArray()) out << s.toString();
    return out;
}

QJsonArray cases(const QList<BulletinCase>& l)
{
    QJsonArray a;
    for (const auto& c : l)
        a.append(QJsonObject{{QStringLiteral("unit"), c.unit}, {QStringLiteral("title"), c.title}, {QStringLiteral("text"), c.text}});
    return a;
}
QList<BulletinCase> cases(const QJsonValue& v)
{
    QList<BulletinCase> out;
    for (const auto& c : v.toArray()) {
        const QJsonObject o = c.toObject();
        out.append({o.value(QStringLiteral("unit")).toString(), o.value(QStringLiteral("title")).toString(), o.value(QStringLiteral("text")).toString()});
    }
    return out;
}

template <typename T> QJsonArray pairs(const QList<QPair<QString, T>>& l)
{
    QJsonArray a;
    for (const auto& [name, value] : l) a.append(QJsonArray{name, value});
    return a;
}

} // namespace

QString BulletinContent::quarterLabel() const
{
    static const QStringList numerals{QStringLiteral("一"), QStringLiteral("二"), QStringLiteral("三"), QStringLiteral("四")};
    const auto q = PeriodCalendar::parse(quarter);
    if (!q || q->index < 1 || q->index > 4) return quarter;
    return QStringLiteral("%1年第%2季度").arg(q->year).arg(numerals[q->index - 1]);
}

QJsonObject BulletinContent::toJson() const
{
    QJsonArray table;
    for (const auto& r : rows)
        table.append(QJsonObject{{QStringLiteral("unit"), r.unit},
                                 {QStringLiteral("reports_due"), r.reportsDue},
                                 {QStringLiteral("reports_filed"), r.reportsFiled},
                                 {QStringLiteral("reports_on_time"), r.reportsOnTime},
                                 {QStringLiteral("tasks_on_schedule"), r.tasksOnSchedule},
                                 {QStringLiteral("tasks_behind"), r.tasksBehind},
                                 {QStringLiteral("problems_found"), r.problemsFound},
                                 {QStringLiteral("problems_closed"), r.problemsClosed},
                                 {QStringLiteral("problems_overdue"), r.problemsOverdue},
                                 {QStringLiteral("light"), r.light}});
    QJsonArray groupTable;
    for (const auto& g : groups)
        groupTable.append(QJsonObject{{QStringLiteral("name"), g.name},
                                      {QStringLiteral("units"), g.units},
                                      {QStringLiteral("reports_due"), g.reportsDue},
                                      {QStringLiteral("reports_filed"), g.reportsFiled},
                                      {QStringLiteral("reports_on_time"), g.reportsOnTime},
                                      {QStringLiteral("tasks_behind"), g.tasksBehind},
                                      {QStringLiteral("problems_found"), g.problemsFound},
                                      {QStringLiteral("problems_closed"), g.problemsClosed},
                                      {QStringLiteral("problems_overdue"), g.problemsOverdue},
                                      {QStringLiteral("red_units"), g.redUnits}});
    return {{QStringLiteral("year"), year},
            {QStringLiteral("addressee"), addressee},
            {QStringLiteral("scope"), scope},
            {QStringLiteral("scope_word"), scopeWord},
            {QStringLiteral("name_limit"), nameLimit},
            {QStringLiteral("attachment_apart"), attachmentApart},
            {QStringLiteral("groups"), groupTable},
            {QStringLiteral("quarter"), quarter},
            {QStringLiteral("number"), number},
            {QStringLiteral("date"), date.toString(Qt::ISODate)},
            {QStringLiteral("as_of"), asOf.toString(Qt::ISODate)},
            {QStringLiteral("issuer"), issuer},
            {QStringLiteral("units"), units},
            {QStringLiteral("months_due"), monthsDue},
            {QStringLiteral("reports_due"), reportsDue},
            {QStringLiteral("reports_on_time"), reportsOnTime},
            {QStringLiteral("reports_late"), reportsLate},
            {QStringLiteral("reports_missing"), reportsMissing},
            {QStringLiteral("inspections"), inspections},
            {QStringLiteral("units_visited"), unitsVisited},
            {QStringLiteral("problems_found"), problemsFound},
            {QStringLiteral("problems_closed"), problemsClosed},
            {QStringLiteral("problems_overdue"), problemsOverdue},
            {QStringLiteral("completion"), pairs(completion)},
            {QStringLiteral("trend_months"), strings(trendMonths)},
            {QStringLiteral("on_time_rate"), numbers(onTimeRate)},
            {QStringLiteral("problems_found_by_month"), numbers(problemsFoundByMonth)},
            {QStringLiteral("problems_closed_by_month"), numbers(problemsClosedByMonth)},
            {QStringLiteral("rows"), table},
            {QStringLiteral("positive"), cases(positive)},
            {QStringLiteral("negative"), cases(negative)},
            {QStringLiteral("problem_categories"), pairs(problemCategories)},
            {QStringLiteral("missing_reports"), strings(missingReports)},
            {QStringLiteral("overdue_problems"), strings(overdueProblems)},
            {QStringLiteral("overview"), overview},
            {QStringLiteral("practices"), practices},
            {QStringLiteral("problems"), problems},
            {QStringLiteral("next_steps"), nextSteps},
            {QStringLiteral("copy_to"), copyTo},
            {QStringLiteral("charts"), charts},
            {QStringLiteral("record_code"), recordCode},
            {QStringLiteral("review"), QJsonObject{{QStringLiteral("sessions"), reviewSessions},
                                                   {QStringLiteral("people"), reviewPeople},
                                                   {QStringLiteral("grades"), QJsonArray{reviewGrades[0], reviewGrades[1], reviewGrades[2], reviewGrades[3]}},
                                                   {QStringLiteral("average"), reviewAverage},
                                                   {QStringLiteral("poor"), strings(reviewPoor)}}}};
}

Result<BulletinContent> BulletinContent::fromJson(const QJsonObject& o)
{
    BulletinContent c;
    c.year = o.value(QStringLiteral("year")).toInt();
    c.quarter = o.value(QStringLiteral("quarter")).toString();
    if (c.year == 0 || c.quarter.isEmpty())
        return fail(Error::invalid(QCoreApplication::translate("cd::BulletinContent", "The stored bulletin is incomplete.")));
    c.number = o.value(QStringLiteral("number")).toInt();
    c.date = QDate::fromString(o.value(QStringLiteral("date")).toString(), Qt::ISODate);
    c.asOf = QDate::fromString(o.value(QStringLiteral("as_of")).toString(), Qt::ISODate);
    c.issuer = o.value(QStringLiteral("issuer")).toString();
    // Bulletins issued before groups: addressed to 各市直单位, every unit named.
    c.addressee = o.value(QStringLiteral("addressee")).toString(QStringLiteral("各市直单位"));
    c.nameLimit = o.value(QStringLiteral("name_limit")).toInt(0);
    c.attachmentApart = o.value(QStringLiteral("attachment_apart")).toBool(false);
    c.scope = o.value(QStringLiteral("scope")).toString();
    c.scopeWord = o.value(QStringLiteral("scope_word")).toString(QStringLiteral("全市"));
    for (const auto& v : o.value(QStringLiteral("groups")).toArray()) {
        const QJsonObject g = v.toObject();
        c.groups.append({g.value(QStringLiteral("name")).toString(), g.value(QStringLiteral("units")).toInt(),
                         g.value(QStringLiteral("reports_due")).toInt(), g.value(QStringLiteral("reports_filed")).toInt(),
                         g.value(QStringLiteral("reports_on_time")).toInt(), g.value(QStringLiteral("tasks_behind")).toInt(),
                         g.value(QStringLiteral("problems_found")).toInt(), g.value(QStringLiteral("problems_closed")).toInt(),
                         g.value(QStringLiteral("problems_overdue")).toInt(), g.value(QStringLiteral("red_units")).toInt()});
    }
    c.units = o.value(QStringLiteral("units")).toInt();
    c.monthsDue = o.value(QStringLiteral("months_due")).toInt();
    c.reportsDue = o.value(QStringLiteral("reports_due")).toInt();
    c.reportsOnTime = o.value(QStringLiteral("reports_on_time")).toInt();
    c.reportsLate = o.value(QStringLiteral("reports_late")).toInt();
    c.reportsMissing = o.value(QStringLiteral("reports_missing")).toInt();
    c.inspections = o.value(QStringLiteral("inspections")).toInt();
    c.unitsVisited = o.value(QStringLiteral("units_visited")).toInt();
    c.problemsFound = o.value(QStringLiteral("problems_found")).toInt();
    c.problemsClosed = o.value(QStringLiteral("problems_closed")).toInt();
    c.problemsOverdue = o.value(QStringLiteral("problems_overdue")).toInt();
    for (const auto& v : o.value(QStringLiteral("completion")).toArray())
        c.completion.append({v.toArray().at(0).toString(), v.toArray().at(1).toDouble()});
    for (const auto& v : o.value(QStringLiteral("rows")).toArray()) {
        const QJsonObject r = v.toObject();
        c.rows.append({r.value(QStringLiteral("unit")).toString(), r.value(QStringLiteral("reports_due")).toInt(),
                       r.value(QStringLiteral("reports_filed")).toInt(), r.value(QStringLiteral("reports_on_time")).toInt(),
                       r.value(QStringLiteral("tasks_on_schedule")).toInt(), r.value(QStringLiteral("tasks_behind")).toInt(),
                       r.value(QStringLiteral("problems_found")).toInt(), r.value(QStringLiteral("problems_closed")).toInt(),
                       r.value(QStringLiteral("problems_overdue")).toInt(), r.value(QStringLiteral("light")).toString()});
    }
    c.trendMonths = strings(o.value(QStringLiteral("trend_months")));
    for (const auto& v : o.value(QStringLiteral("on_time_rate")).toArray()) c.onTimeRate << v.toDouble();
    for (const auto& v : o.value(QStringLiteral("problems_found_by_month")).toArray()) c.problemsFoundByMonth << v.toInt();
    for (const auto& v : o.value(QStringLiteral("problems_closed_by_month")).toArray()) c.problemsClosedByMonth << v.toInt();
    c.positive = cases(o.value(QStringLiteral("positive")));
    c.negative = cases(o.value(QStringLiteral("negative")));
    for (const auto& v : o.value(QStringLiteral("problem_categories")).toArray())
        c.problemCategories.append({v.toArray().at(0).toString(), v.toArray().at(1).toInt()});
    c.missingReports = strings(o.value(QStringLiteral("missing_reports")));
    c.overdueProblems = strings(o.value(QStringLiteral("overdue_problems")));
    c.overview = o.value(QStringLiteral("overview")).toString();
    c.practices = o.value(QStringLiteral("practices")).toString();
    c.problems = o.value(QStringLiteral("problems")).toString();
    c.nextSteps = o.value(QStringLiteral("next_steps")).toString();
    // Bulletins issued before the 版记 and the figures were printed come back without either.
    c.copyTo = o.value(QStringLiteral("copy_to")).toString();
    c.charts = o.value(QStringLiteral("charts")).toBool(false);
    c.recordCode = o.value(QStringLiteral("record_code")).toString();
    // Bulletins issued before the 述职测评 was counted have no such part.
    const QJsonObject review = o.value(QStringLiteral("review")).toObject();
    c.reviewSessions = review.value(QStringLiteral("sessions")).toInt();
    c.reviewPeople = review.value(QStringLiteral("people")).toInt();
    for (int i = 0; i < 4; ++i) c.reviewGrades[size_t(i)] = review.value(QStringLiteral("grades")).toArray().at(i).toInt();
    c.reviewAverage = review.value(QStringLiteral("average")).toDouble();
    c.reviewPoor = strings(review.value(QStringLiteral("poor")));
    return c;
}

} // namespace cd
