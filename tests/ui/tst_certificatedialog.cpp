// The certificate dialog, offscreen: what it shows, that "Trust always"
// pins the fingerprint into the account's settings, and that a changed pin
// is a loud warning whose default is Cancel.

#include "ui/AccountSettings.h"
#include "ui/CertificateDialog.h"

#include <QApplication>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace quire;
using namespace quire::ui;

namespace {

const QByteArray kNewHex = "00112233445566778899aabbccddeeff00112233445566778899aabbccddeeff";
const QString kOldHex = QStringLiteral("ffeeddccbbaa99887766554433221100ffeeddccbbaa99887766554433221100");

imap::TransportError certificateError(imap::TransportErrorKind kind)
{
    imap::PeerCertificate cert;
    cert.subject = QStringLiteral("imap.example.com");
    cert.issuer = QStringLiteral("Example Private CA");
    cert.notBefore = QDateTime(QDate(2024, 1, 2), QTime(3, 4), Qt::UTC);
    cert.notAfter = QDateTime(QDate(2034, 1, 2), QTime(3, 4), Qt::UTC);
    cert.sha256Hex = kNewHex;
    return { kind, QStringLiteral("The certificate is self-signed, and untrusted"), cert };
}

AccountConfig account(const QString &pin = {})
{
    AccountConfig a;
    a.id = QStringLiteral("work");
    a.displayName = QStringLiteral("Work");
    a.host = QStringLiteral("imap.example.com");
    a.userName = QStringLiteral("alice");
    a.pinnedSha256 = pin;
    return a;
}

QString allLabelText(const QWidget &w)
{
    QString text;
    for (const QLabel *label : w.findChildren<QLabel *>())
        text += label->text() + QLatin1Char('\n');
    return text;
}

} // namespace

class CertificateDialogTest : public QObject
{
    Q_OBJECT

private slots:
    void groupsFingerprint();
    void showsCertificateDetails();
    void trustAlwaysPinsIntoSettings();
    void trustOnceRemembersNothing();
    void changedPinWarnsAndDefaultsToCancel();
};

void CertificateDialogTest::groupsFingerprint()
{
    QCOMPARE(CertificateDialog::groupedFingerprint(QStringLiteral("ab12cd")), QStringLiteral("AB:12:CD"));
    const QString grouped = CertificateDialog::groupedFingerprint(QString::fromLatin1(kNewHex));
    QCOMPARE(grouped.count(QLatin1Char('\n')), 3); // 32 bytes in four rows of 8
    QCOMPARE(grouped.count(QLatin1Char(':')), 28);
    QVERIFY(grouped.startsWith(QStringLiteral("00:11:22:33")));
}

void CertificateDialogTest::showsCertificateDetails()
{
    CertificateDialog dialog(account(), certificateError(imap::TransportErrorKind::CertificateUntrusted), nullptr);
    dialog.show();
    const QString text = allLabelText(dialog);
    QVERIFY(text.contains(QStringLiteral("imap.example.com")));
    QVERIFY(text.contains(QStringLiteral("Example Private CA")));
    QVERIFY(text.contains(CertificateDialog::groupedFingerprint(QString::fromLatin1(kNewHex))));
    const QString from
        = QLocale().toString(QDateTime(QDate(2024, 1, 2), QTime(3, 4), Qt::UTC).toLocalTime(), QLocale::LongFormat);
    QVERIFY2(text.contains(from), qPrintable(from));
    QVERIFY(text.contains(QStringLiteral("self-signed")));
    QVERIFY(!dialog.isPinChange());
    QVERIFY(dialog.cancelButton()->isDefault());
}

void CertificateDialogTest::trustAlwaysPinsIntoSettings()
{
    QTemporaryDir dir;
    QSettings settings(dir.filePath(QStringLiteral("quire.conf")), QSettings::IniFormat);
    saveAccount(settings, account());
    CertificateDialog dialog(account(), certificateError(imap::TransportErrorKind::CertificateUntrusted), &settings);
    dialog.show();
    dialog.trustAlwaysButton()->click();
    QCOMPARE(dialog.decision(), CertificateDialog::Decision::TrustAlways);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    settings.sync();
    QSettings reread(settings.fileName(), QSettings::IniFormat);
    const QList<AccountConfig> accounts = loadAccounts(reread);
    QCOMPARE(accounts.size(), 1);
    QCOMPARE(accounts.first().pinnedSha256, QString::fromLatin1(kNewHex));
}

void CertificateDialogTest::trustOnceRemembersNothing()
{
    QTemporaryDir dir;
    QSettings settings(dir.filePath(QStringLiteral("quire.conf")), QSettings::IniFormat);
    saveAccount(settings, account());
    CertificateDialog dialog(account(), certificateError(imap::TransportErrorKind::CertificateUntrusted), &settings);
    dialog.trustOnceButton()->click();
    QCOMPARE(dialog.decision(), CertificateDialog::Decision::TrustOnce);
    QCOMPARE(dialog.pinnedFingerprint(), QString::fromLatin1(kNewHex));
    QVERIFY(loadAccounts(settings).first().pinnedSha256.isEmpty());
}

void CertificateDialogTest::changedPinWarnsAndDefaultsToCancel()
{
    CertificateDialog dialog(
        account(kOldHex), certificateError(imap::TransportErrorKind::CertificatePinMismatch), nullptr);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QVERIFY(dialog.isPinChange());
    const QString text = allLabelText(dialog);
    QVERIFY(text.contains(QStringLiteral("changed")));
    QVERIFY(text.contains(QStringLiteral("attack")));
    QVERIFY(text.contains(CertificateDialog::groupedFingerprint(kOldHex)));
    QVERIFY(text.contains(CertificateDialog::groupedFingerprint(QString::fromLatin1(kNewHex))));
    QVERIFY(dialog.cancelButton()->isDefault());
    QVERIFY(!dialog.trustAlwaysButton()->isDefault() && !dialog.trustAlwaysButton()->autoDefault());
    QCOMPARE(QApplication::focusWidget(), dialog.cancelButton());
    // Enter answers Cancel.
    QTest::keyClick(&dialog, Qt::Key_Return);
    QCOMPARE(dialog.decision(), CertificateDialog::Decision::Cancel);
    QCOMPARE(dialog.result(), int(QDialog::Rejected));
}

QTEST_MAIN(CertificateDialogTest)
#include "tst_certificatedialog.moc"
