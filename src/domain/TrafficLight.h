#pragma once

#include <QStringList>

namespace cd {

enum class Light { Green, Yellow, Red };
QString toId(Light l);

// Thresholds of the dashboard's lights; the values are settings in the file.
struct LightThresholds
{
    int behindRed = 3;    // tasks of a pillar behind schedule that turn it red
    int behindYellow = 1; // … or yellow
    int warnDays = 3;     // yellow from this many days before a deadline
};

// What is known about one unit in one pillar.
struct PillarFacts
{
    int tasksBehind = 0;
    int problemsOverdue = 0;
    int problemsDueSoon = 0; // open lines due within warnDays
    bool reportMissing = false;
    bool reportLate = false;
    bool reportDueSoon = false; // the next report is due within warnDays and not yet in
};

struct LightDecision
{
    Light light = Light::Green;
    QStringList reasons; // identifiers: problem_overdue, tasks_behind, report_missing, report_late, problem_due_soon, report_due_soon
};

// Red: an overdue problem, too many tasks behind, or the latest report missing.
// Yellow: some task behind, a late report, or a deadline within the warning days.
LightDecision decideLight(const PillarFacts& f, const LightThresholds& t);

} // namespace cd
