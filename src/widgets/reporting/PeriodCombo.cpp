#include "widgets/reporting/PeriodCombo.h"

#include "domain/Reporting.h"
#include "services/CampaignService.h"
#include "widgets/common/Workspace.h"

namespace cd {

PeriodCombo::PeriodCombo(QWidget* parent) : QComboBox(parent) { setMinimumContentsLength(10); }

void PeriodCombo::load(Workspace& workspace, bool withAll, const QSet<QString>& waiting)
{
    const QString previous = code();
    QSignalBlocker block(this);
    clear();
    if (withAll) addItem(tr("All periods"), QString());
    auto campaign = workspace.campaign();
    if (!campaign) return;
    const auto periods = CampaignService(workspace.context()).periods(campaign->id);
    for (const auto& p : periods) addItem(tr("%1 (due %2)").arg(p.code, p.deadline.toString(QStringLiteral("MM-dd"))), p.code);
    const QString preselect = ReportRules::needingAttention(periods, workspace.context().clock.today(), waiting);
    selectCode(previous.isEmpty() ? preselect : previous);
}

void PeriodCombo::selectCode(const QString& code)
{
    const int i = findData(code);
    if (i >= 0) setCurrentIndex(i);
}

} // namespace cd
