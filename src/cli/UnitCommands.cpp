#include <QCoreApplication>
#include "cli/Commands.h"
#include "cli/Output.h"
#include "exchange/Exports.h"
#include "exchange/SheetImport.h"
#include "exchange/SheetReader.h"
#include "exchange/TableWriter.h"
#include "services/GroupService.h"
#include "services/Json.h"
#include "services/UnitService.h"

namespace cd::cli {
namespace {

int importUnits(CliSession& s)
{
    const QString file = s.args.word(2);
    if (file.isEmpty()) return s.usage(QCoreApplication::translate("cd::cli", "usage: units import FILE [--dry-run] [--sheet NAME] [--skip-invalid]"));
    if (!s.open() || !s.allowWrite()) return s.exitCode;
    auto sheet = readSheet(file, s.args.value(QStringLiteral("sheet")));
    if (!sheet) return s.refuse(sheet.error().message);
    auto rows = SheetImport::unitRows(*sheet);
    if (!rows) return s.refuse(rows.error().message);
    UnitService service(s.context());
    const auto preview = service.preview(*rows);
    if (int rc = reportPreview(s, preview); rc != Done) return rc;
    if (const QStringList made = service.groupsToCreate(preview); !made.isEmpty())
        s.out << QCoreApplication::translate("cd::cli", "%n group(s) to make: %1", nullptr, int(made.size())).arg(made.join(QStringLiteral("、"))) << Qt::endl;
    if (s.args.has(QStringLiteral("dry-run"))) return Done;
    if (auto r = service.apply(preview); !r) return s.refuse(r.error().message);
    s.out << QCoreApplication::translate("cd::cli", "Imported.") << Qt::endl;
    return Done;
}

int listUnits(CliSession& s)
{
    if (!s.open(false)) return s.exitCode;
    Listing l{{QStringLiteral("name"), QStringLiteral("short_name"), QStringLiteral("category"), QStringLiteral("head"),
               QStringLiteral("deputy"), QStringLiteral("secretary"), QStringLiteral("phone"), QStringLiteral("active"), QStringLiteral("group")},
              {QCoreApplication::translate("cd::cli", "Name"), QCoreApplication::translate("cd::cli", "Short name"), QCoreApplication::translate("cd::cli", "Category"), QCoreApplication::translate("cd::cli", "Principal leader"), QCoreApplication::translate("cd::cli", "Leader in charge"), QCoreApplication::translate("cd::cli", "Secretary"),
               QCoreApplication::translate("cd::cli", "Phone"), QCoreApplication::translate("cd::cli", "Active"), QCoreApplication::translate("cd::cli", "Group")},
              {}};
    const GroupTree groups = GroupService(s.context()).tree();
    for (const auto& u : UnitService(s.context()).list()) {
        QJsonObject row = json::of(u);
        row.remove(QStringLiteral("group_id"));
        row.insert(QStringLiteral("group"), groups.path(u.groupId));
        l.rows.append(row);
    }
    if (!print(l, s.args.value(QStringLiteral("format"), QStringLiteral("table")), s.out)) return s.usage(QCoreApplication::translate("cd::cli", "Unknown format."));
    return Done;
}

int exportUnits(CliSession& s)
{
    const QString file = s.args.word(2);
    if (file.isEmpty()) return s.usage(QCoreApplication::translate("cd::cli", "usage: units export FILE.csv|FILE.xlsx"));
    if (!s.open(false)) return s.exitCode;
    const GroupTree groups = GroupService(s.context()).tree();
    QHash<qint64, QString> paths;
    for (const auto& g : groups.all()) paths.insert(g.id, groups.path(g.id));
    if (auto r = TableWriter::write(Exports::units(UnitService(s.context()).list(), paths), file, QCoreApplication::translate("cd::cli", "Units")); !r)
        return s.refuse(r.error().message);
    s.out << QCoreApplication::translate("cd::cli", "Written %1.").arg(file) << Qt::endl;
    return Done;
}
} // namespace

int runUnits(CliSession& s)
{
    const QString sub = s.args.word(1);
    if (sub == QLatin1String("import")) return importUnits(s);
    if (sub == QLatin1String("list")) return listUnits(s);
    if (sub == QLatin1String("export")) return exportUnits(s);
    return s.usage(QCoreApplication::translate("cd::cli", "usage: units import|list|export"));
}

} // namespace cd::cli
