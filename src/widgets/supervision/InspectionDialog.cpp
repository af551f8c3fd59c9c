#include "widgets/supervision/InspectionDialog.h"

#include "domain/PeriodCalendar.h"
#include "services/SupervisionService.h"
#include "services/UnitService.h"
#include "widgets/common/Workspace.h"
#include "widgets/common/Dialogs.h"

#include <QComboBox>
#include <QCompleter>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace cd {
namespace {
constexpr int kFindingsRole = Qt::UserRole + 1;
constexpr int kRatingRole = Qt::UserRole + 2;

QString quarterOf(const QDate& d) { return PeriodCalendar::code({PeriodKind::Quarter, d.year(), (d.month() - 1) / 3 + 1}); }
} // namespace

InspectionDialog::InspectionDialog(Workspace& workspace, QWidget* parent)
    : QDialog(parent), m_workspace(workspace), m_unitPicker(new QComboBox), m_visits(new QListWidget), m_rating(new QComboBox),
      m_findings(new QPlainTextEdit)
{
    setWindowTitle(tr("New inspection"));
    resize(760, 560);
    const QDate today = workspace.context().clock.today();

    auto* title = new QLineEdit(tr("Supervision of the campaign, %1").arg(quarterOf(today)));
    title->setObjectName(QStringLiteral("titleEdit"));
    auto* kind = new QComboBox;
    kind->setObjectName(QStringLiteral("kindCombo"));
    for (InspectionKind k : {InspectionKind::Routine, InspectionKind::Special, InspectionKind::Spot}) kind->addItem(displayName(k), int(k));
    auto* date = new QDateEdit(today);
    date->setObjectName(QStringLiteral("dateEdit"));
    date->setCalendarPopup(true);
    date->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    auto* quarter = new QLabel(quarterOf(today));
    connect(date, &QDateEdit::dateChanged, quarter, [quarter](const QDate& d) { quarter->setText(quarterOf(d)); });
    auto* inspectors = new QLineEdit;
    inspectors->setObjectName(QStringLiteral("inspectorsEdit"));
    inspectors->setPlaceholderText(tr("Names, separated by commas"));
    auto* form = new QFormLayout;
    form->addRow(tr("&Title"), title);
    form->addRow(tr("&Kind"), kind);
    form->addRow(tr("&Date"), date);
    form->addRow(tr("Quarter"), quarter);
    form->addRow(tr("&Inspectors"), inspectors);

    // Units visited: pick by typing part of a name, then write what was found.
    m_unitPicker->setEditable(true);
    m_unitPicker->setInsertPolicy(QComboBox::NoInsert);
    for (const auto& u : UnitService(workspace.context()).list())
        if (u.active) m_unitPicker->addItem(u.name, u.id);
    m_unitPicker->setCurrentIndex(-1);
    m_unitPicker->completer()->setFilterMode(Qt::MatchContains);
    m_unitPicker->completer()->setCompletionMode(QCompleter::PopupCompletion);
    m_unitPicker->lineEdit()->setPlaceholderText(tr("Type part of a unit's name"));
    auto* add = new QPushButton(tr("&Add visit"));
    auto* remove = new QPushButton(tr("&Remove visit"));
    connect(add, &QPushButton::clicked, this, [this] { addVisit(m_unitPicker->currentText()); });
    connect(m_unitPicker->lineEdit(), &QLineEdit::returnPressed, this, [this] { addVisit(m_unitPicker->currentText()); });
    connect(remove, &QPushButton::clicked, this, [this] {
        const int row = m_visits->currentRow();
        if (row < 0) return;
        m_shown = -1;
        delete m_visits->takeItem(row);
        showVisit();
    });
    m_visits->setObjectName(QStringLiteral("visitList"));
    m_rating->setObjectName(QStringLiteral("ratingCombo"));
    m_rating->setEditable(true);
    m_rating->addItems({tr("Good"), tr("Fairly good"), tr("Fair"), tr("Poor")});
    m_findings->setObjectName(QStringLiteral("findingsEdit"));
    m_findings->setTabChangesFocus(true);
    m_findings->setPlaceholderText(tr("What the inspectors found at this unit"));
    connect(m_visits, &QListWidget::currentRowChanged, this, [this] {
        keepVisit();
        showVisit();
    });
    connect(m_findings, &QPlainTextEdit::textChanged, this, &InspectionDialog::keepVisit);
    connect(m_rating, &QComboBox::currentTextChanged, this, &InspectionDialog::keepVisit);

    auto* pick = new QHBoxLayout;
    pick->addWidget(m_unitPicker, 1);
    pick->addWidget(add);
    pick->addWidget(remove);
    auto* visitForm = new QFormLayout;
    visitForm->addRow(tr("Ratin&g"), m_rating);
    visitForm->addRow(tr("&Findings"), m_findings);
    auto* visits = new QHBoxLayout;
    visits->addWidget(m_visits, 2);
    visits->addLayout(visitForm, 3);

    auto* error = dialogs::errorLabel();
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, &InspectionDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    // Enter in the unit picker adds a visit; it must not save the dialog.
    buttons->button(QDialogButtonBox::Save)->setAutoDefault(false);
    buttons->button(QDialogButtonBox::Save)->setDefault(false);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(new QLabel(tr("Units visited")));
    layout->addLayout(pick);
    layout->addLayout(visits, 1);
    layout->addWidget(error);
    layout->addWidget(buttons);
    showVisit();
}

bool InspectionDialog::addVisit(const QString& unitName)
{
    const int index = m_unitPicker->findText(unitName.trimmed());
    if (index < 0) return false;
    const qint64 unit = m_unitPicker->itemData(index).toLongLong();
    for (int i = 0; i < m_visits->count(); ++i)
        if (m_visits->item(i)->data(Qt::UserRole).toLongLong() == unit) {
            m_visits->setCurrentRow(i); // already listed: go to it
            return true;
        }
    auto* item = new QListWidgetItem(m_unitPicker->itemText(index), m_visits);
    item->setData(Qt::UserRole, unit);
    item->setData(kRatingRole, m_rating->itemText(0));
    m_visits->setCurrentItem(item);
    m_unitPicker->setCurrentIndex(-1);
    m_unitPicker->clearEditText();
    m_findings->setFocus();
    return true;
}

void InspectionDialog::keepVisit()
{
    if (m_shown < 0 || m_shown >= m_visits->count()) return;
    QListWidgetItem* item = m_visits->item(m_shown);
    item->setData(kFindingsRole, m_findings->toPlainText());
    item->setData(kRatingRole, m_rating->currentText());
}

void InspectionDialog::showVisit()
{
    const int row = m_visits->currentRow();
    m_shown = -1; // no keeping while the editors are filled
    QListWidgetItem* item = row >= 0 ? m_visits->item(row) : nullptr;
    m_findings->setEnabled(item);
    m_rating->setEnabled(item);
    m_findings->setPlainText(item ? item->data(kFindingsRole).toString() : QString());
    m_rating->setCurrentText(item ? item->data(kRatingRole).toString() : QString());
    m_shown = row;
}

void InspectionDialog::accept()
{
    keepVisit();
    Inspection i;
    i.title = findChild<QLineEdit*>(QStringLiteral("titleEdit"))->text();
    i.kind = InspectionKind(findChild<QComboBox*>(QStringLiteral("kindCombo"))->currentData().toInt());
    i.date = findChild<QDateEdit*>(QStringLiteral("dateEdit"))->date();
    i.inspectors = findChild<QLineEdit*>(QStringLiteral("inspectorsEdit"))->text().trimmed();
    for (int row = 0; row < m_visits->count(); ++row) {
        const QListWidgetItem* item = m_visits->item(row);
        i.visits.append({0, item->data(Qt::UserRole).toLongLong(), item->data(kFindingsRole).toString().trimmed(),
                         item->data(kRatingRole).toString().trimmed()});
    }
    auto* error = findChild<QLabel*>(QStringLiteral("errorLabel"));
    if (i.visits.isEmpty()) {
        error->setText(tr("Add at least one unit visited."));
        error->show();
        return;
    }
    auto id = SupervisionService(m_workspace.context()).addInspection(i);
    if (!id) {
        error->setText(id.error().message);
        error->show();
        return;
    }
    m_workspace.notifyChanged();
    QDialog::accept();
}

} // namespace cd
