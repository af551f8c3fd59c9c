#pragma once

#include "domain/Actor.h"

namespace cd {

// Every service operation that the policy decides. The GUI hides what a role may not do,
// but the services enforce this table for every caller.
enum class Operation {
    ManageSetup,    // campaign, tasks, units, responsibility lists
    ManageAccounts, // add, disable, reset passwords
    ReadUnitData,   // a unit's plans, reports, progress
    ReadAllUnits,   // lists across units: review queue, reminders
    WriteUnitData,  // a unit's plans, report drafts and submissions
    ReviewReports,  // accept or return
    Supervise,      // inspections, problem lines, verification (销号), escalation, typical cases
    AnswerProblems, // a unit reports the rectification of its own problems
    Assess,         // the rubric, manual scores and overrides, locking the year's assessment
    UnlockAssessment, // reopening a locked assessment: administrators only
    RunReviews,     // 述职测评: sessions, people, groups, ballots, counting, publishing
    // The whole campaign's own work, not one part's: its settings, everyone's audit log,
    // locking the year's assessment. An office that runs one group does not.
    CoordinateAll,
};

// unitId: the unit the data belongs to (0 where the operation concerns no single unit).
// An office or leader scoped to a group (Actor::groupId) does for the units in its part what
// its role does, reads lists narrowed to them (the services filter), and none of the whole
// campaign's work: its set-up, accounts, 述职测评, CoordinateAll.
bool allowed(const Actor& actor, Operation op, qint64 unitId = 0);

} // namespace cd
