#pragma once

#include "services/ReportService.h"

#include <QDateTime>
#include <optional>

namespace cd::local_drafts {

// A report draft as typed, kept on this computer until the campaign has it: written before
// every save to the campaign and removed once that save succeeds, so that a lost connection,
// a server restart or a crash costs nobody their typing. One file per campaign, unit and
// period under the user's data folder (drafts/), added evidence included.
struct Kept
{
    ReportDraft draft;
    QDateTime keptAt;
};

bool save(const QString& campaign, const ReportDraft& draft, const QDateTime& at);
std::optional<Kept> load(const QString& campaign, qint64 unitId, const QString& periodCode);
void remove(const QString& campaign, qint64 unitId, const QString& periodCode);
// Where they are kept (for tests and the guide).
QString folder();

} // namespace cd::local_drafts
