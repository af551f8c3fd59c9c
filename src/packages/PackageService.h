#pragma once

#include "packages/PackageArchive.h"
#include "packages/PackagePayload.h"
#include "services/ServiceContext.h"
#include "storage/PackageRepository.h"

#include <functional>
#include <memory>
#include <optional>

namespace cd {

class Database;

// Called with (done, total) as long work advances; returning false cancels it.
using PackageProgress = std::function<bool(qsizetype done, qsizetype total)>;

struct TaskExport
{
    QString path;
    QString unitName;
    int reports = 0;
    int problems = 0;
};

// What one report package would change, or why it is refused. Made by inspect(), taken
// in by apply().
struct PackageCheck
{
    QString path;
    std::optional<Error> refusal;
    package::Header header;
    qint64 unitId = 0;
    QString unitName;
    QString sha256;
    int newReports = 0;
    int knownReports = 0; // already in the office's file
    int keptReviewed = 0; // not added: the office already accepted that period
    int newPlans = 0;
    int knownPlans = 0;
    int answers = 0;      // steps on problem lines to record
    int staleAnswers = 0; // steps the line has moved past at the office
    QStringList notes;
    std::shared_ptr<const package::ReportPayload> payload;
    std::shared_ptr<const QHash<QString, QByteArray>> files;
    bool ok() const { return !refusal.has_value(); }
};

struct ImportOutcome
{
    int packages = 0;
    int reports = 0;
    int plans = 0;
    int answers = 0;
};

// Working without a shared network (docs/packages.md). The office exports a task package per
// unit and imports the report packages units make from them; a unit's own file is made from
// (and refreshed by) its task package and makes the report packages.
class PackageService
{
public:
    explicit PackageService(ServiceContext ctx) : m_ctx(std::move(ctx)) {}

    // Office side.
    // With newKey the unit gets a new key: packages signed with the old one are refused from
    // then on (a task package went astray); the unit opens the new task package to go on.
    Result<TaskExport> exportTask(qint64 unitId, const QString& path, bool newKey = false);
    bool hasKey(qint64 unitId);
    // One file per active unit into the folder, named after the unit.
    Result<QList<TaskExport>> exportAll(const QString& folder,
                                        const PackageProgress& progress = {});
    // Report packages: the files given, and every *.cdreport in the folders given.
    static QStringList packageFiles(const QStringList& paths);
    // Reads and checks each package against this file; changes nothing.
    QList<PackageCheck> inspect(const QStringList& files, const PackageProgress& progress = {});
    // Takes in every package that passed, in one transaction: all of them, or (cancelled,
    // failed) none.
    Result<ImportOutcome> apply(const QList<PackageCheck>& checks,
                                const PackageProgress& progress = {});
    QList<PackageImport> history();

    // Unit side.
    // Makes (or, for the unit's existing file, refreshes) the unit's own file from a task package.
    static Status openTaskPackage(const QString& packagePath, const QString& databasePath,
                                  const Clock& clock);
    Result<QString> makeReportPackage(const QString& path);
    // The unit a file made from a task package acts as; nothing for the office's file.
    static std::optional<Actor> unitActor(Database& db);

private:
    // One attempt of apply(), which repeats it when the server gives it up (retrying()).
    Result<ImportOutcome> applyOnce(const QList<PackageCheck>& checks, const PackageProgress& progress);
    Result<QByteArray> keyFor(qint64 unitId, bool create, bool renew = false);
    Result<QString> officeId(bool create);
    ServiceContext m_ctx;
};

} // namespace cd
