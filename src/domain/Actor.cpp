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

} // namespace cd
