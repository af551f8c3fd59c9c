#pragma once

#include "domain/Error.h"
#include "domain/TrafficLight.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace cd {

// The kinds of printed document, each signed by its own rule (GB/T 9704 7.3.5).
enum class DocumentKind { Bulletin, Notice, Assessment, Register };

// Which kinds the office seals (加盖印章): a sealed document's date stands four characters in
// from the right with the issuer centred over it (7.3.5.1); an unsealed one's issuer stands two
// in, the date on the next line two characters right of the issuer's first (7.3.5.2).
struct SealSettings
{
    bool bulletin = true; // 督查通报
    bool notices = true;  // 催办通知, 约谈通知, 通报批评, 问责建议, the 述职测评's 反馈意见
    bool assessment = false;
    bool registers = false; // 台账, 责任清单, 进度表, 操作记录, the 述职测评's 结果汇总表
    bool sealed(DocumentKind k) const
    {
        switch (k) {
        case DocumentKind::Bulletin: return bulletin;
        case DocumentKind::Notice: return notices;
        case DocumentKind::Assessment: return assessment;
        case DocumentKind::Register: return registers;
        }
        return false;
    }
};

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
    SealSettings seals;

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
inline const QString kSealBulletin = QStringLiteral("seal_bulletin");
inline const QString kSealNotices = QStringLiteral("seal_notices");
inline const QString kSealAssessment = QStringLiteral("seal_assessment");
inline const QString kSealRegisters = QStringLiteral("seal_registers");
// The seal keys and the flag each sets, in the order they are listed.
QList<std::pair<QString, bool SealSettings::*>> sealKeys();

// The line under a notice: 联系人：张明，联系电话：0931-8123456。 — or the office where no person is set.
QString contactLine(const CampaignSettings& s);

// Every value under its key (settings --format json, the audit row of a change).
QJsonObject toJson(const CampaignSettings& s);

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
