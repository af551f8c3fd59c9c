#pragma once

#include "domain/Settings.h"
#include "services/ServiceContext.h"

namespace cd {

// The rules an office may tune for its campaign file, kept in the file's settings table so
// every copy of the file judges alike. Defaults apply until someone saves a value.
class SettingsService
{
public:
    explicit SettingsService(ServiceContext ctx) : m_ctx(std::move(ctx)) {}
    // Anyone signed in may read them: they explain the lights and the refusals.
    CampaignSettings current();
    // Office and administrators; refused with a message naming the field when out of range.
    // `asRead`: the settings as the editor read them; a change since is not overwritten (staleEdit).
    Status save(const CampaignSettings& settings, const CampaignSettings* asRead = nullptr);
    static Status validate(const CampaignSettings& settings) { return settings::validate(settings); }
    // A unit's own file keeps the office's limit per evidence file; written inside the caller's
    // transaction, which audits it.
    static Status adoptAttachmentLimit(Database& db, int mb);

private:
    ServiceContext m_ctx;
};

} // namespace cd
