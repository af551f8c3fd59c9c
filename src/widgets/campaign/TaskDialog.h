#pragma once

#include "domain/Entities.h"

#include <QDialog>

class QComboBox;
class QDateEdit;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace cd {

class Workspace;

// Edits a task, or adds a unit's own task (自选动作).
class TaskDialog : public QDialog
{
    Q_OBJECT
public:
    TaskDialog(Workspace& workspace, const Campaign& campaign, const Task& task, const QList<Unit>& units, QWidget* parent = nullptr);
    void accept() override;

private:
    Workspace& m_workspace;
    Campaign m_campaign;
    Task m_task;
    QLineEdit* m_code;
    QLineEdit* m_title;
    QPlainTextEdit* m_description;
    QComboBox* m_pillar;
    QComboBox* m_unit;
    QComboBox* m_cadence;
    QDoubleSpinBox* m_target;
    QComboBox* m_measure;
    QDateEdit* m_due;
    QLabel* m_error;
};

} // namespace cd
