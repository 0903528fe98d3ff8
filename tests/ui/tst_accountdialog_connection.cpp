// "Test connection" against the private Dovecot (tests/integration): with
// the server's CA it succeeds (TLS and STARTTLS); without it the
// certificate dialog opens, and "Trust once" then connects. Skips without
// QUIRE_DOVECOT_ENV (run it through ctest, which starts the server).

#include "tests/support/ServerEnvFile.h"
#include "ui/AccountDialog.h"
#include "ui/CertificateDialog.h"

#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTest>

using namespace quire;
using namespace quire::ui;

namespace {

constexpr int kTimeoutMs = 20000;

ConnectionTestResult resultOf(const QSignalSpy &spy, int index = 0)
{
    return spy.at(index).at(0).value<ConnectionTestResult>();
}

} // namespace

class AccountDialogConnectionTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void tlsWithCaSucceeds();
    void startTlsWithCaSucceeds();
    void withoutCaAsksAboutCertificate();
    void changedPinOpensLoudVariant();
    void closedPortSaysRefused();
    void cancelStopsTheTest();

private:
    AccountConfig account(Security security, bool withCa) const;

    QString m_host;
    quint16 m_imapPort = 0;
    quint16 m_imapsPort = 0;
    QString m_ca;
};

void AccountDialogConnectionTest::initTestCase()
{
    qRegisterMetaType<ConnectionTestResult>();
    qRegisterMetaType<CertificateDialog *>();
    const QString path = qEnvironmentVariable("QUIRE_DOVECOT_ENV");
    if (path.isEmpty())
        QSKIP("QUIRE_DOVECOT_ENV is not set: no test server (run through ctest)");
    const auto vars = readServerEnvFile(path);
    m_host = vars.value(QStringLiteral("IMAP_HOST"));
    m_imapPort = vars.value(QStringLiteral("IMAP_PORT")).toUShort();
    m_imapsPort = vars.value(QStringLiteral("IMAPS_PORT")).toUShort();
    m_ca = vars.value(QStringLiteral("IMAP_CA_CERT"));
    QVERIFY2(!m_host.isEmpty() && m_imapsPort && m_imapPort && QFile::exists(m_ca), qPrintable(path));
}

AccountConfig AccountDialogConnectionTest::account(Security security, bool withCa) const
{
    AccountConfig a;
    a.displayName = QStringLiteral("Test");
    a.host = m_host;
    a.security = security;
    a.port = security == Security::ImplicitTls ? m_imapsPort : m_imapPort;
    a.userName = QStringLiteral("alice");
    if (withCa)
        a.caFile = m_ca;
    return a;
}

void AccountDialogConnectionTest::tlsWithCaSucceeds()
{
    AccountDialog dialog(account(Security::ImplicitTls, true), nullptr, nullptr);
    dialog.show();
    QSignalSpy finished(&dialog, &AccountDialog::connectionTestFinished);
    dialog.testButton()->click();
    QVERIFY(dialog.cancelTestButton()->isVisible()); // the UI is not blocked meanwhile
    QVERIFY(finished.wait(kTimeoutMs));
    const ConnectionTestResult result = resultOf(finished);
    QCOMPARE(int(result.outcome), int(ConnectionTestResult::Outcome::Success));
    QVERIFY(result.encrypted);
    QVERIFY(result.greeting.startsWith("* OK"));
    QVERIFY2(
        dialog.testStatus()->text().startsWith(QStringLiteral("Success")), qPrintable(dialog.testStatus()->text()));
    QVERIFY(dialog.testButton()->isVisible());
}

void AccountDialogConnectionTest::startTlsWithCaSucceeds()
{
    AccountDialog dialog(account(Security::StartTls, true), nullptr, nullptr);
    QSignalSpy finished(&dialog, &AccountDialog::connectionTestFinished);
    dialog.testButton()->click();
    QVERIFY(finished.wait(kTimeoutMs));
    const ConnectionTestResult result = resultOf(finished);
    QCOMPARE(int(result.outcome), int(ConnectionTestResult::Outcome::Success));
    QVERIFY(result.encrypted);
}

void AccountDialogConnectionTest::withoutCaAsksAboutCertificate()
{
    AccountDialog dialog(account(Security::ImplicitTls, false), nullptr, nullptr);
    dialog.show();
    QSignalSpy finished(&dialog, &AccountDialog::connectionTestFinished);
    QSignalSpy opened(&dialog, &AccountDialog::certificateDialogOpened);
    dialog.testButton()->click();
    QVERIFY(opened.wait(kTimeoutMs));
    const ConnectionTestResult failed = resultOf(finished);
    QCOMPARE(int(failed.outcome), int(ConnectionTestResult::Outcome::TransportFailed));
    QCOMPARE(int(failed.error->kind), int(imap::TransportErrorKind::CertificateUntrusted));
    QVERIFY(dialog.testStatus()->text().contains(QStringLiteral("not trusted")));

    auto *certificate = opened.at(0).at(0).value<CertificateDialog *>();
    QVERIFY(certificate);
    QVERIFY(!certificate->isPinChange());
    QCOMPARE(certificate->pinnedFingerprint().size(), 64);
    certificate->trustOnceButton()->click();
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 2, kTimeoutMs);
    QCOMPARE(int(resultOf(finished, 1).outcome), int(ConnectionTestResult::Outcome::Success));
    QVERIFY(dialog.account().pinnedSha256.isEmpty()); // once means once

    // Trust always: the pin is kept in the form (saved with OK), and a
    // changed pin then gives the loud variant.
    dialog.testButton()->click();
    QVERIFY(opened.wait(kTimeoutMs));
    auto *again = opened.at(1).at(0).value<CertificateDialog *>();
    const QString fingerprint = again->pinnedFingerprint();
    again->trustAlwaysButton()->click(); // the dialog deletes itself on close
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 4, kTimeoutMs);
    QCOMPARE(int(resultOf(finished, 3).outcome), int(ConnectionTestResult::Outcome::Success));
    QCOMPARE(dialog.account().pinnedSha256, fingerprint);
}

void AccountDialogConnectionTest::changedPinOpensLoudVariant()
{
    AccountConfig a = account(Security::ImplicitTls, true);
    a.id = QStringLiteral("pinned");
    a.pinnedSha256 = QString(64, QLatin1Char('0')); // some other certificate
    AccountDialog dialog(a, nullptr, nullptr);
    dialog.show();
    QSignalSpy finished(&dialog, &AccountDialog::connectionTestFinished);
    QSignalSpy opened(&dialog, &AccountDialog::certificateDialogOpened);
    dialog.testButton()->click();
    QVERIFY(opened.wait(kTimeoutMs));
    QCOMPARE(int(resultOf(finished).error->kind), int(imap::TransportErrorKind::CertificatePinMismatch));
    auto *certificate = opened.at(0).at(0).value<CertificateDialog *>();
    QVERIFY(certificate->isPinChange());
    QVERIFY(certificate->cancelButton()->isDefault());
    certificate->cancelButton()->click();
    QTest::qWait(300);
    QCOMPARE(finished.size(), 1); // nothing connects after Cancel
    QCOMPARE(dialog.account().pinnedSha256, a.pinnedSha256);
}

void AccountDialogConnectionTest::closedPortSaysRefused()
{
    AccountConfig a = account(Security::ImplicitTls, true);
    a.port = 1; // nothing listens on tcpmux here
    AccountDialog dialog(a, nullptr, nullptr);
    QSignalSpy finished(&dialog, &AccountDialog::connectionTestFinished);
    dialog.testButton()->click();
    QVERIFY(finished.wait(kTimeoutMs));
    QCOMPARE(int(resultOf(finished).error->kind), int(imap::TransportErrorKind::ConnectionRefused));
    QVERIFY(dialog.testStatus()->text().contains(QStringLiteral("refused")));
}

void AccountDialogConnectionTest::cancelStopsTheTest()
{
    AccountDialog dialog(account(Security::ImplicitTls, true), nullptr, nullptr);
    dialog.show();
    QSignalSpy finished(&dialog, &AccountDialog::connectionTestFinished);
    dialog.testButton()->click();
    dialog.cancelTestButton()->click();
    QVERIFY(dialog.testButton()->isVisible());
    QVERIFY(dialog.testStatus()->text().contains(QStringLiteral("stopped")));
    QTest::qWait(500);
    QCOMPARE(finished.size(), 0);
}

QTEST_MAIN(AccountDialogConnectionTest)
#include "tst_accountdialog_connection.moc"
