#include "services/ServiceContext.h"

#include "storage/AuditRepository.h"
#include "storage/SqlUtil.h"

#include <QCoreApplication>
#include <QLocale>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <atomic>
#include <chrono>
#include <thread>

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
    return AuditRepository(db).insert(auditEntry(action, entity, entityId, before, after));
}

AuditEntry ServiceContext::auditEntry(const QString& action, const QString& entity, qint64 entityId, const QJsonObject& before,
                                      const QJsonObject& after) const
{
    return {0, clock.now(), actor.login, action, entity, entityId, compact(before), compact(after), backdated, {}};
}

Error ServiceContext::staleEdit(const QString& entity, qint64 entityId, const QString& shownName) const
{
    const auto last = AuditRepository(db).lastFor(entity, entityId);
    const QString who = last ? last->actor : QCoreApplication::translate("cd::ServiceContext", "someone");
    // Named as the person opened it (not by the other's new value), at a time written as
    // everywhere else in the program.
    const QString when = last ? last->at.toString(QStringLiteral("yyyy-MM-dd HH:mm")) : QString();
    return {Error::Code::Conflict,
            QCoreApplication::translate("cd::ServiceContext", "%1 was changed by %2 at %3 after you opened it, so your change was not saved. "
                                                              "What you typed is kept: reload to see the change, then apply yours again.")
                .arg(shownName, who, when),
            QString::fromLatin1(kStaleEdit)};
}

Status ServiceContext::requireSetupRights(const char* what) const
{
    if (allowed(actor, Operation::ManageSetup)) return {};
    if (actor.readOnly || actor.scoped()) return require(Operation::ManageSetup);
    // The refusal names what was refused ("add units", "import responsibility lists").
    return fail(Error{Error::Code::Permission, QCoreApplication::translate("cd::ServiceContext", "Only the campaign office may %1; %2 may not.")
                                                   .arg(QCoreApplication::translate("cd::ServiceContext", what), actor.shownName())});
}

Status ServiceContext::require(Operation op, qint64 unitId) const
{
    if (allowed(actor, op, unitId)) return {};
    QString what;
    switch (op) {
    case Operation::ManageSetup: what = QCoreApplication::translate("cd::ServiceContext", "change the campaign set-up"); break;
    case Operation::ManageAccounts: what = QCoreApplication::translate("cd::ServiceContext", "manage accounts"); break;
    case Operation::ReadUnitData: what = QCoreApplication::translate("cd::ServiceContext", "see this unit's reports"); break;
    case Operation::ReadAllUnits: what = QCoreApplication::translate("cd::ServiceContext", "see other units' reports"); break;
    case Operation::WriteUnitData: what = QCoreApplication::translate("cd::ServiceContext", "write this unit's plans and reports"); break;
    case Operation::ReviewReports: what = QCoreApplication::translate("cd::ServiceContext", "review reports"); break;
    case Operation::Supervise: what = QCoreApplication::translate("cd::ServiceContext", "supervise units"); break;
    case Operation::AnswerProblems: what = QCoreApplication::translate("cd::ServiceContext", "answer this unit's problems"); break;
    case Operation::Assess: what = QCoreApplication::translate("cd::ServiceContext", "score the assessment"); break;
    case Operation::UnlockAssessment: what = QCoreApplication::translate("cd::ServiceContext", "unlock a locked assessment"); break;
    case Operation::RunReviews: what = QCoreApplication::translate("cd::ServiceContext", "run the secretaries' report-and-rating"); break;
    case Operation::CoordinateAll: what = QCoreApplication::translate("cd::ServiceContext", "do the whole campaign's office work"); break;
    }
    if (actor.scoped() && actor.role != Role::Unit && actor.role != Role::Admin) {
        Actor whole = actor;
        whole.groupId = 0;
        if (allowed(whole, op, unitId))
            return fail(Error{Error::Code::Permission,
                              unitId != 0 && !actor.inScope(unitId)
                                  ? QCoreApplication::translate("cd::ServiceContext", "%1 runs %2 of the campaign; that unit is not in it.").arg(actor.shownName(), actor.scopeName)
                                  : QCoreApplication::translate("cd::ServiceContext", "%1 runs %2 of the campaign; only the campaign office may %3.")
                                        .arg(actor.shownName(), actor.scopeName, what)});
    }
    Actor writable = actor;
    writable.readOnly = false;
    if (actor.readOnly && allowed(writable, op, unitId))
        return fail(Error{Error::Code::Permission, QCoreApplication::translate("cd::ServiceContext", "This session reads a standby of the server, which takes no changes; "
                                                                                                     "to %1, connect to the primary (target_session_attrs=read-write).")
                                                       .arg(what)});
    return fail(Error{Error::Code::Permission,
                      QCoreApplication::translate("cd::ServiceContext", "%1 may not %2.").arg(actor.shownName(), what)});
}

namespace retry {
namespace {
std::atomic<qint64> g_repeated{0};
}

bool transient(const Error& e) { return e.reason == QLatin1String(sql::kTransient); }

void pause(int attempt)
{
    const int base = 5 << (2 * (attempt - 1));
    const int ms = base / 2 + int(QRandomGenerator::global()->bounded(base));
    std::this_thread::sleep_for(std::chrono::milliseconds(ms));
}

qint64 repeated() { return g_repeated.load(); }
void count() { ++g_repeated; }
} // namespace retry

} // namespace cd
