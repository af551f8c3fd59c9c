#pragma once

#include "domain/Entities.h"
#include "domain/Error.h"

#include <QList>
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
    std::optional<Task> taskByCode(qint64 campaignId, const QString& code);
    std::optional<Task> taskById(qint64 id);

    Result<qint64> insertPeriod(const Period& p);
    QList<Period> periods(qint64 campaignId);

    // A copy kept under the office's ids (a unit's file made from a task package): inserted
    // when new, brought up to date when the id is already there.
    Status putCampaign(const Campaign& c);
    Status putTask(const Task& t);
    Status putPeriod(const Period& p);

private:
    Database& m_db;
};

} // namespace cd
