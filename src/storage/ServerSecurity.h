#pragma once

#include "domain/Actor.h"
#include "domain/Error.h"

#include <QStringList>
#include <optional>

namespace cd {

class Database;

// Who may see and write what on a server, enforced by PostgreSQL: group roles per CampaignDesk
// role, grants, row-level security and a guard on what a unit may change (schema v11 there).
class ServerSecurity
{
public:
    // The statements for the schema named by `schema`, an identifier quoted as the server
    // quotes it (quote_ident).
    static QStringList statements(const QString& schema);
    // Schema v17: the 述职测评 tables (ServerReviews.cpp). The office runs them; a unit reads
    // its own people and, once published, their results; a leader reads the published results;
    // the ballots and counts are the office's alone.
    static QStringList reviews(const QString& schema);
    // Schema v18: the tree of groups (ServerGroups.cpp). Every account reads it; the office and
    // the administrators change it.
    static QStringList groups(const QString& schema);
    // Schema v19: accounts scoped to a group (ServerScopes.cpp). A scoped office or leader
    // reads and writes its part's units as the whole campaign's does all, and none of the
    // whole campaign's own tables.
    static QStringList scopes(const QString& schema);
};

// CampaignDesk accounts on a server are PostgreSQL login roles, members of this database's
// group role for their CampaignDesk role (DBNAME_admin, _office, _unit, _viewer). Every
// function runs in its caller's transaction; role changes are transactional on PostgreSQL.
namespace server_accounts {

// The connected login as the campaign knows it: its account (role, unit, name), or the
// schema's owner as its administrator; nullopt when the login has no account here.
Result<std::optional<Actor>> whoAmI(Database& db);
// Makes `login` a login role with `password` (sent as a SCRAM verifier, never as text) and a
// member of the group of `role`; an existing non-superuser role is taken over and given the
// password. Needs CREATEROLE.
Status createLogin(Database& db, const QString& login, const QString& password, Role role);
Status setPassword(Database& db, const QString& login, const QString& password);
// The login leaves every group of this database: it can no longer reach the campaign.
Status leaveGroups(Database& db, const QString& login);
// The login's own password, changed by itself.
Status changeOwnPassword(Database& db, const QString& password);

} // namespace server_accounts
} // namespace cd
