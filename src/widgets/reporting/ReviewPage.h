#pragma once

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QSortFilterProxyModel;
class QTableView;

class QPushButton;

namespace cd {

class PeriodCombo;
class ReportQueueModel;
class Workspace;

// The office's review queue: filter by period, status, unit and lateness; open a report
// with its evidence and what changed; accept (several at once) or return with a comment.
class ReviewPage : public QWidget
{
    Q_OBJECT
public:
    explicit ReviewPage(Workspace& workspace, QWidget* parent = nullptr);
    void reload();
    void loadPeriods();
    void acceptSelected();
    void returnCurrent();
    void openCurrent();
    QTableView* table() const { return m_table; }
    ReportQueueModel* model() const { return m_model; }
    PeriodCombo* periodCombo() const { return m_period; }

private:
    QList<int> selectedRows() const;
    QList<int> waitingRows() const; // the selected rows whose report waits for review
    void updateActions();
    Workspace& m_workspace;
    PeriodCombo* m_period;
    QComboBox* m_status;
    QLineEdit* m_unit;
    QCheckBox* m_lateOnly;
    ReportQueueModel* m_model;
    QSortFilterProxyModel* m_proxy;
    QTableView* m_table;
    QLabel* m_count;
    QPushButton* m_open;
    QPushButton* m_accept;
    QPushButton* m_return;
    QPushButton* m_history;
};

} // namespace cd
