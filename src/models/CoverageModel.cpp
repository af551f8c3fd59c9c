#include "models/CoverageModel.h"

#include <QBrush>
#include <QColor>

namespace cd {

void CoverageModel::setMatrix(CoverageMatrix matrix)
{
    beginResetModel();
    m_matrix = std::move(matrix);
    m_missing.clear();
    for (const auto& u : m_matrix.units) m_missing << m_matrix.missingFor(u);
    endResetModel();
}

int CoverageModel::rowCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : int(m_matrix.units.size()); }
int CoverageModel::columnCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : int(m_matrix.tasks.size()) + 2; }

QVariant CoverageModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_matrix.units.size()) return {};
    const Unit& u = m_matrix.units[index.row()];
    if (role == UnitIdRole) return u.id;
    // The unit column sorts in the units' own order.
    if (index.column() == 0) return role == Qt::DisplayRole ? QVariant(u.name) : role == Qt::EditRole ? QVariant(index.row()) : QVariant();
    if (index.column() == 1) {
        const int missing = m_missing[index.row()];
        if (role == Qt::EditRole) return missing;
        if (role == Qt::DisplayRole) return missing;
        if (role == Qt::ForegroundRole && missing > 0) return QBrush(QColor(0xc0, 0x1c, 0x1c));
        if (role == Qt::TextAlignmentRole) return int(Qt::AlignCenter);
        return {};
    }
    const Task& t = m_matrix.tasks[index.column() - 2];
    if (!m_matrix.applies(u, t)) return role == Qt::BackgroundRole ? QVariant(QBrush(QColor(0xee, 0xee, 0xee))) : QVariant();
    const int n = m_matrix.count(u.id, t.id);
    switch (role) {
    case Qt::DisplayRole: return n > 0 ? QVariant(n) : QVariant(tr("missing"));
    case Qt::EditRole: return n;
    case Qt::BackgroundRole: return n > 0 ? QVariant() : QVariant(QBrush(QColor(0xfa, 0xd4, 0xd0)));
    case Qt::TextAlignmentRole: return int(Qt::AlignCenter);
    case Qt::ToolTipRole: return QStringLiteral("%1 · %2 %3").arg(u.name, t.code, t.title);
    }
    return {};
}

QVariant CoverageModel::headerData(int section, Qt::Orientation o, int role) const
{
    if (o != Qt::Horizontal) return {};
    if (section == 0) return role == Qt::DisplayRole ? QVariant(tr("Unit")) : QVariant();
    if (section == 1) return role == Qt::DisplayRole ? QVariant(tr("Gaps")) : QVariant();
    if (section - 2 >= m_matrix.tasks.size()) return {};
    const Task& t = m_matrix.tasks[section - 2];
    if (role == Qt::DisplayRole) return t.code;
    if (role == Qt::ToolTipRole) return t.title;
    return {};
}

} // namespace cd
