#pragma once

#include "reports/OfficialDocument.h"
#include "services/ServiceContext.h"
#include "storage/AuditRepository.h"

namespace cd {

// The office's registers in print, gathered through the services (so each caller's rights
// apply): the problem ledger (问题台账, landscape), responsibility lists (责任清单) and the
// monthly progress table (月度进度表). unitId 0: every unit.
class RegisterDocuments
{
public:
    static Status ledger(OfficialDocument& doc, ServiceContext ctx, qint64 unitId);
    static Status responsibilities(OfficialDocument& doc, ServiceContext ctx, qint64 unitId);
    static Status progress(OfficialDocument& doc, ServiceContext ctx, qint64 unitId);
    // The audit record (操作记录) as the filter selects it, landscape, with the record's code
    // as it stands: what the reader may see of it (AuditService).
    static Status auditRecord(OfficialDocument& doc, ServiceContext ctx, const AuditFilter& filter, const QString& heading);
};

} // namespace cd
