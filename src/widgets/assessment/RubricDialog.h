#pragma once

#include "domain/Assessment.h"

#include <QDialog>
#include <QJsonObject>

class QDoubleSpinBox;
class QLabel;
class QTableWidget;

namespace cd {

class Workspace;

// The year's rubric: items grouped by pillar, each with its maximum, rule and parameters
// ("missing=5, late=2"), and the grade thresholds. Read-only while the year is locked or
// for those who may not change it.
class RubricDialog : public QDialog
{
    Q_OBJECT
public:
    RubricDialog(Workspace& workspace, int year, QWidget* parent = nullptr);
    void accept() override;
    // What the table says, parsed; an error names the row.
    Result<Rubric> rubric() const;
    void setRubric(const Rubric& r);
    QTableWidget* table() const { return m_table; }

private:
    void addRow(const RubricItem& item);
    void updateTotals();

    Workspace& m_workspace;
    int m_year;
    QTableWidget* m_table;
    QDoubleSpinBox* m_excellent;
    QDoubleSpinBox* m_good;
    QDoubleSpinBox* m_pass;
    QLabel* m_totals;
    QLabel* m_error;
    bool m_editable = false;
    QJsonObject m_asRead; // the rubric as this dialog loaded it
};

} // namespace cd
