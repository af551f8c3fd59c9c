#include <QCoreApplication>
#include "cli/Commands.h"
#include "cli/Output.h"
#include "exchange/Exports.h"
#include "exchange/SheetImport.h"
#include "exchange/SheetReader.h"
#include "exchange/TableWriter.h"
#include "services/CampaignService.h"
#include "services/ResponsibilityService.h"
#include "services/UnitService.h"

namespace cd::cli {
namespace {

int importResponsibilities(CliSession& s, const Campaign& campaign)
{
    const QString file = s.args.word(2);
    if (file.isEmpty()) return s.usage(QCoreApplication::translate("cd::cli", "usage: resp import FILE [--dry-run] [--sheet NAME] [--skip-invalid]"));
    auto sheet = readSheet(file, s.args.value(QStringLiteral("sheet")));
    if (!sheet) return s.refuse(sheet.error().message);
    auto rows = SheetImport::responsibilityRows(*sheet);
    if (!rows) return s.refuse(rows.error().message);
    ResponsibilityService service(s.context());
    const auto preview = service.preview(campaign.id, *rows);
    if (int rc = reportPreview(s, preview); rc != Done) return rc;
    if (s.args.has(QStringLiteral("dry-run"))) return Done;
    if (auto r = service.apply(preview); !r) return s.refuse(r.error().message);
    s.out << QCoreApplication::translate("cd::cli", "Imported.") << Qt::endl;
    return Done;
}

Table responsibilityTable(CliSession& s, const Campaign& campaign, qint64 unitId)
{
    QHash<qint64, QString> unitNames;
    for (const auto& u : UnitService(s.context()).list()) unitNames.insert(u.id, u.name);
    QHash<qint64, Task> tasks;
    for (const auto& t : CampaignService(s.context()).tasks(campaign.id)) tasks.insert(t.id, t);
    ResponsibilityService service(s.context());
    return Exports::responsibilities(unitId ? service.forUnit(unitId) : service.all(), unitNames, tasks);
}
} // namespace

int runResponsibilities(CliSession& s)
{
    const QString sub = s.args.word(1);
    if (sub != QLatin1String("import") && sub != QLatin1String("list") && sub != QLatin1String("export"))
        return s.usage(QCoreApplication::translate("cd::cli", "usage: resp import|list|export"));
    if (!s.open(sub == QLatin1String("import"))) return s.exitCode;
    if (sub == QLatin1String("import") && !s.allowWrite()) return s.exitCode;
    auto campaign = CampaignService(s.context()).current();
    if (!campaign) return s.refuse(QCoreApplication::translate("cd::cli", "There is no campaign in this database; run init first."));
    if (sub == QLatin1String("import")) return importResponsibilities(s, *campaign);

    qint64 unitId = 0;
    if (s.args.has(QStringLiteral("unit"))) {
        auto unit = UnitService(s.context()).byName(s.args.value(QStringLiteral("unit")));
        if (!unit) return s.refuse(QCoreApplication::translate("cd::cli", "Unknown unit: %1").arg(s.args.value(QStringLiteral("unit"))));
        unitId = unit->id;
    }
    const Table table = responsibilityTable(s, *campaign, unitId);
    if (sub == QLatin1String("export")) {
        const QString file = s.args.word(2);
        if (file.isEmpty()) return s.usage(QCoreApplication::translate("cd::cli", "usage: resp export FILE.csv|FILE.xlsx [--unit NAME]"));
        if (auto r = TableWriter::write(table, file, QCoreApplication::translate("cd::cli", "Responsibilities")); !r) return s.refuse(r.error().message);
        s.out << QCoreApplication::translate("cd::cli", "Written %1.").arg(file) << Qt::endl;
        return Done;
    }
    const QStringList keys{QStringLiteral("unit"),   QStringLiteral("task"), QStringLiteral("task_title"),
                           QStringLiteral("level"),  QStringLiteral("person"), QStringLiteral("post"),
                           QStringLiteral("duty"),   QStringLiteral("target")};
    Listing l{keys, table.header, {}};
    for (const auto& row : table.rows) {
        QJsonObject o;
        for (int i = 0; i < keys.size(); ++i) o.insert(keys[i], row.value(i));
        o.insert(QStringLiteral("target"), row.value(7).toDouble());
        if (auto level = levelFromText(row.value(3))) o.insert(QStringLiteral("level"), toId(*level));
        l.rows.append(o);
    }
    if (!print(l, s.args.value(QStringLiteral("format"), QStringLiteral("table")), s.out)) return s.usage(QCoreApplication::translate("cd::cli", "Unknown format."));
    return Done;
}

} // namespace cd::cli
