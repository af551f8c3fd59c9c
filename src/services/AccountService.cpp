#include "services/AccountService.h"

#include "services/GroupService.h"
#include "storage/GroupRepository.h"
#include "storage/Database.h"
#include "storage/PackageRepository.h"
#include "storage/ServerSecurity.h"
#include "storage/Transaction.h"
#include "storage/UnitRepository.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <sodium.h>

namespace cd {
namespace {

QJsonObject describe(const User& u)
{
    return {{QStringLiteral("login"), u.login},     {QStringLiteral("role"), toId(u.role)},
            {QStringLiteral("unit_id"), u.unitId},  {QStringLiteral("active"), u.active},
            {QStringLiteral("display_name"), u.displayName}, {QStringLiteral("group_id"), u.groupId}};
}

Error refusedLogin()
{
    // The same words for an unknown login and a wrong password: nothing to probe with.
    return Error{Error::Code::Permission, QCoreApplication::translate("cd::AccountService", "Wrong login or password.")};
}

} // namespace

QString AccountService::hash(const QString& password)
{
    static const bool ready = sodium_init() >= 0;
    if (!ready) return {};
    const QByteArray utf8 = password.toUtf8();
    char out[crypto_pwhash_STRBYTES];
    if (crypto_pwhash_str(out, utf8.constData(), quint64(utf8.size()), crypto_pwhash_OPSLIMIT_INTERACTIVE,
                          crypto_pwhash_MEMLIMIT_INTERACTIVE) != 0)
        return {};
    return QString::fromLatin1(out);
}

bool AccountService::verify(const QString& hash, const QString& password)
{
    if (sodium_init() < 0 || hash.isEmpty()) return false;
    const QByteArray h = hash.toLatin1();
    const QByteArray p = password.toUtf8();
    return crypto_pwhash_str_verify(h.constData(), p.constData(), quint64(p.size())) == 0;
}

Result<Actor> AccountService::serverActor(Database& db)
{
    auto who = server_accounts::whoAmI(db);
    if (!who) return fail(who.error());
    if (!who->has_value())
        return fail(Error{Error::Code::Permission, QCoreApplication::translate("cd::AccountService",
                                                                              "The login %1 has no account in the campaign %2; its administrator adds one (users add).")
                                                       .arg(db.sql().userName(), db.path())});
    Actor actor = **who;
    actor.readOnly = db.isStandby();
    GroupService::scope(db, actor);
    return actor;
}

// Accounts nobody can sign in with (disabled, or copied from a server without a password)
// do not lock a file: it opens as one without accounts, as it would for whoever holds it.
bool AccountService::hasAccounts() { return UserRepository(m_ctx.db).signInCount() > 0; }

QList<User> AccountService::list()
{
    if (!m_ctx.require(Operation::ManageAccounts)) return {};
    return UserRepository(m_ctx.db).all();
}

Status AccountService::checkPassword(const QString& password)
{
    if (password.size() < 8)
        return fail(Error::invalid(QCoreApplication::translate("cd::AccountService", "A password needs at least 8 characters.")));
    return {};
}

Result<qint64> AccountService::add(const QString& login, Role role, qint64 unitId, const QString& password, const QString& displayName,
                                   qint64 groupId)
{
    if (auto s = m_ctx.require(Operation::ManageAccounts); !s) return fail(s.error());
    UserRepository repo(m_ctx.db);
    const QString name = login.trimmed();
    if (name.isEmpty() || name.contains(QLatin1Char(' ')))
        return fail(Error::invalid(QCoreApplication::translate("cd::AccountService", "A login is one word without spaces.")));
    const bool server = m_ctx.db.isServer();
    // On a server the schema's owner is the first administrator already.
    if (!server && repo.count() == 0 && role != Role::Admin)
        return fail(Error::invalid(QCoreApplication::translate("cd::AccountService", "The first account must be an administrator.")));
    if (role == Role::Unit) {
        const auto unit = UnitRepository(m_ctx.db).byId(unitId);
        if (!unit) return fail(Error::invalid(QCoreApplication::translate("cd::AccountService", "A unit account needs an existing unit.")));
        if (!unit->active)
            return fail(Error::invalid(QCoreApplication::translate("cd::AccountService",
                                                                   "%1 is deactivated and takes no part in the campaign; reactivate it on the Units page before giving it an account.")
                                           .arg(unit->name)));
    }
    if (role != Role::Unit) unitId = 0;
    if (groupId != 0) {
        if (role != Role::Office && role != Role::Viewer)
            return fail(Error::invalid(QCoreApplication::translate("cd::AccountService", "Only an office or a leader's account runs one group's part of the campaign.")));
        if (!GroupTree(GroupRepository(m_ctx.db).all()).byId(groupId))
            return fail(Error::notFound(QCoreApplication::translate("cd::AccountService", "The group does not exist.")));
    }
    if (repo.byLogin(name))
        return fail(Error::conflict(QCoreApplication::translate("cd::AccountService", "The login %1 is taken.").arg(name)));
    if (auto s = checkPassword(password); !s) return fail(s.error());
    User u;
    u.login = name;
    u.displayName = displayName.isEmpty() ? name : displayName;
    u.role = role;
    u.unitId = unitId;
    u.groupId = groupId;
    return create(u, password);
}

Result<qint64> AccountService::create(User u, const QString& password)
{
    // On a server the password is the login role's, kept by the server (SCRAM); the row only
    // maps the login to its role and unit.
    const bool server = m_ctx.db.isServer();
    u.passwordHash = server ? QStringLiteral("") : hash(password);
    if (!server && u.passwordHash.isEmpty()) return fail(Error::io(QCoreApplication::translate("cd::AccountService", "The password could not be hashed.")));
    Transaction tx(m_ctx.db);
    if (!tx.ok()) return fail(tx.error());
    if (server)
        if (auto s = server_accounts::createLogin(m_ctx.db, u.login, password, u.role); !s) return fail(s.error());
    auto id = UserRepository(m_ctx.db).insert(u);
    if (!id) return fail(id.error());
    if (auto s = m_ctx.audit(QStringLiteral("user.create"), QStringLiteral("user"), *id, {}, describe(u)); !s) return fail(s.error());
    if (auto s = tx.commit(); !s) return fail(s.error());
    return *id;
}

Status AccountService::protectUnitFile(const QString& password)
{
    const qint64 unitId = PackageRepository(m_ctx.db).meta(QStringLiteral("package_unit")).toLongLong();
    if (unitId <= 0 || m_ctx.actor.role != Role::Unit || m_ctx.actor.unitId != unitId)
        return fail(Error{Error::Code::Permission,
                          QCoreApplication::translate("cd::AccountService", "Only a unit's own file, made from a task package, is protected this way.")});
    UserRepository repo(m_ctx.db);
    if (repo.count() > 0)
        return fail(Error::conflict(QCoreApplication::translate("cd::AccountService", "This file already has its account; change its password instead.")));
    if (auto s = checkPassword(password); !s) return s;
    User u;
    u.login = m_ctx.actor.login;
    u.displayName = m_ctx.actor.displayName;
    u.role = Role::Unit;
    u.unitId = unitId;
    if (auto id = create(u, password); !id) return fail(id.error());
    return {};
}

Result<Actor> AccountService::authenticate(const QString& login, const QString& password)
{
    UserRepository repo(m_ctx.db);
    auto user = repo.byLogin(login.trimmed());
    if (!user) return fail(refusedLogin());
    const QDateTime now = m_ctx.clock.now();
    if (!user->active)
        return fail(Error{Error::Code::Permission, QCoreApplication::translate("cd::AccountService", "The account %1 is disabled.").arg(user->login)});
    if (user->lockedUntil.isValid() && user->lockedUntil > now)
        return fail(Error{Error::Code::Permission, QCoreApplication::translate("cd::AccountService", "The account %1 is locked until %2 after repeated wrong passwords.")
                                                       .arg(user->login, user->lockedUntil.toString(QStringLiteral("HH:mm")))});
    ServiceContext as{m_ctx.db, m_ctx.clock, Actor{user->login, user->displayName, user->role, user->unitId}, m_ctx.backdated};
    as.actor.groupId = user->role == Role::Office || user->role == Role::Viewer ? user->groupId : 0;
    const bool ok = verify(user->passwordHash, password);
    Transaction tx(m_ctx.db);
    if (!tx.ok()) return fail(tx.error());
    if (ok) {
        if (user->failedLogins > 0 || user->lockedUntil.isValid()) {
            user->failedLogins = 0;
            user->lockedUntil = {};
            if (auto s = repo.update(*user); !s) return fail(s.error());
        }
        if (auto s = tx.commit(); !s) return fail(s.error());
        GroupService::scope(m_ctx.db, as.actor);
        return as.actor;
    }
    user->failedLogins += 1;
    const bool lock = user->failedLogins >= kMaxFailures;
    if (lock) {
        user->failedLogins = 0;
        user->lockedUntil = now.addSecs(kLockMinutes * 60);
    }
    if (auto s = repo.update(*user); !s) return fail(s.error());
    if (auto s = as.audit(lock ? QStringLiteral("login.locked") : QStringLiteral("login.failed"), QStringLiteral("user"), user->id, {},
                          {{QStringLiteral("login"), user->login}});
        !s)
        return fail(s.error());
    if (auto s = tx.commit(); !s) return fail(s.error());
    if (lock)
        return fail(Error{Error::Code::Permission, QCoreApplication::translate("cd::AccountService", "Wrong password. The account %1 is now locked for %2 minutes.")
                                                       .arg(user->login)
                                                       .arg(kLockMinutes)});
    return fail(refusedLogin());
}

Status AccountService::changeOwnPassword(const QString& oldPassword, const QString& newPassword)
{
    UserRepository repo(m_ctx.db);
    auto user = repo.byLogin(m_ctx.actor.login);
    const bool server = m_ctx.db.isServer();
    // On a server the connection proved the old password; the new one is the login role's.
    if (!user || (!server && !verify(user->passwordHash, oldPassword))) return fail(refusedLogin());
    if (auto s = checkPassword(newPassword); !s) return s;
    if (!server) user->passwordHash = hash(newPassword);
    Transaction tx(m_ctx.db);
    if (!tx.ok()) return fail(tx.error());
    if (server) {
        if (auto s = server_accounts::changeOwnPassword(m_ctx.db, newPassword); !s) return s;
    } else if (auto s = repo.update(*user); !s) {
        return s;
    }
    if (auto s = m_ctx.audit(QStringLiteral("user.password"), QStringLiteral("user"), user->id, {}, {{QStringLiteral("login"), user->login}}); !s)
        return s;
    return tx.commit();
}

Status AccountService::resetPassword(const QString& login, const QString& newPassword)
{
    if (auto s = m_ctx.require(Operation::ManageAccounts); !s) return s;
    UserRepository repo(m_ctx.db);
    auto user = repo.byLogin(login);
    if (!user) return fail(Error::notFound(QCoreApplication::translate("cd::AccountService", "There is no account %1.").arg(login)));
    if (auto s = checkPassword(newPassword); !s) return s;
    const bool server = m_ctx.db.isServer();
    user->passwordHash = server ? QStringLiteral("") : hash(newPassword);
    user->failedLogins = 0;
    user->lockedUntil = {};
    // On a server, an account copied in from a file (disabled, without a login) becomes a
    // login with this password.
    const bool enable = server && !user->active;
    if (enable) user->active = true;
    Transaction tx(m_ctx.db);
    if (!tx.ok()) return fail(tx.error());
    if (enable) {
        if (auto s = server_accounts::createLogin(m_ctx.db, user->login, newPassword, user->role); !s) return s;
    } else if (server) {
        if (auto s = server_accounts::setPassword(m_ctx.db, user->login, newPassword); !s) return s;
    }
    if (auto s = repo.update(*user); !s) return s;
    if (auto s = m_ctx.audit(QStringLiteral("user.reset"), QStringLiteral("user"), user->id, {}, {{QStringLiteral("login"), user->login}}); !s)
        return s;
    return tx.commit();
}

Status AccountService::disable(const QString& login)
{
    if (auto s = m_ctx.require(Operation::ManageAccounts); !s) return s;
    UserRepository repo(m_ctx.db);
    auto user = repo.byLogin(login);
    if (!user) return fail(Error::notFound(QCoreApplication::translate("cd::AccountService", "There is no account %1.").arg(login)));
    const QJsonObject before = describe(*user);
    user->active = false;
    Transaction tx(m_ctx.db);
    if (!tx.ok()) return fail(tx.error());
    if (m_ctx.db.isServer())
        if (auto s = server_accounts::leaveGroups(m_ctx.db, user->login); !s) return s;
    if (auto s = repo.update(*user); !s) return s;
    if (auto s = m_ctx.audit(QStringLiteral("user.disable"), QStringLiteral("user"), user->id, before, describe(*user)); !s) return s;
    return tx.commit();
}

} // namespace cd
