#pragma once

#include "domain/Error.h"
#include "domain/TrafficLight.h"

#include <QHash>
#include <QString>

namespace cd {

// The rules an office may tune for its campaign file (SettingsService keeps them).
struct CampaignSettings
{
    LightThresholds lights;
    bool fixerMayVerify = false; // the person who reported a fix may also strike the line off
    int attachmentLimitMb = 20;  // per evidence file

    static constexpr int kMaxWarnDays = 31;
    static constexpr int kMaxAttachmentMb = 500;
};

namespace settings {

inline const QString kBehindRed = QStringLiteral("light_behind_red");
inline const QString kBehindYellow = QStringLiteral("light_behind_yellow");
inline const QString kWarnDays = QStringLiteral("light_warn_days");
inline const QString kFixerMayVerify = QStringLiteral("fixer_may_verify");
inline const QString kAttachmentLimit = QStringLiteral("attachment_limit_mb");

// Refused with a message naming the field when out of range.
Status validate(const CampaignSettings& s);
// One value as a person types it (campaigndesk-cli settings set KEY VALUE): a known key and a
// value of its kind, else refused; the result is not yet validated as a whole.
Result<CampaignSettings> withValue(CampaignSettings s, const QString& key, const QString& text);
// The values as stored (key → text); anything missing or unreadable keeps its default, and a
// set of values that does not validate as a whole gives the defaults.
CampaignSettings fromStored(const QHash<QString, QString>& stored);

} // namespace settings
} // namespace cd
