// quire: the desktop mail reader.
#include "core/Version.h"
#include "core/account/KeychainCredentialStore.h"
#include "core/account/PasswordProvider.h"
#include "core/imap/transport/SystemCertificates.h"
#include "ui/AccountSettings.h"
#include "ui/Language.h"
#include "ui/MainWindow.h"
#include "ui/OpenTrace.h"
#include "ui/PasswordPromptDialog.h"

#include <QApplication>
#include <QIcon>
#include <QPointer>
#include <QSettings>
#include <QTimer>

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    // Read on a worker while the window is built; the first connection needs them.
    quire::imap::systemCaCertificates();
    QApplication::setOrganizationName(QStringLiteral("Quire"));
    QApplication::setApplicationName(QStringLiteral("quire"));
    QApplication::setApplicationVersion(quire::versionString());
    // The desktop matches windows to org.quire.Quire.desktop (its icon, its name in the task bar).
    QApplication::setDesktopFileName(QStringLiteral("org.quire.Quire"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/org.quire.Quire.svg")));

    // Passwords: QUIRE_PASSWORD (demo), the keyring, this session, then the user.
    quire::KeychainCredentialStore keyring;
    QPointer<QWidget> promptParent;
    quire::PasswordProvider passwords(&keyring, [&promptParent](const quire::PasswordPrompt &prompt, auto answer) {
        quire::ui::PasswordPromptDialog::asker(promptParent)(prompt, std::move(answer));
    });

    QSettings settings;
    // Before any widget exists, so that every text is born in the right language.
    quire::ui::Language language;
    language.applyStartupChoice(settings);

    quire::ui::MainWindow window(quire::ui::loadAccounts(settings), &passwords);
    promptParent = &window;
    // The end-to-end benchmark's timing (QUIRE_TRACE_FILE); nothing otherwise.
    quire::ui::OpenTrace::fromEnvironment(&window);
    window.show();
    QTimer::singleShot(0, &window, &quire::ui::MainWindow::offerAccountSetup);
    return app.exec();
}
