#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QTableWidget;

namespace cd {

class ResponsibilityTableModel;
class Workspace;

// One unit at a glance: its responsibility list, progress per task, a timeline of its
// reports in which gaps stand out (热一阵、冷一阵), its problem lines and typical cases.
class UnitPage : public QWidget
{
    Q_OBJECT
public:
    explicit UnitPage(Workspace& workspace, QWidget* parent = nullptr);
    void showUnit(qint64 unitId);
    void reload();
    QTableWidget* timeline() const { return m_timeline; }

private:
    Workspace& m_workspace;
    QComboBox* m_unit;
    QLabel* m_heading;
    ResponsibilityTableModel* m_responsibilities;
    QTableWidget* m_progress;
    QTableWidget* m_timeline;
    QTableWidget* m_problems;
    QTableWidget* m_cases;
};

} // namespace cd
