#include "services/SettingsService.h"

#include "storage/Transaction.h"
#include "storage/UserRepository.h"

#include <QCoreApplication>

namespace cd {

using namespace settings;

CampaignSettings SettingsService::current()
{
    // One read, not one per key: on a server each read is a round trip.
    return fromStored(SettingsRepository(m_ctx.db).all());
}

Status SettingsService::save(const CampaignSettings& s, const CampaignSettings* asRead)
{
    if (auto r = m_ctx.require(Operation::Supervise); !r) return r;
    if (auto r = m_ctx.require(Operation::CoordinateAll); !r) return r; // the whole campaign's settings
    if (auto r = validate(s); !r) return r;
    Transaction tx(m_ctx.db);
    if (!tx.ok()) return fail(tx.error());
    const CampaignSettings before = current();
    if (asRead && toJson(*asRead) != toJson(before))
        return fail(m_ctx.staleEdit(QStringLiteral("settings"), 0, QCoreApplication::translate("cd::SettingsService", "The settings")));
    SettingsRepository repo(m_ctx.db);
    for (const auto& [key, flag] : sealKeys())
        if (auto r = repo.set(key, s.seals.*flag ? QStringLiteral("1") : QStringLiteral("0")); !r) return r;
    for (const auto& [key, value] : std::initializer_list<std::pair<QString, QString>>{
             {kBehindRed, QString::number(s.lights.behindRed)},
             {kBehindYellow, QString::number(s.lights.behindYellow)},
             {kWarnDays, QString::number(s.lights.warnDays)},
             {kFixerMayVerify, s.fixerMayVerify ? QStringLiteral("1") : QStringLiteral("0")},
             {kAttachmentLimit, QString::number(s.attachmentLimitMb)},
             {kContactName, s.contactName.trimmed()},
             {kContactPhone, s.contactPhone.trimmed()}})
        if (auto r = repo.set(key, value); !r) return r;
    if (auto r = m_ctx.audit(QStringLiteral("settings.save"), QStringLiteral("settings"), 0, toJson(before), toJson(s)); !r) return r;
    return tx.commit();
}

Status SettingsService::adoptAttachmentLimit(Database& db, int mb)
{
    if (mb < 1 || mb > CampaignSettings::kMaxAttachmentMb) return {};
    return SettingsRepository(db).set(kAttachmentLimit, QString::number(mb));
}

} // namespace cd
