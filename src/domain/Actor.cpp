#include "domain/Actor.h"

#include <QCoreApplication>

namespace cd {

Actor Actor::localAdmin()
{
    return Actor{QStringLiteral("local-admin"), QCoreApplication::translate("cd::Actor", "local administrator"), Role::Admin, 0};
}

QString toId(Role r)
{
    switch (r) {
    case Role::Admin: return QStringLiteral("admin");
    case Role::Office: return QStringLiteral("office");
    case Role::Unit: return QStringLiteral("unit");
    case Role::Viewer: return QStringLiteral("viewer");
    }
    return {};
}

std::optional<Role> roleFromId(const QString& id)
{
    for (Role r : {Role::Admin, Role::Office, Role::Unit, Role::Viewer})
        if (toId(r) == id) return r;
    return std::nullopt;
}

QString displayName(Role r)
{
    switch (r) {
    case Role::Admin: return QCoreApplication::translate("cd::Actor", "Administrator");
    case Role::Office: return QCoreApplication::translate("cd::Actor", "Campaign office");
    case Role::Unit: return QCoreApplication::translate("cd::Actor", "Unit secretary");
    case Role::Viewer: return QCoreApplication::translate("cd::Actor", "Leader (read only)");
    }
    return {};
}

} // namespace cd
