// Unit tests: pure rules and the input reader, no QApplication.
#include <gtest/gtest.h>
#include <sys/resource.h>

int main(int argc, char** argv)
{
#if !defined(__SANITIZE_ADDRESS__)
    // A reader that runs away on endless input (the input tests read /dev/zero and /proc)
    // fails its test instead of taking the machine.
    const rlimit cap{rlim_t(2048) << 20, rlim_t(2048) << 20};
    ::setrlimit(RLIMIT_AS, &cap);
#endif
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}
