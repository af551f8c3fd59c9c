#pragma once

#include "services/DashboardService.h"

#include <QAbstractTableModel>

namespace cd {

// The dashboard's parts: one row per child group of the scope with its rolled-up figures and,
// for each pillar, the worst light of its units and how many are red.
class GroupFiguresModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Name, Units, OnTime, Missing, Behind, Open, Overdue, Closing, Study, Conduct, Party, Reform, ColumnCount };
    enum Roles { GroupIdRole = Qt::UserRole + 1, DirectRole };
    using QAbstractTableModel::QAbstractTableModel;
    void setGroups(QList<GroupFigures> groups);
    const GroupFigures* groupAt(int row) const { return row >= 0 && row < m_groups.size() ? &m_groups[row] : nullptr; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation o, int role) const override;

private:
    QList<GroupFigures> m_groups;
};

} // namespace cd
