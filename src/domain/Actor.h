#pragma once

#include <QSet>
#include <QString>
#include <memory>
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
    // An office or a leader that runs one part of the campaign (a group of units, with the
    // groups under it): 0 for the whole campaign. `scope` holds the units in that part, read
    // when the account signed in (GroupService::scope).
    qint64 groupId = 0;
    QString scopeName{}; // the group's path, "河安县/政府部门"
    std::shared_ptr<const QSet<qint64>> scope{};

    static Actor localAdmin();
    // What people read: the display name, or the login where there is none.
    QString shownName() const { return displayName.isEmpty() ? login : displayName; }
    bool scoped() const { return groupId != 0; }
    // Whether the unit is in the part this actor runs (every unit for the whole campaign).
    bool inScope(qint64 unitId) const { return !scoped() || (scope && scope->contains(unitId)); }
};

} // namespace cd

namespace cd {

// Setting up the campaign, units and responsibility lists is the office's work.
inline bool canManageSetup(Role r) { return r == Role::Admin || r == Role::Office; }

QString toId(Role r);
std::optional<Role> roleFromId(const QString& id);
QString displayName(Role r);

} // namespace cd
