#pragma once

#include "domain/Entities.h"
#include "domain/Groups.h"
#include "domain/Reporting.h"
#include "domain/Supervision.h"
#include "packages/PackageArchive.h"

// What the JSON parts of a package say, read strictly: a part that is not what CampaignDesk
// writes is refused as malformed with the place named. Tasks and periods are referred to by
// code, problem lines by the office's id.
namespace cd::package {

struct ItemEntry
{
    QString task;
    double progress = 0;
    ItemStatus status = ItemStatus::NotStarted;
    QString done;
    QString problems;
    QString next;
};

struct FileEntry
{
    QString name;
    QString sha256;
    qint64 size = 0;
};

// One submitted version of a report, as the unit sent it or as the office holds it.
struct ReportEntry
{
    QString period;
    int version = 1;
    ReportStatus status = ReportStatus::Submitted;
    QString summary;
    QDateTime savedAt;
    QDateTime submittedAt;
    QString submittedBy;
    QDateTime reviewedAt;
    QString reviewedBy;
    QString reviewComment;
    QList<ItemEntry> items;
    QList<FileEntry> files;
};

struct PlanEntry
{
    QString month;
    int version = 1;
    QDateTime submittedAt;
    QString submittedBy;
    QList<QPair<QString, QString>> items; // task code, text
};

// A unit's steps on one of its problem lines (整改 reported), in order.
struct AnswerEntry
{
    qint64 problem = 0;
    QList<ProblemEvent> events;
};

// reports.json, plans.json, answers.json and the evidence files of a report package.
struct ReportPayload
{
    QList<ReportEntry> reports;
    QList<PlanEntry> plans;
    QList<AnswerEntry> answers;
};

// What a task package carries for one unit, under the office's ids.
struct TaskPayload
{
    Campaign campaign;
    QList<PillarWeight> pillars;
    QList<Task> tasks;
    QList<Period> periods;
    Unit unit;
    // The groups the unit sits in, from the top down (id and parent as the office has them): the
    // unit's own file keeps its place in the tree, whose offices its documents name.
    QList<UnitGroup> groups;
    QByteArray key;
    int attachmentLimitMb = 20;
    QList<Responsibility> responsibilities;
    QList<Problem> problems;
    QHash<qint64, QList<ProblemEvent>> events; // by problem
    QList<ReportEntry> reports;                // the office's versions, review outcomes included
    QList<PlanEntry> plans;
};

QList<Part> reportParts(const ReportPayload& payload);
Result<ReportPayload> parseReportPayload(const Archive& archive);

QList<Part> taskParts(const TaskPayload& payload);
Result<TaskPayload> parseTaskPayload(const Archive& archive);

// Shared by both: report and plan entries to and from JSON.
QJsonObject toJson(const ReportEntry& r);
QJsonObject toJson(const PlanEntry& p);
Result<ReportEntry> reportFromJson(const QJsonObject& o, const QString& where);
Result<PlanEntry> planFromJson(const QJsonObject& o, const QString& where);
// Every evidence file the entries name must be in the archive, with the size they claim.
Status checkFiles(const QList<ReportEntry>& reports, const Archive& archive);

} // namespace cd::package
