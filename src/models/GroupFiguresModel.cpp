#include "models/GroupFiguresModel.h"

#include "models/HeatMapModel.h"

#include <QBrush>
#include <QColor>

namespace cd {
namespace {

double share(int part, int whole) { return whole > 0 ? double(part) / whole : 0; }

} // namespace

void GroupFiguresModel::setGroups(QList<GroupFigures> groups)
{
    beginResetModel();
    m_groups = std::move(groups);
    endResetModel();
}

int GroupFiguresModel::rowCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : int(m_groups.size()); }
int GroupFiguresModel::columnCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : ColumnCount; }

QVariant GroupFiguresModel::data(const QModelIndex& index, int role) const
{
    const GroupFigures* g = groupAt(index.row());
    if (!g) return {};
    if (role == GroupIdRole) return g->groupId;
    if (role == DirectRole) return g->direct;
    const int c = index.column();
    if (c >= Study) {
        const size_t p = size_t(c - Study);
        switch (role) {
        case Qt::DisplayRole:
            return g->red[p] > 0 ? tr("%n red", nullptr, g->red[p]) : g->yellow[p] > 0 ? tr("%n yellow", nullptr, g->yellow[p]) : tr("green");
        case Qt::EditRole: return g->red[p] * 10000 + g->yellow[p]; // the most red first when sorted
        case Qt::BackgroundRole: return QBrush(lightColour(g->worst[p]));
        case Qt::ToolTipRole:
            return tr("%1 of %2 units red, %3 yellow").arg(g->red[p]).arg(g->units).arg(g->yellow[p]);
        default: return {};
        }
    }
    if (role == Qt::TextAlignmentRole && c != Name) return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole && c == Name) return g->direct ? tr("The units placed in %1 itself").arg(g->path) : g->path;
    const bool display = role == Qt::DisplayRole;
    if (!display && role != Qt::EditRole) return {};
    switch (c) {
    case Name: return g->name;
    case Units: return g->units;
    case OnTime:
        if (!display) return share(g->reportsOnTime, g->reportsDue);
        return g->reportsDue > 0 ? QStringLiteral("%1 (%2%)").arg(g->reportsOnTime).arg(share(g->reportsOnTime, g->reportsDue) * 100, 0, 'f', 0) : QStringLiteral("—");
    case Missing: return g->reportsMissing;
    case Behind: return g->tasksBehind;
    case Open: return g->problemsOpen;
    case Overdue: return g->problemsOverdue;
    case Closing:
        if (!display) return g->closingRate;
        return g->problemsRaised > 0 ? QStringLiteral("%1%").arg(g->closingRate * 100, 0, 'f', 1) : QStringLiteral("—");
    default: return {};
    }
}

QVariant GroupFiguresModel::headerData(int section, Qt::Orientation o, int role) const
{
    if (o != Qt::Horizontal || role != Qt::DisplayRole) return {};
    switch (section) {
    case Name: return tr("Group");
    case Units: return tr("Units");
    case OnTime: return tr("On time");
    case Missing: return tr("Missing");
    case Behind: return tr("Tasks behind");
    case Open: return tr("Open problems");
    case Overdue: return tr("Overdue");
    case Closing: return tr("Closing rate");
    case Study: return displayName(Pillar::Study);
    case Conduct: return displayName(Pillar::Conduct);
    case Party: return displayName(Pillar::Party);
    case Reform: return displayName(Pillar::Reform);
    default: return {};
    }
}

} // namespace cd
