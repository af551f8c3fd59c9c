#include "models/ResponsibilityTableModel.h"

#include <QBrush>
#include <QColor>

namespace cd {

void ResponsibilityTableModel::setData(const Unit& unit, const QList<Task>& tasks, const QList<Responsibility>& list)
{
    beginResetModel();
    m_rows.clear();
    QMultiHash<qint64, Responsibility> byTask;
    for (const auto& r : list) byTask.insert(r.taskId, r);
    for (const auto& t : tasks) {
        if (t.kind == TaskKind::Optional && t.ownerUnitId != unit.id) continue;
        auto rs = byTask.values(t.id);
        std::ranges::sort(rs, {}, &Responsibility::level);
        if (rs.isEmpty()) m_rows.append({t, std::nullopt});
        for (const auto& r : rs) m_rows.append({t, r});
    }
    endResetModel();
}

const Responsibility* ResponsibilityTableModel::responsibilityAt(int row) const
{
    return row >= 0 && row < m_rows.size() && m_rows[row].r ? &*m_rows[row].r : nullptr;
}

const Task* ResponsibilityTableModel::taskAt(int row) const { return row >= 0 && row < m_rows.size() ? &m_rows[row].task : nullptr; }

int ResponsibilityTableModel::missingCount() const
{
    return int(std::ranges::count_if(m_rows, [](const Row& r) { return !r.r; }));
}

int ResponsibilityTableModel::rowCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : int(m_rows.size()); }
int ResponsibilityTableModel::columnCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : ColumnCount; }

QVariant ResponsibilityTableModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size()) return {};
    const Row& row = m_rows[index.row()];
    if (role == ResponsibilityIdRole) return row.r ? row.r->id : 0;
    if (role == TaskIdRole) return row.task.id;
    if (role == MissingRole) return !row.r;
    if (role == Qt::BackgroundRole && !row.r) return QBrush(QColor(0xfd, 0xec, 0xea));
    if (role == Qt::ToolTipRole && index.column() == Duty && row.r) return row.r->duty;
    // Sorting by code keeps the campaign's own task order (P2 before P10).
    if (role == Qt::EditRole && index.column() == TaskCode) return index.row();
    if (role != Qt::DisplayRole && role != Qt::EditRole) return {};
    switch (index.column()) {
    case TaskCode: return row.task.code;
    case TaskTitle: return row.task.title;
    case Level: return row.r ? displayName(row.r->level) : tr("Nobody named");
    case Person: return row.r ? row.r->person : QString();
    case Post: return row.r ? row.r->post : QString();
    case Duty: return row.r ? row.r->duty : QString();
    case Target:
        if (!row.r) return {};
        return role == Qt::EditRole ? QVariant(row.r->target) : QVariant(QStringLiteral("%1 %2").arg(row.r->target).arg(row.task.measure));
    }
    return {};
}

QVariant ResponsibilityTableModel::headerData(int section, Qt::Orientation o, int role) const
{
    if (o != Qt::Horizontal || role != Qt::DisplayRole) return {};
    switch (section) {
    case TaskCode: return tr("Code");
    case TaskTitle: return tr("Task");
    case Level: return tr("Level");
    case Person: return tr("Person");
    case Post: return tr("Post");
    case Duty: return tr("Duty");
    case Target: return tr("Target");
    }
    return {};
}

} // namespace cd
