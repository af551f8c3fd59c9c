#pragma once

#include "services/ResponsibilityService.h"

#include <QAbstractTableModel>

namespace cd {

// Units down, tasks across: how many people each unit names for each task, with the
// gaps marked, and a column counting a unit's gaps.
class CoverageModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Roles { UnitIdRole = Qt::UserRole + 1 };
    using QAbstractTableModel::QAbstractTableModel;
    void setMatrix(CoverageMatrix matrix);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation o, int role) const override;

private:
    CoverageMatrix m_matrix;
    QList<int> m_missing;
};

} // namespace cd
