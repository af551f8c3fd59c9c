#pragma once

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSplitter;
class QTableView;

namespace cd {

class GroupPanel;
class UnitFilterProxy;
class UnitTableModel;
class Workspace;

// The units of the campaign: search, category filter, sorting; add, edit, deactivate,
// import and export.
class UnitsPage : public QWidget
{
    Q_OBJECT
public:
    explicit UnitsPage(Workspace& workspace, QWidget* parent = nullptr);

    void reload();
    void addUnit();
    void editCurrent();
    void toggleActive();
    void importUnits();
    void exportUnits();
    void showUnit(qint64 unitId);
    // Puts the chosen unit in a group the user picks (or at the top).
    void moveToGroup();

    QTableView* table() const { return m_table; }
    QLineEdit* searchEdit() const { return m_search; }
    UnitTableModel* model() const { return m_model; }
    UnitFilterProxy* proxy() const { return m_proxy; }
    GroupPanel* groups() const { return m_groups; }

private:
    void updateActions();
    void updateCount();
    qint64 currentUnitId() const;

    Workspace& m_workspace;
    UnitTableModel* m_model;
    UnitFilterProxy* m_proxy;
    QTableView* m_table;
    QLineEdit* m_search;
    QComboBox* m_category;
    QCheckBox* m_showInactive;
    QLabel* m_count;
    QPushButton* m_edit;
    QPushButton* m_toggle;
    QPushButton* m_add;
    QPushButton* m_import;
    QPushButton* m_export;
    QPushButton* m_history;
    QPushButton* m_move;
    GroupPanel* m_groups;
    QSplitter* m_split;
};

} // namespace cd
