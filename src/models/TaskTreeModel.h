#pragma once

#include "domain/Entities.h"

#include <QAbstractItemModel>
#include <QHash>

namespace cd {

// The campaign as a tree: each pillar (and the organisation tasks) with its tasks.
class TaskTreeModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum Column { Title, Kind, Cadence, Target, Due, Owner, ColumnCount };
    enum Roles { TaskIdRole = Qt::UserRole + 1 };

    using QAbstractItemModel::QAbstractItemModel;
    void setCampaign(const QList<PillarWeight>& weights, const QList<Task>& tasks, QHash<qint64, QString> unitNames);
    const Task* taskAt(const QModelIndex& index) const;

    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation o, int role) const override;

private:
    struct Group
    {
        Pillar pillar;
        double weight = 0;
        QList<Task> tasks;
    };
    QList<Group> m_groups;
    QHash<qint64, QString> m_unitNames;
};

} // namespace cd
