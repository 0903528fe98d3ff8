// KeychainCredentialStore against a real Secret Service, and without one.
//
//   QUIRE_KEYCHAIN_EXPECT=available  run under tests/support/run-with-keyring.sh:
//                                    a private gnome-keyring; round trip, and
//                                    the password is nowhere on disk in clear
//   QUIRE_KEYCHAIN_EXPECT=none       no Secret Service reachable: the store
//                                    says NoKeyring, the provider asks and
//                                    keeps the answer in memory only
// Without the variable the test skips (run it through ctest).

#include "core/account/KeychainCredentialStore.h"
#include "core/account/PasswordProvider.h"

#include <QCoreApplication>
#include <QDirIterator>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace quire;

namespace {

constexpr int kTimeoutMs = 20000;

// Collects one callback result; the test waits with QTRY_* on it.
struct Captured {
    std::optional<CredentialResult> result;
    CredentialCallback callback()
    {
        return [this](const CredentialResult &r) { result = r; };
    }
};

QString uniqueSecret()
{
    return QStringLiteral("quire-sëcret-%1-пароль").arg(QCoreApplication::applicationPid());
}

// Files under dir whose bytes contain the secret in UTF-8 or UTF-16.
QStringList filesContaining(const QString &dir, const QString &secret)
{
    const QList<QByteArray> needles { secret.toUtf8(),
        QByteArray(reinterpret_cast<const char *>(secret.utf16()), secret.size() * 2) };
    QStringList hits;
    QDirIterator it(dir, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile file(it.next());
        if (!file.open(QIODevice::ReadOnly))
            continue;
        const QByteArray bytes = file.readAll();
        for (const QByteArray &needle : needles) {
            if (bytes.contains(needle)) {
                hits += file.fileName();
                break;
            }
        }
    }
    return hits;
}

} // namespace

class KeychainTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void errorMapping();
    void roundTripInRealKeyring();
    void noKeyringFallsBackToAskingAndMemory();

private:
    QString m_expect;
};

void KeychainTest::initTestCase()
{
    m_expect = qEnvironmentVariable("QUIRE_KEYCHAIN_EXPECT");
}

void KeychainTest::errorMapping()
{
    // The texts libsecret gives when there is no Secret Service (seen on
    // Debian 12 with QtKeychain 0.13; all arrive as OtherError = 7).
    for (const char *text :
        { "Cannot autolaunch D-Bus without X11 $DISPLAY", "Could not connect: No such file or directory",
            "The name org.freedesktop.secrets was not provided by any .service files",
            "Object does not exist at path \xe2\x80\x9c/org/freedesktop/secrets/collection/login\xe2\x80\x9d" }) {
        QCOMPARE(credentialErrorFromKeychain(7, QString::fromUtf8(text)).kind, CredentialErrorKind::NoKeyring);
    }
    QCOMPARE(credentialErrorFromKeychain(7, QStringLiteral("Unknown error")).kind, CredentialErrorKind::Other);
    QCOMPARE(credentialErrorFromKeychain(1, QString()).kind, CredentialErrorKind::NotFound);
    QCOMPARE(credentialErrorFromKeychain(3, QString()).kind, CredentialErrorKind::AccessDenied);
    QCOMPARE(credentialErrorFromKeychain(5, QString()).kind, CredentialErrorKind::NoKeyring);
}

void KeychainTest::roundTripInRealKeyring()
{
    if (m_expect != QLatin1String("available"))
        QSKIP("needs QUIRE_KEYCHAIN_EXPECT=available (tests/support/run-with-keyring.sh, via ctest)");
    const QString home = qEnvironmentVariable("QUIRE_KEYRING_ROOT");
    QVERIFY2(!home.isEmpty(), "QUIRE_KEYRING_ROOT is not set");

    KeychainCredentialStore store(QStringLiteral("Quire-test"));
    const QString account = QStringLiteral("acct-roundtrip");
    const QString secret = uniqueSecret();

    Captured write;
    store.writePassword(account, secret, nullptr, write.callback());
    QVERIFY(!write.result); // never called back before returning
    QTRY_VERIFY_WITH_TIMEOUT(write.result.has_value(), kTimeoutMs);
    QVERIFY2(write.result->ok(), qPrintable(write.result->error->detail));

    Captured read;
    store.readPassword(account, nullptr, read.callback());
    QTRY_VERIFY_WITH_TIMEOUT(read.result.has_value(), kTimeoutMs);
    QVERIFY2(read.result->ok(), qPrintable(read.result->error->detail));
    QCOMPARE(read.result->password, secret);

    // The keyring file is encrypted; nothing else may hold the password.
    QCOMPARE(filesContaining(home, secret), QStringList());

    Captured remove;
    store.deletePassword(account, nullptr, remove.callback());
    QTRY_VERIFY_WITH_TIMEOUT(remove.result.has_value(), kTimeoutMs);
    QVERIFY(remove.result->ok());

    Captured readAgain;
    store.readPassword(account, nullptr, readAgain.callback());
    QTRY_VERIFY_WITH_TIMEOUT(readAgain.result.has_value(), kTimeoutMs);
    QVERIFY(readAgain.result->is(CredentialErrorKind::NotFound));

    Captured removeAgain; // deleting what is gone is not an error
    store.deletePassword(account, nullptr, removeAgain.callback());
    QTRY_VERIFY_WITH_TIMEOUT(removeAgain.result.has_value(), kTimeoutMs);
    QVERIFY(removeAgain.result->ok());

    // A context that dies first is not called back.
    Captured orphan;
    auto context = std::make_unique<QObject>();
    store.readPassword(account, context.get(), orphan.callback());
    context.reset();
    Captured after;
    store.readPassword(account, nullptr, after.callback());
    QTRY_VERIFY_WITH_TIMEOUT(after.result.has_value(), kTimeoutMs);
    QVERIFY(!orphan.result);
}

void KeychainTest::noKeyringFallsBackToAskingAndMemory()
{
    if (m_expect != QLatin1String("none"))
        QSKIP("needs QUIRE_KEYCHAIN_EXPECT=none and an unreachable session bus (via ctest)");
    QTemporaryDir root;
    QVERIFY(root.isValid());
    // Anything QtKeychain or QSettings might write lands here, where we look.
    for (const char *name : { "HOME", "XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME" })
        qputenv(name, root.path().toLocal8Bit());
    qunsetenv(PasswordProvider::environmentVariable);

    KeychainCredentialStore store(QStringLiteral("Quire-test"));
    Captured write;
    store.writePassword(QStringLiteral("acct"), uniqueSecret(), nullptr, write.callback());
    QTRY_VERIFY_WITH_TIMEOUT(write.result.has_value(), kTimeoutMs);
    QVERIFY2(write.result->is(CredentialErrorKind::NoKeyring),
        qPrintable(write.result->ok() ? QStringLiteral("succeeded") : write.result->error->detail));

    int asked = 0;
    PasswordPrompt lastPrompt;
    PasswordProvider provider(&store, [&](const PasswordPrompt &prompt, auto answer) {
        ++asked;
        lastPrompt = prompt;
        answer(PasswordAnswer { uniqueSecret(), true });
    });
    AccountConfig account;
    account.id = QStringLiteral("acct");

    std::optional<PasswordOutcome> first;
    provider.passwordFor(account, nullptr, [&](PasswordOutcome o) { first = o; });
    QTRY_VERIFY_WITH_TIMEOUT(first.has_value(), kTimeoutMs);
    QCOMPARE(asked, 1);
    QVERIFY(!lastPrompt.keyringAvailable); // the UI will not offer "remember"
    QCOMPARE(first->password, uniqueSecret());
    QVERIFY(first->keyringError && first->keyringError->kind == CredentialErrorKind::NoKeyring);
    QVERIFY(provider.keyringKnownUnavailable());

    // Asked once per session, not once per connection.
    std::optional<PasswordOutcome> second;
    provider.passwordFor(account, nullptr, [&](PasswordOutcome o) { second = o; });
    QTRY_VERIFY_WITH_TIMEOUT(second.has_value(), kTimeoutMs);
    QCOMPARE(asked, 1);
    QCOMPARE(second->source, PasswordSource::Session);

    QCOMPARE(filesContaining(root.path(), uniqueSecret()), QStringList());
}

QTEST_GUILESS_MAIN(KeychainTest)
#include "tst_keychain.moc"
