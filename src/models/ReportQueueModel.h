#pragma once

#include "services/ReportService.h"

#include <QAbstractTableModel>

namespace cd {

// The review queue: each unit's latest submitted version per period, late ones marked.
class ReportQueueModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { UnitName, PeriodCode, Status, Version, SubmittedAt, Late, ColumnCount };
    enum Roles { ReportIdRole = Qt::UserRole + 1, UnitIdRole, PeriodRole, StatusRole, LateRole };

    using QAbstractTableModel::QAbstractTableModel;
    void setRows(QList<ReportListRow> rows);
    const ReportListRow* rowAt(int row) const { return row >= 0 && row < m_rows.size() ? &m_rows[row] : nullptr; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation o, int role) const override;

private:
    QList<ReportListRow> m_rows;
};

// The units a reminder is for, with what they owe.
class ReminderModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { UnitName, Report, Plan, Secretary, Phone, ColumnCount };
    using QAbstractTableModel::QAbstractTableModel;
    void setLines(QList<ReminderLine> lines, bool withPlans);
    const QList<ReminderLine>& lines() const { return m_lines; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation o, int role) const override;

private:
    QList<ReminderLine> m_lines;
    bool m_withPlans = true;
};

} // namespace cd
