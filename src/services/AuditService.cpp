#include "services/AuditService.h"

#include <QCoreApplication>

namespace cd {

Result<QList<AuditEntry>> AuditService::list(const AuditFilter& filter)
{
    // A unit's secretary reads the history of the unit's own records, and nothing else.
    if (m_ctx.actor.role == Role::Unit) {
        if (auto s = m_ctx.require(Operation::ReadUnitData, m_ctx.actor.unitId); !s) return fail(s.error());
        AuditFilter own = filter;
        own.unitId = m_ctx.actor.unitId;
        return AuditRepository(m_ctx.db).list(own);
    }
    if (auto s = m_ctx.require(Operation::Supervise); !s) return fail(s.error());
    if (!allowed(m_ctx.actor, Operation::CoordinateAll)) {
        // An office of one part reads what it did itself: everyone's log is the whole
        // campaign's office's (on a server the database shows it no other rows).
        AuditFilter own = filter;
        own.actor = m_ctx.actor.login;
        return AuditRepository(m_ctx.db).list(own);
    }
    return AuditRepository(m_ctx.db).list(filter);
}

Result<AuditChain::Verdict> AuditService::verify(const QString& upTo)
{
    if (auto s = m_ctx.require(Operation::Supervise); !s) return fail(s.error());
    if (auto s = m_ctx.require(Operation::CoordinateAll); !s) return fail(s.error()); // the whole chain is read
    return AuditChain::verify(m_ctx.db, upTo);
}

QString AuditService::pendingNote(qint64 rows)
{
    return QCoreApplication::translate("cd::AuditService", "%n change(s) written a moment ago await their place in the chain; the next change links them.",
                                       nullptr, int(rows));
}

QString AuditService::currentCode() { return AuditChain::shortCode(AuditChain::head(m_ctx.db)); }

} // namespace cd
