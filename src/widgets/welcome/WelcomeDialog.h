#pragma once

#include <QDialog>
#include <memory>

namespace Ui {
class WelcomeDialog;
}

namespace cd {

class Workspace;

// First run: create this year's campaign from the template, open a file, open the demo, or
// (a unit without the office's network) open the task package the office sent.
class WelcomeDialog : public QDialog
{
    Q_OBJECT
public:
    enum class Choice { None, Created, OpenFile, Demo, TaskPackage, Server };

    WelcomeDialog(Workspace& workspace, QWidget* parent = nullptr);
    ~WelcomeDialog() override;

    Choice choice() const { return m_choice; }
    QString chosenPath() const { return m_path; }

private:
    void createCampaign();
    void openFile();

    std::unique_ptr<Ui::WelcomeDialog> m_ui;
    Workspace& m_workspace;
    Choice m_choice = Choice::None;
    QString m_path;
};

QString defaultDataFolder();

} // namespace cd
