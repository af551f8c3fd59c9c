#include "cli/Commands.h"
#include "cli/Output.h"
#include "packages/PackageService.h"
#include "services/UnitService.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace cd::cli {
namespace {

int exportPackages(CliSession& s)
{
    const QString out = s.args.value(QStringLiteral("out"));
    const bool all = s.args.has(QStringLiteral("all"));
    if (out.isEmpty() || all == s.args.has(QStringLiteral("unit")))
        return s.usage(
            QCoreApplication::translate("cd::cli", "usage: package export --unit NAME --out FILE "
                                                   "[--new-key] · package export --all --out DIR"));
    if (!s.open(false) || !s.allowWrite()) return s.exitCode;
    PackageService service(s.context());
    if (all) {
        auto done = service.exportAll(out);
        if (!done) return s.refuse(done.error().message);
        for (const auto& e : *done)
            s.out << e.path << '\n';
        s.out << QCoreApplication::translate("cd::cli", "%1 task packages written to %2.")
                     .arg(done->size())
                     .arg(out)
              << Qt::endl;
        return Done;
    }
    auto unit = UnitService(s.context()).byName(s.args.value(QStringLiteral("unit")));
    if (!unit)
        return s.refuse(QCoreApplication::translate("cd::cli", "Unknown unit: %1")
                            .arg(s.args.value(QStringLiteral("unit"))));
    auto done = service.exportTask(unit->id, out, s.args.has(QStringLiteral("new-key")));
    if (!done) return s.refuse(done.error().message);
    s.out << QCoreApplication::translate(
                 "cd::cli", "Written %1 for %2 (%3 report versions, %4 problem lines).")
                 .arg(out, done->unitName)
                 .arg(done->reports)
                 .arg(done->problems)
          << Qt::endl;
    return Done;
}

QJsonObject describe(const PackageCheck& c)
{
    QJsonObject o{{QStringLiteral("file"), c.path},
                  {QStringLiteral("unit"), c.unitName},
                  {QStringLiteral("sequence"), c.header.sequence}};
    if (!c.ok()) {
        o.insert(QStringLiteral("refused"),
                 c.refusal->reason.isEmpty() ? QStringLiteral("error") : c.refusal->reason);
        o.insert(QStringLiteral("reason"), c.refusal->message);
        return o;
    }
    o.insert(QStringLiteral("new_reports"), c.newReports);
    o.insert(QStringLiteral("known_reports"), c.knownReports);
    o.insert(QStringLiteral("kept_reviewed"), c.keptReviewed);
    o.insert(QStringLiteral("new_plans"), c.newPlans);
    o.insert(QStringLiteral("answers"), c.answers);
    o.insert(QStringLiteral("notes"), QJsonArray::fromStringList(c.notes));
    return o;
}

int importPackages(CliSession& s)
{
    const QStringList paths = s.args.words.mid(2);
    if (paths.isEmpty())
        return s.usage(QCoreApplication::translate(
            "cd::cli", "usage: package import FILE|DIR… [--dry-run] [--format json]"));
    if (!s.open(false) || !s.allowWrite()) return s.exitCode;
    PackageService service(s.context());
    const QStringList files = PackageService::packageFiles(paths);
    if (files.isEmpty())
        return s.refuse(
            QCoreApplication::translate("cd::cli", "No .cdreport files were found there."));
    const QList<PackageCheck> checks = service.inspect(files);
    int refused = 0;
    QJsonArray rows;
    for (const auto& c : checks) {
        refused += c.ok() ? 0 : 1;
        rows.append(describe(c));
    }
    const bool json = s.args.value(QStringLiteral("format")) == QLatin1String("json");
    if (!json)
        for (const auto& c : checks) {
            if (!c.ok()) {
                s.err << QCoreApplication::translate("cd::cli", "REFUSED %1: %2")
                             .arg(c.path, c.refusal->message)
                      << '\n';
                continue;
            }
            s.out << QCoreApplication::translate("cd::cli",
                                                 "%1 no. %2: %3 new reports (%4 already here, %5 "
                                                 "kept as reviewed), %6 new plans, %7 answers.")
                         .arg(c.unitName)
                         .arg(c.header.sequence)
                         .arg(c.newReports)
                         .arg(c.knownReports)
                         .arg(c.keptReviewed)
                         .arg(c.newPlans)
                         .arg(c.answers)
                  << '\n';
            for (const auto& n : c.notes)
                s.out << "  " << n << '\n';
        }
    if (!s.args.has(QStringLiteral("dry-run")) && refused < checks.size()) {
        auto done = service.apply(checks);
        if (!done) return s.refuse(done.error().message);
        if (!json)
            s.out << QCoreApplication::translate(
                         "cd::cli", "Imported %1 packages: %2 reports, %3 plans, %4 answers.")
                         .arg(done->packages)
                         .arg(done->reports)
                         .arg(done->plans)
                         .arg(done->answers)
                  << Qt::endl;
    } else if (!json) {
        s.out << QCoreApplication::translate("cd::cli", "Nothing was imported.") << Qt::endl;
    }
    if (json) s.out << QString::fromUtf8(QJsonDocument(rows).toJson(QJsonDocument::Indented));
    return refused > 0 ? Refused : Done;
}

int openPackage(CliSession& s)
{
    const QString file = s.args.word(2);
    const QString db = s.args.value(QStringLiteral("db"));
    if (file.isEmpty() || db.isEmpty())
        return s.usage(
            QCoreApplication::translate("cd::cli", "usage: package open FILE --db PATH"));
    SystemClock clock;
    if (auto done = PackageService::openTaskPackage(file, db, clock); !done)
        return s.refuse(done.error().message);
    s.out << QCoreApplication::translate("cd::cli",
                                         "%1 is ready: the unit's own file, made from %2.")
                 .arg(db, file)
          << Qt::endl;
    return Done;
}

int makePackage(CliSession& s)
{
    const QString out = s.args.value(QStringLiteral("out"));
    if (out.isEmpty())
        return s.usage(QCoreApplication::translate("cd::cli", "usage: package make --out FILE"));
    if (!s.open(false) || !s.allowWrite()) return s.exitCode;
    auto done = PackageService(s.context()).makeReportPackage(out);
    if (!done) return s.refuse(done.error().message);
    s.out << QCoreApplication::translate("cd::cli", "Written %1.").arg(out) << Qt::endl;
    return Done;
}

int listImports(CliSession& s)
{
    if (!s.open(false)) return s.exitCode;
    Listing l{{QStringLiteral("imported_at"), QStringLiteral("unit"), QStringLiteral("sequence"), QStringLiteral("imported_by")},
              {QCoreApplication::translate("cd::cli", "Imported"), QCoreApplication::translate("cd::cli", "Unit"),
               QCoreApplication::translate("cd::cli", "Package no."), QCoreApplication::translate("cd::cli", "Imported by")},
              {}};
    for (const auto& i : PackageService(s.context()).history())
        l.rows.append({{QStringLiteral("imported_at"), i.importedAt.toString(QStringLiteral("yyyy-MM-dd HH:mm"))},
                       {QStringLiteral("unit"), i.unitName},
                       {QStringLiteral("sequence"), i.sequence},
                       {QStringLiteral("imported_by"), i.importedBy}});
    if (!print(l, s.args.value(QStringLiteral("format"), QStringLiteral("table")), s.out))
        return s.usage(QCoreApplication::translate("cd::cli", "Unknown format."));
    return Done;
}

} // namespace

// package export --unit NAME --out FILE · package export --all --out DIR · package import FILE|DIR
// [--dry-run] package open FILE --db PATH · package make --out FILE · package list
int runPackage(CliSession& s)
{
    const QString what = s.args.word(1);
    if (what == QLatin1String("export")) return exportPackages(s);
    if (what == QLatin1String("import")) return importPackages(s);
    if (what == QLatin1String("open")) return openPackage(s);
    if (what == QLatin1String("make")) return makePackage(s);
    if (what == QLatin1String("list")) return listImports(s);
    return s.usage(
        QCoreApplication::translate("cd::cli", "usage: package export|import|open|make|list …"));
}

} // namespace cd::cli
