#pragma once
// A primary and its synchronous standby of their own, started by the throwaway harness
// (scripts/pg-throwaway.sh primary / standby) in folders under /tmp, and a campaign database on
// them owned by a login of its own.
#include "storage/Database.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>
#include <gtest/gtest.h>

class Pair : public ::testing::Test
{
protected:
    static bool installed() { return QFile::exists(QStringLiteral("/usr/lib/postgresql/15/bin/pg_basebackup")); }
    // The harness, as the tests' user; its output when it fails.
    static QString harness(const QStringList& args)
    {
        QProcess p;
        p.setProcessChannelMode(QProcess::MergedChannels);
        p.start(QStringLiteral(CD_SOURCE_DIR "/scripts/pg-throwaway.sh"), args);
        if (!p.waitForFinished(180000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0)
            return QStringLiteral("pg-throwaway.sh %1 failed: %2").arg(args.join(QLatin1Char(' ')), QString::fromUtf8(p.readAll()));
        return {};
    }
    static int portOf(const QString& dir)
    {
        QFile f(dir + QStringLiteral("/port"));
        return f.open(QIODevice::ReadOnly) ? QString::fromLatin1(f.readAll().trimmed()).toInt() : 0;
    }
    void SetUp() override
    {
        if (!installed()) GTEST_SKIP() << "PostgreSQL 15 is not installed (scripts/dev.sh deps)";
        const QString id = QUuid::createUuid().toString(QUuid::Id128).left(10);
        primaryDir = QStringLiteral("/tmp/cd-primary-") + id;
        standbyDir = QStringLiteral("/tmp/cd-standby-") + id;
        for (const QString& d : {primaryDir, standbyDir}) {
            QDir().mkpath(d);
            QFile::setPermissions(d, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner | QFileDevice::ReadOther | QFileDevice::ExeOther |
                                         QFileDevice::ReadGroup | QFileDevice::ExeGroup);
        }
        ASSERT_EQ(harness({QStringLiteral("primary"), primaryDir}), QString());
        ASSERT_EQ(harness({QStringLiteral("standby"), standbyDir, primaryDir}), QString());
        name = QStringLiteral("r_") + id;
        superuser(primaryDir, QStringLiteral("CREATE ROLE %1 LOGIN CREATEROLE").arg(name));
        superuser(primaryDir, QStringLiteral("CREATE DATABASE %1 OWNER %1").arg(name));
    }
    void TearDown() override
    {
        for (const QString& d : {primaryDir, standbyDir, recoveredDir})
            if (!d.isEmpty()) harness({QStringLiteral("stop"), d});
    }
    // Both hosts in one address; `attrs` is libpq's target_session_attrs.
    QString address(const QString& login, const QString& attrs = QStringLiteral("read-write")) const
    {
        return QStringLiteral("postgresql://%1@localhost/%2?host=%3/socket,%4/socket&port=%5,%6&target_session_attrs=%7")
            .arg(login, name, primaryDir, standbyDir)
            .arg(portOf(primaryDir))
            .arg(portOf(standbyDir))
            .arg(attrs);
    }
    QString addressOf(const QString& dir, const QString& login) const
    {
        return QStringLiteral("postgresql://%1@localhost/%2?host=%3/socket&port=%4").arg(login, name, dir).arg(portOf(dir));
    }
    // A statement as the superuser of the server in `dir`; the first value it returns.
    QVariant superuser(const QString& dir, const QString& statement, const QString& database = QStringLiteral("postgres"))
    {
        QVariant value;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), QStringLiteral("pair-admin"));
            db.setHostName(dir + QStringLiteral("/socket"));
            db.setPort(portOf(dir));
            db.setDatabaseName(database);
            db.setUserName(QStringLiteral("postgres"));
            EXPECT_TRUE(db.open()) << db.lastError().text().toStdString();
            QSqlQuery q(db);
            EXPECT_TRUE(q.exec(statement)) << statement.toStdString() << ": " << q.lastError().text().toStdString();
            if (q.next()) value = q.value(0);
        }
        QSqlDatabase::removeDatabase(QStringLiteral("pair-admin"));
        return value;
    }
    QString primaryDir, standbyDir, recoveredDir, name;
};
