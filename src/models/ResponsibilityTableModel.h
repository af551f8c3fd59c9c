#pragma once

#include "domain/Entities.h"

#include <QAbstractTableModel>
#include <QHash>

namespace cd {

// One unit's responsibility list: every task that applies to it, with the people named
// at each level; tasks nobody is named for show as missing.
class ResponsibilityTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { TaskCode, TaskTitle, Level, Person, Post, Duty, Target, ColumnCount };
    enum Roles { ResponsibilityIdRole = Qt::UserRole + 1, TaskIdRole, MissingRole };

    using QAbstractTableModel::QAbstractTableModel;
    void setData(const Unit& unit, const QList<Task>& tasks, const QList<Responsibility>& list);
    const Responsibility* responsibilityAt(int row) const;
    const Task* taskAt(int row) const;
    int missingCount() const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation o, int role) const override;

private:
    struct Row
    {
        Task task;
        std::optional<Responsibility> r;
    };
    QList<Row> m_rows;
};

} // namespace cd
