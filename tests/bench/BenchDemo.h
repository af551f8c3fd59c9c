#pragma once

// A generated demo campaign for a benchmark: units, one year of reports, supervision, and
// after the year the office's manual assessment scores. On a file, or with CD_BENCH_ENGINE=server
// on the throwaway PostgreSQL in CD_PG_DIR (scripts/bench.sh starts it), so that the same
// benchmarks print both engines' figures side by side.
#include "services/DemoService.h"
#include "storage/Database.h"

#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QUrl>
#include <QUuid>
#include <memory>

namespace cd::bench {

inline bool onServer() { return qEnvironmentVariable("CD_BENCH_ENGINE") == QLatin1String("server"); }

// A statement as the throwaway server's superuser.
inline void serverRun(const QString& statement)
{
    const QString dir = qEnvironmentVariable("CD_PG_DIR");
    QFile portFile(dir + QStringLiteral("/port"));
    if (!portFile.open(QIODevice::ReadOnly)) qFatal("CD_BENCH_ENGINE=server wants the throwaway server in CD_PG_DIR");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), QStringLiteral("bench-admin"));
        db.setHostName(dir + QStringLiteral("/socket"));
        db.setPort(QString::fromLatin1(portFile.readAll().trimmed()).toInt());
        db.setDatabaseName(QStringLiteral("postgres"));
        db.setUserName(QStringLiteral("postgres"));
        if (!db.open()) qFatal("the throwaway server: %s", qPrintable(db.lastError().text()));
        QSqlQuery q(db);
        if (!q.exec(statement)) qFatal("%s: %s", qPrintable(statement), qPrintable(q.lastError().text()));
    }
    QSqlDatabase::removeDatabase(QStringLiteral("bench-admin"));
}

inline QString serverAddress(const QString& database, const QString& login = {})
{
    const QString dir = qEnvironmentVariable("CD_PG_DIR");
    QFile portFile(dir + QStringLiteral("/port"));
    if (!portFile.open(QIODevice::ReadOnly)) qFatal("CD_BENCH_ENGINE=server wants the throwaway server in CD_PG_DIR");
    // As the database's owner (a login of the same name): the programs refuse a superuser.
    return QStringLiteral("postgresql://%1@localhost/%2?host=%3/socket&port=%4")
        .arg(login.isEmpty() ? database : login, database, dir, QString::fromLatin1(portFile.readAll().trimmed()));
}

// Where a new, empty campaign database named `name` is: a file in `dir`, or a new database on
// the server.
inline QString newDatabase(const QTemporaryDir& dir, const QString& name)
{
    if (!onServer()) return dir.filePath(name + QStringLiteral(".cdb"));
    const QString database = QStringLiteral("bench_%1_%2").arg(name, QUuid::createUuid().toString(QUuid::Id128).left(8));
    serverRun(QStringLiteral("CREATE ROLE %1 LOGIN CREATEROLE").arg(database));
    serverRun(QStringLiteral("CREATE DATABASE %1 OWNER %1").arg(database));
    return serverAddress(database);
}

// A copy of the database at `where` (nobody connected to it), as a new one named `name`.
inline QString copyDatabase(const QString& where, const QTemporaryDir& dir, const QString& name)
{
    if (!Database::isServerAddress(where)) {
        const QString path = dir.filePath(name + QStringLiteral(".cdb"));
        QFile::remove(path);
        QFile::copy(where, path);
        return path;
    }
    const QString database = QStringLiteral("bench_%1_%2").arg(name, QUuid::createUuid().toString(QUuid::Id128).left(8));
    const QString owner = QUrl(where).userName(); // the copy's tables stay the original owner's
    serverRun(QStringLiteral("CREATE DATABASE %1 TEMPLATE %2 OWNER %3").arg(database, QUrl(where).path().mid(1), owner));
    return serverAddress(database, owner);
}

inline std::unique_ptr<Database> open(const QString& where)
{
    Database::Options options;
    options.quickCheckOnOpen = false; // the desktop checks on a connection of its own, in the background
    auto db = Database::isServerAddress(where) ? Database::connect(where) : Database::open(where, options);
    if (!db) qFatal("could not open %s: %s", qPrintable(where), qPrintable(db.error().message));
    return std::move(*db);
}

struct Demo
{
    QTemporaryDir dir;
    QString where; // the file or the server address
    std::unique_ptr<Database> db;
    FixedClock clock;
    explicit Demo(const QDate& today) : clock(QDateTime(today, QTime(10, 0))) {}
    ServiceContext ctx() { return ServiceContext{*db, clock, Actor::localAdmin()}; }
};

inline Demo* makeDemo(int units, int year, const QDate& today)
{
    auto* d = new Demo(today);
    d->where = newDatabase(d->dir, QStringLiteral("demo"));
    d->db = open(d->where);
    auto r = DemoService(d->ctx()).generate({units, year, 1, today});
    if (!r) qFatal("demo failed: %s", qPrintable(r.error().message));
    return d;
}

} // namespace cd::bench
