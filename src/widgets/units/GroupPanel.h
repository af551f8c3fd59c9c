#pragma once

#include <QSet>
#include <QWidget>
#include <optional>

class QPushButton;
class QTreeWidget;

namespace cd {

class Workspace;

// The tree of groups (分组) beside the units table: choosing a group shows the units in it and
// below it. The office adds, edits and removes groups here.
class GroupPanel : public QWidget
{
    Q_OBJECT
public:
    explicit GroupPanel(Workspace& workspace, QWidget* parent = nullptr);

    void reload();
    // The groups whose units are shown: the chosen group and every group under it; {0} for the
    // units in no group; nullopt for every unit.
    std::optional<QSet<qint64>> scope() const;
    // The chosen group, 0 for none (every unit, or the units in no group).
    qint64 currentGroupId() const;
    QTreeWidget* tree() const { return m_tree; }

    void addGroup();
    void editGroup();
    void removeGroup();

signals:
    void scopeChanged();

private:
    void updateActions();

    Workspace& m_workspace;
    QTreeWidget* m_tree;
    QPushButton* m_add;
    QPushButton* m_edit;
    QPushButton* m_remove;
};

} // namespace cd
