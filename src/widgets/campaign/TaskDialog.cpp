#include "widgets/campaign/TaskDialog.h"

#include "services/CampaignService.h"
#include "widgets/common/Workspace.h"
#include "widgets/common/Dialogs.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QVBoxLayout>

namespace cd {

TaskDialog::TaskDialog(Workspace& workspace, const Campaign& campaign, const Task& task, const QList<Unit>& units, QWidget* parent)
    : QDialog(parent), m_workspace(workspace), m_campaign(campaign), m_task(task), m_code(new QLineEdit(task.code)),
      m_title(new QLineEdit(task.title)), m_description(new QPlainTextEdit(task.description)), m_pillar(new QComboBox),
      m_unit(new QComboBox), m_cadence(new QComboBox), m_target(new QDoubleSpinBox), m_measure(new QComboBox),
      m_due(new QDateEdit), m_error(new QLabel)
{
    const bool adding = task.id == 0;
    setWindowTitle(adding ? tr("New own task of a unit") : tr("Edit task %1").arg(task.code));
    for (Pillar p : kAllPillars) m_pillar->addItem(displayName(p), int(p));
    m_pillar->setCurrentIndex(m_pillar->findData(int(task.pillar)));
    for (const auto& u : units)
        if (u.active || u.id == task.ownerUnitId) m_unit->addItem(u.name, u.id);
    m_unit->setCurrentIndex(std::max(0, m_unit->findData(task.ownerUnitId)));
    m_unit->setEnabled(adding);
    for (Cadence c : {Cadence::Once, Cadence::Monthly, Cadence::Quarterly, Cadence::Annual}) m_cadence->addItem(displayName(c), int(c));
    m_cadence->setCurrentIndex(m_cadence->findData(int(task.cadence)));
    m_target->setRange(0, 1e6);
    m_target->setDecimals(1);
    m_target->setValue(task.target);
    m_measure->setEditable(true);
    m_measure->addItems({QStringLiteral("次"), QStringLiteral("篇"), QStringLiteral("%"), QStringLiteral("名")});
    m_measure->setCurrentText(task.measure.isEmpty() ? QStringLiteral("次") : task.measure);
    m_due->setCalendarPopup(true);
    m_due->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_due->setDateRange(campaign.start, campaign.end);
    m_due->setDate(task.due.isValid() ? task.due : campaign.end);
    m_description->setTabChangesFocus(true);
    dialogs::makeErrorLabel(m_error);

    auto* form = new QFormLayout;
    form->addRow(tr("&Code"), m_code);
    form->addRow(tr("&Title"), m_title);
    if (task.kind == TaskKind::Optional || adding) form->addRow(tr("&Unit"), m_unit);
    form->addRow(tr("&Pillar"), m_pillar);
    form->addRow(tr("C&adence"), m_cadence);
    auto* targetRow = new QHBoxLayout;
    targetRow->addWidget(m_target, 1);
    targetRow->addWidget(m_measure);
    auto* targetLabel = new QLabel(tr("Tar&get"));
    targetLabel->setBuddy(m_target); // a layout row gets no buddy by itself
    form->addRow(targetLabel, targetRow);
    form->addRow(tr("D&ue"), m_due);
    form->addRow(tr("&Description"), m_description);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, &TaskDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    resize(520, 420);
}

void TaskDialog::accept()
{
    Task t = m_task;
    t.campaignId = m_campaign.id;
    t.code = m_code->text().trimmed();
    t.title = m_title->text().trimmed();
    t.description = m_description->toPlainText().trimmed();
    t.pillar = Pillar(m_pillar->currentData().toInt());
    t.cadence = Cadence(m_cadence->currentData().toInt());
    t.target = m_target->value();
    t.measure = m_measure->currentText().trimmed();
    t.due = m_due->date();
    CampaignService service(m_workspace.context());
    Status s;
    if (t.id == 0) {
        t.kind = TaskKind::Optional;
        t.ownerUnitId = m_unit->currentData().toLongLong();
        t.sortOrder = 1000 + int(service.tasks(m_campaign.id).size());
        if (auto id = service.addOptionalTask(t); !id) s = fail(id.error());
    } else {
        s = service.updateTask(t, &m_task);
    }
    if (!s) {
        m_error->setText(s.error().message);
        m_error->show();
        return;
    }
    m_workspace.notifyChanged();
    QDialog::accept();
}

} // namespace cd
