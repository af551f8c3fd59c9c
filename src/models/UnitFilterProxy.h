#pragma once

#include "models/CollatingProxy.h"

#include <QSet>
#include <optional>

namespace cd {

// Search across every text column, a category filter and hiding inactive units.
class UnitFilterProxy : public CollatingProxy
{
    Q_OBJECT
public:
    explicit UnitFilterProxy(QObject* parent = nullptr);
    void setSearchText(const QString& text);
    void setCategory(const QString& category); // empty: all
    void setShowInactive(bool show);
    // Only units in these groups (a subtree of the tree); nullopt: every unit.
    void setGroups(std::optional<QSet<qint64>> groups);

protected:
    bool filterAcceptsRow(int row, const QModelIndex& parent) const override;

private:
    QStringList m_words;
    QString m_category;
    bool m_showInactive = true;
    std::optional<QSet<qint64>> m_groups;
};

} // namespace cd
