#pragma once

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLineEdit;
class QSortFilterProxyModel;
class QTableView;
class QTableWidget;

class QPushButton;

namespace cd {

class ProblemTableModel;
class Workspace;

// 督查: the problem ledger (问题销号制) with transitions, history, escalation and its
// notices; the quarter's inspections, whose findings become ledger lines; typical cases.
class SupervisionPage : public QWidget
{
    Q_OBJECT
public:
    explicit SupervisionPage(Workspace& workspace, QWidget* parent = nullptr);
    void reload();
    void addProblem();
    void moveCurrent();
    void escalateCurrent();
    void showHistory();
    void printNotice();
    void addInspection();
    void findingToProblem();
    void addCase();
    void togglePublished();
    ProblemTableModel* problems() const { return m_problems; }
    QTableView* problemTable() const { return m_problemView; }

private:
    qint64 currentProblemId() const;
    Workspace& m_workspace;
    QComboBox* m_status;
    QLineEdit* m_search;
    QCheckBox* m_overdueOnly;
    ProblemTableModel* m_problems;
    QSortFilterProxyModel* m_problemProxy;
    QTableView* m_problemView;
    QTableWidget* m_inspections;
    QTableWidget* m_visits;
    QTableWidget* m_cases;
    QPair<qint64, QString> m_unsentNote; // a line and the note typed for it that was not saved
    QList<QPushButton*> m_officeButtons;
    QPushButton* m_moveButton = nullptr;
};

} // namespace cd
