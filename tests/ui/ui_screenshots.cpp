// Renders the account, certificate and preferences dialogs to PNGs, so that a person can
// look at them (docs/screenshots/). Not a test: it asserts nothing.
//
//   QT_QPA_PLATFORM=offscreen ui_screenshots OUTDIR
// or, in a real X window: tools/screenshot shot.png -- ui_screenshots OUTDIR --stay

#include "ui/AccountDialog.h"
#include "ui/AccountListDialog.h"
#include "ui/AccountSettings.h"
#include "ui/CertificateDialog.h"
#include "ui/Language.h"
#include "ui/MessageViewPane.h"
#include "ui/PreferencesDialog.h"
#include "ui/ViewSettings.h"

#include <QApplication>
#include <QBuffer>
#include <QComboBox>
#include <QDir>
#include <QEventLoop>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QPainter>
#include <QSettings>
#include <QStandardPaths>
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

// A letter with what the message view deals with: encoded headers, HTML with
// a remote image (blocked), an inline cid: picture and two attachments.
QByteArray sampleMessage()
{
    QImage picture(240, 120, QImage::Format_RGB32);
    picture.fill(QColor(0x2f, 0x6f, 0xb5));
    QPainter painter(&picture);
    painter.setPen(Qt::white);
    painter.setFont(QFont(QStringLiteral("DejaVu Sans"), 18, QFont::Bold));
    painter.drawText(picture.rect(), Qt::AlignCenter, QStringLiteral("cid: image"));
    painter.end();
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    picture.save(&buffer, "PNG");
    return "From: =?UTF-8?B?0JzQsNGA0LjRjyDQodC80LjRgNC90L7QstCw?= <maria@example.org>\r\n"
           "To: Alice <alice@example.net>\r\n"
           "Cc: Bob <bob@example.net>\r\n"
           "Date: Wed, 31 Dec 2025 16:27:04 +0100\r\n"
           "Subject: =?UTF-8?Q?Gr=C3=BC=C3=9Fe_aus_M=C3=BCnchen?=\r\n"
           "MIME-Version: 1.0\r\n"
           "Content-Type: multipart/mixed; boundary=outer\r\n\r\n"
           "--outer\r\nContent-Type: multipart/related; boundary=rel\r\n\r\n"
           "--rel\r\nContent-Type: text/html; charset=utf-8\r\n\r\n"
           "<h2>Hello Alice,</h2><p>here is the <b>plan</b> for Friday, and the map:</p>"
           "<p><img src=\"cid:map@example.org\"></p>"
           "<p>Our logo, from the web: <img src=\"https://tracker.example/logo.png\"></p>"
           "<p>See you!<br>Maria</p>\r\n"
           "--rel\r\nContent-Type: image/png\r\nContent-ID: <map@example.org>\r\n"
           "Content-Disposition: inline\r\nContent-Transfer-Encoding: base64\r\n\r\n"
        + png.toBase64()
        + "\r\n--rel--\r\n"
          "--outer\r\nContent-Type: application/pdf; name=\"plan.pdf\"\r\n"
          "Content-Disposition: attachment; filename=\"plan.pdf\"\r\nContent-Transfer-Encoding: base64\r\n\r\n"
        + QByteArray(30000, 'x').toBase64()
        + "\r\n--outer\r\nContent-Type: text/plain; name=\"notes.txt\"\r\n"
          "Content-Disposition: attachment; filename=\"notes.txt\"\r\n\r\nattached notes\r\n"
          "--outer--\r\n";
}

void saveMessageView(MessageViewPane &pane, const QString &dir, const QString &name)
{
    QEventLoop loop;
    QObject::connect(&pane, &MessageViewPane::messageShown, &loop, &QEventLoop::quit);
    pane.resize(900, 620);
    pane.show();
    pane.showMessage(sampleMessage());
    loop.exec();
    QApplication::processEvents();
    const QString path = QDir(dir).filePath(name);
    if (!pane.grab().save(path))
        std::fprintf(stderr, "cannot write %s\n", qPrintable(path));
    else
        std::printf("%s\n", qPrintable(path));
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    const QStringList args = app.arguments();
    const QString out = args.size() > 1 ? args.at(1) : QStringLiteral(".");
    QDir().mkpath(out);
    // English still needs its plural forms ("1 attachment:"); QUIRE_LANGUAGE
    // picks another language for the shots.
    Language language;
    language.apply(qEnvironmentVariable("QUIRE_LANGUAGE", QStringLiteral("en")));

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
    changed.hide();

    MessageViewPane view;
    saveMessageView(view, out, QStringLiteral("message-view.png"));
    view.setPreferPlainText(true);
    saveMessageView(view, out, QStringLiteral("message-view-plain.png"));
    // Preferences read QSettings(): a test location, never the user's own.
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("QuireScreenshots"));
    QSettings().clear();
    ViewSettings::allowRemoteContentFor(QStringLiteral("maria@example.org"));
    ViewSettings::allowRemoteContentFor(QStringLiteral("newsletter@shop.example"));
    PreferencesDialog preferences(true);
    save(preferences, out, QStringLiteral("preferences-dialog.png"));
    preferences.hide();
    QSettings().clear();
    if (args.contains(QStringLiteral("--stay")))
        return app.exec();
    return 0;
}
