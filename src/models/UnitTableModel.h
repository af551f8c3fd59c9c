#pragma once

#include "domain/Entities.h"
#include "services/ReportService.h"

#include <QAbstractTableModel>

namespace cd {

class UnitTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Order, Name, ShortName, Category, Head, Deputy, Secretary, Phone, Active, LatestReport, ColumnCount };
    enum Roles { UnitIdRole = Qt::UserRole + 1, SearchTextRole };

    using QAbstractTableModel::QAbstractTableModel;
    void setUnits(QList<Unit> units);
    // How each unit stands for the latest month whose reports are due; shown in its own column.
    void setStandings(const QString& periodCode, QHash<qint64, Standing> standings);
    const Unit* unitAt(int row) const;
    int rowOfUnit(qint64 id) const;
    QStringList categories() const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation o, int role) const override;

private:
    QList<Unit> m_units;
    QStringList m_search; // lower-cased text a search matches, one per unit
    QString m_period;
    QHash<qint64, Standing> m_standings;
};

} // namespace cd
