#pragma once

#include "domain/Entities.h"

#include <QDialog>

class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace cd {

class Workspace;

// One line of a unit's responsibility list: a named person, a post, a level, a duty, a target.
class ResponsibilityDialog : public QDialog
{
    Q_OBJECT
public:
    ResponsibilityDialog(Workspace& workspace, const Unit& unit, const QList<Task>& tasks, const Responsibility& r,
                         QWidget* parent = nullptr);
    void accept() override;

private:
    void fill(const Responsibility& r); // the form from `r`
    Responsibility edited() const;
    Workspace& m_workspace;
    Responsibility m_r;
    QComboBox* m_task;
    QComboBox* m_level;
    QLineEdit* m_person;
    QLineEdit* m_post;
    QPlainTextEdit* m_duty;
    QDoubleSpinBox* m_target;
    QLabel* m_error;
};

} // namespace cd
