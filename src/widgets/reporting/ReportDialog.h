#pragma once

#include <QDialog>

#include <memory>

class QListWidget;
class QTemporaryDir;

namespace cd {

class Workspace;

// One submitted report: its items, evidence files (opened with the system's viewer) and
// what changed since the previous version and the previous period; accept or return.
class ReportDialog : public QDialog
{
    Q_OBJECT
public:
    ReportDialog(Workspace& workspace, qint64 reportId, QWidget* parent = nullptr);
    ~ReportDialog() override;
    // Where the evidence opened from this dialog is copied for the system's viewer: a folder
    // of this person's alone (0700), removed with everything in it when the dialog closes.
    QString evidenceFolder() const;

private:
    void openAttachment();
    Workspace& m_workspace;
    qint64 m_reportId;
    QListWidget* m_files;
    std::unique_ptr<QTemporaryDir> m_evidence;
};

} // namespace cd
