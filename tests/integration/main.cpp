// Integration tests: storage on temporary files, services, import/export, the CLI binary.
#include <QCoreApplication>
#include "support/TestSupport.h"

#include <gtest/gtest.h>

int main(int argc, char** argv)
{
    cd::test::capMemory(4096); // the sheets and packages read here are never near that
    QCoreApplication app(argc, argv); // resources, QStringDecoder, QProcess
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}
