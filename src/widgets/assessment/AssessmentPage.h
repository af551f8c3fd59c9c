#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPrinter;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;
class QTableWidget;

namespace cd {

class AssessmentModel;
class Workspace;

// 年终结硬帐: every unit's score as of today (a preview) or as locked, the ranking, one
// unit's breakdown with the data behind each item, the rubric, manual scores and overrides,
// the lock, and the ranking and score sheets in print.
class AssessmentPage : public QWidget
{
    Q_OBJECT
public:
    explicit AssessmentPage(Workspace& workspace, QWidget* parent = nullptr);
    void reload();
    AssessmentModel* model() const { return m_model; }
    QTableView* ranking() const { return m_view; }
    QTableWidget* breakdown() const { return m_breakdown; }
    void selectUnit(qint64 unitId);
    void lock();
    void unlock();
    void editScore();
    void editRubric();
    void previewRanking();
    void saveRankingPdf();
    void saveScoreSheet();
    void exportSheet();

signals:
    // A breakdown line was opened: show the unit's reports, problems and cases.
    void unitActivated(qint64 unitId);

private:
    int year() const;
    qint64 currentUnit() const;
    void showBreakdown();
    void updateButtons();
    void paintRanking(QPrinter* printer);

    Workspace& m_workspace;
    AssessmentModel* m_model;
    QSortFilterProxyModel* m_byName;
    QSortFilterProxyModel* m_byGrade;
    QTableView* m_view;
    QTableWidget* m_breakdown;
    QLabel* m_state;
    QLineEdit* m_filter;
    QComboBox* m_grade;
    QPushButton* m_score;
    QPushButton* m_rubric;
    QPushButton* m_lock;
    QPushButton* m_unlock;
    QPushButton* m_history;
};

} // namespace cd
