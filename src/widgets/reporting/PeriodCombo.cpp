#include "widgets/reporting/PeriodCombo.h"

#include "services/CampaignService.h"
#include "widgets/common/Workspace.h"

namespace cd {

PeriodCombo::PeriodCombo(QWidget* parent) : QComboBox(parent) { setMinimumContentsLength(10); }

void PeriodCombo::load(Workspace& workspace, bool withAll)
{
    const QString previous = code();
    QSignalBlocker block(this);
    clear();
    if (withAll) addItem(tr("All periods"), QString());
    auto campaign = workspace.campaign();
    if (!campaign) return;
    QString preselect;
    const QDate today = QDate::currentDate();
    for (const auto& p : CampaignService(workspace.context()).periods(campaign->id)) {
        addItem(tr("%1 (due %2)").arg(p.code, p.deadline.toString(QStringLiteral("MM-dd"))), p.code);
        if (p.kind == PeriodKind::Month && p.start <= today) preselect = p.code;
    }
    if (preselect.isEmpty()) preselect = itemData(withAll ? 1 : 0).toString();
    selectCode(previous.isEmpty() ? preselect : previous);
}

void PeriodCombo::selectCode(const QString& code)
{
    const int i = findData(code);
    if (i >= 0) setCurrentIndex(i);
}

} // namespace cd
