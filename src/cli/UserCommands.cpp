#include "cli/Commands.h"
#include "cli/Output.h"
#include "services/AccountService.h"
#include "services/GroupService.h"
#include "services/UnitService.h"

#include <unistd.h>

namespace cd::cli {
namespace {


// The new password: CAMPAIGNDESK_NEW_PASSWORD, else asked twice on a terminal, else one line of input.
std::optional<QString> newPassword(CliSession& s)
{
    const QString env = qEnvironmentVariable("CAMPAIGNDESK_NEW_PASSWORD");
    if (!env.isEmpty()) return env;
    const QString first = readSecret(QCoreApplication::translate("cd::cli", "New password: "));
    if (isatty(0)) {
        if (readSecret(QCoreApplication::translate("cd::cli", "Repeat the new password: ")) != first) {
            s.refuse(QCoreApplication::translate("cd::cli", "The two passwords differ."));
            return std::nullopt;
        }
    }
    return first;
}

int add(CliSession& s)
{
    const QString login = s.args.word(2);
    const auto role = roleFromId(s.args.value(QStringLiteral("role")));
    if (login.isEmpty() || !role) return s.usage(QCoreApplication::translate("cd::cli", "usage: users add LOGIN --role admin|office|unit|viewer [--unit NAME] [--group PATH] [--name DISPLAY]"));
    if (!s.open(false) || !s.allowWrite()) return s.exitCode;
    qint64 unitId = 0;
    if (*role == Role::Unit) {
        auto unit = UnitService(s.context()).byName(s.args.value(QStringLiteral("unit")));
        if (!unit) return s.refuse(QCoreApplication::translate("cd::cli", "A unit account needs --unit with an existing unit's name."));
        unitId = unit->id;
    }
    // An office or a leader running one group's part of the campaign.
    qint64 groupId = 0;
    if (const QString path = s.args.value(QStringLiteral("group")); !path.isEmpty()) {
        const UnitGroup* g = GroupService(s.context()).tree().find(path);
        if (!g) return s.refuse(QCoreApplication::translate("cd::cli", "There is no group %1 (groups list shows them).").arg(path));
        groupId = g->id;
    }
    auto password = newPassword(s);
    if (!password) return Refused;
    auto id = AccountService(s.context()).add(login, *role, unitId, *password, s.args.value(QStringLiteral("name")), groupId);
    if (!id) return s.refuse(id.error().message);
    s.out << QCoreApplication::translate("cd::cli", "Account %1 created.").arg(login) << Qt::endl;
    return Done;
}

int list(CliSession& s)
{
    if (!s.open(false)) return s.exitCode;
    if (auto r = s.context().require(Operation::ManageAccounts); !r) return s.refuse(r.error().message);
    QHash<qint64, QString> units;
    for (const auto& u : UnitService(s.context()).list()) units.insert(u.id, u.name);
    const GroupTree tree = GroupService(s.context()).tree();
    Listing l{{QStringLiteral("login"), QStringLiteral("name"), QStringLiteral("role"), QStringLiteral("unit"), QStringLiteral("group"), QStringLiteral("active")},
              {QCoreApplication::translate("cd::cli", "Login"), QCoreApplication::translate("cd::cli", "Display name"), QCoreApplication::translate("cd::cli", "Role"), QCoreApplication::translate("cd::cli", "Unit"),
               QCoreApplication::translate("cd::cli", "Group"), QCoreApplication::translate("cd::cli", "Active")},
              {}};
    for (const auto& u : AccountService(s.context()).list())
        l.rows.append({{QStringLiteral("login"), u.login},
                       {QStringLiteral("name"), u.displayName},
                       {QStringLiteral("role"), toId(u.role)},
                       {QStringLiteral("unit"), units.value(u.unitId)},
                       {QStringLiteral("group"), u.groupId ? tree.path(u.groupId) : QString()},
                       {QStringLiteral("active"), u.active}});
    if (!print(l, s.args.value(QStringLiteral("format"), QStringLiteral("table")), s.out)) return s.usage(QCoreApplication::translate("cd::cli", "Unknown format."));
    return Done;
}

int passwd(CliSession& s)
{
    const QString login = s.args.word(2);
    if (login.isEmpty()) return s.usage(QCoreApplication::translate("cd::cli", "usage: users passwd LOGIN"));
    if (!s.open(false) || !s.allowWrite()) return s.exitCode;
    auto password = newPassword(s);
    if (!password) return Refused;
    AccountService accounts(s.context());
    const Status r = login == s.actor.login ? accounts.changeOwnPassword(qEnvironmentVariable("CAMPAIGNDESK_PASSWORD"), *password)
                                            : accounts.resetPassword(login, *password);
    if (!r) return s.refuse(r.error().message);
    s.out << QCoreApplication::translate("cd::cli", "Password of %1 changed.").arg(login) << Qt::endl;
    return Done;
}

int disable(CliSession& s)
{
    const QString login = s.args.word(2);
    if (login.isEmpty()) return s.usage(QCoreApplication::translate("cd::cli", "usage: users disable LOGIN"));
    if (!s.open(false) || !s.allowWrite()) return s.exitCode;
    if (auto r = AccountService(s.context()).disable(login); !r) return s.refuse(r.error().message);
    s.out << QCoreApplication::translate("cd::cli", "Account %1 disabled.").arg(login) << Qt::endl;
    return Done;
}

} // namespace

int runUsers(CliSession& s)
{
    const QString sub = s.args.word(1);
    if (sub == QLatin1String("add")) return add(s);
    if (sub == QLatin1String("list")) return list(s);
    if (sub == QLatin1String("passwd")) return passwd(s);
    if (sub == QLatin1String("disable")) return disable(s);
    return s.usage(QCoreApplication::translate("cd::cli", "usage: users add|list|passwd|disable"));
}

} // namespace cd::cli
