#include "models/ReportQueueModel.h"

#include <QBrush>
#include <QColor>

namespace cd {

void ReportQueueModel::setRows(QList<ReportListRow> rows)
{
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
}

int ReportQueueModel::rowCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : int(m_rows.size()); }
int ReportQueueModel::columnCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : ColumnCount; }

QVariant ReportQueueModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size()) return {};
    const ReportListRow& r = m_rows[index.row()];
    switch (role) {
    case ReportIdRole: return r.row.reportId;
    case UnitIdRole: return r.row.unitId;
    case PeriodRole: return r.row.periodCode;
    case StatusRole: return int(r.row.status);
    case LateRole: return r.late;
    case Qt::ForegroundRole:
        if (index.column() == Late && r.late) return QBrush(QColor(0xb3, 0x26, 0x1e));
        if (index.column() == Status && r.row.status == ReportStatus::Returned) return QBrush(QColor(0xb3, 0x26, 0x1e));
        return {};
    case Qt::DisplayRole:
    case Qt::EditRole:
        switch (index.column()) {
        case UnitName: return r.row.unitName;
        case PeriodCode: return r.row.periodCode;
        case Status: return displayName(r.row.status);
        case Version: return r.row.version;
        case SubmittedAt: return r.row.submittedAt.toString(QStringLiteral("yyyy-MM-dd HH:mm"));
        case Late: return r.late ? tr("Late") : (role == Qt::EditRole ? QString() : tr("On time"));
        }
    }
    return {};
}

QVariant ReportQueueModel::headerData(int section, Qt::Orientation o, int role) const
{
    if (o != Qt::Horizontal || role != Qt::DisplayRole) return {};
    switch (section) {
    case UnitName: return tr("Unit");
    case PeriodCode: return tr("Period");
    case Status: return tr("Status");
    case Version: return tr("Version");
    case SubmittedAt: return tr("Submitted");
    case Late: return tr("On time?");
    }
    return {};
}

void ReminderModel::setLines(QList<ReminderLine> lines, bool withPlans)
{
    beginResetModel();
    m_lines = std::move(lines);
    m_withPlans = withPlans;
    endResetModel();
}

int ReminderModel::rowCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : int(m_lines.size()); }
int ReminderModel::columnCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : ColumnCount; }

QVariant ReminderModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_lines.size()) return {};
    const ReminderLine& l = m_lines[index.row()];
    const auto state = [this](bool missing, bool late) {
        return missing ? tr("Missing") : late ? tr("Late") : tr("On time");
    };
    if (role == Qt::ForegroundRole && (index.column() == Report || index.column() == Plan)) {
        const bool missing = index.column() == Report ? l.reportMissing : l.planMissing;
        return missing ? QBrush(QColor(0xb3, 0x26, 0x1e)) : QVariant();
    }
    if (role != Qt::DisplayRole && role != Qt::EditRole) return {};
    switch (index.column()) {
    case UnitName: return l.unit.name;
    case Report: return state(l.reportMissing, l.reportLate);
    case Plan: return m_withPlans ? state(l.planMissing, l.planLate) : QString();
    case Secretary: return l.unit.secretary;
    case Phone: return l.unit.phone;
    }
    return {};
}

QVariant ReminderModel::headerData(int section, Qt::Orientation o, int role) const
{
    if (o != Qt::Horizontal || role != Qt::DisplayRole) return {};
    switch (section) {
    case UnitName: return tr("Unit");
    case Report: return tr("Self-report");
    case Plan: return tr("Monthly plan");
    case Secretary: return tr("Secretary");
    case Phone: return tr("Phone");
    }
    return {};
}

} // namespace cd
