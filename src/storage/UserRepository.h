#pragma once

#include "domain/Actor.h"
#include "domain/Error.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <optional>

namespace cd {

class Database;

struct User
{
    qint64 id = 0;
    QString login;
    QString displayName;
    Role role = Role::Viewer;
    qint64 unitId = 0;
    qint64 groupId = 0; // an office or leader running one part of the campaign
    bool active = true;
    QString passwordHash;
    int failedLogins = 0;
    QDateTime lockedUntil;
};

class UserRepository
{
public:
    explicit UserRepository(Database& db) : m_db(db) {}
    Result<qint64> insert(const User& u);
    Status update(const User& u);
    std::optional<User> byLogin(const QString& login);
    QList<User> all();
    int count();
    // Accounts somebody can sign in with: active, with a password.
    int signInCount();

private:
    Database& m_db;
};

// Settings stored in the campaign file, shared by everyone who opens it.
class SettingsRepository
{
public:
    explicit SettingsRepository(Database& db) : m_db(db) {}
    QString value(const QString& key, const QString& fallback = {});
    // Every stored setting, key to value, in one read.
    QHash<QString, QString> all();
    Status set(const QString& key, const QString& value);

private:
    Database& m_db;
};

} // namespace cd
