#pragma once

#include <QString>
#include <optional>

namespace cd {

enum class Role { Admin, Office, Unit, Viewer };

// Who performs an action. A database without accounts is single-user and every
// action is taken by the built-in local administrator.
struct Actor
{
    QString login;
    QString displayName;
    Role role = Role::Admin;
    qint64 unitId = 0;
    // Signed in on a standby of the server, which takes no writes: whatever the role, the
    // actor reads only (Permissions).
    bool readOnly = false;

    static Actor localAdmin();
    // What people read: the display name, or the login where there is none.
    QString shownName() const { return displayName.isEmpty() ? login : displayName; }
};

} // namespace cd

namespace cd {

// Setting up the campaign, units and responsibility lists is the office's work.
inline bool canManageSetup(Role r) { return r == Role::Admin || r == Role::Office; }

QString toId(Role r);
std::optional<Role> roleFromId(const QString& id);
QString displayName(Role r);

} // namespace cd
