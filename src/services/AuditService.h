#pragma once

#include "services/ServiceContext.h"
#include "storage/AuditChain.h"
#include "storage/AuditRepository.h"

namespace cd {

// The audit trail read and proven: who did what and when, and whether the record behind it
// is intact (the hash chain, AuditChain). The office and administrators read all of it; a
// unit's secretary the history of the unit's own records; a leader none.
class AuditService
{
public:
    explicit AuditService(ServiceContext ctx) : m_ctx(std::move(ctx)) {}
    Result<QList<AuditEntry>> list(const AuditFilter& filter);
    // The whole chain, or the record up to a document's code (记录校验码).
    Result<AuditChain::Verdict> verify(const QString& upTo = {});
    // Said with a verdict that found rows awaiting their link (on a server, written while the
    // chain's lock was busy): they are part of the record, linked by the next change.
    static QString pendingNote(qint64 rows);
    // The code a document prints for the record as it stands.
    QString currentCode();

private:
    ServiceContext m_ctx;
};

} // namespace cd
