#include "services/ServiceContext.h"

#include "storage/AuditRepository.h"

#include <QCoreApplication>
#include <QJsonDocument>

namespace cd {
namespace {
QString compact(const QJsonObject& o)
{
    return o.isEmpty() ? QString() : QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}
} // namespace

Status ServiceContext::audit(const QString& action, const QString& entity, qint64 entityId, const QJsonObject& before,
                             const QJsonObject& after) const
{
    return AuditRepository(db).insert(
        {0, clock.now(), actor.login, action, entity, entityId, compact(before), compact(after)});
}

Status ServiceContext::requireSetupRights() const
{
    if (canManageSetup(actor.role)) return {};
    return fail(Error{Error::Code::Permission,
                      QCoreApplication::translate("cd::ServiceContext", "Only the campaign office may change the campaign set-up.")});
}

} // namespace cd
