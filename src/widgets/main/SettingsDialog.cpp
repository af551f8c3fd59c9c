#include "widgets/main/SettingsDialog.h"

#include "services/SettingsService.h"
#include "widgets/common/Workspace.h"
#include "widgets/common/Dialogs.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace cd {
namespace {
QSpinBox* spin(const char* name, int low, int high, int value, const QString& suffix)
{
    auto* s = new QSpinBox;
    s->setObjectName(QString::fromLatin1(name));
    s->setRange(low, high);
    s->setValue(value);
    s->setSuffix(suffix);
    return s;
}
} // namespace

SettingsDialog::SettingsDialog(Workspace& workspace, QWidget* parent) : QDialog(parent), m_workspace(workspace)
{
    setWindowTitle(tr("Campaign settings"));
    m_asRead = SettingsService(workspace.context()).current();
    const CampaignSettings& s = m_asRead;
    const bool editable = workspace.can(Operation::CoordinateAll);

    auto* lights = new QGroupBox(tr("Dashboard lights"));
    auto* lightForm = new QFormLayout(lights);
    lightForm->addRow(tr("&Yellow from"), spin("behindYellow", 1, 99, s.lights.behindYellow, tr(" task(s) behind schedule")));
    lightForm->addRow(tr("&Red from"), spin("behindRed", 1, 99, s.lights.behindRed, tr(" task(s) behind schedule")));
    lightForm->addRow(tr("&Warn before a deadline"),
                      spin("warnDays", 0, CampaignSettings::kMaxWarnDays, s.lights.warnDays, tr(" day(s)")));
    auto* rule = new QLabel(tr("A pillar is red with an overdue problem line or the latest report missing, yellow with a late "
                               "report or a deadline within the warning days."));
    rule->setWordWrap(true);
    lightForm->addRow(rule);

    auto* ledger = new QGroupBox(tr("Problem ledger"));
    auto* ledgerForm = new QVBoxLayout(ledger);
    auto* fixer = new QCheckBox(tr("Whoever reported a fix may also &verify and strike off the line"));
    fixer->setObjectName(QStringLiteral("fixerMayVerify"));
    fixer->setChecked(s.fixerMayVerify);
    ledgerForm->addWidget(fixer);

    auto* evidence = new QGroupBox(tr("Evidence"));
    auto* evidenceForm = new QFormLayout(evidence);
    evidenceForm->addRow(tr("&Largest file"), spin("attachmentLimit", 1, CampaignSettings::kMaxAttachmentMb, s.attachmentLimitMb,
                                                   QStringLiteral(" MB")));

    // Whom a unit asks about the office's notices.
    auto* contact = new QGroupBox(tr("Notices"));
    auto* contactForm = new QFormLayout(contact);
    auto* name = new QLineEdit(s.contactName);
    name->setObjectName(QStringLiteral("contactName"));
    name->setMaxLength(CampaignSettings::kMaxContact);
    name->setPlaceholderText(tr("the leading group's office"));
    auto* phone = new QLineEdit(s.contactPhone);
    phone->setObjectName(QStringLiteral("contactPhone"));
    phone->setMaxLength(30);
    contactForm->addRow(tr("&Contact"), name);
    contactForm->addRow(tr("Tele&phone"), phone);

    auto* error = dialogs::errorLabel();
    auto* buttons = new QDialogButtonBox(editable ? QDialogButtonBox::Save | QDialogButtonBox::Cancel : QDialogButtonBox::Close);
    connect(buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    for (QWidget* w : {static_cast<QWidget*>(lights), static_cast<QWidget*>(ledger), static_cast<QWidget*>(evidence), static_cast<QWidget*>(contact)})
        w->setEnabled(editable);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(lights);
    layout->addWidget(ledger);
    layout->addWidget(evidence);
    layout->addWidget(contact);
    if (!editable) layout->addWidget(new QLabel(tr("Only the office and administrators change these.")));
    layout->addWidget(error);
    layout->addWidget(buttons);
}

void SettingsDialog::accept()
{
    CampaignSettings s;
    s.lights.behindYellow = findChild<QSpinBox*>(QStringLiteral("behindYellow"))->value();
    s.lights.behindRed = findChild<QSpinBox*>(QStringLiteral("behindRed"))->value();
    s.lights.warnDays = findChild<QSpinBox*>(QStringLiteral("warnDays"))->value();
    s.fixerMayVerify = findChild<QCheckBox*>(QStringLiteral("fixerMayVerify"))->isChecked();
    s.attachmentLimitMb = findChild<QSpinBox*>(QStringLiteral("attachmentLimit"))->value();
    s.contactName = findChild<QLineEdit*>(QStringLiteral("contactName"))->text().trimmed();
    s.contactPhone = findChild<QLineEdit*>(QStringLiteral("contactPhone"))->text().trimmed();
    if (auto r = SettingsService(m_workspace.context()).save(s, &m_asRead); !r) {
        auto* error = findChild<QLabel*>(QStringLiteral("errorLabel"));
        error->setText(r.error().message);
        error->show();
        return;
    }
    m_workspace.notifyChanged();
    QDialog::accept();
}

} // namespace cd
