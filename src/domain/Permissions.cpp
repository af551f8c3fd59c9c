#include "domain/Permissions.h"

namespace cd {

bool allowed(const Actor& actor, Operation op, qint64 unitId)
{
    if (actor.readOnly && op != Operation::ReadUnitData && op != Operation::ReadAllUnits) return false;
    if (actor.scoped() && actor.role != Role::Unit && actor.role != Role::Admin) {
        switch (op) {
        case Operation::ManageSetup:
        case Operation::ManageAccounts:
        case Operation::UnlockAssessment:
        case Operation::RunReviews:
        case Operation::CoordinateAll: return false;
        default:
            if (unitId != 0 && !actor.inScope(unitId)) return false;
        }
    }
    switch (actor.role) {
    case Role::Admin: return true;
    case Role::Office: return op != Operation::ManageAccounts && op != Operation::UnlockAssessment;
    case Role::Viewer: return op == Operation::ReadUnitData || op == Operation::ReadAllUnits;
    case Role::Unit:
        // A unit account reads and writes its own unit's data and nothing else.
        return (op == Operation::ReadUnitData || op == Operation::WriteUnitData || op == Operation::AnswerProblems) && unitId != 0 &&
               unitId == actor.unitId;
    }
    return false;
}

} // namespace cd
