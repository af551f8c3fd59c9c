#pragma once

#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>
#include <gtest/gtest.h>

// The throwaway PostgreSQL that CTest starts (scripts/pg-throwaway.sh) and hands over in
// CD_PG_DIR: its socket, its port, a new database per test, statements as its superuser.
class ThrowawayServer
{
public:
    // False (the test skips) when not run through ctest.
    bool available() const { return !m_dir.isEmpty(); }
    QString socket() const { return m_dir + QStringLiteral("/socket"); }
    int port() const { return m_port; }
    // A database made by createDatabase(), reached as its owner, who is no superuser (the
    // programs refuse one).
    QString address(const QString& database) const { return addressAs(database, database); }
    QString addressAs(const QString& login, const QString& database) const
    {
        return QStringLiteral("postgresql://%1@localhost/%2?host=%3&port=%4").arg(login, database, socket()).arg(m_port);
    }
    // A database of its own for one test, owned by a login of the same name that may create
    // roles (as docs/server.md has the campaign's owner); dropped with dropDatabase().
    QString createDatabase()
    {
        const QString name = QStringLiteral("t_") + QUuid::createUuid().toString(QUuid::Id128);
        run(QStringLiteral("CREATE ROLE %1 LOGIN CREATEROLE").arg(name));
        run(QStringLiteral("CREATE DATABASE %1 OWNER %1").arg(name));
        return name;
    }
    // WITH (FORCE): a test that failed half-way may have left a connection open. The
    // database's group roles and owner go with it, and so do the logins its accounts made
    // (members of its groups and of nothing else): logins are the server's, not the database's,
    // and the next test's campaign must not find one named like its own accounts.
    void dropDatabase(const QString& name)
    {
        run(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(name));
        run(QStringLiteral("DO $$ DECLARE r RECORD; BEGIN FOR r IN SELECT l.rolname FROM pg_roles l WHERE l.rolcanlogin AND NOT l.rolsuper"
                           " AND EXISTS (SELECT 1 FROM pg_auth_members m JOIN pg_roles g ON g.oid = m.roleid WHERE m.member = l.oid"
                           "  AND g.rolname IN ('%1_admin', '%1_office', '%1_unit', '%1_viewer'))"
                           " AND NOT EXISTS (SELECT 1 FROM pg_auth_members m JOIN pg_roles g ON g.oid = m.roleid WHERE m.member = l.oid"
                           "  AND g.rolname NOT IN ('%1_admin', '%1_office', '%1_unit', '%1_viewer', 'cd_password_logins'))"
                           " LOOP EXECUTE format('DROP ROLE %I', r.rolname); END LOOP; END $$")
                .arg(name));
        run(QStringLiteral("DROP ROLE IF EXISTS %1_admin, %1_office, %1_unit, %1_viewer, %1").arg(name));
    }
    // A statement as the superuser, on `database`.
    void run(const QString& statement, const QString& database = QStringLiteral("postgres"))
    {
        {
            QSqlDatabase db = connection(QStringLiteral("throwaway-admin"), database);
            ASSERT_TRUE(db.open()) << db.lastError().text().toStdString();
            QSqlQuery q(db);
            EXPECT_TRUE(q.exec(statement)) << statement.toStdString() << ": " << q.lastError().text().toStdString();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("throwaway-admin"));
    }
    // A Qt connection as the superuser, or as `login` (not yet opened); the caller removes it.
    QSqlDatabase connection(const QString& name, const QString& database = QStringLiteral("postgres"), const QString& login = QStringLiteral("postgres")) const
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        db.setHostName(socket());
        db.setPort(m_port);
        db.setDatabaseName(database);
        db.setUserName(login);
        return db;
    }

    ThrowawayServer() : m_dir(qEnvironmentVariable("CD_PG_DIR"))
    {
        if (m_dir.isEmpty()) return;
        QFile port(m_dir + QStringLiteral("/port"));
        EXPECT_TRUE(port.open(QIODevice::ReadOnly)) << "the throwaway server did not start";
        m_port = QString::fromLatin1(port.readAll().trimmed()).toInt();
    }

private:
    QString m_dir;
    int m_port = 0;
};
