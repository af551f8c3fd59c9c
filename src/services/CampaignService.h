#pragma once

#include "domain/CampaignTemplate.h"
#include "domain/Entities.h"
#include "domain/Error.h"
#include "services/ServiceContext.h"

#include <QList>
#include <optional>

namespace cd {

class CampaignService
{
public:
    explicit CampaignService(ServiceContext ctx) : m_ctx(std::move(ctx)) {}

    static QStringList templateIds();
    static Result<CampaignTemplate> loadTemplate(const QString& id);

    // Creates the campaign for a year with the template's pillars, tasks and every period.
    Result<Campaign> createFromTemplate(int year, const QString& templateId = QStringLiteral("sanzhua-yicu"));
    // The same inside the caller's transaction, for a use case that creates the campaign as one
    // part of a larger whole (the demo): nothing stays if the whole does not commit.
    Result<Campaign> createFromTemplateInTransaction(int year, const QString& templateId = QStringLiteral("sanzhua-yicu"));
    std::optional<Campaign> current();
    std::optional<Campaign> forYear(int year);
    QList<Task> tasks(qint64 campaignId);
    QList<Period> periods(qint64 campaignId);
    QList<PillarWeight> pillars(qint64 campaignId);

    // A unit's own task (自选动作), coded by the office.
    Result<qint64> addOptionalTask(Task task);
    // `asRead`: the task as the editor read it; a change since is not overwritten (staleEdit).
    Status updateTask(const Task& task, const Task* asRead = nullptr);

private:
    Result<Campaign> writeFromTemplate(Campaign c, const CampaignTemplate& tmpl);
    ServiceContext m_ctx;
};

} // namespace cd
