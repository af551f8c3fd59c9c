#include "cli/CliSession.h"

#include "packages/PackageService.h"

#include "services/AccountService.h"
#include "services/SettingsService.h"
#include "storage/FileSystems.h"

#include <QCoreApplication>
#include <QDir>
#include <QStandardPaths>
#include <QUrl>
#include <cstdio>
#include <iostream>
#include <string>
#include <termios.h>
#include <unistd.h>

namespace cd::cli {

QString defaultDatabasePath()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return QDir(dir).filePath(QStringLiteral("campaign.cdb"));
}

QString readSecret(const QString& prompt)
{
    const bool terminal = isatty(STDIN_FILENO);
    termios old{};
    if (terminal) {
        std::cerr << prompt.toStdString() << std::flush;
        tcgetattr(STDIN_FILENO, &old);
        termios quiet = old;
        quiet.c_lflag &= ~tcflag_t(ECHO);
        tcsetattr(STDIN_FILENO, TCSANOW, &quiet);
    }
    std::string line;
    std::getline(std::cin, line);
    if (terminal) {
        tcsetattr(STDIN_FILENO, TCSANOW, &old);
        std::cerr << std::endl;
    }
    return QString::fromStdString(line);
}

QString serverPassword(const QString& address)
{
    if (!qEnvironmentVariableIsEmpty("PGPASSWORD") || !qEnvironmentVariableIsEmpty("CAMPAIGNDESK_PASSWORD") || !isatty(STDIN_FILENO)) return {};
    return readSecret(QCoreApplication::translate("cd::cli", "Password for %1: ").arg(QUrl(address).userName()));
}

bool CliSession::open(bool create) { return openAt(args.value(QStringLiteral("db"), defaultDatabasePath()), create); }

bool CliSession::openAt(const QString& path, bool create)
{
    if (args.has(QStringLiteral("as-of"))) {
        const QDate d = QDate::fromString(args.value(QStringLiteral("as-of")), Qt::ISODate);
        if (!d.isValid()) {
            exitCode = usage(QCoreApplication::translate("cd::cli", "--as-of wants a date written YYYY-MM-DD."));
            return false;
        }
        clock = std::make_unique<FixedClock>(QDateTime(d, QTime(12, 0)));
    } else {
        clock = std::make_unique<SystemClock>();
    }
    if (Database::isServerAddress(path)) return openServer(path);
    if (create) QDir().mkpath(QFileInfo(path).absolutePath());
    Database::Options options;
    options.create = create;
    // The file is checked beside the command, not before it: the first write waits for the
    // answer, and finish() gives it to a command that only read.
    options.quickCheckOnOpen = false;
    options.checkInBackground = true;
    auto opened = Database::open(path, options);
    if (!opened) {
        exitCode = refuse(opened.error().message);
        return false;
    }
    db = std::move(*opened);
    if (const QString type = FileSystems::networkTypeOf(path); !type.isEmpty())
        std::fputs(qPrintable(QCoreApplication::translate("cd::cli", "Warning: %1 lies on a network share (%2); a campaign file shared over the network can lose "
                                                                     "data when two people write it at once. Use a CampaignDesk server to work together.\n")
                                  .arg(path, type)),
                   stderr);

    AccountService accounts(ServiceContext{*db, *clock, Actor::localAdmin()});
    const QString login = args.value(QStringLiteral("user"));
    if (auto unit = PackageService::unitActor(*db)) actor = *unit; // a unit's own file
    if (!accounts.hasAccounts()) {
        if (!login.isEmpty()) {
            exitCode = refuse(QCoreApplication::translate("cd::cli", "This file has no accounts yet; leave out --user."));
            return false;
        }
        return true;
    }
    if (login.isEmpty()) {
        exitCode = refuse(QCoreApplication::translate("cd::cli", "This file has accounts: sign in with --user LOGIN."));
        return false;
    }
    QString password = qEnvironmentVariable("CAMPAIGNDESK_PASSWORD");
    if (password.isEmpty()) password = readSecret(QCoreApplication::translate("cd::cli", "Password for %1: ").arg(login));
    // Logins are checked against today's clock, whatever --as-of says.
    SystemClock now;
    auto who = AccountService(ServiceContext{*db, now, Actor::localAdmin()}).authenticate(login, password);
    if (!who) {
        exitCode = refuse(who.error().message);
        return false;
    }
    actor = *who;
    return true;
}

bool CliSession::openServer(const QString& address)
{
    // On a server the person is the database login of the address; accounts and --user belong
    // to campaign files.
    if (args.has(QStringLiteral("user"))) {
        exitCode = refuse(QCoreApplication::translate("cd::cli", "--user is for campaign files; on a server you are the database login in the address."));
        return false;
    }
    auto opened = Database::connect(address, serverPassword(address));
    if (!opened) {
        exitCode = refuse(opened.error().message);
        return false;
    }
    auto who = AccountService::serverActor(**opened);
    if (!who) {
        exitCode = refuse(who.error().message);
        return false;
    }
    db = std::move(*opened);
    actor = *who;
    return true;
}

bool CliSession::allowWrite()
{
    if (!args.has(QStringLiteral("as-of"))) return true;
    if (actor.role != Role::Admin) {
        exitCode = refuse(QCoreApplication::translate("cd::cli", "Only an administrator may write with --as-of."));
        return false;
    }
    backdated = true;
    return true;
}

int CliSession::finish(int code)
{
    if (!db) return code;
    const Status checked = db->awaitCheck();
    if (checked || code != Done) return code; // a refused write has said why
    err << checked.error().message << Qt::endl
        << QCoreApplication::translate("cd::cli", "What this command printed or wrote out was read from the damaged file: do not use it. "
                                                  "Restore the latest backup (File ▸ Restore from backup in CampaignDesk).")
        << Qt::endl;
    return Refused;
}

ServiceContext CliSession::context() { return ServiceContext{*db, *clock, actor, backdated}; }

SealSettings CliSession::seals() { return SettingsService(context()).current().seals; }

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

std::optional<QDate> CliSession::date(const char* name, bool required)
{
    const QString option = QString::fromLatin1(name);
    if (!required && !args.has(option)) return QDate();
    const QDate d = QDate::fromString(args.value(option), Qt::ISODate);
    if (!d.isValid()) {
        exitCode = usage(QCoreApplication::translate("cd::cli", "--%1 wants a date written YYYY-MM-DD.").arg(option));
        return std::nullopt;
    }
    return d;
}

} // namespace cd::cli
