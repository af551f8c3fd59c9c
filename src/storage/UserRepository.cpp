#include "storage/UserRepository.h"

#include "storage/Database.h"
#include "storage/SqlUtil.h"

#include <QSqlQuery>

namespace cd {
namespace {

const QString kSelect = QStringLiteral(
    "SELECT id, login, display_name, role, unit_id, active, password_hash, failed_logins, locked_until, group_id FROM users");

User readUser(const sql::Query& q)
{
    User u;
    u.id = q.value(0).toLongLong();
    u.login = q.value(1).toString();
    u.displayName = q.value(2).toString();
    u.role = roleFromId(q.value(3).toString()).value_or(Role::Viewer);
    u.unitId = q.value(4).toLongLong();
    u.active = q.value(5).toBool();
    u.passwordHash = q.value(6).toString();
    u.failedLogins = q.value(7).toInt();
    u.lockedUntil = QDateTime::fromString(q.value(8).toString(), Qt::ISODateWithMs);
    u.groupId = q.value(9).toLongLong();
    return u;
}

void bind(sql::Query& q, const User& u)
{
    q.addBindValue(sql::text(u.login));
    q.addBindValue(sql::text(u.displayName));
    q.addBindValue(toId(u.role));
    q.addBindValue(sql::idOrNull(u.unitId));
    q.addBindValue(u.active ? 1 : 0);
    q.addBindValue(sql::text(u.passwordHash));
    q.addBindValue(u.failedLogins);
    q.addBindValue(u.lockedUntil.isValid() ? QVariant(u.lockedUntil.toString(Qt::ISODateWithMs)) : QVariant());
    q.addBindValue(sql::idOrNull(u.groupId));
}

} // namespace

Result<qint64> UserRepository::insert(const User& u)
{
    sql::Query q(m_db.sql());
    q.prepare(QStringLiteral("INSERT INTO users (login, display_name, role, unit_id, active, password_hash, failed_logins, locked_until, group_id)"
                             " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"));
    bind(q, u);
    return sql::insertReturningId(q, "insert user");
}

Status UserRepository::update(const User& u)
{
    sql::Query q(m_db.sql());
    q.prepare(QStringLiteral("UPDATE users SET login = ?, display_name = ?, role = ?, unit_id = ?, active = ?, password_hash = ?,"
                             " failed_logins = ?, locked_until = ?, group_id = ? WHERE id = ?"));
    bind(q, u);
    q.addBindValue(u.id);
    return sql::exec(q, "update user");
}

std::optional<User> UserRepository::byLogin(const QString& login)
{
    sql::Query q(m_db.sql());
    q.prepare(kSelect + QStringLiteral(" WHERE login = ?"));
    q.addBindValue(login);
    if (q.exec() && q.next()) return readUser(q);
    return std::nullopt;
}

QList<User> UserRepository::all()
{
    QList<User> out;
    sql::Query q(m_db.sql());
    q.prepare(kSelect + QStringLiteral(" ORDER BY id"));
    if (q.exec())
        while (q.next()) out.append(readUser(q));
    return out;
}

int UserRepository::signInCount()
{
    sql::Query q(m_db.sql());
    return q.exec(QStringLiteral("SELECT count(*) FROM users WHERE active = 1 AND password_hash <> ''")) && q.next() ? q.value(0).toInt() : 0;
}

int UserRepository::count()
{
    sql::Query q(m_db.sql());
    return q.exec(QStringLiteral("SELECT count(*) FROM users")) && q.next() ? q.value(0).toInt() : 0;
}

QString SettingsRepository::value(const QString& key, const QString& fallback)
{
    sql::Query q(m_db.sql());
    q.prepare(QStringLiteral("SELECT value FROM settings WHERE key = ?"));
    q.addBindValue(key);
    return q.exec() && q.next() ? q.value(0).toString() : fallback;
}

QHash<QString, QString> SettingsRepository::all()
{
    QHash<QString, QString> out;
    sql::Query q(m_db.sql());
    if (q.exec(QStringLiteral("SELECT key, value FROM settings")))
        while (q.next()) out.insert(q.value(0).toString(), q.value(1).toString());
    return out;
}

Status SettingsRepository::set(const QString& key, const QString& value)
{
    sql::Query q(m_db.sql());
    q.prepare(QStringLiteral("INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value"));
    q.addBindValue(key);
    q.addBindValue(sql::text(value)); // an empty setting is "", never NULL
    return sql::exec(q, "write setting");
}

} // namespace cd
