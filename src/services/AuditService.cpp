#include "services/AuditService.h"

namespace cd {

Result<QList<AuditEntry>> AuditService::list(const AuditFilter& filter)
{
    if (auto s = m_ctx.require(Operation::Supervise); !s) return fail(s.error());
    return AuditRepository(m_ctx.db).list(filter);
}

Result<AuditChain::Verdict> AuditService::verify(const QString& upTo)
{
    if (auto s = m_ctx.require(Operation::Supervise); !s) return fail(s.error());
    return AuditChain::verify(m_ctx.db, upTo);
}

QString AuditService::currentCode() { return AuditChain::shortCode(AuditChain::head(m_ctx.db)); }

} // namespace cd
