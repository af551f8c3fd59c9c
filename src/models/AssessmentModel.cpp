#include "models/AssessmentModel.h"

#include <QBrush>
#include <QColor>

namespace cd {
namespace {
constexpr Pillar kColumns[] = {Pillar::Study, Pillar::Conduct, Pillar::Party, Pillar::Reform, Pillar::General};
}

void AssessmentModel::setResult(AssessmentResult result)
{
    beginResetModel();
    m_result = std::move(result);
    endResetModel();
}

const UnitScore* AssessmentModel::unitAt(int row) const
{
    return row >= 0 && row < m_result.units.size() ? &m_result.units[row] : nullptr;
}

int AssessmentModel::rowCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : int(m_result.units.size()); }
int AssessmentModel::columnCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : ColumnCount; }

QVariant AssessmentModel::data(const QModelIndex& index, int role) const
{
    const UnitScore* u = unitAt(index.row());
    if (!u) return {};
    if (role == UnitIdRole) return u->unitId;
    if (role == GradeIdRole) return toId(u->grade);
    const int c = index.column();
    const auto number = [&](double v) -> QVariant { return role == Qt::EditRole ? QVariant(v) : QVariant(AssessmentRules::format(v)); };
    if (role == Qt::DisplayRole || role == Qt::EditRole) {
        switch (c) {
        case Rank: return u->rank;
        case UnitName: return u->unit;
        case Study:
        case Conduct:
        case Party:
        case Reform:
        case Cases: return number(u->pillarTotal(kColumns[c - Study]));
        case Total: return number(u->total);
        case GradeColumn: return role == Qt::EditRole ? QVariant(int(u->grade)) : QVariant(displayName(u->grade));
        }
    }
    if (role == Qt::TextAlignmentRole && c != UnitName) return int(Qt::AlignCenter);
    if (role == Qt::ForegroundRole && c == GradeColumn && u->grade == Grade::Poor) return QBrush(QColor(0xb3, 0x26, 0x1e));
    if (role == Qt::ToolTipRole && c == Total) {
        int overridden = 0;
        for (const auto& i : u->items) overridden += i.overridden;
        if (overridden > 0) return tr("%n item(s) adjusted by the office", nullptr, overridden);
    }
    return {};
}

QVariant AssessmentModel::headerData(int section, Qt::Orientation o, int role) const
{
    if (o != Qt::Horizontal || role != Qt::DisplayRole) return {};
    switch (section) {
    case Rank: return tr("Rank");
    case UnitName: return tr("Unit");
    case Study: return displayName(Pillar::Study);
    case Conduct: return displayName(Pillar::Conduct);
    case Party: return displayName(Pillar::Party);
    case Reform: return displayName(Pillar::Reform);
    case Cases: return tr("Cases ±");
    case Total: return tr("Total");
    case GradeColumn: return tr("Grade");
    }
    return {};
}

} // namespace cd
