// Renders the account and certificate dialogs to PNGs, so that a person can
// look at them (docs/screenshots/). Not a test: it asserts nothing.
//
//   QT_QPA_PLATFORM=offscreen ui_screenshots OUTDIR
// or, in a real X window: tools/screenshot shot.png -- ui_screenshots OUTDIR --stay

#include "ui/AccountDialog.h"
#include "ui/AccountListDialog.h"
#include "ui/AccountSettings.h"
#include "ui/CertificateDialog.h"

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QSettings>
#include <QTemporaryDir>

#include <cstdio>

using namespace quire;
using namespace quire::ui;

namespace {

void save(QWidget &widget, const QString &dir, const QString &name)
{
    widget.show();
    widget.adjustSize();
    QApplication::processEvents();
    const QString path = QDir(dir).filePath(name);
    if (!widget.grab().save(path))
        std::fprintf(stderr, "cannot write %s\n", qPrintable(path));
    else
        std::printf("%s\n", qPrintable(path));
}

AccountConfig demoAccount()
{
    AccountConfig a;
    a.id = QStringLiteral("demo");
    a.displayName = QStringLiteral("Demo (alice)");
    a.host = QStringLiteral("127.0.0.1");
    a.port = 993;
    a.userName = QStringLiteral("alice");
    a.caFile = QStringLiteral("/tmp/quire-demo/server/ca.pem");
    return a;
}

imap::TransportError certificateError(imap::TransportErrorKind kind)
{
    imap::PeerCertificate cert;
    cert.subject = QStringLiteral("localhost");
    cert.issuer = QStringLiteral("Quire test CA");
    cert.notBefore = QDateTime(QDate(2025, 11, 26), QTime(12, 0), Qt::UTC);
    cert.notAfter = QDateTime(QDate(2035, 11, 24), QTime(12, 0), Qt::UTC);
    cert.sha256Hex = "3f9a0c6e1b2d4f5a6c7e8091a2b3c4d5e6f708192a3b4c5d6e7f8091a2b3c4d5";
    return { kind, QStringLiteral("The certificate is self-signed, and untrusted"), cert };
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    const QStringList args = app.arguments();
    const QString out = args.size() > 1 ? args.at(1) : QStringLiteral(".");
    QDir().mkpath(out);

    AccountDialog account(demoAccount(), nullptr, nullptr);
    account.passwordEdit()->setText(QStringLiteral("alicepw"));
    account.testStatus()->setText(
        AccountDialog::describe(ConnectionTestResult { ConnectionTestResult::Outcome::Success, "* OK", {}, true }));
    save(account, out, QStringLiteral("account-dialog.png"));
    account.hide();

    AccountDialog plaintext(AccountConfig {}, nullptr, nullptr);
    plaintext.hostEdit()->setText(QStringLiteral("localhost"));
    plaintext.userEdit()->setText(QStringLiteral("alice"));
    plaintext.securityCombo()->setCurrentIndex(plaintext.securityCombo()->findData(int(Security::Plaintext)));
    save(plaintext, out, QStringLiteral("account-dialog-unencrypted.png"));
    plaintext.hide();

    QTemporaryDir dir;
    QSettings settings(dir.filePath(QStringLiteral("quire.conf")), QSettings::IniFormat);
    saveAccount(settings, demoAccount());
    AccountConfig work = demoAccount();
    work.id = QStringLiteral("work");
    work.displayName = QStringLiteral("Work");
    work.host = QStringLiteral("imap.example.com");
    work.security = Security::StartTls;
    work.port = 143;
    saveAccount(settings, work);
    AccountListDialog list(settings, nullptr);
    save(list, out, QStringLiteral("account-list-dialog.png"));
    list.hide();

    CertificateDialog untrusted(
        demoAccount(), certificateError(imap::TransportErrorKind::CertificateUntrusted), nullptr);
    save(untrusted, out, QStringLiteral("certificate-dialog.png"));
    untrusted.hide();

    AccountConfig pinned = demoAccount();
    pinned.pinnedSha256 = QStringLiteral("a1b2c3d4e5f60718293a4b5c6d7e8f90a1b2c3d4e5f60718293a4b5c6d7e8f90");
    CertificateDialog changed(pinned, certificateError(imap::TransportErrorKind::CertificatePinMismatch), nullptr);
    save(changed, out, QStringLiteral("certificate-dialog-changed.png"));
    if (args.contains(QStringLiteral("--stay")))
        return app.exec();
    return 0;
}
