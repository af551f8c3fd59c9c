#include "widgets/responsibilities/ResponsibilityDialog.h"

#include "services/Json.h"
#include "services/ResponsibilityService.h"
#include "widgets/common/Workspace.h"
#include "widgets/common/Dialogs.h"
#include "widgets/common/StaleEdit.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QVBoxLayout>

namespace cd {

ResponsibilityDialog::ResponsibilityDialog(Workspace& workspace, const Unit& unit, const QList<Task>& tasks, const Responsibility& r,
                                           QWidget* parent)
    : QDialog(parent), m_workspace(workspace), m_r(r), m_task(new QComboBox), m_level(new QComboBox),
      m_person(new QLineEdit(r.person)), m_post(new QLineEdit(r.post)), m_duty(new QPlainTextEdit(r.duty)),
      m_target(new QDoubleSpinBox), m_error(new QLabel)
{
    setWindowTitle(tr("Responsibility · %1").arg(unit.name));
    for (const auto& t : tasks)
        if (t.kind == TaskKind::Mandatory || t.ownerUnitId == unit.id)
            m_task->addItem(QStringLiteral("%1  %2").arg(t.code, t.title), t.id);
    m_task->setCurrentIndex(std::max(0, m_task->findData(r.taskId)));
    for (auto l : kAllLevels) m_level->addItem(displayName(l), int(l));
    m_level->setCurrentIndex(m_level->findData(int(r.level)));
    m_target->setRange(0, 1e6);
    m_target->setDecimals(1);
    m_target->setValue(r.target);
    m_duty->setTabChangesFocus(true);
    m_person->setObjectName(QStringLiteral("personEdit"));
    dialogs::makeErrorLabel(m_error);

    auto* form = new QFormLayout;
    form->addRow(tr("&Task"), m_task);
    form->addRow(tr("&Level"), m_level);
    form->addRow(tr("&Person"), m_person);
    form->addRow(tr("P&ost"), m_post);
    form->addRow(tr("&Duty"), m_duty);
    form->addRow(tr("Quantified ta&rget"), m_target);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, &ResponsibilityDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    resize(560, 380);
}

void ResponsibilityDialog::fill(const Responsibility& r)
{
    m_task->setCurrentIndex(std::max(0, m_task->findData(r.taskId)));
    m_level->setCurrentIndex(m_level->findData(int(r.level)));
    m_person->setText(r.person);
    m_post->setText(r.post);
    m_duty->setPlainText(r.duty);
    m_target->setValue(r.target);
}

Responsibility ResponsibilityDialog::edited() const
{
    Responsibility r = m_r;
    r.taskId = m_task->currentData().toLongLong();
    r.level = ResponsibilityLevel(m_level->currentData().toInt());
    r.person = m_person->text();
    r.post = m_post->text();
    r.duty = m_duty->toPlainText();
    r.target = m_target->value();
    return r;
}

void ResponsibilityDialog::accept()
{
    const Responsibility r = edited();
    // The row as this dialog was opened on: someone else's change meanwhile is not overwritten.
    auto saved = ResponsibilityService(m_workspace.context()).save(r, m_r.id ? std::optional<Responsibility>(m_r) : std::nullopt);
    if (!saved && staleedit::isStale(saved.error())) {
        // Someone changed the row meanwhile: both shown, and the person chooses.
        std::optional<Responsibility> stored;
        for (const auto& x : ResponsibilityService(m_workspace.context()).forUnit(m_r.unitId))
            if (x.id == m_r.id) stored = x;
        if (stored) {
            const auto choice = staleedit::ask(this, windowTitle(), saved.error(), json::of(m_r), json::of(*stored), json::of(r));
            if (choice == staleedit::Choice::ApplyMine) {
                // Only what this person changed goes on top of theirs.
                fill(staleedit::mineOnTop(*stored, m_r, r, &Responsibility::taskId, &Responsibility::level, &Responsibility::person,
                                          &Responsibility::post, &Responsibility::duty, &Responsibility::target));
                m_r = *stored;
                return accept();
            }
            if (choice == staleedit::Choice::ShowTheirs) {
                m_r = *stored;
                fill(*stored);
                m_error->hide();
                return;
            }
        }
    }
    if (!saved) {
        m_error->setText(saved.error().message);
        m_error->show();
        return;
    }
    m_workspace.notifyChanged();
    QDialog::accept();
}

} // namespace cd
