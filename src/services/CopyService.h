#pragma once

#include "services/ServiceContext.h"
#include "storage/CampaignCopy.h"

namespace cd {

// Moving a whole campaign between a file and a server, and snapshots of a server: the
// administrator's (it carries every unit's data, the accounts and the audit rows). Each copy
// is verified table by table before it is called done.
class CopyService
{
public:
    explicit CopyService(ServiceContext ctx) : m_ctx(std::move(ctx)) {}

    // Into a database that holds nothing yet (an empty server database, or a new file's).
    Result<QList<TableDigest>> into(Database& to, const CampaignCopy::Progress& progress = {});
    // Into a new file at `path`: a snapshot for the archive or for a laptop, and a server's
    // backup.
    Result<QList<TableDigest>> toNewFile(const QString& path, const CampaignCopy::Progress& progress = {});

private:
    ServiceContext m_ctx;
};

} // namespace cd
