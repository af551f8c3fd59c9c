#pragma once

#include <QWidget>

class QGridLayout;
class QLabel;
class QListWidget;
class QSortFilterProxyModel;
class QTableView;

namespace cd {

class HeatMapModel;
class Workspace;

// The leaders' home page: tiles with the figures of the latest reporting month and the
// problem ledger, the units × pillars heat map, trend charts and the deadlines ahead.
class DashboardPage : public QWidget
{
    Q_OBJECT
public:
    explicit DashboardPage(Workspace& workspace, QWidget* parent = nullptr);
    void reload();
    HeatMapModel* heatMap() const { return m_heat; }
    QString tileText(const QString& name) const;

signals:
    void unitActivated(qint64 unitId);

private:
    QLabel* tile(const QString& name, const QString& caption, int column);
    Workspace& m_workspace;
    QGridLayout* m_tiles;
    QLabel* m_heading;
    HeatMapModel* m_heat;
    QSortFilterProxyModel* m_heatProxy;
    QTableView* m_heatView;
    QWidget* m_charts;
    QListWidget* m_deadlines;
};

} // namespace cd
