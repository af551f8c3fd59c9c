#include "domain/Settings.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <algorithm>

namespace cd::settings {
namespace {

int number(const QHash<QString, QString>& stored, const QString& key, int fallback)
{
    bool ok = false;
    const int v = stored.value(key).toInt(&ok);
    return ok ? v : fallback;
}

} // namespace

Status validate(const CampaignSettings& s)
{
    const auto refuse = [](const QString& message) { return fail(Error::invalid(message)); };
    if (s.lights.behindYellow < 1)
        return refuse(QCoreApplication::translate("cd::SettingsService", "Yellow needs at least one task behind schedule."));
    if (s.lights.behindRed < s.lights.behindYellow)
        return refuse(QCoreApplication::translate("cd::SettingsService",
                                                  "Red needs at least as many tasks behind schedule as yellow (%1).")
                          .arg(s.lights.behindYellow));
    if (s.lights.warnDays < 0 || s.lights.warnDays > CampaignSettings::kMaxWarnDays)
        return refuse(QCoreApplication::translate("cd::SettingsService", "The warning before a deadline must be 0 to %1 days.")
                          .arg(CampaignSettings::kMaxWarnDays));
    if (s.attachmentLimitMb < 1 || s.attachmentLimitMb > CampaignSettings::kMaxAttachmentMb)
        return refuse(QCoreApplication::translate("cd::SettingsService", "The limit per evidence file must be 1 to %1 MB.")
                          .arg(CampaignSettings::kMaxAttachmentMb));
    if (s.contactName.size() > CampaignSettings::kMaxContact)
        return refuse(QCoreApplication::translate("cd::SettingsService", "The contact's name has at most %1 characters.").arg(CampaignSettings::kMaxContact));
    static const QRegularExpression phone(QStringLiteral("^[0-9+()\\- ]{0,30}$"));
    if (!phone.match(s.contactPhone).hasMatch())
        return refuse(QCoreApplication::translate("cd::SettingsService", "A telephone number has digits, +, -, brackets and spaces, at most 30 of them."));
    return {};
}

QList<std::pair<QString, bool SealSettings::*>> sealKeys()
{
    return {{kSealBulletin, &SealSettings::bulletin},
            {kSealNotices, &SealSettings::notices},
            {kSealAssessment, &SealSettings::assessment},
            {kSealRegisters, &SealSettings::registers}};
}

QJsonObject toJson(const CampaignSettings& s)
{
    QJsonObject o{{kBehindRed, s.lights.behindRed},
                  {kBehindYellow, s.lights.behindYellow},
                  {kWarnDays, s.lights.warnDays},
                  {kFixerMayVerify, s.fixerMayVerify},
                  {kAttachmentLimit, s.attachmentLimitMb},
                  {kContactName, s.contactName},
                  {kContactPhone, s.contactPhone}};
    for (const auto& [key, flag] : sealKeys()) o.insert(key, s.seals.*flag);
    return o;
}

QString contactLine(const CampaignSettings& s)
{
    const QString name = s.contactName.trimmed(), phone = s.contactPhone.trimmed();
    if (name.isEmpty() && phone.isEmpty()) return QStringLiteral("联系人：领导小组办公室。");
    if (phone.isEmpty()) return QStringLiteral("联系人：%1。").arg(name);
    return QStringLiteral("联系人：%1，联系电话：%2。").arg(name.isEmpty() ? QStringLiteral("领导小组办公室") : name, phone);
}

Result<CampaignSettings> withValue(CampaignSettings c, const QString& key, const QString& text)
{
    if (key == kContactName || key == kContactPhone) { // text, and "" clears it
        (key == kContactName ? c.contactName : c.contactPhone) = text.trimmed();
        return c;
    }
    if (key.isEmpty() || text.isEmpty()) return fail(Error::invalid(QCoreApplication::translate("cd::cli", "settings set needs a key and a value.")));
    bool ok = false;
    const int value = text.toInt(&ok);
    const auto seals = sealKeys();
    const auto seal = std::ranges::find(seals, key, &std::pair<QString, bool SealSettings::*>::first);
    if (key == kFixerMayVerify || seal != seals.end()) {
        if (text != QLatin1String("0") && text != QLatin1String("1"))
            return fail(Error::invalid(QCoreApplication::translate("cd::cli", "%1 is 0 or 1.").arg(key)));
        (key == kFixerMayVerify ? c.fixerMayVerify : c.seals.*(seal->second)) = text == QLatin1String("1");
    } else if (key != kBehindRed && key != kBehindYellow && key != kWarnDays && key != kAttachmentLimit) {
        return fail(Error::invalid(QCoreApplication::translate("cd::cli", "Unknown setting: %1").arg(key)));
    } else if (!ok) {
        return fail(Error::invalid(QCoreApplication::translate("cd::cli", "%1 needs a whole number.").arg(key)));
    } else if (key == kBehindRed) {
        c.lights.behindRed = value;
    } else if (key == kBehindYellow) {
        c.lights.behindYellow = value;
    } else if (key == kWarnDays) {
        c.lights.warnDays = value;
    } else {
        c.attachmentLimitMb = value;
    }
    return c;
}

CampaignSettings fromStored(const QHash<QString, QString>& stored)
{
    CampaignSettings s;
    s.lights.behindRed = number(stored, kBehindRed, s.lights.behindRed);
    s.lights.behindYellow = number(stored, kBehindYellow, s.lights.behindYellow);
    s.lights.warnDays = number(stored, kWarnDays, s.lights.warnDays);
    s.fixerMayVerify = stored.value(kFixerMayVerify, QStringLiteral("0")) == QLatin1String("1");
    s.attachmentLimitMb = number(stored, kAttachmentLimit, s.attachmentLimitMb);
    s.contactName = stored.value(kContactName);
    s.contactPhone = stored.value(kContactPhone);
    for (const auto& [key, flag] : sealKeys())
        if (stored.contains(key)) s.seals.*flag = stored.value(key) == QLatin1String("1");
    if (!validate(s)) return CampaignSettings{}; // a file changed by hand: the defaults, not nonsense
    return s;
}

} // namespace cd::settings
