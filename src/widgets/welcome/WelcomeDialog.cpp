#include "widgets/welcome/WelcomeDialog.h"

#include "services/CampaignService.h"
#include "ui_WelcomeDialog.h"
#include "widgets/common/Dialogs.h"
#include "widgets/common/Workspace.h"

#include <QDate>
#include <QDir>
#include <QFile>
#include <QPushButton>
#include <QStandardPaths>

namespace cd {

QString defaultDataFolder()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    QDir().mkpath(dir);
    return dir;
}

WelcomeDialog::WelcomeDialog(Workspace& workspace, QWidget* parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::WelcomeDialog>()), m_workspace(workspace)
{
    m_ui->setupUi(this);
    m_ui->yearSpin->setValue(QDate::currentDate().year());
    m_ui->errorLabel->hide();
    connect(m_ui->createButton, &QPushButton::clicked, this, &WelcomeDialog::createCampaign);
    connect(m_ui->openButton, &QPushButton::clicked, this, &WelcomeDialog::openFile);
    connect(m_ui->demoButton, &QPushButton::clicked, this, [this] {
        m_choice = Choice::Demo;
        accept();
    });
    connect(m_ui->serverButton, &QPushButton::clicked, this, [this] {
        m_choice = Choice::Server;
        accept();
    });
    connect(m_ui->taskPackageButton, &QPushButton::clicked, this, [this] {
        m_choice = Choice::TaskPackage;
        accept();
    });
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

WelcomeDialog::~WelcomeDialog() = default;

void WelcomeDialog::createCampaign()
{
    const int year = m_ui->yearSpin->value();
    const QString path = dialogs::saveFileName(this, tr("Save the new campaign as"), dialogs::FileKind::Campaign, tr("campaign-%1.cdb").arg(year),
                                               tr("CampaignDesk files (*.cdb)"));
    if (path.isEmpty()) return;
    const auto showError = [this](const QString& text) {
        m_ui->errorLabel->setText(text);
        m_ui->errorLabel->show();
    };
    if (QFile::exists(path)) {
        showError(tr("%1 already exists. Choose another name, or open it with \"Open a file\".").arg(path));
        return;
    }
    if (auto s = m_workspace.open(path, true); !s) {
        showError(s.error().message);
        return;
    }
    auto created = CampaignService(m_workspace.context()).createFromTemplate(year);
    if (!created) {
        m_workspace.close();
        QFile::remove(path);
        showError(created.error().message);
        return;
    }
    m_workspace.notifyChanged();
    m_choice = Choice::Created;
    m_path = path;
    accept();
}

void WelcomeDialog::openFile()
{
    const QString path = dialogs::openFileName(this, tr("Open a campaign file"), dialogs::FileKind::Campaign, tr("CampaignDesk files (*.cdb);;All files (*)"));
    if (path.isEmpty()) return;
    m_choice = Choice::OpenFile;
    m_path = path;
    accept();
}

} // namespace cd
