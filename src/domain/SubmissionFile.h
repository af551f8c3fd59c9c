#pragma once

#include "domain/Error.h"
#include "domain/Reporting.h"

#include <QHash>
#include <QJsonObject>
#include <QStringList>

namespace cd {

// The JSON a unit's report or plan arrives in from outside (campaigndesk-cli report submit
// --file, plan submit --file), read into what the report service takes. Task codes are looked
// up in `codes` (upper-case code → task id); evidence names are only named here, the caller
// reads the files (confined to the report's folder).
struct ReportFileContent
{
    QString summary;
    QList<ReportItem> items;
    QStringList attachments;
};

namespace submission {

Result<ReportFileContent> report(const QJsonObject& json, const QHash<QString, qint64>& codes);
Result<QList<PlanItem>> plan(const QJsonObject& json, const QHash<QString, qint64>& codes);

} // namespace submission
} // namespace cd
