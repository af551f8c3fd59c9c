#pragma once

#include "services/SettingsService.h"

#include <QDialog>

namespace cd {

class Workspace;

// The campaign file's settings: the dashboard's light thresholds, whether whoever reported a
// fix may also strike the line off, the size limit per evidence file. Read-only for those
// who may not change them.
class SettingsDialog : public QDialog
{
    Q_OBJECT
public:
    explicit SettingsDialog(Workspace& workspace, QWidget* parent = nullptr);
    void accept() override;

private:
    Workspace& m_workspace;
    CampaignSettings m_asRead; // what the form shows, so that a change made meanwhile is not overwritten
};

} // namespace cd
