// The main of the gtest widget tests: offscreen, with QStandardPaths in test
// mode so that settings and caches never touch the user's, and an application
// name of the test's own so that tests running at once keep apart.
#include <QApplication>
#include <QFileInfo>
#include <QStandardPaths>

#include <gtest/gtest.h>

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QStandardPaths::setTestModeEnabled(true);
    QApplication application(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("QuireTest"));
    QApplication::setApplicationName(QFileInfo(QString::fromLocal8Bit(argv[0])).fileName());
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}
