#include "widgets/reporting/PeriodCombo.h"

#include "domain/Reporting.h"
#include "services/CampaignService.h"
#include "widgets/common/Workspace.h"

#include <QStyle>
#include <QStyleOptionComboBox>
#include <algorithm>

namespace cd {

PeriodCombo::PeriodCombo(QWidget* parent) : QComboBox(parent)
{
    setMinimumContentsLength(10);
    // The periods arrive after the box is first shown: it grows to them, "2026-11（截止 12-05）" whole.
    setSizeAdjustPolicy(QComboBox::AdjustToContents);
}

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

QSize PeriodCombo::whole(QSize size) const
{
    int widest = 0;
    for (int i = 0; i < count(); ++i) widest = std::max(widest, fontMetrics().horizontalAdvance(itemText(i)));
    QStyleOptionComboBox option;
    initStyleOption(&option);
    option.rect = QRect(QPoint(), size);
    const QRect field = style()->subControlRect(QStyle::CC_ComboBox, &option, QStyle::SC_ComboBoxEditField, this);
    if (field.width() < widest) size.rwidth() += widest - field.width();
    return size;
}

QSize PeriodCombo::sizeHint() const { return whole(QComboBox::sizeHint()); }
QSize PeriodCombo::minimumSizeHint() const { return whole(QComboBox::minimumSizeHint()); }

void PeriodCombo::selectCode(const QString& code)
{
    const int i = findData(code);
    if (i >= 0) setCurrentIndex(i);
}

} // namespace cd
