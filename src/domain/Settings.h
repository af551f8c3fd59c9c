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
    // Whom a unit asks about a notice (联系人 and 联系电话 under the office's notices): empty,
    // the office itself.
    QString contactName;
    QString contactPhone;

    static constexpr int kMaxWarnDays = 31;
    static constexpr int kMaxAttachmentMb = 500;
    static constexpr int kMaxContact = 40;
};

namespace settings {

inline const QString kBehindRed = QStringLiteral("light_behind_red");
inline const QString kBehindYellow = QStringLiteral("light_behind_yellow");
inline const QString kWarnDays = QStringLiteral("light_warn_days");
inline const QString kFixerMayVerify = QStringLiteral("fixer_may_verify");
inline const QString kAttachmentLimit = QStringLiteral("attachment_limit_mb");
inline const QString kContactName = QStringLiteral("contact_name");
inline const QString kContactPhone = QStringLiteral("contact_phone");

// The line under a notice: 联系人：张明，联系电话：0931-8123456。 — or the office where no person is set.
QString contactLine(const CampaignSettings& s);

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
