#include "models/UnitFilterProxy.h"

#include "models/UnitTableModel.h"


namespace cd {

UnitFilterProxy::UnitFilterProxy(QObject* parent) : CollatingProxy(parent) { setSortRole(Qt::EditRole); }

void UnitFilterProxy::setSearchText(const QString& text)
{
    const QStringList words = text.toCaseFolded().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (words == m_words) return;
    m_words = words;
    invalidateRowsFilter();
}

void UnitFilterProxy::setCategory(const QString& category)
{
    if (category == m_category) return;
    m_category = category;
    invalidateRowsFilter();
}

void UnitFilterProxy::setShowInactive(bool show)
{
    if (show == m_showInactive) return;
    m_showInactive = show;
    invalidateRowsFilter();
}

void UnitFilterProxy::setGroups(std::optional<QSet<qint64>> groups)
{
    if (groups == m_groups) return;
    m_groups = std::move(groups);
    invalidateRowsFilter();
}

bool UnitFilterProxy::filterAcceptsRow(int row, const QModelIndex&) const
{
    const auto* model = qobject_cast<const UnitTableModel*>(sourceModel());
    const Unit* u = model ? model->unitAt(row) : nullptr;
    if (!u) return false;
    if (!m_showInactive && !u->active) return false;
    if (!m_category.isEmpty() && u->category != m_category) return false;
    if (m_groups && !m_groups->contains(u->groupId)) return false;
    if (m_words.isEmpty()) return true;
    const QString text = model->index(row, 0).data(UnitTableModel::SearchTextRole).toString();
    return std::ranges::all_of(m_words, [&](const QString& w) { return text.contains(w); });
}

} // namespace cd
