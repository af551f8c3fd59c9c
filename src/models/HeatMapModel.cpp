#include "models/HeatMapModel.h"

#include <QBrush>
#include <QColor>

namespace cd {
namespace {
const Pillar kPillars[4] = {Pillar::Study, Pillar::Conduct, Pillar::Party, Pillar::Reform};
} // namespace

QColor lightColour(Light l)
{
    switch (l) {
    case Light::Green: return QColor(0xc8, 0xe6, 0xc9);
    case Light::Yellow: return QColor(0xff, 0xec, 0xb3);
    case Light::Red: return QColor(0xef, 0x9a, 0x9a);
    }
    return {};
}

QString HeatMapModel::reasonText(const QString& id)
{
    if (id == QLatin1String("problem_overdue")) return tr("an overdue problem");
    if (id == QLatin1String("report_missing")) return tr("the latest report is missing");
    if (id == QLatin1String("tasks_behind")) return tr("tasks behind schedule");
    if (id == QLatin1String("report_late")) return tr("the latest report came late");
    if (id == QLatin1String("problem_due_soon")) return tr("a problem is due within days");
    if (id == QLatin1String("report_due_soon")) return tr("the next report is due within days");
    return id;
}

void HeatMapModel::setCells(const QList<HeatCell>& cells)
{
    beginResetModel();
    m_rows.clear();
    QHash<qint64, int> rowOf;
    for (const auto& c : cells) {
        auto it = rowOf.constFind(c.unitId);
        if (it == rowOf.cend()) {
            it = rowOf.insert(c.unitId, int(m_rows.size()));
            m_rows.append(Row{c.unitId, c.unitName, {}, 0, 0});
        }
        Row& r = m_rows[*it];
        const int col = int(std::ranges::find(kPillars, c.pillar) - std::begin(kPillars));
        if (col < 4) r.cells[col] = c.decision;
        r.reds += c.decision.light == Light::Red;
        r.yellows += c.decision.light == Light::Yellow;
    }
    endResetModel();
}

int HeatMapModel::rowCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : int(m_rows.size()); }
int HeatMapModel::columnCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : 6; }

QVariant HeatMapModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size()) return {};
    const Row& r = m_rows[index.row()];
    if (role == UnitIdRole) return r.unitId;
    const int c = index.column();
    if (c == 0) return role == Qt::DisplayRole ? QVariant(r.name) : role == Qt::EditRole ? QVariant(index.row()) : QVariant();
    if (c == 5) {
        if (role == Qt::DisplayRole) return QStringLiteral("%1 / %2").arg(r.reds).arg(r.yellows);
        if (role == Qt::EditRole) return r.reds * 10 + r.yellows;
        if (role == Qt::TextAlignmentRole) return int(Qt::AlignCenter);
        return {};
    }
    const LightDecision& d = r.cells[c - 1];
    switch (role) {
    case LightRole: return int(d.light);
    case Qt::EditRole: return int(d.light);
    case Qt::BackgroundRole: return QBrush(lightColour(d.light));
    case Qt::TextAlignmentRole: return int(Qt::AlignCenter);
    case Qt::DisplayRole:
        return d.light == Light::Red ? tr("Red") : d.light == Light::Yellow ? tr("Yellow") : tr("Green");
    case Qt::ToolTipRole: {
        QStringList why;
        for (const auto& id : d.reasons) why << reasonText(id);
        return why.isEmpty() ? tr("On schedule") : why.join(QStringLiteral("；"));
    }
    }
    return {};
}

QVariant HeatMapModel::headerData(int section, Qt::Orientation o, int role) const
{
    if (o != Qt::Horizontal || role != Qt::DisplayRole) return {};
    if (section == 0) return tr("Unit");
    if (section == 5) return tr("Red / yellow");
    return displayName(kPillars[section - 1]);
}

void ProblemTableModel::setProblems(QList<Problem> problems, QHash<qint64, QString> unitNames, const QDate& today)
{
    beginResetModel();
    m_problems = std::move(problems);
    m_units = std::move(unitNames);
    m_today = today;
    endResetModel();
}

int ProblemTableModel::rowCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : int(m_problems.size()); }
int ProblemTableModel::columnCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : ColumnCount; }

QVariant ProblemTableModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_problems.size()) return {};
    const Problem& p = m_problems[index.row()];
    const bool overdue = ProblemRules::isOverdue(p, m_today);
    if (role == ProblemIdRole) return p.id;
    if (role == Qt::ForegroundRole && overdue && (index.column() == Deadline || index.column() == Overdue))
        return QBrush(QColor(0xb3, 0x26, 0x1e));
    if (role == Qt::ToolTipRole && index.column() == Description) return p.measure.isEmpty() ? p.description : tr("%1\nMeasure: %2").arg(p.description, p.measure);
    if (role != Qt::DisplayRole && role != Qt::EditRole) return {};
    switch (index.column()) {
    case Id: return role == Qt::EditRole ? QVariant(p.id) : QVariant(QString::number(p.id));
    case UnitName: return m_units.value(p.unitId);
    case PillarName: return displayName(p.pillar);
    case Description: return p.description;
    case Responsible: return p.responsible;
    case Deadline: return p.deadline.toString(Qt::ISODate);
    case Status: return displayName(p.status);
    case Overdue: return overdue ? tr("Overdue %1 days").arg(p.deadline.daysTo(m_today)) : QString();
    }
    return {};
}

QVariant ProblemTableModel::headerData(int section, Qt::Orientation o, int role) const
{
    if (o != Qt::Horizontal || role != Qt::DisplayRole) return {};
    switch (section) {
    case Id: return tr("No.");
    case UnitName: return tr("Unit");
    case PillarName: return tr("Pillar");
    case Description: return tr("Problem");
    case Responsible: return tr("Responsible");
    case Deadline: return tr("Deadline");
    case Status: return tr("Status");
    case Overdue: return tr("Overdue");
    }
    return {};
}

} // namespace cd
