#pragma once

#include <QDialog>

namespace cd {

class Workspace;

// A new typical case: unit, pillar, positive (先进典型) or negative (反面典型), title, date,
// what happened, and whether it is published for the bulletin and the assessment.
class CaseDialog : public QDialog
{
    Q_OBJECT
public:
    explicit CaseDialog(Workspace& workspace, QWidget* parent = nullptr);
    void accept() override;

private:
    Workspace& m_workspace;
};

} // namespace cd
