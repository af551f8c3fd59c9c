#pragma once

// A generated demo campaign file for a benchmark: units, one year of reports, supervision,
// and after the year the office's manual assessment scores.
#include "services/DemoService.h"
#include "storage/Database.h"

#include <QTemporaryDir>
#include <memory>

namespace cd::bench {

struct Demo
{
    QTemporaryDir dir;
    std::unique_ptr<Database> db;
    FixedClock clock;
    explicit Demo(const QDate& today) : clock(QDateTime(today, QTime(10, 0))) {}
    ServiceContext ctx() { return ServiceContext{*db, clock, Actor::localAdmin()}; }
};

inline Demo* makeDemo(int units, int year, const QDate& today)
{
    auto* d = new Demo(today);
    d->db = std::move(*Database::open(d->dir.filePath(QStringLiteral("demo.cdb"))));
    auto r = DemoService(d->ctx()).generate({units, year, 1, today});
    if (!r) qFatal("demo failed: %s", qPrintable(r.error().message));
    return d;
}

} // namespace cd::bench
