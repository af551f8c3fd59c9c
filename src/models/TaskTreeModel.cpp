#include "models/TaskTreeModel.h"

#include <QFont>

namespace cd {

void TaskTreeModel::setCampaign(const QList<PillarWeight>& weights, const QList<Task>& tasks, QHash<qint64, QString> unitNames)
{
    beginResetModel();
    m_groups.clear();
    m_unitNames = std::move(unitNames);
    for (Pillar p : kAllPillars) {
        Group g{p, 0, {}};
        for (const auto& w : weights)
            if (w.pillar == p) g.weight = w.weight;
        for (const auto& t : tasks)
            if (t.pillar == p) g.tasks.append(t);
        if (!g.tasks.isEmpty() || g.weight > 0) m_groups.append(g);
    }
    endResetModel();
}

const Task* TaskTreeModel::taskAt(const QModelIndex& index) const
{
    if (!index.isValid() || index.internalId() == 0) return nullptr;
    return &m_groups[int(index.internalId() - 1)].tasks[index.row()];
}

QModelIndex TaskTreeModel::index(int row, int column, const QModelIndex& parent) const
{
    if (!hasIndex(row, column, parent)) return {};
    return createIndex(row, column, parent.isValid() ? quintptr(parent.row() + 1) : 0);
}

QModelIndex TaskTreeModel::parent(const QModelIndex& child) const
{
    if (!child.isValid() || child.internalId() == 0) return {};
    return createIndex(int(child.internalId() - 1), 0, quintptr(0));
}

int TaskTreeModel::rowCount(const QModelIndex& parent) const
{
    if (!parent.isValid()) return int(m_groups.size());
    if (parent.internalId() == 0 && parent.column() == 0) return int(m_groups[parent.row()].tasks.size());
    return 0;
}

int TaskTreeModel::columnCount(const QModelIndex&) const { return ColumnCount; }

QVariant TaskTreeModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid()) return {};
    if (index.internalId() == 0) {
        const Group& g = m_groups[index.row()];
        if (role == Qt::FontRole) {
            QFont f;
            f.setBold(true);
            return f;
        }
        if (role != Qt::DisplayRole) return {};
        if (index.column() == Title) return displayName(g.pillar);
        if (index.column() == Target && g.weight > 0) return tr("%1 points").arg(g.weight);
        if (index.column() == Kind) return tr("%n task(s)", nullptr, int(g.tasks.size()));
        return {};
    }
    const Task& t = m_groups[int(index.internalId() - 1)].tasks[index.row()];
    if (role == TaskIdRole) return t.id;
    if (role == Qt::ToolTipRole) return t.description;
    if (role != Qt::DisplayRole) return {};
    switch (index.column()) {
    case Title: return QStringLiteral("%1  %2").arg(t.code, t.title);
    case Kind: return displayName(t.kind);
    case Cadence: return displayName(t.cadence);
    case Target:
        return t.lowerIsBetter ? tr("top %1 %2").arg(t.target).arg(t.measure) : QStringLiteral("%1 %2").arg(t.target).arg(t.measure);
    case Due: return t.due.toString(Qt::ISODate);
    case Owner: return m_unitNames.value(t.ownerUnitId);
    }
    return {};
}

QVariant TaskTreeModel::headerData(int section, Qt::Orientation o, int role) const
{
    if (o != Qt::Horizontal || role != Qt::DisplayRole) return {};
    switch (section) {
    case Title: return tr("Pillar / task");
    case Kind: return tr("Kind");
    case Cadence: return tr("Cadence");
    case Target: return tr("Target");
    case Due: return tr("Due");
    case Owner: return tr("Unit (own task)");
    }
    return {};
}

} // namespace cd
