#include "domain/TrafficLight.h"

namespace cd {

QString toId(Light l)
{
    switch (l) {
    case Light::Green: return QStringLiteral("green");
    case Light::Yellow: return QStringLiteral("yellow");
    case Light::Red: return QStringLiteral("red");
    }
    return {};
}

LightDecision decideLight(const PillarFacts& f, const LightThresholds& t)
{
    LightDecision d;
    const auto raise = [&d](Light l, const char* reason) {
        if (int(l) > int(d.light)) d.light = l;
        d.reasons << QString::fromLatin1(reason);
    };
    if (f.problemsOverdue > 0) raise(Light::Red, "problem_overdue");
    if (f.reportMissing) raise(Light::Red, "report_missing");
    if (f.tasksBehind >= t.behindRed) raise(Light::Red, "tasks_behind");
    else if (f.tasksBehind >= t.behindYellow && f.tasksBehind > 0) raise(Light::Yellow, "tasks_behind");
    if (f.reportLate) raise(Light::Yellow, "report_late");
    if (f.problemsDueSoon > 0) raise(Light::Yellow, "problem_due_soon");
    if (f.reportDueSoon) raise(Light::Yellow, "report_due_soon");
    return d;
}

} // namespace cd
