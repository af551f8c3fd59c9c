#pragma once

#include <QSortFilterProxyModel>

namespace cd {

// The sort every table uses: numbers and dates by value, text by text::collate, so that
// unit names come in the same (pinyin) order on every page.
class CollatingProxy : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;
    static bool lessThan(const QVariant& left, const QVariant& right);

protected:
    bool lessThan(const QModelIndex& left, const QModelIndex& right) const override;
};

} // namespace cd
