#pragma once

#include "domain/Supervision.h"
#include "services/DashboardService.h"

#include <QAbstractTableModel>

class QColor;

namespace cd {

// The background of a traffic light's cell, wherever one is shown.
QColor lightColour(Light l);

// Units down, the four pillars across, each cell a traffic light with its reasons; a column
// counting a unit's red lights sorts the worst first.
class HeatMapModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Roles { UnitIdRole = Qt::UserRole + 1, LightRole };
    using QAbstractTableModel::QAbstractTableModel;
    void setCells(const QList<HeatCell>& cells);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation o, int role) const override;

    static QString reasonText(const QString& id);

private:
    struct Row
    {
        qint64 unitId;
        QString name;
        LightDecision cells[4];
        int reds = 0;
        int yellows = 0;
    };
    QList<Row> m_rows;
};

// The problem ledger (问题台账).
class ProblemTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Id, UnitName, PillarName, Description, Responsible, Deadline, Status, Overdue, ColumnCount };
    enum Roles { ProblemIdRole = Qt::UserRole + 1 };
    using QAbstractTableModel::QAbstractTableModel;
    void setProblems(QList<Problem> problems, QHash<qint64, QString> unitNames, const QDate& today);
    const Problem* problemAt(int row) const { return row >= 0 && row < m_problems.size() ? &m_problems[row] : nullptr; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation o, int role) const override;

private:
    QList<Problem> m_problems;
    QHash<qint64, QString> m_units;
    QDate m_today;
};

} // namespace cd
