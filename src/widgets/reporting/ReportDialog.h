#pragma once

#include <QDialog>

class QListWidget;

namespace cd {

class Workspace;

// One submitted report: its items, evidence files (opened with the system's viewer) and
// what changed since the previous version and the previous period; accept or return.
class ReportDialog : public QDialog
{
    Q_OBJECT
public:
    ReportDialog(Workspace& workspace, qint64 reportId, QWidget* parent = nullptr);

private:
    void openAttachment();
    Workspace& m_workspace;
    qint64 m_reportId;
    QListWidget* m_files;
};

} // namespace cd
