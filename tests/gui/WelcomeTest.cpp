#include "services/CampaignService.h"
#include "support/TestSupport.h"
#include "widgets/common/Dialogs.h"
#include "widgets/common/Workspace.h"
#include "widgets/welcome/WelcomeDialog.h"

#include <QFile>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>

using namespace cd;

TEST(WelcomeDialog, CreatesTheCampaignFromTheTemplate)
{
    QTemporaryDir dir;
    Workspace ws;
    WelcomeDialog dialog(ws);
    dialog.findChild<QSpinBox*>(QStringLiteral("yearSpin"))->setValue(2021);
    const QString path = dir.filePath(QStringLiteral("c.cdb"));
    dialogs::testing::setNextFileName(path);
    QTest::mouseClick(dialog.findChild<QPushButton*>(QStringLiteral("createButton")), Qt::LeftButton);
    EXPECT_EQ(dialog.result(), QDialog::Accepted);
    EXPECT_EQ(dialog.choice(), WelcomeDialog::Choice::Created);
    ASSERT_TRUE(ws.isOpen());
    auto c = ws.campaign();
    ASSERT_TRUE(c);
    EXPECT_EQ(c->year, 2021);
    EXPECT_EQ(CampaignService(ws.context()).tasks(c->id).size(), 33);
}

TEST(WelcomeDialog, AnExistingFileIsNeverOverwritten)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("mine.cdb"));
    cd::test::writeFile(path, "precious");
    Workspace ws;
    WelcomeDialog dialog(ws);
    dialogs::testing::setNextFileName(path);
    QTest::mouseClick(dialog.findChild<QPushButton*>(QStringLiteral("createButton")), Qt::LeftButton);
    EXPECT_NE(dialog.result(), QDialog::Accepted);
    EXPECT_FALSE(ws.isOpen());
    EXPECT_TRUE(dialog.findChild<QLabel*>(QStringLiteral("errorLabel"))->text().contains(QStringLiteral("mine.cdb")));
    EXPECT_EQ(cd::test::readFile(path), QByteArray("precious"));
}

TEST(WelcomeDialog, AUnitWithoutTheNetworkStartsFromItsTaskPackage)
{
    Workspace ws;
    WelcomeDialog dialog(ws);
    auto* button = dialog.findChild<QPushButton*>(QStringLiteral("taskPackageButton"));
    ASSERT_TRUE(button);
    QTest::mouseClick(button, Qt::LeftButton);
    EXPECT_EQ(dialog.result(), QDialog::Accepted);
    EXPECT_EQ(dialog.choice(), WelcomeDialog::Choice::TaskPackage);
    EXPECT_FALSE(ws.isOpen()); // the main window asks for the package and where to keep the file
}
