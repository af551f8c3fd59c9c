// Accounts as login roles on a server (see ServerSecurity.h).
#include "storage/Database.h"
#include "storage/ServerSecurity.h"
#include "storage/SqlUtil.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <libpq-fe.h>

namespace cd::server_accounts {
namespace {

// Names and literals quoted by libpq for this connection (PQescapeIdentifier, PQescapeLiteral).
QString quoted(PGconn* connection, const QString& text, bool identifier)
{
    const QByteArray bytes = text.toUtf8();
    char* made = identifier ? PQescapeIdentifier(connection, bytes.constData(), size_t(bytes.size())) : PQescapeLiteral(connection, bytes.constData(), size_t(bytes.size()));
    if (!made) return {};
    const QString out = QString::fromUtf8(made);
    PQfreemem(made);
    return out;
}

// A role statement: `pattern`'s %N are filled with `names` quoted as identifiers and then
// `literals` quoted as literals.
Status runRoleStatement(Database& db, QString pattern, const QStringList& names, const QStringList& literals, const QString& login)
{
    PGconn* connection = db.serverHandle();
    if (!connection) return fail(Error::io(QCoreApplication::translate("cd::ServerAccounts", "There is no server connection to change logins on.")));
    for (const auto& n : names) pattern = pattern.arg(quoted(connection, n, true));
    for (const auto& l : literals) pattern = pattern.arg(quoted(connection, l, false));
    sql::Query run(db.sql());
    if (run.exec(pattern)) return {};
    const QSqlError e = run.lastError();
    if (e.nativeErrorCode() == QLatin1String("42501"))
        return fail(Error{Error::Code::Permission,
                          QCoreApplication::translate("cd::ServerAccounts", "The server does not let %1 manage logins: the administrator's login needs CREATEROLE (ALTER ROLE %1 CREATEROLE, run by the "
                             "server's administrator). Nothing was saved.")
                              .arg(db.sql().userName())});
    if (e.nativeErrorCode() == QLatin1String("42939") || e.nativeErrorCode() == QLatin1String("42602"))
        return fail(Error::invalid(QCoreApplication::translate("cd::ServerAccounts", "%1 cannot be a login on a PostgreSQL server (names starting with pg_ are reserved).").arg(login)));
    return fail(sql::failure(run, "change a login role"));
}

// This database's group role for `kind` (as cd_group() on the server).
QString groupRole(Database& db, const char* kind) { return db.sql().databaseName() + QLatin1Char('_') + QLatin1String(kind); }

// The password as a SCRAM verifier made here: the password itself never travels or lands in
// the server's log, whatever its log_statement.
Result<QString> verifier(Database& db, const QString& login, const QString& password)
{
    PGconn* connection = db.serverHandle();
    if (!connection) return fail(Error::io(QCoreApplication::translate("cd::ServerAccounts", "There is no server connection to set a password on.")));
    const QByteArray p = password.toUtf8();
    const QByteArray u = login.toUtf8();
    char* made = PQencryptPasswordConn(connection, p.constData(), u.constData(), "scram-sha-256");
    if (!made) return fail(Error::io(QCoreApplication::translate("cd::ServerAccounts", "The password could not be prepared for the server.")));
    const QString out = QString::fromLatin1(made);
    PQfreemem(made);
    return out;
}

Result<std::optional<bool>> superuser(Database& db, const QString& login)
{
    sql::Query q(db.sql());
    q.prepare(QStringLiteral("SELECT rolsuper FROM pg_roles WHERE rolname = ?"));
    q.addBindValue(login);
    if (!q.exec()) return fail(sql::failure(q, "read a login role"));
    if (!q.next()) return std::optional<bool>{};
    return std::optional<bool>{q.value(0).toBool()};
}

const char* groupOf(Role role)
{
    switch (role) {
    case Role::Admin: return "admin";
    case Role::Office: return "office";
    case Role::Unit: return "unit";
    case Role::Viewer: return "viewer";
    }
    return "viewer";
}

// Whether an existing role of the server may become (again) this campaign's login: only one
// this campaign made, an account of its own, not its owner, and a member of nothing but this
// campaign's groups. The owner, any group role, another campaign's roles and any other
// login of the server are not taken over.
Result<bool> ownLogin(Database& db, const QString& login)
{
    sql::Query q(db.sql());
    q.prepare(QStringLiteral("SELECT r.rolname <> (SELECT pg_get_userbyid(relowner) FROM pg_class WHERE oid = 'meta'::regclass)"
                             " AND EXISTS (SELECT 1 FROM users u WHERE u.login = r.rolname)"
                             " AND NOT EXISTS (SELECT 1 FROM pg_auth_members m JOIN pg_roles g ON g.oid = m.roleid WHERE m.member = r.oid"
                             "  AND g.rolname NOT IN (cd_group('admin'), cd_group('office'), cd_group('unit'), cd_group('viewer')))"
                             " AND NOT EXISTS (SELECT 1 FROM pg_auth_members m WHERE m.roleid = r.oid)"
                             " FROM pg_roles r WHERE r.rolname = ?"));
    q.addBindValue(login);
    if (!q.exec()) return fail(sql::failure(q, "read a login role"));
    return q.next() && q.value(0).toBool();
}

} // namespace

Result<std::optional<Actor>> whoAmI(Database& db)
{
    sql::Query q(db.sql());
    if (!q.exec(QStringLiteral("SELECT cd_account_role(), cd_account_unit(), session_user, (SELECT display_name FROM users WHERE login = session_user), cd_account_group()")) || !q.next())
        return fail(sql::failure(q, "read the connected account"));
    const auto role = roleFromId(q.value(0).toString());
    if (q.value(0).isNull() || !role) return std::optional<Actor>{};
    const QString login = q.value(2).toString();
    Actor actor{login, q.value(3).toString().isEmpty() ? login : q.value(3).toString(), *role, q.value(1).toLongLong()};
    actor.groupId = q.value(4).toLongLong();
    return std::optional<Actor>{actor};
}

// The server keeps names of at most 63 bytes (NAMEDATALEN) and cuts longer ones.
constexpr int kMaxLoginBytes = 63;

Status createLogin(Database& db, const QString& login, const QString& password, Role role)
{
    if (login.toUtf8().size() > kMaxLoginBytes)
        return fail(Error::invalid(QCoreApplication::translate("cd::ServerAccounts", "The login %1 is %2 bytes long; a PostgreSQL server keeps at most 63 bytes of a name. Choose a shorter login.")
                                       .arg(login)
                                       .arg(login.toUtf8().size())));
    auto super = superuser(db, login);
    if (!super) return fail(super.error());
    if (super->value_or(false))
        return fail(Error::invalid(QCoreApplication::translate("cd::ServerAccounts", "%1 is a superuser of the server; a campaign account must be an ordinary login.").arg(login)));
    if (super->has_value()) {
        auto own = ownLogin(db, login);
        if (!own) return fail(own.error());
        if (!*own)
            return fail(Error::conflict(QCoreApplication::translate("cd::ServerAccounts", "A role named %1 already exists on the server and is not an account this campaign made; "
                                                                                          "it is left as it is. Choose another login.")
                                            .arg(login)));
    }
    auto secret = verifier(db, login, password);
    if (!secret) return fail(secret.error());
    const QString make = super->has_value() ? QStringLiteral("ALTER ROLE %1 LOGIN PASSWORD %2") : QStringLiteral("CREATE ROLE %1 LOGIN PASSWORD %2");
    if (auto s = runRoleStatement(db, make, {login}, {*secret}, login); !s) return s;
    if (auto s = runRoleStatement(db, QStringLiteral("GRANT %1 TO %2"), {groupRole(db, groupOf(role)), login}, {}, login); !s) return s;
    // A session of this login left open in a transaction is ended after a few seconds.
    sql::Query limit(db.sql());
    limit.prepare(QStringLiteral("SELECT cd_limit_login(?, ?)"));
    limit.addBindValue(login);
    limit.addBindValue(QLatin1String(groupOf(role)));
    return sql::exec(limit, "limit the login's idle transactions");
}

Status setPassword(Database& db, const QString& login, const QString& password)
{
    auto secret = verifier(db, login, password);
    if (!secret) return fail(secret.error());
    return runRoleStatement(db, QStringLiteral("ALTER ROLE %1 LOGIN PASSWORD %2"), {login}, {*secret}, login);
}

Status leaveGroups(Database& db, const QString& login)
{
    for (Role role : {Role::Admin, Role::Office, Role::Unit, Role::Viewer})
        if (auto s = runRoleStatement(db, QStringLiteral("REVOKE %1 FROM %2"), {groupRole(db, groupOf(role)), login}, {}, login); !s)
            return s;
    return {};
}

Status changeOwnPassword(Database& db, const QString& password)
{
    sql::Query who(db.sql());
    if (!who.exec(QStringLiteral("SELECT session_user")) || !who.next()) return fail(sql::failure(who, "read the login"));
    const QString login = who.value(0).toString();
    auto secret = verifier(db, login, password);
    if (!secret) return fail(secret.error());
    return runRoleStatement(db, QStringLiteral("ALTER ROLE CURRENT_USER PASSWORD %1"), {}, {*secret}, login);
}

} // namespace cd::server_accounts
