// Tests that start their own primary and synchronous standby (scripts/pg-throwaway.sh), kill
// the primary, promote the standby, and recover to a point in time.
#include <QCoreApplication>
#include <gtest/gtest.h>

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv); // the Sql plugins are found through the application
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}
