#pragma once

#include "domain/Error.h"
#include "services/ServiceContext.h"
#include "storage/UserRepository.h"

namespace cd {

// Accounts and logins. A file without accounts is single-user (the local administrator);
// the first account created turns it multi-user and must be an administrator.
class AccountService
{
public:
    static constexpr int kMaxFailures = 5;
    static constexpr int kLockMinutes = 5;

    explicit AccountService(ServiceContext ctx) : m_ctx(std::move(ctx)) {}

    bool hasAccounts();
    QList<User> list();
    // `groupId`: for an office or a leader, the group whose part of the campaign it runs (0:
    // the whole campaign).
    Result<qint64> add(const QString& login, Role role, qint64 unitId, const QString& password, const QString& displayName = {},
                       qint64 groupId = 0);
    // Checks the password; five failures lock the account for five minutes. Every
    // failure and lock is recorded in the audit log.
    Result<Actor> authenticate(const QString& login, const QString& password);
    Status changeOwnPassword(const QString& oldPassword, const QString& newPassword);
    Status resetPassword(const QString& login, const QString& newPassword); // administrators
    Status disable(const QString& login);
    // A unit's own file (made from a task package) opens as the unit without a login; the unit
    // may protect it with a password. That makes the file's one account, the unit's own, and
    // from then on the file asks for it.
    Status protectUnitFile(const QString& password);

    // On a server the server has checked the password: the connection's login is the person,
    // with its account's role and unit (the schema's owner is an administrator). A login
    // without an account in this campaign is refused.
    static Result<Actor> serverActor(Database& db);

    static QString hash(const QString& password);
    static bool verify(const QString& hash, const QString& password);

private:
    Status checkPassword(const QString& password);
    // Stores a new account with the password's hash, audited, in one transaction.
    Result<qint64> create(User u, const QString& password);
    ServiceContext m_ctx;
};

} // namespace cd
