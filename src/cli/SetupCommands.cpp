#include "cli/Commands.h"
#include "storage/AuditChain.h"
#include "cli/Output.h"
#include "services/AuditService.h"
#include "services/CampaignService.h"
#include "services/DemoService.h"
#include "services/Json.h"
#include "services/UnitService.h"
#include "storage/ProgressRepository.h"
#include "storage/ReportRepository.h"
#include "storage/ServerRollups.h"

#include <QCoreApplication>
#include <QElapsedTimer>

namespace cd::cli {
namespace {

std::optional<int> yearOption(CliSession& s)
{
    bool ok = false;
    const int year = s.args.value(QStringLiteral("year")).toInt(&ok);
    return ok ? std::optional(year) : std::nullopt;
}
} // namespace

int runInit(CliSession& s)
{
    auto year = yearOption(s);
    if (!year) return s.usage(QCoreApplication::translate("cd::cli", "usage: init --year YEAR [--template sanzhua-yicu]"));
    if (!s.open() || !s.allowWrite()) return s.exitCode;
    CampaignService service(s.context());
    auto c = service.createFromTemplate(*year, s.args.value(QStringLiteral("template"), QStringLiteral("sanzhua-yicu")));
    if (!c) return s.refuse(c.error().message);
    s.out << QCoreApplication::translate("cd::cli", "Created %1 with %2 tasks.").arg(c->name).arg(service.tasks(c->id).size()) << Qt::endl;
    return Done;
}

int runTasks(CliSession& s)
{
    if (s.args.word(1) != QLatin1String("list")) return s.usage(QCoreApplication::translate("cd::cli", "usage: tasks list [--year Y] [--format table|csv|json]"));
    if (!s.open(false)) return s.exitCode;
    CampaignService service(s.context());
    auto year = yearOption(s);
    auto campaign = year ? service.forYear(*year) : service.current();
    if (!campaign) return s.refuse(QCoreApplication::translate("cd::cli", "There is no campaign in this database; run init first."));
    QHash<qint64, QString> unitNames;
    for (const auto& u : UnitService(s.context()).list()) unitNames.insert(u.id, u.name);
    Listing l{{QStringLiteral("code"), QStringLiteral("pillar"), QStringLiteral("title"), QStringLiteral("kind"),
               QStringLiteral("cadence"), QStringLiteral("target"), QStringLiteral("measure"), QStringLiteral("due"),
               QStringLiteral("unit")},
              {QCoreApplication::translate("cd::cli", "Code"), QCoreApplication::translate("cd::cli", "Pillar"), QCoreApplication::translate("cd::cli", "Title"), QCoreApplication::translate("cd::cli", "Kind"), QCoreApplication::translate("cd::cli", "Cadence"), QCoreApplication::translate("cd::cli", "Target"), QCoreApplication::translate("cd::cli", "Measure"), QCoreApplication::translate("cd::cli", "Due"), QCoreApplication::translate("cd::cli", "Unit")},
              {}};
    for (const auto& t : service.tasks(campaign->id)) {
        QJsonObject o = json::of(t);
        o.remove(QStringLiteral("id"));
        o.remove(QStringLiteral("owner_unit_id"));
        o.remove(QStringLiteral("lower_is_better"));
        o.insert(QStringLiteral("unit"), unitNames.value(t.ownerUnitId));
        l.rows.append(o);
    }
    if (!print(l, s.args.value(QStringLiteral("format"), QStringLiteral("table")), s.out)) return s.usage(QCoreApplication::translate("cd::cli", "Unknown format."));
    return Done;
}

int runCheck(CliSession& s)
{
    if (!s.open(false)) return s.exitCode;
    auto problems = s.db->integrityProblems();
    // The audit record's hash chain: a row changed, deleted or inserted anywhere breaks it.
    const auto chain = AuditChain::verify(*s.db);
    const qint64 pending = chain ? chain->pending : 0;
    if (!chain)
        problems << chain.error().message;
    else if (chain->firstBad)
        problems << QCoreApplication::translate("cd::cli", "the audit record's hash chain breaks at row %1 (a row was changed, deleted or inserted there)")
                        .arg(chain->firstBad);
    if (const int off = ProgressRepository(*s.db).mismatches(); off != 0)
        problems << QCoreApplication::translate("cd::cli", "the accepted progress of %1 unit and task pairs does not match the reports").arg(off);
    // Every evidence file still has the digest it was stored and linked under.
    for (const auto& [id, digest] : ReportRepository(*s.db).damagedAttachments())
        problems << QCoreApplication::translate("cd::cli", "the stored evidence file %1 (SHA-256 %2…) no longer has the bytes it was stored with").arg(id).arg(digest.left(16));
    if (const int off = ServerRollups::mismatches(*s.db); off != 0)
        problems << QCoreApplication::translate("cd::cli", "the figures the server keeps rolled up for %n unit(s) do not match their rows", nullptr, off);
    if (!problems.isEmpty()) {
        for (const auto& p : problems) s.err << p << Qt::endl;
        return s.refuse(QCoreApplication::translate("cd::cli", "%1 is damaged.").arg(s.db->path()));
    }
    s.out << QCoreApplication::translate("cd::cli", "%1: integrity ok, schema version %2.").arg(s.db->path()).arg(s.db->schemaVersion()) << Qt::endl;
    if (pending > 0) s.out << AuditService::pendingNote(pending) << Qt::endl;
    return Done;
}

int runDemo(CliSession& s)
{
    DemoOptions o;
    bool ok = true;
    o.units = s.args.value(QStringLiteral("units"), QStringLiteral("60")).toInt(&ok);
    if (!ok) return s.usage(QCoreApplication::translate("cd::cli", "usage: demo --units N --year Y [--seed S]"));
    o.year = s.args.value(QStringLiteral("year"), QString::number(QDate::currentDate().year())).toInt(&ok);
    if (!ok) return s.usage(QCoreApplication::translate("cd::cli", "usage: demo --units N --year Y [--seed S]"));
    o.seed = s.args.value(QStringLiteral("seed"), QStringLiteral("1")).toUInt(&ok);
    if (!ok) return s.usage(QCoreApplication::translate("cd::cli", "usage: demo --units N --year Y [--seed S]"));
    if (!s.open() || !s.allowWrite()) return s.exitCode;
    QElapsedTimer timer;
    timer.start();
    auto r = DemoService(s.context()).generate(o);
    if (!r) return s.refuse(r.error().message);
    s.out << QCoreApplication::translate("cd::cli", "Demo written: %1 units, %2 tasks, %3 responsibilities, %4 plans, %5 reports with %6 items in %7 s.")
                 .arg(r->units)
                 .arg(r->tasks)
                 .arg(r->responsibilities)
                 .arg(r->plans)
                 .arg(r->reports)
                 .arg(r->reportItems)
                 .arg(double(timer.elapsed()) / 1000.0, 0, 'f', 2)
          << Qt::endl;
    return Done;
}

} // namespace cd::cli
