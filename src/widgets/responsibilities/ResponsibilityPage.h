#pragma once

#include "domain/Entities.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QListView;
class QSortFilterProxyModel;
class QTabWidget;
class QTableView;

class QPushButton;

namespace cd {

class CoverageModel;
class ResponsibilityTableModel;
class UnitFilterProxy;
class UnitTableModel;
class Workspace;

// Responsibility lists (责任清单): per unit, every task with its named people; and a
// unit × task matrix showing what is still missing.
class ResponsibilityPage : public QWidget
{
    Q_OBJECT
public:
    explicit ResponsibilityPage(Workspace& workspace, QWidget* parent = nullptr);
    void reload();
    void selectUnit(qint64 unitId);
    ResponsibilityTableModel* listModel() const { return m_listModel; }
    CoverageModel* coverageModel() const { return m_coverageModel; }

private:
    QList<QPushButton*> m_setupButtons; // offered to the office only
    void showCurrentUnit();
    void addResponsibility();
    void editResponsibility();
    void removeResponsibility();
    void exportList();
    const Unit* currentUnit() const;

    Workspace& m_workspace;
    UnitTableModel* m_units;
    UnitFilterProxy* m_unitProxy;
    QLineEdit* m_unitSearch;
    QListView* m_unitList;
    QTabWidget* m_tabs;
    QLabel* m_unitHeading;
    ResponsibilityTableModel* m_listModel;
    QSortFilterProxyModel* m_listProxy;
    QTableView* m_listTable;
    CoverageModel* m_coverageModel;
    QSortFilterProxyModel* m_coverageProxy;
    QTableView* m_coverageTable;
    QList<Task> m_tasks;
};

} // namespace cd
