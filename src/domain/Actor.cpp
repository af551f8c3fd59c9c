#include "domain/Actor.h"

namespace cd {

Actor Actor::localAdmin() { return Actor{QStringLiteral("local-admin"), QStringLiteral("local administrator"), Role::Admin, 0}; }

} // namespace cd
