// GUI tests: real widgets on an offscreen QApplication; dialogs answered through test seams.
#include "widgets/common/Dialogs.h"
#include "widgets/common/WheelGuard.h"

#include <QApplication>
#include <QSettings>
#include <QStandardPaths>
#include <gtest/gtest.h>

int main(int argc, char** argv)
{
    // gtest_discover_tests runs this binary without the test environment, so set it here.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("CampaignDesk"));
    QApplication::setApplicationName(QStringLiteral("CampaignDeskTest"));
    QStandardPaths::setTestModeEnabled(true); // settings and data go to a test location
    QSettings().clear();                       // and start from nothing on every run
    cd::dialogs::testing::setNonInteractive(true);
    cd::WheelGuard::install(app); // as the program does
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}
