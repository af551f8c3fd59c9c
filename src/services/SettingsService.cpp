#include "services/SettingsService.h"

#include "storage/Transaction.h"
#include "storage/UserRepository.h"

#include <QCoreApplication>

namespace cd {
namespace {

const QString kBehindRed = QStringLiteral("light_behind_red");
const QString kBehindYellow = QStringLiteral("light_behind_yellow");
const QString kWarnDays = QStringLiteral("light_warn_days");
const QString kFixerMayVerify = QStringLiteral("fixer_may_verify");
const QString kAttachmentLimit = QStringLiteral("attachment_limit_mb");

int number(SettingsRepository& repo, const QString& key, int fallback)
{
    bool ok = false;
    const int v = repo.value(key, QString::number(fallback)).toInt(&ok);
    return ok ? v : fallback;
}

QJsonObject toJson(const CampaignSettings& s)
{
    return {{kBehindRed, s.lights.behindRed},
            {kBehindYellow, s.lights.behindYellow},
            {kWarnDays, s.lights.warnDays},
            {kFixerMayVerify, s.fixerMayVerify},
            {kAttachmentLimit, s.attachmentLimitMb}};
}

} // namespace

CampaignSettings SettingsService::current()
{
    SettingsRepository repo(m_ctx.db);
    CampaignSettings s;
    s.lights.behindRed = number(repo, kBehindRed, s.lights.behindRed);
    s.lights.behindYellow = number(repo, kBehindYellow, s.lights.behindYellow);
    s.lights.warnDays = number(repo, kWarnDays, s.lights.warnDays);
    s.fixerMayVerify = repo.value(kFixerMayVerify, QStringLiteral("0")) == QLatin1String("1");
    s.attachmentLimitMb = number(repo, kAttachmentLimit, s.attachmentLimitMb);
    return s;
}

Status SettingsService::validate(const CampaignSettings& s)
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
    return {};
}

Status SettingsService::save(const CampaignSettings& s, const CampaignSettings* asRead)
{
    if (auto r = m_ctx.require(Operation::Supervise); !r) return r;
    if (auto r = validate(s); !r) return r;
    Transaction tx(m_ctx.db);
    if (!tx.ok()) return fail(tx.error());
    const CampaignSettings before = current();
    if (asRead && toJson(*asRead) != toJson(before))
        return fail(m_ctx.staleEdit(QStringLiteral("settings"), 0, QCoreApplication::translate("cd::SettingsService", "The settings")));
    SettingsRepository repo(m_ctx.db);
    for (const auto& [key, value] : std::initializer_list<std::pair<QString, QString>>{
             {kBehindRed, QString::number(s.lights.behindRed)},
             {kBehindYellow, QString::number(s.lights.behindYellow)},
             {kWarnDays, QString::number(s.lights.warnDays)},
             {kFixerMayVerify, s.fixerMayVerify ? QStringLiteral("1") : QStringLiteral("0")},
             {kAttachmentLimit, QString::number(s.attachmentLimitMb)}})
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
