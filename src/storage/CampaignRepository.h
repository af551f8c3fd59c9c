#pragma once

#include "domain/Entities.h"
#include "domain/Error.h"

#include <QList>
#include <QVariant>
#include <optional>

namespace cd {

class Database;

class CampaignRepository
{
public:
    explicit CampaignRepository(Database& db) : m_db(db) {}

    Result<qint64> insert(const Campaign& c);
    std::optional<Campaign> byYear(int year);
    std::optional<Campaign> latest();
    QList<Campaign> all();

    Status insertPillar(qint64 campaignId, const PillarWeight& w);
    QList<PillarWeight> pillars(qint64 campaignId);

    Result<qint64> insertTask(const Task& t);
    Status updateTask(const Task& t);
    QList<Task> tasks(qint64 campaignId);
    // The latest campaign's tasks (periods), in one statement: latest() and tasks() in one.
    QList<Task> latestTasks();
    // The same with one unit's accepted progress on each (task_progress; zero when none).
    struct TaskProgress
    {
        Task task;
        double acceptedSum = 0;
        int acceptedReports = 0;
    };
    QList<TaskProgress> latestTasksWithProgress(qint64 unitId);
    std::optional<Task> taskByCode(qint64 campaignId, const QString& code);
    std::optional<Task> taskById(qint64 id);

    Result<qint64> insertPeriod(const Period& p);
    QList<Period> periods(qint64 campaignId);
    QList<Period> latestPeriods();

    // A copy kept under the office's ids (a unit's file made from a task package): inserted
    // when new, brought up to date when the id is already there.
    Status putCampaign(const Campaign& c);
    Status putTask(const Task& t);
    Status putPeriod(const Period& p);

private:
    QList<Task> tasksWhere(const QString& memoKey, const QString& condition, const QVariant& value);
    QList<Period> periodsWhere(const QString& memoKey, const QString& condition, const QVariant& value);
    Database& m_db;
};

} // namespace cd
