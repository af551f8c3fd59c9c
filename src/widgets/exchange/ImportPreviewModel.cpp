#include "widgets/exchange/ImportPreviewModel.h"

#include <QBrush>
#include <QColor>

namespace cd {

void ImportPreviewModel::setLines(QList<Line> lines)
{
    beginResetModel();
    m_lines = std::move(lines);
    std::ranges::stable_sort(m_lines, {}, &Line::row);
    endResetModel();
}

int ImportPreviewModel::rowCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : int(m_lines.size()); }
int ImportPreviewModel::columnCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : 4; }

QVariant ImportPreviewModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_lines.size()) return {};
    const Line& l = m_lines[index.row()];
    if (role == Qt::BackgroundRole && l.action == Action::Reject) return QBrush(QColor(0xfa, 0xd4, 0xd0));
    if (role == Qt::ToolTipRole) return l.detail;
    if (role == Qt::EditRole && index.column() == 1) return l.row;
    if (role != Qt::DisplayRole && role != Qt::EditRole) return {};
    switch (index.column()) {
    case 0:
        return l.action == Action::Add ? tr("Add") : l.action == Action::Update ? tr("Update") : tr("Rejected");
    case 1: return l.row;
    case 2: return l.what;
    case 3: return l.detail;
    }
    return {};
}

QVariant ImportPreviewModel::headerData(int section, Qt::Orientation o, int role) const
{
    if (o != Qt::Horizontal || role != Qt::DisplayRole) return {};
    switch (section) {
    case 0: return tr("Action");
    case 1: return tr("Row");
    case 2: return tr("Entry");
    case 3: return tr("Details");
    }
    return {};
}

} // namespace cd
