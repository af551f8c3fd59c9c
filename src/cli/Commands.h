#pragma once

#include <QCoreApplication>
#include "cli/CliSession.h"

namespace cd::cli {

int runInit(CliSession& s);
int runTasks(CliSession& s);
int runCheck(CliSession& s);
int runBackup(CliSession& s);
int runCopy(CliSession& s);
int runDemo(CliSession& s);
int runUnits(CliSession& s);
int runGroups(CliSession& s);
int runResponsibilities(CliSession& s);
int runUsers(CliSession& s);
int runPlan(CliSession& s);
int runReport(CliSession& s);
int runReminders(CliSession& s);
int runInspection(CliSession& s);
int runProblem(CliSession& s);
int runCase(CliSession& s);
int runDashboard(CliSession& s);
int runSettings(CliSession& s);
int runAssess(CliSession& s);
int runBulletin(CliSession& s);
int runPrint(CliSession& s);
int runPackage(CliSession& s);
int runAudit(CliSession& s);
int runReview(CliSession& s);

} // namespace cd::cli

#include "services/ImportPreview.h"

#include <QCoreApplication>

namespace cd::cli {

// Prints what an import would do. Returns Refused when rows are rejected and the user did
// not ask to skip them, so that a partly bad sheet never half-imports by surprise.
template <typename Row> int reportPreview(CliSession& s, const ImportPreview<Row>& p)
{
    s.out << QCoreApplication::translate("cd::cli", "%1 to add, %2 to update, %3 unchanged, %4 rejected.")
                 .arg(p.added.size())
                 .arg(p.updated.size())
                 .arg(p.unchanged)
                 .arg(p.rejected.size())
          << Qt::endl;
    for (const auto& r : p.rejected) s.err << QCoreApplication::translate("cd::cli", "Row %1: %2").arg(r.row).arg(r.reason) << Qt::endl;
    if (!p.rejected.isEmpty() && !s.args.has(QStringLiteral("skip-invalid")))
        return s.refuse(QCoreApplication::translate("cd::cli", "Nothing was imported. Correct the rows above, or pass --skip-invalid to import the others."));
    return Done;
}

} // namespace cd::cli
