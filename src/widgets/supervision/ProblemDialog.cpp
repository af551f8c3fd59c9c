#include "widgets/supervision/ProblemDialog.h"

#include "services/SupervisionService.h"
#include "services/UnitService.h"
#include "widgets/common/TableViews.h"
#include "widgets/common/Workspace.h"
#include "widgets/common/Dialogs.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QVBoxLayout>

namespace cd {

ProblemDialog::ProblemDialog(Workspace& workspace, qint64 visitId, QWidget* parent)
    : QDialog(parent), m_workspace(workspace), m_visitId(visitId)
{
    setWindowTitle(visitId ? tr("Finding → problem line") : tr("New problem line"));
    resize(560, 420);
    auto* unit = new QComboBox;
    unit->setObjectName(QStringLiteral("unitCombo"));
    for (const auto& u : UnitService(workspace.context()).list())
        if (u.active) unit->addItem(u.name, u.id);
    views::makeSearchable(unit);
    unit->setEnabled(visitId == 0);
    auto* pillar = new QComboBox;
    pillar->setObjectName(QStringLiteral("pillarCombo"));
    for (Pillar p : kAllPillars) pillar->addItem(displayName(p), int(p));
    auto* description = new QPlainTextEdit;
    description->setObjectName(QStringLiteral("descriptionEdit"));
    description->setPlaceholderText(visitId ? tr("Leave empty to use the finding") : QString());
    description->setTabChangesFocus(true);
    auto* measure = new QLineEdit;
    measure->setObjectName(QStringLiteral("measureEdit"));
    auto* responsible = new QLineEdit;
    responsible->setObjectName(QStringLiteral("responsibleEdit"));
    auto* deadline = new QDateEdit(workspace.context().clock.today().addDays(30));
    deadline->setObjectName(QStringLiteral("deadlineEdit"));
    deadline->setCalendarPopup(true);
    deadline->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    auto* severity = new QComboBox;
    severity->setObjectName(QStringLiteral("severityCombo"));
    severity->addItem(tr("Normal"), int(Severity::Normal));
    severity->addItem(tr("Serious"), int(Severity::Serious));
    severity->addItem(tr("Minor"), int(Severity::Minor));
    auto* error = dialogs::errorLabel();
    auto* form = new QFormLayout;
    form->addRow(tr("&Unit"), unit);
    form->addRow(tr("P&illar"), pillar);
    form->addRow(tr("&Problem"), description);
    form->addRow(tr("&Measure"), measure);
    form->addRow(tr("&Responsible"), responsible);
    form->addRow(tr("&Deadline"), deadline);
    form->addRow(tr("&Severity"), severity);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, &ProblemDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(error);
    layout->addWidget(buttons);
}

void ProblemDialog::accept()
{
    Problem p;
    p.unitId = findChild<QComboBox*>(QStringLiteral("unitCombo"))->currentData().toLongLong();
    p.pillar = Pillar(findChild<QComboBox*>(QStringLiteral("pillarCombo"))->currentData().toInt());
    p.source = m_visitId ? ProblemSource::Inspection : ProblemSource::Other;
    p.description = findChild<QPlainTextEdit*>(QStringLiteral("descriptionEdit"))->toPlainText();
    p.measure = findChild<QLineEdit*>(QStringLiteral("measureEdit"))->text();
    p.responsible = findChild<QLineEdit*>(QStringLiteral("responsibleEdit"))->text();
    p.deadline = findChild<QDateEdit*>(QStringLiteral("deadlineEdit"))->date();
    p.severity = Severity(findChild<QComboBox*>(QStringLiteral("severityCombo"))->currentData().toInt());
    SupervisionService service(m_workspace.context());
    auto id = m_visitId ? service.problemFromFinding(m_visitId, p) : service.addProblem(p);
    if (!id) {
        auto* error = findChild<QLabel*>(QStringLiteral("errorLabel"));
        error->setText(id.error().message);
        error->show();
        return;
    }
    m_workspace.notifyChanged();
    QDialog::accept();
}

} // namespace cd
