#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QSortFilterProxyModel;
class QTableWidget;
class QTreeView;

class QPushButton;

namespace cd {

class TaskTreeModel;
class Workspace;

// The campaign: its four pillars with their tasks as a tree, units' own tasks, and the
// calendar of monthly, quarterly and annual checkpoints.
class CampaignPage : public QWidget
{
    Q_OBJECT
public:
    explicit CampaignPage(Workspace& workspace, QWidget* parent = nullptr);
    void reload();
    QTreeView* tree() const { return m_tree; }
    TaskTreeModel* model() const { return m_model; }

private:
    QPushButton* m_addOwn;
    QPushButton* m_editTask;
    void addOwnTask();
    void editCurrent();

    Workspace& m_workspace;
    QLabel* m_heading;
    QLineEdit* m_filter;
    TaskTreeModel* m_model;
    QSortFilterProxyModel* m_proxy;
    QTreeView* m_tree;
    QTableWidget* m_periods;
};

} // namespace cd
