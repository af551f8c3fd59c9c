#pragma once

#include "reports/OfficialDocument.h"
#include "services/AssessmentService.h"

namespace cd {

// The year-end assessment in print: the ranking of all units (a landscape table) and one
// unit's score sheet with the basis of every item.
class AssessmentDocument
{
public:
    static void ranking(OfficialDocument& doc, const AssessmentResult& r, const QDate& date);
    static void scoreSheet(OfficialDocument& doc, const AssessmentResult& r, const UnitScore& u, const QDate& date);
    // "2020年度“三抓一促”活动考评", with "（预览）" when not locked.
    static QString title(const AssessmentResult& r);
};

} // namespace cd
