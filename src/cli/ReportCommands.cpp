#include "cli/Commands.h"
#include "cli/JsonFile.h"
#include "cli/Output.h"
#include "domain/SubmissionFile.h"
#include "reports/DocumentFiles.h"
#include "reports/PdfRenderer.h"
#include "reports/ReminderNotice.h"
#include "services/CampaignService.h"
#include "services/ReportService.h"
#include "services/SettingsService.h"
#include "services/UnitService.h"
#include "io/InputFile.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUuid>

namespace cd::cli {
namespace {


Result<Unit> unitOption(CliSession& s)
{
    const QString name = s.args.value(QStringLiteral("unit"));
    auto unit = UnitService(s.context()).byName(name);
    if (!unit) return fail(Error::notFound(QCoreApplication::translate("cd::cli", "Unknown unit: %1").arg(name)));
    return *unit;
}

QHash<QString, qint64> taskCodes(CliSession& s)
{
    QHash<QString, qint64> out;
    CampaignService campaigns(s.context());
    if (auto c = campaigns.current())
        for (const auto& t : campaigns.tasks(c->id)) out.insert(t.code.toUpper(), t.id);
    return out;
}

// What both submissions start from: the signed-in writer, the unit, the JSON file.
struct Submission
{
    Unit unit;
    QJsonObject json;
    QHash<QString, qint64> codes; // task code (upper case) → id
};

std::optional<Submission> beginSubmission(CliSession& s, const QString& file)
{
    if (!s.open(false) || !s.allowWrite()) return std::nullopt;
    auto unit = unitOption(s);
    if (!unit) {
        s.exitCode = s.refuse(unit.error().message);
        return std::nullopt;
    }
    auto json = readJsonObject(file);
    if (!json) {
        s.exitCode = s.refuse(json.error().message);
        return std::nullopt;
    }
    return Submission{*unit, *json, taskCodes(s)};
}

// The submission's key: --request-key when a script that may run the command again after a lost
// connection gives one (the same key, the same submission), else a new one.
QString requestKey(CliSession& s)
{
    const QString given = s.args.value(QStringLiteral("request-key"));
    return given.isEmpty() ? QUuid::createUuid().toString(QUuid::WithoutBraces) : given;
}

int planSubmit(CliSession& s)
{
    const QString month = s.args.value(QStringLiteral("month"));
    const QString file = s.args.value(QStringLiteral("file"));
    if (month.isEmpty() || file.isEmpty() || !s.args.has(QStringLiteral("unit")))
        return s.usage(QCoreApplication::translate("cd::cli", "usage: plan submit --unit NAME --month 2020-03 --file FILE.json [--request-key KEY]"));
    auto sub = beginSubmission(s, file);
    if (!sub) return s.exitCode;
    auto items = submission::plan(sub->json, sub->codes);
    if (!items) return s.refuse(items.error().message);
    auto id = ReportService(s.context()).submitPlan(sub->unit.id, month, *items, requestKey(s));
    if (!id) return s.refuse(id.error().message);
    s.out << QCoreApplication::translate("cd::cli", "Plan for %1 submitted.").arg(month) << Qt::endl;
    return Done;
}

int reportSubmit(CliSession& s)
{
    const QString period = s.args.value(QStringLiteral("period"));
    const QString file = s.args.value(QStringLiteral("file"));
    if (period.isEmpty() || file.isEmpty() || !s.args.has(QStringLiteral("unit")))
        return s.usage(QCoreApplication::translate("cd::cli", "usage: report submit --unit NAME --period 2020-03 --file FILE.json [--evidence-from FOLDER] [--request-key KEY]"));
    auto sub = beginSubmission(s, file);
    if (!sub) return s.exitCode;
    auto content = submission::report(sub->json, sub->codes);
    if (!content) return s.refuse(content.error().message);
    ReportDraft d;
    d.requestKey = requestKey(s);
    d.unitId = sub->unit.id;
    d.periodCode = period;
    d.summary = content->summary;
    d.items = content->items;
    // Evidence comes from the report file's own folder, or from a folder named on purpose with
    // --evidence-from: a report handed over by a unit must not pick files off this computer.
    const QString base = QFileInfo(file).absolutePath();
    QStringList roots;
    if (s.args.has(QStringLiteral("evidence-from"))) roots << s.args.value(QStringLiteral("evidence-from"));
    const qint64 limit = ReportService(s.context()).attachmentLimitBytes();
    for (const QString& name : content->attachments) {
        auto path = input::confine(name, base, roots);
        if (!path)
            return s.refuse(path.error().reason == QLatin1String(input::reason::outside)
                                ? QCoreApplication::translate("cd::cli", "%1 Evidence is read from the report file's folder, or from a folder named with --evidence-from.")
                                      .arg(path.error().message)
                                : path.error().message);
        auto data = input::read(*path, limit, QCoreApplication::translate("cd::cli", "evidence file"));
        if (!data) return s.refuse(data.error().message);
        d.add.append({QFileInfo(*path).fileName(), *data});
    }
    auto id = ReportService(s.context()).submitReport(d);
    if (!id) return s.refuse(id.error().message);
    s.out << QCoreApplication::translate("cd::cli", "Report for %1 submitted.").arg(period) << Qt::endl;
    return Done;
}

int reportList(CliSession& s)
{
    if (!s.open(false)) return s.exitCode;
    ReportService reports(s.context());
    ReportFilter f;
    if (s.args.has(QStringLiteral("period"))) {
        auto p = reports.period(s.args.value(QStringLiteral("period")));
        if (!p) return s.refuse(p.error().message);
        f.periodId = p->id;
    }
    if (s.args.has(QStringLiteral("status"))) {
        f.status = reportStatusFromId(s.args.value(QStringLiteral("status")));
        if (!f.status) return s.usage(QCoreApplication::translate("cd::cli", "--status is one of submitted, accepted, returned."));
    }
    if (s.args.has(QStringLiteral("unit"))) {
        auto unit = unitOption(s);
        if (!unit) return s.refuse(unit.error().message);
        f.unitId = unit->id;
    }
    if (auto r = s.context().require(s.actor.role == Role::Unit ? Operation::ReadUnitData : Operation::ReadAllUnits, s.actor.unitId); !r)
        return s.refuse(r.error().message);
    Listing l{{QStringLiteral("unit"), QStringLiteral("period"), QStringLiteral("status"), QStringLiteral("version"),
               QStringLiteral("submitted_at"), QStringLiteral("late")},
              {QCoreApplication::translate("cd::cli", "Unit"), QCoreApplication::translate("cd::cli", "Period"), QCoreApplication::translate("cd::cli", "Status"), QCoreApplication::translate("cd::cli", "Version"), QCoreApplication::translate("cd::cli", "Submitted"), QCoreApplication::translate("cd::cli", "Late")},
              {}};
    for (const auto& r : reports.list(f))
        l.rows.append({{QStringLiteral("unit"), r.row.unitName},
                       {QStringLiteral("period"), r.row.periodCode},
                       {QStringLiteral("status"), toId(r.row.status)},
                       {QStringLiteral("version"), r.row.version},
                       {QStringLiteral("submitted_at"), r.row.submittedAt.toString(Qt::ISODate)},
                       {QStringLiteral("late"), r.late}});
    if (!print(l, s.args.value(QStringLiteral("format"), QStringLiteral("table")), s.out)) return s.usage(QCoreApplication::translate("cd::cli", "Unknown format."));
    return Done;
}

int reportReview(CliSession& s)
{
    const QString period = s.args.value(QStringLiteral("period"));
    const bool accept = s.args.has(QStringLiteral("accept"));
    const bool giveBack = s.args.has(QStringLiteral("return"));
    if (period.isEmpty() || !s.args.has(QStringLiteral("unit")) || accept == giveBack)
        return s.usage(QCoreApplication::translate("cd::cli", "usage: report review --unit NAME --period P (--accept | --return TEXT)"));
    if (!s.open(false) || !s.allowWrite()) return s.exitCode;
    auto unit = unitOption(s);
    if (!unit) return s.refuse(unit.error().message);
    if (auto r = ReportService(s.context()).review(unit->id, period, accept, s.args.value(QStringLiteral("return"))); !r)
        return s.refuse(r.error().message);
    s.out << (accept ? QCoreApplication::translate("cd::cli", "Accepted.") : QCoreApplication::translate("cd::cli", "Returned.")) << Qt::endl;
    return Done;
}

} // namespace

int runPlan(CliSession& s)
{
    if (s.args.word(1) == QLatin1String("submit")) return planSubmit(s);
    return s.usage(QCoreApplication::translate("cd::cli", "usage: plan submit --unit NAME --month 2020-03 --file FILE.json [--request-key KEY]"));
}

int runReport(CliSession& s)
{
    const QString sub = s.args.word(1);
    if (sub == QLatin1String("submit")) return reportSubmit(s);
    if (sub == QLatin1String("list")) return reportList(s);
    if (sub == QLatin1String("review")) return reportReview(s);
    return s.usage(QCoreApplication::translate("cd::cli", "usage: report submit|list|review"));
}

int runReminders(CliSession& s)
{
    const QString period = s.args.value(QStringLiteral("period"));
    if (period.isEmpty()) return s.usage(QCoreApplication::translate("cd::cli", "usage: reminders --period P [--format table|json] [--out FILE.pdf|.docx|.odt] [--per-unit]"));
    if (!s.open(false)) return s.exitCode;
    if (auto r = s.context().require(Operation::ReadAllUnits); !r) return s.refuse(r.error().message);
    ReportService reports(s.context());
    auto p = reports.period(period);
    if (!p) return s.refuse(p.error().message);
    const auto lines = reports.reminders(period);
    if (s.args.has(QStringLiteral("out"))) {
        const QString out = s.args.value(QStringLiteral("out"));
        Status written;
        const QString contact = settings::contactLine(SettingsService(s.context()).current());
        if (!DocumentFiles::handles(out)) return s.usage(QCoreApplication::translate("cd::cli", "--out writes .pdf, .docx, .odt or .html."));
        if (s.args.has(QStringLiteral("per-unit"))) {
            // A notice to each unit, each numbered from — 1 —, is one PDF.
            if (!out.toLower().endsWith(QLatin1String(".pdf")))
                return s.usage(QCoreApplication::translate("cd::cli", "--per-unit writes a PDF (a notice to each unit, each numbered on its own)."));
            const auto docs = ReminderNotice::perUnit(*p, lines, s.clock->today(), PageStyle::official(), 300, contact, s.seals());
            QList<OfficialDocument*> pages;
            for (const auto& d : docs) pages << d.get();
            written = PdfRenderer::writePdf(pages, out, ReminderNotice::periodLabel(*p));
        } else {
            OfficialDocument doc;
            doc.setSeals(s.seals());
            ReminderNotice::writeList(doc, *p, lines, s.clock->today(), contact);
            written = DocumentFiles::write(doc, out, ReminderNotice::periodLabel(*p));
        }
        if (!written) return s.refuse(written.error().message);
        s.out << QCoreApplication::translate("cd::cli", "Written %1.").arg(out) << Qt::endl;
        return Done;
    }
    Listing l{{QStringLiteral("unit"), QStringLiteral("report"), QStringLiteral("plan")}, {QCoreApplication::translate("cd::cli", "Unit"), QCoreApplication::translate("cd::cli", "Report"), QCoreApplication::translate("cd::cli", "Plan")}, {}};
    const auto state = [](bool missing, bool late) {
        return missing ? QStringLiteral("missing") : late ? QStringLiteral("late") : QStringLiteral("on_time");
    };
    for (const auto& line : lines) {
        QJsonObject o{{QStringLiteral("unit"), line.unit.name}, {QStringLiteral("report"), state(line.reportMissing, line.reportLate)}};
        o.insert(QStringLiteral("plan"), p->kind == PeriodKind::Month ? QJsonValue(state(line.planMissing, line.planLate)) : QJsonValue());
        l.rows.append(o);
    }
    if (!print(l, s.args.value(QStringLiteral("format"), QStringLiteral("table")), s.out)) return s.usage(QCoreApplication::translate("cd::cli", "Unknown format."));
    return Done;
}

} // namespace cd::cli
