#include "cli/Commands.h"
#include "cli/Output.h"
#include "services/GroupService.h"
#include "services/UnitService.h"

#include <QJsonObject>

namespace cd::cli {
namespace {

int listGroups(CliSession& s)
{
    if (!s.open(false)) return s.exitCode;
    Listing l{{QStringLiteral("path"), QStringLiteral("kind"), QStringLiteral("units"), QStringLiteral("units_below"), QStringLiteral("office"),
               QStringLiteral("addressee")},
              {QCoreApplication::translate("cd::cli", "Group"), QCoreApplication::translate("cd::cli", "Kind"), QCoreApplication::translate("cd::cli", "Units"), QCoreApplication::translate("cd::cli", "Units in all"), QCoreApplication::translate("cd::cli", "Office"), QCoreApplication::translate("cd::cli", "Addressee")},
              {}};
    for (const auto& g : GroupService(s.context()).overview())
        l.rows.append(QJsonObject{{QStringLiteral("path"), g.path},
                                  {QStringLiteral("kind"), toId(g.group.kind)},
                                  {QStringLiteral("units"), g.directUnits},
                                  {QStringLiteral("units_below"), g.allUnits},
                                  {QStringLiteral("office"), g.group.officeName},
                                  {QStringLiteral("addressee"), g.group.addressee}});
    if (!print(l, s.args.value(QStringLiteral("format"), QStringLiteral("table")), s.out)) return s.usage(QCoreApplication::translate("cd::cli", "Unknown format."));
    return Done;
}

int addGroup(CliSession& s)
{
    const QString path = s.args.word(2);
    if (path.isEmpty())
        return s.usage(QCoreApplication::translate("cd::cli", "usage: groups add PATH [--kind region|system|other] [--office NAME] [--addressee TEXT] [--short NAME]"));
    std::optional<GroupKind> kind;
    if (s.args.has(QStringLiteral("kind"))) {
        kind = groupKindFromId(s.args.value(QStringLiteral("kind")));
        if (!kind) return s.usage(QCoreApplication::translate("cd::cli", "--kind is region, system or other."));
    }
    if (!s.open() || !s.allowWrite()) return s.exitCode;
    GroupService groups(s.context());
    auto id = groups.add(path, kind, s.args.value(QStringLiteral("office")));
    if (!id) return s.refuse(id.error().message);
    if (s.args.has(QStringLiteral("addressee")) || s.args.has(QStringLiteral("short"))) {
        auto g = *groups.tree().byId(*id);
        if (s.args.has(QStringLiteral("addressee"))) g.addressee = s.args.value(QStringLiteral("addressee"));
        if (s.args.has(QStringLiteral("short"))) g.shortName = s.args.value(QStringLiteral("short"));
        if (auto r = groups.update(g); !r) return s.refuse(r.error().message);
    }
    s.out << QCoreApplication::translate("cd::cli", "Group %1 is ready.").arg(groups.tree().path(*id)) << Qt::endl;
    return Done;
}

int moveToGroup(CliSession& s)
{
    const QString name = s.args.word(2);
    if (name.isEmpty() || !s.args.has(QStringLiteral("to"))) return s.usage(QCoreApplication::translate("cd::cli", "usage: groups move UNIT --to PATH   (--to \"\" for the top)"));
    if (!s.open() || !s.allowWrite()) return s.exitCode;
    auto unit = UnitService(s.context()).byName(name);
    if (!unit) return s.refuse(QCoreApplication::translate("cd::cli", "There is no unit named %1.").arg(name));
    const QString path = s.args.value(QStringLiteral("to"));
    if (auto r = GroupService(s.context()).moveUnit(unit->id, path); !r) return s.refuse(r.error().message);
    s.out << (path.trimmed().isEmpty() ? QCoreApplication::translate("cd::cli", "%1 is now at the top.").arg(unit->name) : QCoreApplication::translate("cd::cli", "%1 is now in %2.").arg(unit->name, path)) << Qt::endl;
    return Done;
}

} // namespace

int runGroups(CliSession& s)
{
    const QString sub = s.args.word(1);
    if (sub == QLatin1String("list") || sub.isEmpty()) return listGroups(s);
    if (sub == QLatin1String("add")) return addGroup(s);
    if (sub == QLatin1String("move")) return moveToGroup(s);
    return s.usage(QCoreApplication::translate("cd::cli", "usage: groups list|add|move"));
}

} // namespace cd::cli
