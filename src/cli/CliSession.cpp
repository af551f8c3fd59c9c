#include "cli/CliSession.h"

#include <QCoreApplication>
#include <QDir>
#include <QStandardPaths>

namespace cd::cli {

QString defaultDatabasePath()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return QDir(dir).filePath(QStringLiteral("campaign.cdb"));
}

bool CliSession::open(bool create)
{
    const QString path = args.value(QStringLiteral("db"), defaultDatabasePath());
    if (create) QDir().mkpath(QFileInfo(path).absolutePath());
    if (args.has(QStringLiteral("as-of"))) {
        const QDate d = QDate::fromString(args.value(QStringLiteral("as-of")), Qt::ISODate);
        if (!d.isValid()) {
            usage(QCoreApplication::translate("cd::cli", "--as-of wants a date written YYYY-MM-DD."));
            return false;
        }
        clock = std::make_unique<FixedClock>(d);
    } else {
        clock = std::make_unique<SystemClock>();
    }
    Database::Options options;
    options.create = create;
    auto opened = Database::open(path, options);
    if (!opened) {
        refuse(opened.error().message);
        return false;
    }
    db = std::move(*opened);
    return true;
}

ServiceContext CliSession::context() { return ServiceContext{*db, *clock, Actor::localAdmin()}; }

int CliSession::refuse(const QString& message)
{
    err << message << Qt::endl;
    return Refused;
}

int CliSession::usage(const QString& message)
{
    err << message << Qt::endl;
    return Usage;
}

bool CliSession::refuseAsOfOnWrite()
{
    if (!args.has(QStringLiteral("as-of"))) return false;
    usage(QCoreApplication::translate("cd::cli", "--as-of sets the clock for reading commands only."));
    return true;
}

} // namespace cd::cli
