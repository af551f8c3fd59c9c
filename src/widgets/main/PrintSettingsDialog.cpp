#include "widgets/main/PrintSettingsDialog.h"

#include "reports/PrintFonts.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace cd {

namespace {
const char* roleId(PageStyle::Role role)
{
    switch (role) {
    case PageStyle::Role::Title: return "title";
    case PageStyle::Role::Body: return "body";
    case PageStyle::Role::Heading1: return "heading1";
    case PageStyle::Role::Heading2: return "heading2";
    }
    return "";
}
} // namespace

PrintSettingsDialog::PrintSettingsDialog(QWidget* parent) : QDialog(parent)
{
    setWindowTitle(tr("Print settings"));
    auto* intro = new QLabel(tr("Printed documents use the official fonts where this computer has them (as WPS installs them), "
                                "otherwise fonts of the same kind. Choose another installed font for a role here; it applies "
                                "to documents printed on this computer, from the program and from the command line."));
    intro->setWordWrap(true);
    auto* form = new QFormLayout;
    const QStringList families = PrintFonts::installedChinese();
    for (PageStyle::Role role : PrintFonts::kRoles) {
        auto* combo = new QComboBox;
        combo->setObjectName(QStringLiteral("font_%1").arg(QLatin1String(roleId(role))));
        combo->addItem(tr("Automatic"), QString());
        for (const QString& f : families) combo->addItem(f, f);
        const int at = combo->findData(PrintFonts::chosen(role));
        combo->setCurrentIndex(at < 0 ? 0 : at);
        auto* used = new QLabel;
        used->setObjectName(QStringLiteral("used_%1").arg(QLatin1String(roleId(role))));
        auto* row = new QVBoxLayout;
        row->addWidget(combo);
        row->addWidget(used);
        m_combos.insert(role, combo);
        m_used.insert(role, used);
        auto* label = new QLabel(PrintFonts::roleName(role));
        label->setBuddy(combo);
        form->addRow(label, row);
        connect(combo, &QComboBox::currentIndexChanged, this, [this, role] { refresh(role); });
        refresh(role);
    }
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel | QDialogButtonBox::RestoreDefaults);
    connect(buttons, &QDialogButtonBox::accepted, this, &PrintSettingsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(buttons->button(QDialogButtonBox::RestoreDefaults), &QPushButton::clicked, this, [this] {
        for (auto* combo : std::as_const(m_combos)) combo->setCurrentIndex(0);
    });
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(buttons);
}

QString PrintSettingsDialog::shownFamily(PageStyle::Role role) const
{
    return m_used.value(role) ? m_used.value(role)->property("family").toString() : QString();
}

// What the documents will use with the row's choice, in that font: the automatic choice's
// stand-in is named, so nobody wonders why a WPS font is not in the PDF.
void PrintSettingsDialog::refresh(PageStyle::Role role)
{
    const QString picked = m_combos.value(role)->currentData().toString();
    const QString family = PageStyle::official().family(role, picked);
    QLabel* used = m_used.value(role);
    used->setProperty("family", family);
    used->setText(tr("Printed in: %1 — 三抓一促活动督查通报").arg(family));
    QFont sample(family);
    sample.setPointSizeF(used->font().pointSizeF() * 1.2);
    used->setFont(sample);
}

void PrintSettingsDialog::accept()
{
    for (auto it = m_combos.cbegin(); it != m_combos.cend(); ++it) PrintFonts::choose(it.key(), it.value()->currentData().toString());
    QDialog::accept();
}

} // namespace cd
