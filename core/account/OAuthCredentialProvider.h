#pragma once

// Gives the IMAP session an OAuth2 access token as the "password" of an
// account whose AuthMethod is OAuth2. Tokens come from the keychain
// (OAuthTokenStore); one that is expired, or that the server refused, is
// refreshed once with the refresh token. When the refresh token is refused
// too (revoked, expired), or a freshly refreshed token is refused, the
// provider enters SignInRequired: it answers every request with nothing
// and emits signInRequired() so the UI can ask the user to sign in again.
// The account, its cache and its settings are untouched; only the dead
// tokens are removed from the keychain. setTokens() after a new sign-in
// brings it back.

#include "core/account/OAuthProvider.h"
#include "core/account/OAuthTokens.h"
#include "core/imap/session/CredentialProvider.h"

#include <QObject>

#include <chrono>
#include <vector>

class QNetworkAccessManager;

namespace quire {

class OAuthCredentialProvider : public QObject, public imap::CredentialProvider
{
    Q_OBJECT
public:
    enum class State { Unknown, Ready, SignInRequired };
    Q_ENUM(State)

    // store and network must outlive the provider. A token that expires
    // within refreshMargin is refreshed before it is used.
    OAuthCredentialProvider(QString accountId, QString userName, OAuthProvider provider, OAuthTokenStore *store,
        QNetworkAccessManager *network, std::chrono::seconds refreshMargin = std::chrono::seconds(30),
        QObject *parent = nullptr);

    void requestCredentials(std::function<void(std::optional<imap::Credentials>)> reply) override;
    void credentialsRejected() override;

    // A new sign-in brought tokens: keep them in the keychain and use them.
    void setTokens(const OAuthTokens &tokens, QObject *context, CredentialCallback done);

    State state() const { return m_state; }
    // Why the last request had nothing, when it had nothing.
    const std::optional<OAuthError> &lastError() const { return m_lastError; }
    int refreshCount() const { return m_refreshCount; }

Q_SIGNALS:
    void signInRequired(const quire::OAuthError &reason);
    void tokensRefreshed();

private:
    using Reply = std::function<void(std::optional<imap::Credentials>)>;
    void serve();
    void refresh();
    void answerAll(std::optional<imap::Credentials> credentials);
    void requireSignIn(OAuthError reason);

    QString m_accountId;
    QString m_userName;
    OAuthProvider m_provider;
    OAuthTokenStore *m_store;
    QNetworkAccessManager *m_network;
    std::chrono::seconds m_refreshMargin;
    std::optional<OAuthTokens> m_tokens;
    std::optional<OAuthError> m_lastError;
    std::vector<Reply> m_waiting;
    State m_state = State::Unknown;
    bool m_loaded = false;
    bool m_busy = false; // a keychain read or a refresh is running
    bool m_stale = false; // the server refused the current access token
    bool m_fresh = false; // the current access token was just obtained
    int m_refreshCount = 0;
};

} // namespace quire

Q_DECLARE_METATYPE(quire::OAuthError)
