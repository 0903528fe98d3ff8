// PasswordProvider's lookup order and what it remembers, with an in-memory
// stand-in for the keyring whose failures the test chooses.

#include "core/account/PasswordProvider.h"

#include <QTest>
#include <QTimer>

using namespace quire;

namespace {

// A keyring whose contents and failure mode the test sets.
class FakeKeyring : public CredentialStore
{
public:
    std::optional<CredentialErrorKind> failWith;
    QHash<QString, QString> entries;
    QStringList calls;

    void readPassword(const QString &id, QObject *context, CredentialCallback done) override
    {
        calls += QStringLiteral("read ") + id;
        CredentialResult r;
        if (failWith)
            r.error = CredentialError { *failWith, QStringLiteral("fake") };
        else if (entries.contains(id))
            r.password = entries.value(id);
        else
            r.error = CredentialError { CredentialErrorKind::NotFound, QString() };
        later(context, std::move(done), r);
    }
    void writePassword(const QString &id, const QString &pw, QObject *context, CredentialCallback done) override
    {
        calls += QStringLiteral("write ") + id;
        CredentialResult r;
        if (failWith)
            r.error = CredentialError { *failWith, QStringLiteral("fake") };
        else
            entries.insert(id, pw);
        later(context, std::move(done), r);
    }
    void deletePassword(const QString &id, QObject *context, CredentialCallback done) override
    {
        calls += QStringLiteral("delete ") + id;
        entries.remove(id);
        later(context, std::move(done), {});
    }

private:
    static void later(QObject *context, CredentialCallback done, CredentialResult r)
    {
        QTimer::singleShot(0, [done = guardedCallback(context, std::move(done)), r] {
            if (done)
                done(r);
        });
    }
};

AccountConfig account(const QString &id)
{
    AccountConfig a;
    a.id = id;
    return a;
}

// Runs passwordFor and waits for its single answer.
PasswordOutcome lookUp(PasswordProvider &provider, const QString &id)
{
    std::optional<PasswordOutcome> outcome;
    provider.passwordFor(account(id), nullptr, [&](PasswordOutcome o) { outcome = o; });
    if (!QTest::qWaitFor([&] { return outcome.has_value(); }, 5000))
        return { QStringLiteral("<timeout>"), PasswordSource::User, std::nullopt };
    return *outcome;
}

} // namespace

class PasswordProviderTest : public QObject
{
    Q_OBJECT

private slots:
    void init() { qunsetenv(PasswordProvider::environmentVariable); }
    void environmentComesFirst();
    void keyringBeforeAsking();
    void askedAnswerIsRememberedForTheSession();
    void rememberWritesToKeyring();
    void cancelGivesNoPassword();
    void refusedPasswordAsksAgain();
    void notRememberingDeletesKeyringCopy();
    void noKeyringNeverOffersRemember();
};

void PasswordProviderTest::environmentComesFirst()
{
    qputenv(PasswordProvider::environmentVariable, "from-env");
    FakeKeyring keyring;
    keyring.entries.insert(QStringLiteral("a"), QStringLiteral("from-keyring"));
    PasswordProvider provider(&keyring, {});
    const PasswordOutcome outcome = lookUp(provider, QStringLiteral("a"));
    QCOMPARE(outcome.password, QStringLiteral("from-env"));
    QCOMPARE(outcome.source, PasswordSource::Environment);
    QVERIFY(keyring.calls.isEmpty());
}

void PasswordProviderTest::keyringBeforeAsking()
{
    FakeKeyring keyring;
    keyring.entries.insert(QStringLiteral("a"), QStringLiteral("from-keyring"));
    int asked = 0;
    PasswordProvider provider(&keyring, [&](const PasswordPrompt &, auto answer) {
        ++asked;
        answer(std::nullopt);
    });
    const PasswordOutcome outcome = lookUp(provider, QStringLiteral("a"));
    QCOMPARE(outcome.password, QStringLiteral("from-keyring"));
    QCOMPARE(outcome.source, PasswordSource::Keyring);
    QCOMPARE(asked, 0);
}

void PasswordProviderTest::askedAnswerIsRememberedForTheSession()
{
    FakeKeyring keyring;
    int asked = 0;
    PasswordProvider provider(&keyring, [&](const PasswordPrompt &prompt, auto answer) {
        ++asked;
        QVERIFY(prompt.keyringAvailable);
        answer(PasswordAnswer { QStringLiteral("typed"), false });
    });
    QCOMPARE(lookUp(provider, QStringLiteral("a")).password, QStringLiteral("typed"));
    const PasswordOutcome again = lookUp(provider, QStringLiteral("a"));
    QCOMPARE(again.password, QStringLiteral("typed"));
    QCOMPARE(again.source, PasswordSource::Session);
    QCOMPARE(asked, 1);
    QVERIFY(!keyring.entries.contains(QStringLiteral("a")));
}

void PasswordProviderTest::rememberWritesToKeyring()
{
    FakeKeyring keyring;
    PasswordProvider provider(&keyring, [&](const PasswordPrompt &, auto answer) {
        answer(PasswordAnswer { QStringLiteral("kept"), true });
    });
    QCOMPARE(lookUp(provider, QStringLiteral("a")).password, QStringLiteral("kept"));
    QTRY_COMPARE(keyring.entries.value(QStringLiteral("a")), QStringLiteral("kept"));
}

void PasswordProviderTest::cancelGivesNoPassword()
{
    FakeKeyring keyring;
    PasswordProvider provider(&keyring, [&](const PasswordPrompt &, auto answer) { answer(std::nullopt); });
    QVERIFY(!lookUp(provider, QStringLiteral("a")).password.has_value());
}

void PasswordProviderTest::refusedPasswordAsksAgain()
{
    FakeKeyring keyring;
    keyring.entries.insert(QStringLiteral("a"), QStringLiteral("stale"));
    QList<PasswordPrompt> prompts;
    PasswordProvider provider(&keyring, [&](const PasswordPrompt &prompt, auto answer) {
        prompts += prompt;
        answer(PasswordAnswer { QStringLiteral("fresh"), true });
    });
    QCOMPARE(lookUp(provider, QStringLiteral("a")).password, QStringLiteral("stale"));
    provider.loginFailed(QStringLiteral("a"));
    QCOMPARE(lookUp(provider, QStringLiteral("a")).password, QStringLiteral("fresh"));
    QCOMPARE(prompts.size(), 1);
    QVERIFY(prompts.first().previousAttemptFailed);
    QTRY_COMPARE(keyring.entries.value(QStringLiteral("a")), QStringLiteral("fresh"));
}

void PasswordProviderTest::notRememberingDeletesKeyringCopy()
{
    FakeKeyring keyring;
    keyring.entries.insert(QStringLiteral("a"), QStringLiteral("old"));
    PasswordProvider provider(&keyring, {});
    std::optional<CredentialResult> stored;
    provider.storePassword(
        QStringLiteral("a"), QStringLiteral("new"), false, nullptr, [&](const CredentialResult &r) { stored = r; });
    QTRY_VERIFY(stored.has_value());
    QVERIFY(stored->ok());
    QVERIFY(!keyring.entries.contains(QStringLiteral("a")));
    QCOMPARE(provider.sessionStore().password(QStringLiteral("a")), QStringLiteral("new"));
}

void PasswordProviderTest::noKeyringNeverOffersRemember()
{
    FakeKeyring keyring;
    keyring.failWith = CredentialErrorKind::NoKeyring;
    QList<PasswordPrompt> prompts;
    PasswordProvider provider(&keyring, [&](const PasswordPrompt &prompt, auto answer) {
        prompts += prompt;
        answer(PasswordAnswer { QStringLiteral("typed"), true });
    });
    const PasswordOutcome outcome = lookUp(provider, QStringLiteral("a"));
    QCOMPARE(outcome.password, QStringLiteral("typed"));
    QCOMPARE(prompts.size(), 1);
    QVERIFY(!prompts.first().keyringAvailable);
    // Once known to be absent, the keyring is not tried again this session.
    keyring.calls.clear();
    QCOMPARE(lookUp(provider, QStringLiteral("b")).password, QStringLiteral("typed"));
    QCOMPARE(keyring.calls, QStringList());
}

QTEST_GUILESS_MAIN(PasswordProviderTest)
#include "tst_passwordprovider.moc"
