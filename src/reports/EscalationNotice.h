#pragma once

#include "domain/Supervision.h"
#include "reports/OfficialDocument.h"

namespace cd {

// The notice for a step of the escalation ladder on an overdue problem line:
// 催办通知, 约谈通知, 通报批评, 问责建议.
class EscalationNotice
{
public:
    static void write(OfficialDocument& doc, const Problem& p, const QString& unitName, const Escalation& e);
};

} // namespace cd
