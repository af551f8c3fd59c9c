#include "services/CopyService.h"

#include "storage/Database.h"

#include <QCoreApplication>

#include <spdlog/spdlog.h>

namespace cd {

Result<QList<TableDigest>> CopyService::into(Database& to, const CampaignCopy::Progress& progress)
{
    if (auto s = m_ctx.require(Operation::ManageAccounts); !s) return fail(s.error());
    auto copied = CampaignCopy::copy(m_ctx.db, to, progress);
    if (!copied) return copied;
    if (auto s = CampaignCopy::verify(to, *copied); !s) return fail(s.error());
    spdlog::info("{} copied the campaign to {}", m_ctx.actor.login.toStdString(), to.path().toStdString());
    return copied;
}

Result<QList<TableDigest>> CopyService::toNewFile(const QString& path, const CampaignCopy::Progress& progress)
{
    // A snapshot of the whole campaign is the office's and the administrators' to take: they
    // read every table (on a server, the accounts' map included); a unit or a leader reads part.
    if (!m_ctx.require(Operation::CoordinateAll) && !m_ctx.require(Operation::ManageAccounts))
        return fail(Error{Error::Code::Permission,
                          QCoreApplication::translate("cd::CopyService", "%1 may not take a copy of the whole campaign: snapshots and copies are the office's and the "
                                                                         "administrators' to take.")
                              .arg(m_ctx.actor.shownName())});
    auto copied = CampaignCopy::toNewFile(m_ctx.db, path, progress);
    if (copied) spdlog::info("{} copied the campaign to {}", m_ctx.actor.login.toStdString(), path.toStdString());
    return copied;
}

} // namespace cd
