#pragma once

#include <QDialog>

namespace cd {

class Workspace;

// A new ledger line: unit, pillar, description, rectification measure, responsible person,
// deadline, severity. From a finding, the unit and description come from the visit.
class ProblemDialog : public QDialog
{
    Q_OBJECT
public:
    ProblemDialog(Workspace& workspace, qint64 visitId, QWidget* parent = nullptr);
    void accept() override;

private:
    Workspace& m_workspace;
    qint64 m_visitId;
};

} // namespace cd
