#include "widgets/main/SettingsDialog.h"

#include "services/SettingsService.h"
#include "widgets/common/Workspace.h"
#include "widgets/common/Dialogs.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace cd {
namespace {
// The seal boxes' names, in the order of settings::sealKeys().
const char* const kSealBoxes[] = {"sealBulletin", "sealNotices", "sealAssessment", "sealRegisters"};

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
    auto* lightBox = new QVBoxLayout(lights);
    auto* lightForm = new QFormLayout;
    lightBox->addLayout(lightForm);
    lightForm->addRow(tr("&Yellow from"), spin("behindYellow", 1, 99, s.lights.behindYellow, tr(" task(s) behind schedule")));
    lightForm->addRow(tr("&Red from"), spin("behindRed", 1, 99, s.lights.behindRed, tr(" task(s) behind schedule")));
    lightForm->addRow(tr("&Warn before a deadline"),
                      spin("warnDays", 0, CampaignSettings::kMaxWarnDays, s.lights.warnDays, tr(" day(s)")));
    auto* rule = new QLabel(tr("A pillar is red with an overdue problem line or the latest report missing, yellow with a late "
                               "report or a deadline within the warning days."));
    rule->setWordWrap(true);
    lightBox->addWidget(rule); // under the form: a form's row does not grow with wrapped text

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

    // Which documents the office seals (加盖印章): each kind is signed by its own rule.
    auto* seal = new QGroupBox(tr("Seal on printed documents"));
    auto* sealGrid = new QGridLayout(seal);
    const QString kinds[] = {tr("&Bulletins"), tr("&Notices"), tr("&Assessment tables"), tr("Re&gisters and lists")};
    const auto keys = settings::sealKeys();
    for (int i = 0; i < 4; ++i) {
        auto* box = new QCheckBox(kinds[i]);
        box->setObjectName(QLatin1String(kSealBoxes[i]));
        box->setChecked(s.seals.*(keys[i].second));
        sealGrid->addWidget(box, i / 2, i % 2);
    }
    auto* sealRule = new QLabel(tr("Sealed: the date four characters in from the right, the office centred over it. "
                                   "Not sealed: the office two characters in, the date on the line below."));
    sealRule->setWordWrap(true);
    sealGrid->addWidget(sealRule, 2, 0, 1, 2);

    auto* error = dialogs::errorLabel();
    auto* buttons = new QDialogButtonBox(editable ? QDialogButtonBox::Save | QDialogButtonBox::Cancel : QDialogButtonBox::Close);
    connect(buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    for (QWidget* w : {static_cast<QWidget*>(lights), static_cast<QWidget*>(ledger), static_cast<QWidget*>(evidence), static_cast<QWidget*>(contact),
                       static_cast<QWidget*>(seal)})
        w->setEnabled(editable);

    // Two columns: how the campaign is tracked on the left, its documents on the right, so that
    // the dialog fits a laptop's screen.
    auto* layout = new QVBoxLayout(this);
    auto* columns = new QHBoxLayout;
    auto* tracking = new QVBoxLayout;
    tracking->addWidget(lights);
    tracking->addWidget(ledger);
    tracking->addWidget(evidence);
    tracking->addStretch();
    auto* documents = new QVBoxLayout;
    documents->addWidget(contact);
    documents->addWidget(seal);
    documents->addStretch();
    columns->addLayout(tracking, 1);
    columns->addLayout(documents, 1);
    layout->addLayout(columns);
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
    const auto keys = settings::sealKeys();
    for (int i = 0; i < 4; ++i) s.seals.*(keys[i].second) = findChild<QCheckBox*>(QLatin1String(kSealBoxes[i]))->isChecked();
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
