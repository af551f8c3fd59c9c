#include "packages/JsonFields.h"
#include "packages/PackagePayload.h"

#include <QCoreApplication>
#include <QJsonDocument>

namespace cd::package {
namespace {

QString day(const QDate& d)
{
    return d.isValid() ? d.toString(Qt::ISODate) : QString();
}
QString stamp(const QDateTime& t)
{
    return t.isValid() ? t.toString(Qt::ISODateWithMs) : QString();
}
QByteArray bytes(const QJsonObject& o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

QJsonObject unitJson(const Unit& u)
{
    return {{QStringLiteral("id"), u.id},
            {QStringLiteral("name"), u.name},
            {QStringLiteral("short_name"), u.shortName},
            {QStringLiteral("category"), u.category},
            {QStringLiteral("head"), u.head},
            {QStringLiteral("deputy"), u.deputy},
            {QStringLiteral("secretary"), u.secretary},
            {QStringLiteral("phone"), u.phone},
            {QStringLiteral("active"), u.active},
            {QStringLiteral("sort_order"), u.sortOrder}};
}

QJsonObject taskJson(const Task& t)
{
    return {{QStringLiteral("id"), t.id},
            {QStringLiteral("pillar"), toId(t.pillar)},
            {QStringLiteral("code"), t.code},
            {QStringLiteral("title"), t.title},
            {QStringLiteral("description"), t.description},
            {QStringLiteral("kind"), toId(t.kind)},
            {QStringLiteral("owner_unit_id"), t.ownerUnitId},
            {QStringLiteral("cadence"), toId(t.cadence)},
            {QStringLiteral("target"), t.target},
            {QStringLiteral("measure"), t.measure},
            {QStringLiteral("lower_is_better"), t.lowerIsBetter},
            {QStringLiteral("due"), day(t.due)},
            {QStringLiteral("sort_order"), t.sortOrder}};
}

QJsonObject problemJson(const Problem& p, const QList<ProblemEvent>& events)
{
    QJsonArray history;
    for (const auto& e : events)
        history.append(
            QJsonObject{{QStringLiteral("at"), stamp(e.at)},
                        {QStringLiteral("actor"), e.actor},
                        {QStringLiteral("from"), e.from ? QJsonValue(toId(*e.from)) : QJsonValue()},
                        {QStringLiteral("to"), toId(e.to)},
                        {QStringLiteral("note"), e.note}});
    return {{QStringLiteral("id"), p.id},
            {QStringLiteral("pillar"), toId(p.pillar)},
            {QStringLiteral("source"), toId(p.source)},
            {QStringLiteral("description"), p.description},
            {QStringLiteral("measure"), p.measure},
            {QStringLiteral("responsible"), p.responsible},
            {QStringLiteral("raised_on"), day(p.raisedOn)},
            {QStringLiteral("deadline"), day(p.deadline)},
            {QStringLiteral("severity"), toId(p.severity)},
            {QStringLiteral("status"), toId(p.status)},
            {QStringLiteral("fix_reported_by"), p.fixReportedBy},
            {QStringLiteral("closed_on"), day(p.closedOn)},
            {QStringLiteral("verifier"), p.verifier},
            {QStringLiteral("close_note"), p.closeNote},
            {QStringLiteral("events"), history}};
}

Result<Task> taskFromJson(const QJsonObject& o, qint64 campaignId, const QString& where)
{
    JsonFields f(o, where);
    Task t;
    t.id = f.integer("id", true);
    t.campaignId = campaignId;
    t.pillar = f.choice("pillar", &pillarFromId, Pillar::General);
    t.code = f.text("code", true);
    t.title = f.text("title", true);
    t.description = f.text("description");
    t.kind = f.choice("kind", &taskKindFromId, TaskKind::Mandatory);
    t.ownerUnitId = f.integer("owner_unit_id");
    t.cadence = f.choice("cadence", &cadenceFromId, Cadence::Once);
    t.target = f.number("target");
    t.measure = f.text("measure");
    t.lowerIsBetter = f.flag("lower_is_better");
    t.due = f.date("due");
    t.sortOrder = int(f.integer("sort_order"));
    if (f.ok() && t.id <= 0) f.bad("id", QT_TRANSLATE_NOOP("cd::Package", "an impossible id"));
    if (!f.ok()) return fail(f.error());
    return t;
}

Result<Problem> problemFromJson(const QJsonObject& o, qint64 unitId, const QString& where,
                                QList<ProblemEvent>& events)
{
    JsonFields f(o, where);
    Problem p;
    p.id = f.integer("id", true);
    p.unitId = unitId;
    p.pillar = f.choice("pillar", &pillarFromId, Pillar::General);
    p.source = f.choice("source", &problemSourceFromId, ProblemSource::Other);
    p.description = f.text("description", true);
    p.measure = f.text("measure");
    p.responsible = f.text("responsible");
    p.raisedOn = f.date("raised_on", true);
    p.deadline = f.date("deadline", true);
    p.severity = f.choice("severity", &severityFromId, Severity::Normal);
    p.status = f.choice("status", &problemStatusFromId, ProblemStatus::Open);
    p.fixReportedBy = f.text("fix_reported_by");
    p.closedOn = f.date("closed_on");
    p.verifier = f.text("verifier");
    p.closeNote = f.text("close_note");
    if (f.ok() && p.id <= 0) f.bad("id", QT_TRANSLATE_NOOP("cd::Package", "an impossible id"));
    if (!f.ok()) return fail(f.error());
    auto list = objects(o, "events", where);
    if (!list) return fail(list.error());
    for (const auto& eo : *list) {
        JsonFields e(eo, where);
        ProblemEvent ev;
        ev.problemId = p.id;
        ev.at = e.time("at", true);
        ev.actor = e.text("actor");
        if (!eo.value(QStringLiteral("from")).isNull())
            ev.from = e.choice("from", &problemStatusFromId, ProblemStatus::Open);
        ev.to = e.choice("to", &problemStatusFromId, ProblemStatus::Open);
        ev.note = e.text("note");
        if (!e.ok()) return fail(e.error());
        events.append(ev);
    }
    return p;
}

} // namespace

QList<Part> taskParts(const TaskPayload& p)
{
    QJsonArray pillars, tasks, periods, lines, problems, reports, plans;
    for (const auto& w : p.pillars)
        pillars.append(QJsonObject{{QStringLiteral("pillar"), toId(w.pillar)},
                                   {QStringLiteral("weight"), w.weight}});
    for (const auto& t : p.tasks)
        tasks.append(taskJson(t));
    for (const auto& d : p.periods)
        periods.append(QJsonObject{{QStringLiteral("id"), d.id},
                                   {QStringLiteral("kind"), toId(d.kind)},
                                   {QStringLiteral("code"), d.code},
                                   {QStringLiteral("start"), day(d.start)},
                                   {QStringLiteral("end"), day(d.end)},
                                   {QStringLiteral("deadline"), day(d.deadline)}});
    for (const auto& r : p.responsibilities)
        lines.append(QJsonObject{{QStringLiteral("task_id"), r.taskId},
                                 {QStringLiteral("level"), toId(r.level)},
                                 {QStringLiteral("person"), r.person},
                                 {QStringLiteral("post"), r.post},
                                 {QStringLiteral("duty"), r.duty},
                                 {QStringLiteral("target"), r.target}});
    for (const auto& pr : p.problems)
        problems.append(problemJson(pr, p.events.value(pr.id)));
    for (const auto& r : p.reports)
        reports.append(toJson(r));
    for (const auto& pl : p.plans)
        plans.append(toJson(pl));
    const QJsonObject campaign{{QStringLiteral("id"), p.campaign.id},
                               {QStringLiteral("name"), p.campaign.name},
                               {QStringLiteral("year"), p.campaign.year},
                               {QStringLiteral("start"), day(p.campaign.start)},
                               {QStringLiteral("end"), day(p.campaign.end)},
                               {QStringLiteral("template"), p.campaign.templateId},
                               {QStringLiteral("attachment_limit_mb"), p.attachmentLimitMb},
                               {QStringLiteral("pillars"), pillars},
                               {QStringLiteral("tasks"), tasks},
                               {QStringLiteral("periods"), periods}};
    QJsonArray groups;
    for (const auto& g : p.groups)
        groups.append(QJsonObject{{QStringLiteral("name"), g.name},
                                  {QStringLiteral("short_name"), g.shortName},
                                  {QStringLiteral("kind"), toId(g.kind)},
                                  {QStringLiteral("office"), g.officeName},
                                  {QStringLiteral("addressee"), g.addressee}});
    const QJsonObject unit{{QStringLiteral("unit"), unitJson(p.unit)},
                           {QStringLiteral("groups"), groups},
                           {QStringLiteral("key"), QString::fromLatin1(p.key.toHex())},
                           {QStringLiteral("responsibilities"), lines}};
    return {{QStringLiteral("campaign.json"), bytes(campaign)},
            {QStringLiteral("unit.json"), bytes(unit)},
            {QStringLiteral("problems.json"), bytes({{QStringLiteral("problems"), problems}})},
            {QStringLiteral("reviews.json"),
             bytes({{QStringLiteral("reports"), reports}, {QStringLiteral("plans"), plans}})}};
}

Result<TaskPayload> parseTaskPayload(const Archive& archive)
{
    if (archive.header.format != QLatin1String(kTaskFormat))
        return fail(Error::refused(
            reason::notPackage,
            QCoreApplication::translate(
                "cd::Package",
                "This is a unit's report package; open a task package from the office.")));
    TaskPayload out;
    auto campaign = document(archive.parts, QStringLiteral("campaign.json"), true);
    if (!campaign) return fail(campaign.error());
    JsonFields c(*campaign, QStringLiteral("campaign.json"));
    out.campaign =
        Campaign{c.integer("id", true), c.text("name", true), int(c.integer("year", true)),
                 c.date("start", true), c.date("end", true),  c.text("template")};
    out.attachmentLimitMb = int(c.integer("attachment_limit_mb"));
    if (c.ok() && out.campaign.year != archive.header.campaign)
        c.bad("year", QT_TRANSLATE_NOOP("cd::Package", "a year the manifest does not name"));
    if (!c.ok()) return fail(c.error());
    auto pillars = objects(*campaign, "pillars", QStringLiteral("campaign.json"));
    if (!pillars) return fail(pillars.error());
    for (const auto& o : *pillars) {
        JsonFields f(o, QStringLiteral("campaign.json"));
        out.pillars.append(
            {f.choice("pillar", &pillarFromId, Pillar::General), f.number("weight")});
        if (!f.ok()) return fail(f.error());
    }
    auto tasks = objects(*campaign, "tasks", QStringLiteral("campaign.json"));
    if (!tasks) return fail(tasks.error());
    for (const auto& o : *tasks) {
        auto t = taskFromJson(o, out.campaign.id,
                              QStringLiteral("campaign.json / ") +
                                  o.value(QStringLiteral("code")).toString());
        if (!t) return fail(t.error());
        out.tasks.append(*t);
    }
    auto periods = objects(*campaign, "periods", QStringLiteral("campaign.json"));
    if (!periods) return fail(periods.error());
    for (const auto& o : *periods) {
        JsonFields f(o, QStringLiteral("campaign.json / ") +
                            o.value(QStringLiteral("code")).toString());
        out.periods.append(Period{f.integer("id", true), out.campaign.id,
                                  f.choice("kind", &periodKindFromId, PeriodKind::Month),
                                  f.text("code", true), f.date("start", true), f.date("end", true),
                                  f.date("deadline", true)});
        if (!f.ok()) return fail(f.error());
    }

    auto unit = document(archive.parts, QStringLiteral("unit.json"), true);
    if (!unit) return fail(unit.error());
    JsonFields u(*unit, QStringLiteral("unit.json"));
    const QJsonObject uo = u.object("unit");
    out.key = QByteArray::fromHex(u.text("key", true).toLatin1());
    if (!u.ok()) return fail(u.error());
    JsonFields uf(uo, QStringLiteral("unit.json"));
    out.unit = Unit{uf.integer("id", true),
                    uf.text("name", true),
                    uf.text("short_name"),
                    uf.text("category"),
                    uf.text("head"),
                    uf.text("deputy"),
                    uf.text("secretary"),
                    uf.text("phone"),
                    uo.value(QStringLiteral("active")).toBool(true),
                    int(uf.integer("sort_order"))};
    if (uf.ok() &&
        (out.unit.id != archive.header.unitId || out.unit.name != archive.header.unitName))
        uf.bad("id", QT_TRANSLATE_NOOP("cd::Package", "a unit the manifest does not name"));
    if (!uf.ok()) return fail(uf.error());
    // Packages made before groups carry none: the unit stays at the top of its own file.
    for (const auto& v : unit->value(QStringLiteral("groups")).toArray()) {
        JsonFields g(v.toObject(), QStringLiteral("unit.json"));
        UnitGroup level;
        level.name = g.text("name", true);
        level.shortName = g.text("short_name");
        level.kind = groupKindFromId(g.text("kind")).value_or(GroupKind::Other);
        level.officeName = g.text("office");
        level.addressee = g.text("addressee");
        if (!g.ok()) return fail(g.error());
        if (level.name.contains(GroupTree::kSeparator) || level.name.trimmed().isEmpty() || level.name.size() > 100)
            return fail(Error::invalid(QCoreApplication::translate("cd::Package", "unit.json: a group's name is not one a campaign keeps.")));
        out.groups << level;
    }
    if (out.groups.size() > 32)
        return fail(Error::invalid(QCoreApplication::translate("cd::Package", "unit.json: more levels of groups than a campaign keeps.")));
    auto lines = objects(*unit, "responsibilities", QStringLiteral("unit.json"));
    if (!lines) return fail(lines.error());
    for (const auto& o : *lines) {
        JsonFields f(o, QStringLiteral("unit.json"));
        Responsibility r;
        r.unitId = out.unit.id;
        r.taskId = f.integer("task_id", true);
        r.level = f.choice("level", &levelFromId, ResponsibilityLevel::Specific);
        r.person = f.text("person", true);
        r.post = f.text("post");
        r.duty = f.text("duty");
        r.target = f.number("target");
        if (!f.ok()) return fail(f.error());
        out.responsibilities.append(r);
    }

    auto problems = document(archive.parts, QStringLiteral("problems.json"), true);
    if (!problems) return fail(problems.error());
    auto problemList = objects(*problems, "problems", QStringLiteral("problems.json"));
    if (!problemList) return fail(problemList.error());
    for (const auto& o : *problemList) {
        QList<ProblemEvent> events;
        auto p = problemFromJson(
            o, out.unit.id,
            QStringLiteral("problems.json #%1").arg(o.value(QStringLiteral("id")).toInteger()),
            events);
        if (!p) return fail(p.error());
        out.problems.append(*p);
        out.events.insert(p->id, events);
    }

    auto reviews = document(archive.parts, QStringLiteral("reviews.json"), true);
    if (!reviews) return fail(reviews.error());
    auto reports = objects(*reviews, "reports", QStringLiteral("reviews.json"));
    if (!reports) return fail(reports.error());
    for (qsizetype i = 0; i < reports->size(); ++i) {
        auto r = reportFromJson(reports->at(i), QStringLiteral("reviews.json #%1").arg(i + 1));
        if (!r) return fail(r.error());
        out.reports.append(*r);
    }
    if (auto s = checkFiles(out.reports, archive); !s) return fail(s.error());
    auto plans = objects(*reviews, "plans", QStringLiteral("reviews.json"));
    if (!plans) return fail(plans.error());
    for (qsizetype i = 0; i < plans->size(); ++i) {
        auto p = planFromJson(plans->at(i), QStringLiteral("reviews.json plan #%1").arg(i + 1));
        if (!p) return fail(p.error());
        out.plans.append(*p);
    }
    return out;
}

} // namespace cd::package
