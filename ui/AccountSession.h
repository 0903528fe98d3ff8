#pragma once

// One configured account, put together for the window: its cache, its
// account engine (connected through SslSocketTransport as the account's
// settings say) and the password lookup the engine asks when it logs in.
// Everything runs on the UI thread's event loop; the engine never blocks.

#include "core/account/AccountConfig.h"
#include "core/account/OAuthTokens.h"
#include "core/cache/CacheResult.h"
#include "core/imap/session/CredentialProvider.h"

#include <QObject>

#include <memory>

class QNetworkAccessManager;

namespace quire {
class OAuthCredentialProvider;
class OAuthTokenStore;
class PasswordProvider;
} // namespace quire

namespace quire::sync {
class AccountEngine;
}

namespace quire::ui {

class AccountSession : public QObject
{
    Q_OBJECT

public:
    // passwords may be null (then the engine logs in with no password and
    // fails); it must outlive the session.
    AccountSession(const AccountConfig &account, PasswordProvider *passwords, QObject *parent = nullptr);
    ~AccountSession() override;

    const AccountConfig &account() const { return m_account; }
    // Null when the cache could not be opened; cacheError() says why (the
    // window puts its code into words; the detail is SQLite's, for logs).
    sync::AccountEngine *engine() const { return m_engine.get(); }
    const cache::Error &cacheError() const { return m_cacheError; }

    // Connects, and keeps reconnecting until the session is destroyed.
    void goOnline();

Q_SIGNALS:
    // An OAuth2 account's tokens are gone or refused: the user must sign in
    // again (File › Accounts…). The account, its settings and cache stay.
    void signInRequired(const quire::OAuthError &reason);

private:
    // The engine asks for credentials on every (re)connect; the provider
    // answers from QUIRE_PASSWORD, the keyring, the session or the user.
    class PasswordCredentials : public imap::CredentialProvider
    {
    public:
        PasswordCredentials(AccountSession *session)
            : m_session(session)
        {
        }
        void requestCredentials(std::function<void(std::optional<imap::Credentials>)> reply) override;

    private:
        AccountSession *m_session;
    };

    AccountConfig m_account;
    PasswordProvider *m_passwords;
    PasswordCredentials m_credentials;
    // OAuth2 accounts: tokens from the keychain, refreshed when needed.
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<OAuthTokenStore> m_tokenStore;
    std::unique_ptr<OAuthCredentialProvider> m_oauth;
    cache::Error m_cacheError;
    std::unique_ptr<sync::AccountEngine> m_engine;
};

} // namespace quire::ui
