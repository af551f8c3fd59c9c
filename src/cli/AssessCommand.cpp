#include "cli/Commands.h"
#include "cli/Output.h"
#include "cli/JsonFile.h"
#include "exchange/Exports.h"
#include "exchange/TableWriter.h"
#include "reports/AssessmentDocument.h"
#include "reports/DocumentFiles.h"
#include "reports/PdfRenderer.h"
#include "services/AssessmentGroups.h"
#include "services/AssessmentService.h"
#include "services/CampaignService.h"
#include "services/UnitService.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QJsonDocument>

namespace cd::cli {
namespace {

std::optional<int> yearOption(CliSession& s)
{
    if (s.args.has(QStringLiteral("year"))) {
        bool ok = false;
        const int year = s.args.value(QStringLiteral("year")).toInt(&ok);
        if (ok && year >= 2000 && year <= 2100) return year;
        s.exitCode = s.usage(QCoreApplication::translate("cd::cli", "--year wants a year such as 2020."));
        return std::nullopt;
    }
    if (auto c = CampaignService(s.context()).current()) return c->year;
    s.exitCode = s.refuse(QCoreApplication::translate("cd::cli", "There is no campaign yet."));
    return std::nullopt;
}

std::optional<Unit> unitOption(CliSession& s)
{
    const QString name = s.args.value(QStringLiteral("unit"));
    auto unit = UnitService(s.context()).byName(name);
    if (!unit) s.exitCode = s.refuse(QCoreApplication::translate("cd::cli", "Unknown unit: %1").arg(name));
    return unit;
}

int writeOut(CliSession& s, const AssessmentResult& r, const QString& out)
{
    const QString lower = out.toLower();
    Status written;
    if (DocumentFiles::handles(lower)) {
        const QDate date = s.context().clock.today();
        if (s.args.has(QStringLiteral("unit"))) {
            auto unit = unitOption(s);
            if (!unit) return s.exitCode;
            const UnitScore* u = r.unit(unit->id);
            if (!u) return s.refuse(QCoreApplication::translate("cd::cli", "%1 is not in the assessment.").arg(unit->name));
            OfficialDocument doc;
            doc.setSeals(s.seals());
            AssessmentDocument::scoreSheet(doc, r, *u, date);
            written = DocumentFiles::write(doc, out, u->unit);
        } else {
            OfficialDocument doc(PageStyle::officialLandscape());
            doc.setSeals(s.seals());
            AssessmentDocument::ranking(doc, r, date);
            written = DocumentFiles::write(doc, out, AssessmentDocument::title(r));
        }
    } else if (lower.endsWith(QLatin1String(".xlsx")) || lower.endsWith(QLatin1String(".csv"))) {
        written = TableWriter::write(Exports::assessment(r), out, QStringLiteral("%1年度考评").arg(r.year));
    } else {
        return s.usage(QCoreApplication::translate("cd::cli", "--out writes .pdf, .docx, .odt, .xlsx or .csv."));
    }
    if (!written) return s.refuse(written.error().message);
    s.out << QCoreApplication::translate("cd::cli", "Written %1.").arg(out) << Qt::endl;
    return Done;
}

int show(CliSession& s, int year)
{
    auto r = AssessmentService(s.context()).score(year);
    if (!r) return s.refuse(r.error().message);
    if (s.args.has(QStringLiteral("group"))) {
        // One group's units, ranked among themselves.
        r = AssessmentGroups(s.context()).within(*r, s.args.value(QStringLiteral("group")));
        if (!r) return s.refuse(r.error().message);
    }
    if (s.args.has(QStringLiteral("out"))) return writeOut(s, *r, s.args.value(QStringLiteral("out")));
    const QString format = s.args.value(QStringLiteral("format"), QStringLiteral("table"));
    if (format == QLatin1String("json")) {
        QJsonArray units;
        for (const auto& u : r->units) units.append(AssessmentResult::unitJson(u));
        s.out << QString::fromUtf8(QJsonDocument(units).toJson(QJsonDocument::Indented));
        return Done;
    }
    const Table t = Exports::assessment(*r);
    if (format == QLatin1String("csv")) {
        const auto line = [&](const QStringList& cells) {
            QStringList quoted;
            for (const auto& c : cells)
                quoted << (c.contains(QLatin1Char(',')) || c.contains(QLatin1Char('"')) ? QLatin1Char('"') + QString(c).replace(QLatin1String("\""), QLatin1String("\"\"")) + QLatin1Char('"') : c);
            s.out << quoted.join(QLatin1Char(',')) << '\n';
        };
        line(t.header);
        for (const auto& row : t.rows) line(row);
        return Done;
    }
    if (format != QLatin1String("table")) return s.usage(QCoreApplication::translate("cd::cli", "Unknown format."));
    s.out << (r->locked ? QCoreApplication::translate("cd::cli", "%1 assessment, locked by %2 on %3.")
                              .arg(year)
                              .arg(r->lockedBy, r->lockedAt.date().toString(Qt::ISODate))
                        : QCoreApplication::translate("cd::cli", "%1 assessment as of %2 (a preview until it is locked).")
                              .arg(year)
                              .arg(r->asOf.toString(Qt::ISODate)))
          << '\n';
    for (const auto& u : r->units)
        s.out << QStringLiteral("%1  %2  %3  %4\n").arg(u.rank, 4).arg(AssessmentRules::format(u.total), 6).arg(displayName(u.grade), -6).arg(u.unit);
    return Done;
}

// assess groups [--group PATH]: the child groups of the whole campaign or of one group, each
// with its units' average total and grades.
int groups(CliSession& s, int year)
{
    auto r = AssessmentService(s.context()).score(year);
    if (!r) return s.refuse(r.error().message);
    auto standings = AssessmentGroups(s.context()).between(*r, s.args.value(QStringLiteral("group")));
    if (!standings) return s.refuse(standings.error().message);
    Listing l{{QStringLiteral("group"), QStringLiteral("units"), QStringLiteral("average"), QStringLiteral("excellent"), QStringLiteral("good"),
               QStringLiteral("pass"), QStringLiteral("poor")},
              {QCoreApplication::translate("cd::cli", "Group"), QCoreApplication::translate("cd::cli", "Units"),
               QCoreApplication::translate("cd::cli", "Average"), displayName(Grade::Excellent), displayName(Grade::Good),
               displayName(Grade::Pass), displayName(Grade::Poor)},
              {}};
    for (const auto& g : *standings)
        l.rows.append(QJsonObject{{QStringLiteral("group"), g.direct ? g.name : g.path},
                                  {QStringLiteral("units"), g.units},
                                  {QStringLiteral("average"), g.average},
                                  {QStringLiteral("excellent"), g.grades[0]},
                                  {QStringLiteral("good"), g.grades[1]},
                                  {QStringLiteral("pass"), g.grades[2]},
                                  {QStringLiteral("poor"), g.grades[3]}});
    if (!print(l, s.args.value(QStringLiteral("format"), QStringLiteral("table")), s.out)) return s.usage(QCoreApplication::translate("cd::cli", "Unknown format."));
    return Done;
}

int rubric(CliSession& s, int year)
{
    AssessmentService service(s.context());
    if (s.args.has(QStringLiteral("file"))) {
        if (!s.allowWrite()) return s.exitCode;
        auto json = readJsonObject(s.args.value(QStringLiteral("file")), 1024 * 1024);
        if (!json) return s.refuse(json.error().message);
        auto r = Rubric::fromJson(*json);
        if (!r) return s.refuse(r.error().message);
        if (auto saved = service.saveRubric(year, *r); !saved) return s.refuse(saved.error().message);
        s.out << QCoreApplication::translate("cd::cli", "Rubric saved: %n item(s).", nullptr, int(r->items.size())) << Qt::endl;
        return Done;
    }
    auto r = service.rubric(year);
    if (!r) return s.refuse(r.error().message);
    s.out << QString::fromUtf8(QJsonDocument(r->toJson()).toJson(QJsonDocument::Indented));
    return Done;
}

} // namespace

// assess [--year Y] [--format table|csv|json] [--out FILE] · assess score|clear --unit NAME --item ITEM …
// · assess lock|unlock --year Y · assess rubric [--file RUBRIC.json]
int runAssess(CliSession& s)
{
    if (!s.open(false)) return s.exitCode;
    const auto year = yearOption(s);
    if (!year) return s.exitCode;
    const QString sub = s.args.word(1);
    AssessmentService service(s.context());
    if (sub.isEmpty()) return show(s, *year);
    if (sub == QLatin1String("rubric")) return rubric(s, *year);
    if (sub == QLatin1String("groups")) return groups(s, *year);
    if (sub == QLatin1String("score") || sub == QLatin1String("clear")) {
        const QString item = s.args.value(QStringLiteral("item"));
        if (!s.args.has(QStringLiteral("unit")) || item.isEmpty() || (sub == QLatin1String("score") && !s.args.has(QStringLiteral("value"))))
            return s.usage(QCoreApplication::translate("cd::cli", "usage: assess score --unit NAME --item ITEM --value V [--reason TEXT] · assess clear --unit NAME --item ITEM [--reason TEXT]"));
        if (!s.allowWrite()) return s.exitCode;
        auto unit = unitOption(s);
        if (!unit) return s.exitCode;
        const QString reason = s.args.value(QStringLiteral("reason"));
        Status done;
        if (sub == QLatin1String("score")) {
            bool ok = false;
            const double value = s.args.value(QStringLiteral("value")).toDouble(&ok);
            if (!ok) return s.usage(QCoreApplication::translate("cd::cli", "--value wants a number."));
            done = service.setScore(*year, unit->id, item, value, reason);
        } else {
            done = service.clearScore(*year, unit->id, item, reason);
        }
        if (!done) return s.refuse(done.error().message);
        return Done;
    }
    if (sub == QLatin1String("lock") || sub == QLatin1String("unlock")) {
        if (!s.allowWrite()) return s.exitCode;
        const Status done = sub == QLatin1String("lock") ? service.lock(*year) : service.unlock(*year, s.args.value(QStringLiteral("reason")));
        if (!done) return s.refuse(done.error().message);
        s.out << (sub == QLatin1String("lock") ? QCoreApplication::translate("cd::cli", "The %1 assessment is locked.").arg(*year)
                                               : QCoreApplication::translate("cd::cli", "The %1 assessment is unlocked.").arg(*year))
              << Qt::endl;
        return Done;
    }
    return s.usage(QCoreApplication::translate("cd::cli", "Unknown assess command: %1").arg(sub));
}

} // namespace cd::cli
