#pragma once

#include "services/AssessmentService.h"

#include <QAbstractTableModel>

namespace cd {

// The ranking: rank, unit, the four pillars, cases added or deducted, total, grade.
// Numbers sort as numbers (Qt::EditRole); the grade column filters by its identifier.
class AssessmentModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Rank, UnitName, Study, Conduct, Party, Reform, Cases, Total, GradeColumn, ColumnCount };
    enum Roles { UnitIdRole = Qt::UserRole + 1, GradeIdRole };
    using QAbstractTableModel::QAbstractTableModel;
    void setResult(AssessmentResult result);
    const AssessmentResult& result() const { return m_result; }
    const UnitScore* unitAt(int row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation o, int role) const override;

private:
    AssessmentResult m_result;
};

} // namespace cd
