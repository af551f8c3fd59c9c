#include "domain/Supervision.h"

#include "domain/IdTable.h"

#include <QCoreApplication>
#include <array>

namespace cd {
namespace {

constexpr std::array<std::pair<ProblemStatus, const char*>, 4> kStatus{{{ProblemStatus::Open, "open"},
                                                                        {ProblemStatus::Rectifying, "rectifying"},
                                                                        {ProblemStatus::PendingVerification, "pending_verification"},
                                                                        {ProblemStatus::Closed, "closed"}}};
constexpr std::array<std::pair<ProblemSource, const char*>, 4> kSource{{{ProblemSource::Inspection, "inspection"},
                                                                        {ProblemSource::SelfReport, "self_report"},
                                                                        {ProblemSource::Complaint, "complaint"},
                                                                        {ProblemSource::Other, "other"}}};
constexpr std::array<std::pair<Severity, const char*>, 3> kSeverity{
    {{Severity::Minor, "minor"}, {Severity::Normal, "normal"}, {Severity::Serious, "serious"}}};
constexpr std::array<std::pair<EscalationStep, const char*>, 4> kStep{{{EscalationStep::Reminder, "reminder"},
                                                                       {EscalationStep::Talk, "talk"},
                                                                       {EscalationStep::Criticism, "criticism"},
                                                                       {EscalationStep::Accountability, "accountability"}}};
constexpr std::array<std::pair<InspectionKind, const char*>, 3> kKind{
    {{InspectionKind::Routine, "routine"}, {InspectionKind::Special, "special"}, {InspectionKind::Spot, "spot"}}};

} // namespace

QString toId(ProblemStatus s) { return ids::of(s, kStatus); }
QString toId(ProblemSource s) { return ids::of(s, kSource); }
QString toId(Severity s) { return ids::of(s, kSeverity); }
QString toId(EscalationStep s) { return ids::of(s, kStep); }
QString toId(InspectionKind k) { return ids::of(k, kKind); }
std::optional<ProblemStatus> problemStatusFromId(const QString& id) { return ids::from(id, kStatus); }
std::optional<ProblemSource> problemSourceFromId(const QString& id) { return ids::from(id, kSource); }
std::optional<Severity> severityFromId(const QString& id) { return ids::from(id, kSeverity); }
std::optional<EscalationStep> escalationStepFromId(const QString& id) { return ids::from(id, kStep); }
std::optional<InspectionKind> inspectionKindFromId(const QString& id) { return ids::from(id, kKind); }

QString displayName(ProblemStatus s)
{
    switch (s) {
    case ProblemStatus::Open: return QCoreApplication::translate("cd::Supervision", "Open");
    case ProblemStatus::Rectifying: return QCoreApplication::translate("cd::Supervision", "Rectifying");
    case ProblemStatus::PendingVerification: return QCoreApplication::translate("cd::Supervision", "Pending verification");
    case ProblemStatus::Closed: return QCoreApplication::translate("cd::Supervision", "Closed");
    }
    return {};
}

QString displayName(EscalationStep s)
{
    switch (s) {
    case EscalationStep::Reminder: return QCoreApplication::translate("cd::Supervision", "Reminder");
    case EscalationStep::Talk: return QCoreApplication::translate("cd::Supervision", "Admonition talk");
    case EscalationStep::Criticism: return QCoreApplication::translate("cd::Supervision", "Public criticism");
    case EscalationStep::Accountability: return QCoreApplication::translate("cd::Supervision", "Accountability");
    }
    return {};
}

QString displayName(InspectionKind k)
{
    switch (k) {
    case InspectionKind::Routine: return QCoreApplication::translate("cd::Supervision", "Routine");
    case InspectionKind::Special: return QCoreApplication::translate("cd::Supervision", "Special");
    case InspectionKind::Spot: return QCoreApplication::translate("cd::Supervision", "Spot check");
    }
    return {};
}

bool ProblemRules::canTransition(ProblemStatus from, ProblemStatus to)
{
    using S = ProblemStatus;
    switch (from) {
    case S::Open: return to == S::Rectifying;
    case S::Rectifying: return to == S::PendingVerification;
    case S::PendingVerification: return to == S::Closed || to == S::Rectifying; // verified, or refused
    case S::Closed: return to == S::Open;                                       // reopened with a reason
    }
    return false;
}

bool ProblemRules::isOverdue(const Problem& p, const QDate& today)
{
    return p.status != ProblemStatus::Closed && p.deadline.isValid() && p.deadline < today;
}

bool ProblemRules::canEscalate(std::optional<EscalationStep> last, EscalationStep next) { return !last || int(next) >= int(*last); }

} // namespace cd
