#include "cli/Commands.h"
#include "cli/JsonFile.h"
#include "cli/Output.h"
#include "services/SupervisionService.h"
#include "services/UnitService.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace cd::cli {
namespace {

std::optional<Unit> unitNamed(CliSession& s, const QString& name)
{
    auto unit = UnitService(s.context()).byName(name);
    if (!unit) s.exitCode = s.refuse(QCoreApplication::translate("cd::cli", "Unknown unit: %1").arg(name));
    return unit;
}

std::optional<Pillar> pillarOption(CliSession& s)
{
    auto p = pillarFromId(s.args.value(QStringLiteral("pillar"), QStringLiteral("general")));
    if (!p) s.exitCode = s.usage(QCoreApplication::translate("cd::cli", "--pillar is one of general, study, conduct, party, reform."));
    return p;
}

int inspectionAdd(CliSession& s)
{
    const QString title = s.args.value(QStringLiteral("title"));
    if (title.isEmpty() || !s.args.has(QStringLiteral("date")))
        return s.usage(QCoreApplication::translate("cd::cli", "usage: inspection add --title T --date YYYY-MM-DD [--kind routine|special|spot] [--inspectors TEXT] [--file VISITS.json]"));
    auto date = s.date("date");
    if (!date) return s.exitCode;
    auto kind = inspectionKindFromId(s.args.value(QStringLiteral("kind"), QStringLiteral("routine")));
    if (!kind) return s.usage(QCoreApplication::translate("cd::cli", "--kind is one of routine, special, spot."));
    if (!s.open(false) || !s.allowWrite()) return s.exitCode;
    Inspection i{0, title, *kind, *date, s.args.value(QStringLiteral("inspectors")), s.args.value(QStringLiteral("quarter")), {}};
    if (s.args.has(QStringLiteral("file"))) {
        auto json = readJsonObject(s.args.value(QStringLiteral("file")));
        if (!json) return s.refuse(json.error().message);
        for (const auto& v : json->value(QStringLiteral("visits")).toArray()) {
            const QJsonObject o = v.toObject();
            auto unit = unitNamed(s, o.value(QStringLiteral("unit")).toString());
            if (!unit) return s.exitCode;
            i.visits.append({0, unit->id, o.value(QStringLiteral("findings")).toString(), o.value(QStringLiteral("rating")).toString()});
        }
    }
    auto id = SupervisionService(s.context()).addInspection(i);
    if (!id) return s.refuse(id.error().message);
    s.out << *id << Qt::endl;
    return Done;
}

int inspectionList(CliSession& s)
{
    if (!s.open(false)) return s.exitCode;
    if (auto r = s.context().require(Operation::ReadAllUnits); !r) return s.refuse(r.error().message);
    QHash<qint64, QString> names;
    for (const auto& u : UnitService(s.context()).list()) names.insert(u.id, u.name);
    Listing l{{QStringLiteral("id"), QStringLiteral("date"), QStringLiteral("quarter"), QStringLiteral("kind"), QStringLiteral("title"),
               QStringLiteral("units")},
              {QCoreApplication::translate("cd::cli", "Id"), QCoreApplication::translate("cd::cli", "Date"),
               QCoreApplication::translate("cd::cli", "Quarter"), QCoreApplication::translate("cd::cli", "Kind"),
               QCoreApplication::translate("cd::cli", "Title", "of an inspection"), QCoreApplication::translate("cd::cli", "Units visited")},
              {}};
    for (const auto& i : SupervisionService(s.context()).inspections(s.args.value(QStringLiteral("quarter")))) {
        QStringList visited;
        for (const auto& v : i.visits) visited << names.value(v.unitId);
        l.rows.append({{QStringLiteral("id"), i.id},
                       {QStringLiteral("date"), i.date.toString(Qt::ISODate)},
                       {QStringLiteral("quarter"), i.quarter},
                       {QStringLiteral("kind"), toId(i.kind)},
                       {QStringLiteral("title"), i.title},
                       {QStringLiteral("units"), visited.join(QStringLiteral("、"))}});
    }
    if (!print(l, s.args.value(QStringLiteral("format"), QStringLiteral("table")), s.out))
        return s.usage(QCoreApplication::translate("cd::cli", "Unknown format."));
    return Done;
}

int problemAdd(CliSession& s)
{
    const QString text = s.args.value(QStringLiteral("text"));
    if (text.isEmpty() || !s.args.has(QStringLiteral("unit")) || !s.args.has(QStringLiteral("deadline")))
        return s.usage(QCoreApplication::translate("cd::cli", "usage: problem add --unit NAME --pillar P --text TEXT --deadline YYYY-MM-DD [--measure TEXT] [--responsible NAME] [--severity minor|normal|serious] [--source inspection|self_report|complaint|other]"));
    auto deadline = s.date("deadline");
    auto pillar = deadline ? pillarOption(s) : std::nullopt;
    if (!deadline || !pillar) return s.exitCode;
    auto severity = severityFromId(s.args.value(QStringLiteral("severity"), QStringLiteral("normal")));
    auto source = problemSourceFromId(s.args.value(QStringLiteral("source"), QStringLiteral("other")));
    if (!severity || !source) return s.usage(QCoreApplication::translate("cd::cli", "Unknown severity or source."));
    if (!s.open(false) || !s.allowWrite()) return s.exitCode;
    auto unit = unitNamed(s, s.args.value(QStringLiteral("unit")));
    if (!unit) return s.exitCode;
    Problem p;
    p.unitId = unit->id;
    p.pillar = *pillar;
    p.source = *source;
    p.severity = *severity;
    p.description = text;
    p.measure = s.args.value(QStringLiteral("measure"));
    p.responsible = s.args.value(QStringLiteral("responsible"));
    p.deadline = *deadline;
    auto id = SupervisionService(s.context()).addProblem(p);
    if (!id) return s.refuse(id.error().message);
    s.out << *id << Qt::endl;
    return Done;
}

int problemList(CliSession& s)
{
    if (!s.open(false)) return s.exitCode;
    ProblemFilter f;
    if (s.args.has(QStringLiteral("status"))) {
        f.status = problemStatusFromId(s.args.value(QStringLiteral("status")));
        if (!f.status) return s.usage(QCoreApplication::translate("cd::cli", "--status is one of open, rectifying, pending_verification, closed."));
    }
    if (s.args.has(QStringLiteral("unit"))) {
        auto unit = unitNamed(s, s.args.value(QStringLiteral("unit")));
        if (!unit) return s.exitCode;
        f.unitId = unit->id;
    }
    if (s.args.has(QStringLiteral("overdue"))) f.overdueOn = s.clock->today();
    QHash<qint64, QString> names;
    for (const auto& u : UnitService(s.context()).list()) names.insert(u.id, u.name);
    Listing l{{QStringLiteral("id"), QStringLiteral("unit"), QStringLiteral("pillar"), QStringLiteral("status"), QStringLiteral("deadline"),
               QStringLiteral("overdue"), QStringLiteral("description")},
              {QCoreApplication::translate("cd::cli", "Id"), QCoreApplication::translate("cd::cli", "Unit"),
               QCoreApplication::translate("cd::cli", "Pillar"), QCoreApplication::translate("cd::cli", "Status"),
               QCoreApplication::translate("cd::cli", "Deadline"), QCoreApplication::translate("cd::cli", "Overdue"),
               QCoreApplication::translate("cd::cli", "Problem")},
              {}};
    for (const auto& p : SupervisionService(s.context()).problems(f))
        l.rows.append({{QStringLiteral("id"), p.id},
                       {QStringLiteral("unit"), names.value(p.unitId)},
                       {QStringLiteral("pillar"), toId(p.pillar)},
                       {QStringLiteral("status"), toId(p.status)},
                       {QStringLiteral("deadline"), p.deadline.toString(Qt::ISODate)},
                       {QStringLiteral("overdue"), ProblemRules::isOverdue(p, s.clock->today())},
                       {QStringLiteral("description"), p.description}});
    if (!print(l, s.args.value(QStringLiteral("format"), QStringLiteral("table")), s.out))
        return s.usage(QCoreApplication::translate("cd::cli", "Unknown format."));
    return Done;
}

int problemChange(CliSession& s, bool escalate)
{
    bool ok = false;
    const qint64 id = s.args.word(2).toLongLong(&ok);
    const auto to = problemStatusFromId(s.args.value(QStringLiteral("to")));
    const auto step = escalationStepFromId(s.args.value(QStringLiteral("step")));
    if (!ok || (escalate ? !step : !to))
        return s.usage(escalate ? QCoreApplication::translate("cd::cli", "usage: problem escalate ID --step reminder|talk|criticism|accountability [--note TEXT]")
                                : QCoreApplication::translate("cd::cli", "usage: problem transition ID --to open|rectifying|pending_verification|closed [--note TEXT]"));
    if (!s.open(false) || !s.allowWrite()) return s.exitCode;
    SupervisionService service(s.context());
    const QString note = s.args.value(QStringLiteral("note"));
    const Status r = escalate ? service.escalate(id, *step, note) : service.transition(id, *to, note);
    if (!r) return s.refuse(r.error().message);
    s.out << (escalate ? QCoreApplication::translate("cd::cli", "Escalated.") : QCoreApplication::translate("cd::cli", "Done.")) << Qt::endl;
    return Done;
}

int caseAdd(CliSession& s)
{
    const QString title = s.args.value(QStringLiteral("title"));
    if (title.isEmpty() || !s.args.has(QStringLiteral("unit")))
        return s.usage(QCoreApplication::translate("cd::cli", "usage: case add --unit NAME --pillar P --title T [--text T] [--negative] [--publish] [--date YYYY-MM-DD]"));
    auto pillar = pillarOption(s);
    if (!pillar) return s.exitCode;
    std::optional<QDate> date = QDate();
    if (s.args.has(QStringLiteral("date"))) date = s.date("date");
    if (!date) return s.exitCode;
    if (!s.open(false) || !s.allowWrite()) return s.exitCode;
    auto unit = unitNamed(s, s.args.value(QStringLiteral("unit")));
    if (!unit) return s.exitCode;
    auto id = SupervisionService(s.context())
                  .addCase({0, unit->id, *pillar, !s.args.has(QStringLiteral("negative")), title, s.args.value(QStringLiteral("text")), *date,
                            s.args.has(QStringLiteral("publish"))});
    if (!id) return s.refuse(id.error().message);
    s.out << *id << Qt::endl;
    return Done;
}

int caseList(CliSession& s)
{
    if (!s.open(false)) return s.exitCode;
    qint64 unitId = 0;
    if (s.args.has(QStringLiteral("unit"))) {
        auto unit = unitNamed(s, s.args.value(QStringLiteral("unit")));
        if (!unit) return s.exitCode;
        unitId = unit->id;
    }
    QHash<qint64, QString> names;
    for (const auto& u : UnitService(s.context()).list()) names.insert(u.id, u.name);
    Listing l{{QStringLiteral("id"), QStringLiteral("unit"), QStringLiteral("pillar"), QStringLiteral("kind"), QStringLiteral("date"),
               QStringLiteral("published"), QStringLiteral("title")},
              {QCoreApplication::translate("cd::cli", "Id"), QCoreApplication::translate("cd::cli", "Unit"),
               QCoreApplication::translate("cd::cli", "Pillar"), QCoreApplication::translate("cd::cli", "Kind"),
               QCoreApplication::translate("cd::cli", "Date"), QCoreApplication::translate("cd::cli", "Published"),
               QCoreApplication::translate("cd::cli", "Case title")},
              {}};
    for (const auto& c : SupervisionService(s.context()).cases(unitId))
        l.rows.append({{QStringLiteral("id"), c.id},
                       {QStringLiteral("unit"), names.value(c.unitId)},
                       {QStringLiteral("pillar"), toId(c.pillar)},
                       {QStringLiteral("kind"), c.positive ? QStringLiteral("positive") : QStringLiteral("negative")},
                       {QStringLiteral("date"), c.date.toString(Qt::ISODate)},
                       {QStringLiteral("published"), c.published},
                       {QStringLiteral("title"), c.title}});
    if (!print(l, s.args.value(QStringLiteral("format"), QStringLiteral("table")), s.out))
        return s.usage(QCoreApplication::translate("cd::cli", "Unknown format."));
    return Done;
}

} // namespace

int runInspection(CliSession& s)
{
    const QString sub = s.args.word(1);
    if (sub == QLatin1String("add")) return inspectionAdd(s);
    if (sub == QLatin1String("list")) return inspectionList(s);
    return s.usage(QCoreApplication::translate("cd::cli", "usage: inspection add|list"));
}

int runProblem(CliSession& s)
{
    const QString sub = s.args.word(1);
    if (sub == QLatin1String("add")) return problemAdd(s);
    if (sub == QLatin1String("list")) return problemList(s);
    if (sub == QLatin1String("transition")) return problemChange(s, false);
    if (sub == QLatin1String("escalate")) return problemChange(s, true);
    return s.usage(QCoreApplication::translate("cd::cli", "usage: problem add|list|transition|escalate"));
}

int runCase(CliSession& s)
{
    const QString sub = s.args.word(1);
    if (sub == QLatin1String("add")) return caseAdd(s);
    if (sub == QLatin1String("list")) return caseList(s);
    return s.usage(QCoreApplication::translate("cd::cli", "usage: case add|list"));
}

} // namespace cd::cli
