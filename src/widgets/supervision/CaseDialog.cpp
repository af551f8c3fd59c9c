#include "widgets/supervision/CaseDialog.h"

#include "services/SupervisionService.h"
#include "services/UnitService.h"
#include "widgets/common/TableViews.h"
#include "widgets/common/Workspace.h"
#include "widgets/common/Dialogs.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QRadioButton>
#include <QVBoxLayout>

namespace cd {

CaseDialog::CaseDialog(Workspace& workspace, QWidget* parent) : QDialog(parent), m_workspace(workspace)
{
    setWindowTitle(tr("New typical case"));
    resize(600, 480);
    auto* unit = new QComboBox;
    unit->setObjectName(QStringLiteral("unitCombo"));
    for (const auto& u : UnitService(workspace.context()).list())
        if (u.active) unit->addItem(u.name, u.id);
    views::makeSearchable(unit);
    unit->completer()->setCompletionMode(QCompleter::PopupCompletion);
    auto* pillar = new QComboBox;
    pillar->setObjectName(QStringLiteral("pillarCombo"));
    for (Pillar p : kAllPillars) pillar->addItem(displayName(p), int(p));
    auto* positive = new QRadioButton(tr("&Positive (good practice)"));
    positive->setObjectName(QStringLiteral("positiveRadio"));
    positive->setChecked(true);
    auto* negative = new QRadioButton(tr("&Negative (exposed)"));
    negative->setObjectName(QStringLiteral("negativeRadio"));
    auto* kinds = new QButtonGroup(this);
    kinds->addButton(positive);
    kinds->addButton(negative);
    auto* kindRow = new QHBoxLayout;
    kindRow->addWidget(positive);
    kindRow->addWidget(negative);
    kindRow->addStretch();
    auto* title = new QLineEdit;
    title->setObjectName(QStringLiteral("titleEdit"));
    auto* date = new QDateEdit(workspace.context().clock.today());
    date->setObjectName(QStringLiteral("dateEdit"));
    date->setCalendarPopup(true);
    date->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    auto* text = new QPlainTextEdit;
    text->setObjectName(QStringLiteral("textEdit"));
    text->setTabChangesFocus(true);
    auto* publish = new QCheckBox(tr("Pu&blish now (the bulletin and the assessment use published cases)"));
    publish->setObjectName(QStringLiteral("publishCheck"));
    auto* form = new QFormLayout;
    form->addRow(tr("&Unit"), unit);
    form->addRow(tr("P&illar"), pillar);
    form->addRow(tr("Kind"), kindRow);
    form->addRow(tr("&Title"), title);
    form->addRow(tr("&Date"), date);
    form->addRow(tr("&What happened"), text);
    form->addRow(QString(), publish);
    auto* error = dialogs::errorLabel();
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, &CaseDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(error);
    layout->addWidget(buttons);
}

void CaseDialog::accept()
{
    auto* unit = findChild<QComboBox*>(QStringLiteral("unitCombo"));
    auto* error = findChild<QLabel*>(QStringLiteral("errorLabel"));
    const int index = unit->findText(unit->currentText().trimmed());
    if (index < 0) {
        error->setText(tr("Choose a unit from the list."));
        error->show();
        return;
    }
    TypicalCase c;
    c.unitId = unit->itemData(index).toLongLong();
    c.pillar = Pillar(findChild<QComboBox*>(QStringLiteral("pillarCombo"))->currentData().toInt());
    c.positive = findChild<QRadioButton*>(QStringLiteral("positiveRadio"))->isChecked();
    c.title = findChild<QLineEdit*>(QStringLiteral("titleEdit"))->text();
    c.date = findChild<QDateEdit*>(QStringLiteral("dateEdit"))->date();
    c.text = findChild<QPlainTextEdit*>(QStringLiteral("textEdit"))->toPlainText().trimmed();
    c.published = findChild<QCheckBox*>(QStringLiteral("publishCheck"))->isChecked();
    auto id = SupervisionService(m_workspace.context()).addCase(c);
    if (!id) {
        error->setText(id.error().message);
        error->show();
        return;
    }
    m_workspace.notifyChanged();
    QDialog::accept();
}

} // namespace cd
