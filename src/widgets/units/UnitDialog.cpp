#include "widgets/units/UnitDialog.h"

#include "services/Json.h"
#include "services/UnitService.h"
#include "ui_UnitDialog.h"
#include "widgets/common/StaleEdit.h"
#include "widgets/common/Workspace.h"

#include <QPushButton>

namespace cd {

UnitDialog::UnitDialog(Workspace& workspace, const Unit& unit, const QStringList& categories, QWidget* parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::UnitDialog>()), m_workspace(workspace), m_unit(unit)
{
    m_ui->setupUi(this);
    setWindowTitle(unit.id ? tr("Edit unit") : tr("New unit"));
    m_ui->categoryCombo->addItems(categories);
    fill(unit);
    m_ui->errorLabel->hide();
    auto* save = m_ui->buttonBox->button(QDialogButtonBox::Save);
    save->setEnabled(!unit.name.trimmed().isEmpty());
    connect(m_ui->nameEdit, &QLineEdit::textChanged, save, [save](const QString& t) { save->setEnabled(!t.trimmed().isEmpty()); });
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &UnitDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

UnitDialog::~UnitDialog() = default;

void UnitDialog::fill(const Unit& unit)
{
    m_ui->nameEdit->setText(unit.name);
    m_ui->shortNameEdit->setText(unit.shortName);
    m_ui->categoryCombo->setCurrentText(unit.category);
    m_ui->headEdit->setText(unit.head);
    m_ui->deputyEdit->setText(unit.deputy);
    m_ui->secretaryEdit->setText(unit.secretary);
    m_ui->phoneEdit->setText(unit.phone);
    m_ui->activeCheck->setChecked(unit.active);
}

Unit UnitDialog::edited() const
{
    Unit u = m_unit;
    u.name = m_ui->nameEdit->text();
    u.shortName = m_ui->shortNameEdit->text();
    u.category = m_ui->categoryCombo->currentText();
    u.head = m_ui->headEdit->text();
    u.deputy = m_ui->deputyEdit->text();
    u.secretary = m_ui->secretaryEdit->text();
    u.phone = m_ui->phoneEdit->text();
    u.active = m_ui->activeCheck->isChecked();
    return u;
}

void UnitDialog::accept()
{
    UnitService service(m_workspace.context());
    const Unit u = edited();
    Status result;
    if (u.id == 0) {
        auto id = service.add(u);
        if (id) m_unit.id = *id;
        else result = fail(id.error());
    } else {
        result = service.update(u, &m_unit);
    }
    if (!result && staleedit::isStale(result.error())) {
        // Someone changed the unit meanwhile: both shown, and the person chooses.
        std::optional<Unit> stored;
        for (const auto& x : service.list())
            if (x.id == m_unit.id) stored = x;
        if (stored) {
            const auto choice = staleedit::ask(this, windowTitle(), result.error(), json::of(m_unit), json::of(*stored), json::of(u));
            if (choice == staleedit::Choice::ApplyMine) {
                // What this person changed, applied again on top of theirs, knowingly.
                fill(staleedit::mineOnTop(*stored, m_unit, u, &Unit::name, &Unit::shortName, &Unit::category, &Unit::head, &Unit::deputy,
                                          &Unit::secretary, &Unit::phone, &Unit::active));
                m_unit = *stored;
                return accept();
            }
            if (choice == staleedit::Choice::ShowTheirs) {
                m_unit = *stored;
                fill(*stored);
                m_ui->errorLabel->hide();
                return;
            }
        }
    }
    if (!result) {
        m_ui->errorLabel->setText(result.error().message);
        m_ui->errorLabel->show();
        return;
    }
    m_workspace.notifyChanged();
    QDialog::accept();
}

} // namespace cd
