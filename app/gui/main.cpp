// quire: the desktop mail reader.
#include "core/Version.h"
#include "ui/AccountSettings.h"
#include "ui/MainWindow.h"

#include <QApplication>
#include <QSettings>

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Quire"));
    QApplication::setApplicationName(QStringLiteral("quire"));
    QApplication::setApplicationVersion(quire::versionString());

    QSettings settings;
    quire::ui::MainWindow window(quire::ui::loadAccounts(settings));
    window.show();
    return app.exec();
}
