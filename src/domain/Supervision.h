#pragma once

#include "domain/Entities.h"

#include <QDateTime>
#include <QList>
#include <optional>

namespace cd {

// 问题销号制: open → rectifying → pending verification → closed (销号). Verification may
// refuse (back to rectifying); a closed line may be reopened with a reason.
enum class ProblemStatus { Open, Rectifying, PendingVerification, Closed };
enum class ProblemSource { Inspection, SelfReport, Complaint, Other };
enum class Severity { Minor, Normal, Serious };
// 催办 → 约谈 → 通报批评 → 问责
enum class EscalationStep { Reminder, Talk, Criticism, Accountability };
enum class InspectionKind { Routine, Special, Spot };

QString toId(ProblemStatus s);
QString toId(ProblemSource s);
QString toId(Severity s);
QString toId(EscalationStep s);
QString toId(InspectionKind k);
std::optional<ProblemStatus> problemStatusFromId(const QString& id);
std::optional<ProblemSource> problemSourceFromId(const QString& id);
std::optional<Severity> severityFromId(const QString& id);
std::optional<EscalationStep> escalationStepFromId(const QString& id);
std::optional<InspectionKind> inspectionKindFromId(const QString& id);
QString displayName(ProblemStatus s);
QString displayName(EscalationStep s);
QString displayName(InspectionKind k);

struct Problem
{
    qint64 id = 0;
    qint64 unitId = 0;
    Pillar pillar = Pillar::General;
    ProblemSource source = ProblemSource::Other;
    qint64 sourceRef = 0; // the inspection visit or report it came from
    QString description;
    QString measure;     // 整改措施
    QString responsible; // the person answerable for the fix
    QDate raisedOn;
    QDate deadline;
    Severity severity = Severity::Normal;
    ProblemStatus status = ProblemStatus::Open;
    QString fixReportedBy; // who reported the rectification for verification
    QDate closedOn;
    QString verifier;
    QString closeNote;
};

struct ProblemEvent
{
    qint64 id = 0;
    qint64 problemId = 0;
    QDateTime at;
    QString actor;
    std::optional<ProblemStatus> from;
    ProblemStatus to = ProblemStatus::Open;
    QString note;
};

struct Escalation
{
    qint64 id = 0;
    qint64 problemId = 0;
    EscalationStep step = EscalationStep::Reminder;
    QDate date;
    QString decision;
    QString by;
    QString recordCode; // 记录校验码 when the step was taken (AuditChain)
};

struct InspectionVisit
{
    qint64 id = 0;
    qint64 unitId = 0;
    QString findings;
    QString rating; // e.g. 好, 较好, 一般, 差
};

struct Inspection
{
    qint64 id = 0;
    QString title;
    InspectionKind kind = InspectionKind::Routine;
    QDate date;
    QString inspectors;
    QString quarter; // 2020Q2
    QList<InspectionVisit> visits;
};

struct TypicalCase
{
    qint64 id = 0;
    qint64 unitId = 0;
    Pillar pillar = Pillar::General;
    bool positive = true; // 先进典型 / 反面典型
    QString title;
    QString text;
    QDate date;
    bool published = false;
};

class ProblemRules
{
public:
    static bool canTransition(ProblemStatus from, ProblemStatus to);
    static bool isOverdue(const Problem& p, const QDate& today);
    // A step may repeat or climb the ladder, never go back down it.
    static bool canEscalate(std::optional<EscalationStep> last, EscalationStep next);
};

} // namespace cd
