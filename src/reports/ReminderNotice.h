#pragma once

#include "reports/OfficialDocument.h"
#include "services/ReportService.h"

#include <memory>
#include <vector>

namespace cd {

// 催办通知: the units whose report or plan for a period is missing or late, as one list or
// as a notice to each unit on its own page.
class ReminderNotice
{
public:
    static QString periodLabel(const Period& p); // 2020年3月, 2020年第一季度, 2020年度
    // `contact`: the 联系人 line (settings::contactLine), the office's own where empty.
    static void writeList(OfficialDocument& doc, const Period& p, const QList<ReminderLine>& lines, const QDate& today, const QString& contact = {});
    // One document per unit, so that each notice is numbered on its own.
    static std::vector<std::unique_ptr<OfficialDocument>> perUnit(const Period& p, const QList<ReminderLine>& lines, const QDate& today,
                                                                 const PageStyle& style = PageStyle::official(), int dpi = 300,
                                                                 const QString& contact = {}, const SealSettings& seals = {});
    static QString issuer();
};

} // namespace cd
