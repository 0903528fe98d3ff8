#pragma once

// Finds the password for an account, in this order:
//   1. the QUIRE_PASSWORD environment variable, if set (the demo and
//      quire-cli: one password for every account, never stored anywhere);
//   2. the keyring (a CredentialStore, normally KeychainCredentialStore);
//   3. the passwords remembered for this session (SessionCredentialStore);
//   4. the user, through the ask callback the UI installs.
// What the user types is remembered for the session; it goes to the keyring
// only when they ticked "remember", and never to a file in plain text.

#include "core/account/AccountConfig.h"
#include "core/account/CredentialStore.h"
#include "core/account/SessionCredentialStore.h"

#include <QSet>

#include <functional>
#include <optional>

namespace quire {

// Where a password came from, so that a failed login can forget the right one.
enum class PasswordSource {
    Environment,
    Keyring,
    Session,
    User,
};

// What the UI is told when it must ask.
struct PasswordPrompt {
    AccountConfig account;
    bool keyringAvailable = true; // false: offering "remember" would be a lie
    bool previousAttemptFailed = false; // the last password was refused by the server
};

struct PasswordAnswer {
    QString password;
    bool remember = false; // store in the keyring
};

// The UI answers with std::nullopt when the user cancels. It may answer
// later (a non-modal dialog); it must answer exactly once.
using PasswordAsker
    = std::function<void(const PasswordPrompt &, std::function<void(std::optional<PasswordAnswer>)> answer)>;

struct PasswordOutcome {
    std::optional<QString> password; // empty: the user cancelled
    PasswordSource source = PasswordSource::User;
    // Why the keyring did not help (NotFound is not reported here).
    std::optional<CredentialError> keyringError;
};

class PasswordProvider
{
public:
    static constexpr const char *environmentVariable = "QUIRE_PASSWORD";

    // keyring may be null (no keyring support at all). The provider does not
    // own it; it must outlive the provider.
    PasswordProvider(CredentialStore *keyring, PasswordAsker ask);

    // Runs the lookup order above; done is called once (not after context died).
    void passwordFor(const AccountConfig &account, QObject *context, std::function<void(PasswordOutcome)> done);

    // Without asking: environment, keyring, session. done gets nullopt
    // password when none is known. For pre-filling the account dialog.
    void storedPassword(const QString &accountId, QObject *context, std::function<void(PasswordOutcome)> done);

    // The account dialog saved a password. It is remembered for the session;
    // with remember it is also written to the keyring, without remember any
    // keyring copy is deleted (unticking must not leave a stale secret).
    // done receives the keyring's result (ok when it was not involved).
    void storePassword(
        const QString &accountId, const QString &password, bool remember, QObject *context, CredentialCallback done);

    // The server refused the password: forget the session copy so the next
    // passwordFor() asks again (with previousAttemptFailed set).
    void loginFailed(const QString &accountId);

    // Removes every copy, e.g. when the account is deleted.
    void forgetAccount(const QString &accountId, QObject *context, CredentialCallback done);

    // The keyring reported NoKeyring during this session; the UI says so.
    bool keyringKnownUnavailable() const { return m_keyringUnavailable; }

    SessionCredentialStore &sessionStore() { return m_session; }
    // Where other secrets of an account (OAuth2 tokens) go: the keyring,
    // or this session's memory when there is none.
    CredentialStore *secretStore()
    {
        return m_keyring && !m_keyringUnavailable ? m_keyring : static_cast<CredentialStore *>(&m_session);
    }

private:
    void ask(const AccountConfig &account, std::optional<CredentialError> keyringError, QObject *context,
        std::function<void(PasswordOutcome)> done);

    CredentialStore *m_keyring;
    PasswordAsker m_ask;
    SessionCredentialStore m_session;
    QSet<QString> m_failedLogins;
    bool m_keyringUnavailable = false;
};

} // namespace quire
