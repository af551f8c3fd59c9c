#include "widgets/assessment/ScoreDialog.h"

#include "services/AssessmentService.h"
#include "widgets/common/Workspace.h"
#include "widgets/common/Dialogs.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace cd {

ScoreDialog::ScoreDialog(Workspace& workspace, int year, Rubric rubric, UnitScore unit, QWidget* parent)
    : QDialog(parent), m_workspace(workspace), m_year(year), m_rubric(std::move(rubric)), m_unit(std::move(unit)), m_item(new QComboBox),
      m_rule(new QLabel), m_value(new QDoubleSpinBox), m_reason(new QLineEdit), m_error(new QLabel)
{
    setWindowTitle(tr("Score — %1").arg(m_unit.unit));
    resize(620, 220);
    m_item->setObjectName(QStringLiteral("itemCombo"));
    for (const auto& i : m_rubric.items) m_item->addItem(QStringLiteral("%1 · %2").arg(displayName(i.pillar), i.name), i.code);
    // Manual items first: entering them is the usual errand.
    for (int i = 0; i < m_rubric.items.size(); ++i)
        if (m_rubric.items[i].rule == ScoreRule::Manual) {
            m_item->setCurrentIndex(i);
            break;
        }
    m_rule->setWordWrap(true);
    m_value->setObjectName(QStringLiteral("valueSpin"));
    m_value->setDecimals(1);
    m_value->setSingleStep(0.5);
    m_reason->setObjectName(QStringLiteral("reasonEdit"));
    dialogs::makeErrorLabel(m_error);
    auto* form = new QFormLayout;
    form->addRow(tr("&Item"), m_item);
    form->addRow(QString(), m_rule);
    form->addRow(tr("&Score"), m_value);
    form->addRow(tr("&Reason"), m_reason);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel);
    auto* clear = buttons->addButton(tr("&Back to the rule"), QDialogButtonBox::ResetRole);
    connect(buttons, &QDialogButtonBox::accepted, this, &ScoreDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(clear, &QPushButton::clicked, this, &ScoreDialog::clearEntry);
    connect(m_item, &QComboBox::currentIndexChanged, this, &ScoreDialog::showItem);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    showItem();
}

void ScoreDialog::selectItem(const QString& code)
{
    const int i = m_item->findData(code);
    if (i >= 0) m_item->setCurrentIndex(i);
}

void ScoreDialog::showItem()
{
    const RubricItem* item = m_rubric.item(m_item->currentData().toString());
    if (!item) return;
    const auto score = std::ranges::find(m_unit.items, item->code, &ItemScore::code);
    // The entry as this dialog shows it: a change by someone else before OK is refused.
    m_asRead = AssessmentService(m_workspace.context()).entryAsRead(m_year, m_unit.unitId, item->code);
    m_value->setRange(item->min(), item->max);
    if (score != m_unit.items.end()) {
        m_value->setValue(score->score);
        m_reason->setText(score->reason);
        m_rule->setText(item->rule == ScoreRule::Manual
                            ? tr("Entered by the office, from %1 to %2.").arg(AssessmentRules::format(item->min()), AssessmentRules::format(item->max))
                            : tr("%1: the rule gives %2 (%3). Overriding it needs a reason.")
                                  .arg(displayName(item->rule), AssessmentRules::format(score->computed), score->basis));
    }
    m_reason->setPlaceholderText(item->rule == ScoreRule::Manual ? tr("Optional, e.g. the meeting that decided it") : tr("Required"));
    m_error->hide();
}

void ScoreDialog::fail(const QString& message)
{
    m_error->setText(message);
    m_error->show();
}

void ScoreDialog::accept()
{
    auto s = AssessmentService(m_workspace.context())
                 .setScore(m_year, m_unit.unitId, m_item->currentData().toString(), m_value->value(), m_reason->text(), m_asRead);
    if (!s) return fail(s.error().message);
    m_workspace.notifyChanged();
    QDialog::accept();
}

void ScoreDialog::clearEntry()
{
    auto s = AssessmentService(m_workspace.context()).clearScore(m_year, m_unit.unitId, m_item->currentData().toString(), m_reason->text(), m_asRead);
    if (!s) return fail(s.error().message);
    m_workspace.notifyChanged();
    QDialog::accept();
}

} // namespace cd
