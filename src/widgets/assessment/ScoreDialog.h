#pragma once

#include "domain/Assessment.h"

#include <QDateTime>
#include <QDialog>

class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;

namespace cd {

class Workspace;

// One unit's score for one item: a manual item's value, or an override of an automatic one
// with its reason; "Back to the rule" removes what the office entered.
class ScoreDialog : public QDialog
{
    Q_OBJECT
public:
    ScoreDialog(Workspace& workspace, int year, Rubric rubric, UnitScore unit, QWidget* parent = nullptr);
    void selectItem(const QString& code);
    void accept() override;
    void clearEntry();

private:
    void showItem();
    void fail(const QString& message);

    Workspace& m_workspace;
    int m_year;
    Rubric m_rubric;
    UnitScore m_unit;
    QComboBox* m_item;
    QLabel* m_rule;
    QDoubleSpinBox* m_value;
    QLineEdit* m_reason;
    QLabel* m_error;
    std::optional<QString> m_asRead; // the shown item's entry as read (AssessmentService::entryAsRead)
};

} // namespace cd
