#pragma once

#include <QWidget>
#include <memory>

class QGridLayout;
class QLabel;
class QListWidget;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace cd {

struct DashboardTrends;
class GroupFiguresModel;
class HeatMapModel;
class Workspace;

// The leaders' home page: tiles with the figures of the latest reporting month and the
// problem ledger, the campaign's groups rolled up (drilled into group by group), the units ×
// pillars heat map, trend charts and the deadlines ahead.
class DashboardPage : public QWidget
{
    Q_OBJECT
public:
    explicit DashboardPage(Workspace& workspace, QWidget* parent = nullptr);
    void reload();
    HeatMapModel* heatMap() const { return m_heat; }
    GroupFiguresModel* groupFigures() const { return m_groups; }
    QString tileText(const QString& name) const;
    // The part of the campaign shown: a group (its figures, its child groups, its units), 0 for all.
    qint64 scope() const { return m_scope; }
    void showGroup(qint64 groupId);
    void up(); // to the group above

signals:
    void unitActivated(qint64 unitId);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    // The trend chart `which` (0 on-time reports, 1 problems, 2 pillars), in DashboardCharts.cpp.
    static QWidget* trendChart(const DashboardTrends& trends, int which);
    void fillChart(int index);
    QLabel* tile(const QString& name, const QString& caption, int column);
    Workspace& m_workspace;
    QGridLayout* m_tiles;
    QLabel* m_heading;
    HeatMapModel* m_heat;
    QSortFilterProxyModel* m_heatProxy;
    QTableView* m_heatView;
    QWidget* m_charts;
    QListWidget* m_deadlines;
    GroupFiguresModel* m_groups;
    QSortFilterProxyModel* m_groupsProxy;
    QTableView* m_groupsView;
    QLabel* m_scopeLabel;
    QPushButton* m_up;
    qint64 m_scope = 0;
    qint64 m_scopeParent = 0;
    std::shared_ptr<const DashboardTrends> m_trends; // of the figures shown
    bool m_figuresShown = false;
    bool m_announce = false;
};

} // namespace cd
