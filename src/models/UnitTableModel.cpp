#include "models/UnitTableModel.h"

#include <QBrush>
#include <QColor>
#include <QSet>

namespace cd {

void UnitTableModel::setUnits(QList<Unit> units)
{
    beginResetModel();
    m_units = std::move(units);
    m_search.clear();
    m_search.reserve(m_units.size());
    for (const auto& u : m_units)
        m_search << QStringList{u.name, u.shortName, u.category, u.head, u.deputy, u.secretary, u.phone}
                        .join(QLatin1Char('\n'))
                        .toCaseFolded();
    endResetModel();
}

void UnitTableModel::setStandings(const QString& periodCode, QHash<qint64, Standing> standings)
{
    m_period = periodCode;
    m_standings = std::move(standings);
    if (!m_units.isEmpty()) emit dataChanged(index(0, LatestReport), index(rowCount() - 1, LatestReport));
    emit headerDataChanged(Qt::Horizontal, LatestReport, LatestReport);
}

const Unit* UnitTableModel::unitAt(int row) const { return row >= 0 && row < m_units.size() ? &m_units[row] : nullptr; }

int UnitTableModel::rowOfUnit(qint64 id) const
{
    for (int i = 0; i < m_units.size(); ++i)
        if (m_units[i].id == id) return i;
    return -1;
}

QStringList UnitTableModel::categories() const
{
    QStringList out;
    QSet<QString> seen;
    for (const auto& u : m_units)
        if (!u.category.isEmpty() && !seen.contains(u.category)) {
            seen.insert(u.category);
            out << u.category;
        }
    return out;
}

int UnitTableModel::rowCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : int(m_units.size()); }
int UnitTableModel::columnCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : ColumnCount; }

QVariant UnitTableModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_units.size()) return {};
    const Unit& u = m_units[index.row()];
    if (role == UnitIdRole) return u.id;
    if (role == SearchTextRole) return m_search[index.row()];
    if (role == Qt::ForegroundRole && !u.active) return QBrush(Qt::gray);
    if (index.column() == LatestReport && m_standings.contains(u.id)) {
        const Standing st = m_standings.value(u.id);
        if (role == Qt::ForegroundRole && (st == Standing::Missing || st == Standing::Late)) return QBrush(QColor(0xb3, 0x26, 0x1e));
        if (role == Qt::EditRole) return int(st);
        if (role == Qt::DisplayRole) {
            switch (st) {
            case Standing::OnTime: return tr("On time");
            case Standing::Late: return tr("Late");
            case Standing::Missing: return tr("Missing");
            case Standing::Pending: return tr("Not yet due");
            }
        }
    }
    if (role == Qt::TextAlignmentRole && index.column() == Order) return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::DisplayRole || role == Qt::EditRole) {
        switch (index.column()) {
        case Order: return role == Qt::EditRole ? QVariant(u.sortOrder) : QVariant(QString::number(u.sortOrder));
        case Name: return u.name;
        case ShortName: return u.shortName;
        case Category: return u.category;
        case Head: return u.head;
        case Deputy: return u.deputy;
        case Secretary: return u.secretary;
        case Phone: return u.phone;
        case Active: return u.active ? tr("Active") : tr("Inactive");
        }
    }
    return {};
}

QVariant UnitTableModel::headerData(int section, Qt::Orientation o, int role) const
{
    if (o != Qt::Horizontal || role != Qt::DisplayRole) return {};
    switch (section) {
    case Order: return tr("No.");
    case Name: return tr("Unit");
    case ShortName: return tr("Short name");
    case Category: return tr("Category");
    case Head: return tr("Principal leader");
    case Deputy: return tr("Leader in charge");
    case Secretary: return tr("Secretary");
    case Phone: return tr("Phone");
    case Active: return tr("Status");
    case LatestReport: return m_period.isEmpty() ? tr("Latest report") : tr("Report %1").arg(m_period);
    }
    return {};
}

} // namespace cd
