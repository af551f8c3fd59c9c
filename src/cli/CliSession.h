#pragma once

#include <QDate>
#include <optional>

#include "cli/CliArgs.h"
#include "domain/Clock.h"
#include "domain/Settings.h"
#include "services/ServiceContext.h"
#include "storage/Database.h"

#include <QTextStream>
#include <memory>

namespace cd::cli {

enum Exit { Done = 0, Refused = 1, Usage = 2 };

// The open database, the clock (--as-of) and the acting user for one CLI run.
class CliSession
{
public:
    CliSession(const CliArgs& args, QTextStream& out, QTextStream& err) : args(args), out(out), err(err) {}

    // Opens --db (or the default file) and signs in: the local administrator for a file
    // without accounts, else --user with the password from CAMPAIGNDESK_PASSWORD or standard
    // input. Prints the reason and returns false on failure.
    bool open(bool create = true);
    // The same for a database named otherwise than by --db (copy's SOURCE).
    bool openAt(const QString& path, bool create);
    // --db may be a server address (postgresql://USER@HOST:PORT/DB): see Database::connect.
    bool openServer(const QString& address);
    // A writing command calls this after open(): --as-of is allowed to administrators only,
    // and their writes are audited as backdated.
    bool allowWrite();
    // After the command: a file found damaged by the check that ran beside it turns a
    // command that succeeded into a refusal that says so.
    int finish(int code);
    ServiceContext context();
    // How the office signs its printed documents (the campaign's settings).
    SealSettings seals();
    int refuse(const QString& message);
    int usage(const QString& message);
    // --NAME as a date written YYYY-MM-DD: nullopt (and a usage error in exitCode) when it is
    // not one, or when it is missing and required; an invalid QDate when it is missing.
    std::optional<QDate> date(const char* name, bool required = true);
    int exitCode = Done; // set by open()/allowWrite() when they fail

    const CliArgs& args;
    QTextStream& out;
    QTextStream& err;
    std::unique_ptr<Database> db;
    std::unique_ptr<Clock> clock;
    Actor actor = Actor::localAdmin();
    bool backdated = false;
};

// A password typed at a terminal without echo, or one line of standard input.
QString readSecret(const QString& prompt);
// The password for a server address: empty when PGPASSWORD or CAMPAIGNDESK_PASSWORD gives it
// (Database::connect takes it from there), else asked at the terminal, never on the command line.
QString serverPassword(const QString& address);

QString defaultDatabasePath();

} // namespace cd::cli
