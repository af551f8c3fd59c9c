#include "widgets/units/GroupDialog.h"

#include "services/GroupService.h"
#include "widgets/common/Dialogs.h"
#include "widgets/common/Workspace.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace cd {

GroupDialog::GroupDialog(Workspace& workspace, UnitGroup group, const QString& path, QWidget* parent)
    : QDialog(parent), m_workspace(workspace), m_group(std::move(group)), m_name(new QLineEdit(m_group.name, this)),
      m_short(new QLineEdit(m_group.shortName, this)), m_kind(new QComboBox(this)), m_office(new QLineEdit(m_group.officeName, this)),
      m_addressee(new QLineEdit(m_group.addressee, this))
{
    setWindowTitle(tr("Group %1").arg(path));
    setObjectName(QStringLiteral("groupDialog"));
    for (auto k : {GroupKind::Region, GroupKind::System, GroupKind::Other}) m_kind->addItem(displayName(k), toId(k));
    m_kind->setCurrentIndex(m_kind->findData(toId(m_group.kind)));
    m_office->setPlaceholderText(tr("e.g. 河安县“三抓一促”活动领导小组办公室"));
    m_addressee->setPlaceholderText(tr("e.g. 各乡镇、县直各单位"));
    m_office->setMinimumWidth(360);
    auto* form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Short name:"), m_short);
    form->addRow(tr("&Kind:"), m_kind);
    form->addRow(tr("&Office:"), m_office);
    form->addRow(tr("&Addressed to:"), m_addressee);
    auto* note = new QLabel(tr("The office issues this part's documents; they are addressed to the units named here."), this);
    note->setWordWrap(true);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &GroupDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &GroupDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(note);
    layout->addWidget(buttons);
}

void GroupDialog::accept()
{
    UnitGroup g = m_group;
    g.name = m_name->text();
    g.shortName = m_short->text();
    g.kind = groupKindFromId(m_kind->currentData().toString()).value_or(GroupKind::Other);
    g.officeName = m_office->text();
    g.addressee = m_addressee->text();
    if (auto s = GroupService(m_workspace.context()).update(g); !s) {
        dialogs::warning(this, windowTitle(), s.error().message);
        return; // the dialog stays open with what was typed
    }
    QDialog::accept();
}

} // namespace cd
