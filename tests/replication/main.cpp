// Tests that start their own primary and synchronous standby (scripts/pg-throwaway.sh), kill
// the primary, promote the standby, and recover to a point in time; the window on a standby.
#include <QStandardPaths>
#include <QSettings>
#include <gtest/gtest.h>
#ifdef CD_WITH_WINDOW
#include "widgets/common/Dialogs.h"

#include <QApplication>
using App = QApplication;
#else
#include <QCoreApplication>
using App = QCoreApplication;
#endif

int main(int argc, char** argv)
{
#ifdef CD_WITH_WINDOW
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) qputenv("QT_QPA_PLATFORM", "offscreen");
#endif
    App app(argc, argv); // the Sql plugins are found through the application
    App::setOrganizationName(QStringLiteral("CampaignDesk"));
    App::setApplicationName(QStringLiteral("CampaignDeskTest"));
    QStandardPaths::setTestModeEnabled(true); // settings go to a test location
    QSettings().clear();
#ifdef CD_WITH_WINDOW
    cd::dialogs::testing::setNonInteractive(true);
#endif
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}
