#pragma once

#include "domain/Entities.h"
#include "domain/Error.h"

#include <QByteArray>
#include <QList>

namespace cd {

// A task as the template describes it, before it is placed in a year.
struct TemplateTask
{
    QString code;
    Pillar pillar = Pillar::General;
    QString title;
    QString description;
    Cadence cadence = Cadence::Once;
    double target = 0;
    QString measure;
    bool lowerIsBetter = false;
    int dueDays = 0;  // once-tasks: days after the campaign starts
    int dueMonth = 0; // or: the end of this month of the campaign year
};

struct CampaignTemplate
{
    QString id;
    QString name; // contains %1 for the year
    QList<PillarWeight> weights;
    QList<TemplateTask> tasks;

    static Result<CampaignTemplate> parse(const QByteArray& json);
    // The template's tasks placed in a campaign: codes, targets, due dates.
    QList<Task> tasksFor(const Campaign& c) const;
};

} // namespace cd
