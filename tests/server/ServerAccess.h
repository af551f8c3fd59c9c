#pragma once
// A campaign on the throwaway server with one login of each kind (a unit's secretary, a
// leader, an office clerk), and psql run as any of them from outside the program: the
// database is the second wall, so what the program refuses is tried from there.
#include "server/CliOnServer.h"
#include "storage/Migrations.h"

#include <QSqlError>
#include <QSqlQuery>

struct Psql
{
    int code = -1;
    QString out, err;
};

class ServerAccess : public CliOnServer
{
protected:
    void SetUp() override
    {
        CliOnServer::SetUp();
        if (IsSkipped()) return;
        suffix = name.right(10);
        extraEnv.insert(QStringLiteral("CAMPAIGNDESK_NEW_PASSWORD"), kPassword);
        ASSERT_EQ(run({QStringLiteral("demo"), QStringLiteral("--units"), QStringLiteral("6"), QStringLiteral("--year"), QStringLiteral("2026")}).code, 0);
        // The unit whose login this is, and one of the others.
        own = scalar(QStringLiteral("SELECT id FROM units ORDER BY id LIMIT 1")).toLongLong();
        ownName = scalar(QStringLiteral("SELECT name FROM units WHERE id = %1").arg(own)).toString();
        other = scalar(QStringLiteral("SELECT id FROM units ORDER BY id DESC LIMIT 1")).toLongLong();
        otherName = scalar(QStringLiteral("SELECT name FROM units WHERE id = %1").arg(other)).toString();
        unitLogin = QStringLiteral("sec_") + suffix;
        viewerLogin = QStringLiteral("lead_") + suffix;
        officeLogin = QStringLiteral("clerk_") + suffix;
        CliRun r = run({QStringLiteral("users"), QStringLiteral("add"), unitLogin, QStringLiteral("--role"), QStringLiteral("unit"), QStringLiteral("--unit"), ownName});
        ASSERT_EQ(r.code, 0) << r.err.toStdString();
        r = run({QStringLiteral("users"), QStringLiteral("add"), viewerLogin, QStringLiteral("--role"), QStringLiteral("viewer")});
        ASSERT_EQ(r.code, 0) << r.err.toStdString();
        r = run({QStringLiteral("users"), QStringLiteral("add"), officeLogin, QStringLiteral("--role"), QStringLiteral("office")});
        ASSERT_EQ(r.code, 0) << r.err.toStdString();
        // The unit's login signs in with its password (pg_hba: scram-sha-256 for this group).
        server.run(QStringLiteral("GRANT cd_password_logins TO %1").arg(unitLogin));
    }
    void TearDown() override
    {
        CliOnServer::TearDown();
        name.clear();
        for (const QString& login : {unitLogin, viewerLogin, officeLogin})
            if (!login.isEmpty()) server.run(QStringLiteral("DROP ROLE IF EXISTS %1").arg(login));
        CliOnServer::TearDown();
    }
    // A value read as the server's superuser, which sees every row.
    QVariant scalar(const QString& sql)
    {
        QVariant out;
        {
            QSqlDatabase db = server.connection(QStringLiteral("look"), name);
            EXPECT_TRUE(db.open());
            QSqlQuery q(db);
            EXPECT_TRUE(q.exec(sql) && q.next()) << sql.toStdString() << ": " << q.lastError().text().toStdString();
            out = q.value(0);
        }
        QSqlDatabase::removeDatabase(QStringLiteral("look"));
        return out;
    }
    // A statement as the superuser, on the test's database.
    void superuserOn(const QString& sql) { server.run(sql, name); }
    // Every table's rows, digested, as the superuser sees them.
    QString everything()
    {
        QString all;
        for (const QString& table : cd::Migrations::tables())
            all += table + QLatin1Char('=') +
                   scalar(QStringLiteral("SELECT md5(coalesce(string_agg(t::text, '|' ORDER BY t::text), '')) FROM %1 t").arg(table)).toString() + QLatin1Char('\n');
        return all;
    }
    // psql as `login`, from outside the program; the unit's login gives its password.
    Psql psql(const QString& login, const QString& sql)
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("PGPASSWORD"), kPassword);
        env.insert(QStringLiteral("LC_MESSAGES"), QStringLiteral("C"));
        p.setProcessEnvironment(env);
        p.start(QStringLiteral("/usr/lib/postgresql/15/bin/psql"), {QStringLiteral("-X"), QStringLiteral("-At"), QStringLiteral("-v"), QStringLiteral("ON_ERROR_STOP=1"),
                                                                    QStringLiteral("-h"), server.socket(), QStringLiteral("-p"), QString::number(server.port()),
                                                                    QStringLiteral("-U"), login, QStringLiteral("-d"), name, QStringLiteral("-c"), sql});
        EXPECT_TRUE(p.waitForFinished(30000));
        return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()).trimmed(), QString::fromUtf8(p.readAllStandardError()).trimmed()};
    }
    // A statement `login` must not get through; the server says why.
    void refused(const QString& login, const QString& sql, const char* why)
    {
        const Psql r = psql(login, sql);
        EXPECT_NE(r.code, 0) << login.toStdString() << ": " << sql.toStdString() << " went through: " << r.out.toStdString();
        EXPECT_TRUE(r.err.contains(QLatin1String(why))) << sql.toStdString() << ": " << r.err.toStdString();
    }
    QString as(const QString& login) const { return server.addressAs(login, name); }

    inline static const QString kPassword = QStringLiteral("Unit-Pass-2026");
    QString suffix, unitLogin, viewerLogin, officeLogin, ownName, otherName;
    qint64 own = 0, other = 0;
};
