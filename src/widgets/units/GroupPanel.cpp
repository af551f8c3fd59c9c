#include "widgets/units/GroupPanel.h"

#include "services/GroupService.h"
#include "widgets/common/Dialogs.h"
#include "widgets/common/Offer.h"
#include "widgets/common/Workspace.h"
#include "widgets/units/GroupDialog.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace cd {
namespace {

constexpr int kGroupRole = Qt::UserRole + 1; // the group's id; -1 every unit, 0 the units in no group

} // namespace

GroupPanel::GroupPanel(Workspace& workspace, QWidget* parent)
    : QWidget(parent), m_workspace(workspace), m_tree(new QTreeWidget(this)), m_add(new QPushButton(tr("New gro&up…"), this)),
      m_edit(new QPushButton(tr("Edit…"), this)), m_remove(new QPushButton(tr("Remove"), this))
{
    m_tree->setObjectName(QStringLiteral("groupTree"));
    m_tree->setHeaderLabels({tr("Group"), tr("Units")});
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_tree->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_tree->setRootIsDecorated(true);
    m_add->setObjectName(QStringLiteral("addGroupButton"));
    m_edit->setObjectName(QStringLiteral("editGroupButton"));
    m_remove->setObjectName(QStringLiteral("removeGroupButton"));
    m_edit->setToolTip(tr("The group's name, kind, the office that runs it and whom its documents address"));
    auto* buttons = new QHBoxLayout;
    for (auto* b : {m_add, m_edit, m_remove}) buttons->addWidget(b);
    buttons->addStretch();
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tree);
    layout->addLayout(buttons);
    connect(m_tree, &QTreeWidget::currentItemChanged, this, [this] {
        updateActions();
        emit scopeChanged();
    });
    connect(m_tree, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem* item) {
        if (item && item->data(0, kGroupRole).toLongLong() > 0) editGroup();
    });
    connect(m_add, &QPushButton::clicked, this, &GroupPanel::addGroup);
    connect(m_edit, &QPushButton::clicked, this, &GroupPanel::editGroup);
    connect(m_remove, &QPushButton::clicked, this, &GroupPanel::removeGroup);
}

void GroupPanel::reload()
{
    const qint64 chosen = m_tree->currentItem() ? m_tree->currentItem()->data(0, kGroupRole).toLongLong() : -1;
    QSignalBlocker block(m_tree);
    m_tree->clear();
    if (!m_workspace.isOpen()) return;
    GroupService groups(m_workspace.context());
    const auto overview = groups.overview();
    auto* all = new QTreeWidgetItem(m_tree, {tr("All units"), QString()});
    all->setData(0, kGroupRole, qint64(-1));
    QHash<qint64, QTreeWidgetItem*> items;
    for (const auto& g : overview) {
        QTreeWidgetItem* parent = items.value(g.group.parentId, nullptr);
        auto* item = parent ? new QTreeWidgetItem(parent) : new QTreeWidgetItem(m_tree);
        item->setText(0, g.group.name);
        item->setText(1, QString::number(g.allUnits));
        item->setTextAlignment(1, Qt::AlignRight | Qt::AlignVCenter);
        item->setToolTip(0, g.group.officeName.isEmpty() ? g.path : g.path + QLatin1Char('\n') + g.group.officeName);
        item->setData(0, kGroupRole, g.group.id);
        items.insert(g.group.id, item);
    }
    // The units in no group, where the campaign has groups at all.
    if (!overview.isEmpty()) {
        auto* none = new QTreeWidgetItem(m_tree, {tr("Not in a group"), QString()});
        none->setData(0, kGroupRole, qint64(0));
        none->setToolTip(0, tr("The units placed in no group"));
    }
    m_tree->expandToDepth(0);
    QTreeWidgetItem* current = all;
    for (QTreeWidgetItemIterator it(m_tree); *it; ++it)
        if ((*it)->data(0, kGroupRole).toLongLong() == chosen) current = *it;
    m_tree->setCurrentItem(current);
    updateActions();
}

qint64 GroupPanel::currentGroupId() const
{
    const QTreeWidgetItem* item = m_tree->currentItem();
    return item ? std::max<qint64>(0, item->data(0, kGroupRole).toLongLong()) : 0;
}

std::optional<QSet<qint64>> GroupPanel::scope() const
{
    const QTreeWidgetItem* item = m_tree->currentItem();
    if (!item) return std::nullopt;
    const qint64 id = item->data(0, kGroupRole).toLongLong();
    if (id < 0) return std::nullopt;
    if (id == 0) return QSet<qint64>{0};
    QSet<qint64> out;
    const std::function<void(const QTreeWidgetItem*)> collect = [&](const QTreeWidgetItem* i) {
        out.insert(i->data(0, kGroupRole).toLongLong());
        for (int c = 0; c < i->childCount(); ++c) collect(i->child(c));
    };
    collect(item);
    return out;
}

void GroupPanel::updateActions()
{
    offer(m_workspace, Operation::ManageSetup, {m_add, m_edit, m_remove});
    const bool group = currentGroupId() > 0;
    m_edit->setEnabled(m_edit->isEnabled() && group);
    m_remove->setEnabled(m_remove->isEnabled() && group);
}

void GroupPanel::addGroup()
{
    if (!m_workspace.isOpen() || !m_workspace.can(Operation::ManageSetup)) return;
    GroupService groups(m_workspace.context());
    const GroupTree tree = groups.tree();
    const QString under = currentGroupId() > 0 ? tree.path(currentGroupId()) + GroupTree::kSeparator : QString();
    bool ok = false;
    const QString path = QInputDialog::getText(this, tr("New group"),
                                               tr("The new group's path, its levels between \"/\" (e.g. 河安县/政府部门); the levels above it are made as needed:"),
                                               QLineEdit::Normal, under, &ok);
    if (!ok || path.trimmed().isEmpty()) return;
    auto id = groups.add(path);
    if (!id) {
        dialogs::warning(this, tr("New group"), id.error().message);
        return;
    }
    m_workspace.notifyChanged();
    for (QTreeWidgetItemIterator it(m_tree); *it; ++it)
        if ((*it)->data(0, kGroupRole).toLongLong() == *id) m_tree->setCurrentItem(*it);
}

void GroupPanel::editGroup()
{
    if (!m_workspace.can(Operation::ManageSetup) || currentGroupId() <= 0) return;
    const GroupTree tree = GroupService(m_workspace.context()).tree();
    const UnitGroup* g = tree.byId(currentGroupId());
    if (!g) return;
    GroupDialog dialog(m_workspace, *g, tree.path(g->id), this);
    if (dialog.exec() == QDialog::Accepted) m_workspace.notifyChanged();
}

void GroupPanel::removeGroup()
{
    if (!m_workspace.can(Operation::ManageSetup) || currentGroupId() <= 0) return;
    GroupService groups(m_workspace.context());
    const QString path = groups.tree().path(currentGroupId());
    if (dialogs::question(this, tr("Remove group"), tr("Remove the group %1? Only an empty group can go.").arg(path),
                          QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel) != QMessageBox::Yes)
        return;
    if (auto s = groups.remove(currentGroupId()); !s) {
        dialogs::warning(this, tr("Remove group"), s.error().message);
        return;
    }
    m_workspace.notifyChanged();
}

} // namespace cd
