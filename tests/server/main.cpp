// Tests against the throwaway PostgreSQL that CTest starts (scripts/pg-throwaway.sh).
#include <QCoreApplication>
#include <gtest/gtest.h>

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv); // the Sql plugins are found through the application
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}
