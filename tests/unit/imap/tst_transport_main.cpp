// The transport tests need a QCoreApplication for sockets, timers and
// QSignalSpy::wait; gtest_main does not make one.

#include <QCoreApplication>

#include <gtest/gtest.h>

int main(int argc, char **argv)
{
    QCoreApplication application(argc, argv);
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}
