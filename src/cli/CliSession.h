#pragma once

#include "cli/CliArgs.h"
#include "domain/Clock.h"
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

    // Opens --db (or the default file); prints the reason and returns false on failure.
    bool open(bool create = true);
    ServiceContext context();
    int refuse(const QString& message);
    int usage(const QString& message);
    // For writing commands: --as-of is only for reading until accounts exist.
    bool refuseAsOfOnWrite();

    const CliArgs& args;
    QTextStream& out;
    QTextStream& err;
    std::unique_ptr<Database> db;
    std::unique_ptr<Clock> clock;
};

QString defaultDatabasePath();

} // namespace cd::cli
