#include "core/account/OAuthCredentialProvider.h"

#include "core/account/OAuthSignIn.h"

#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcOAuth, "quire.oauth")

namespace quire {

OAuthCredentialProvider::OAuthCredentialProvider(QString accountId, QString userName, OAuthProvider provider,
    OAuthTokenStore *store, QNetworkAccessManager *network, std::chrono::seconds refreshMargin, QObject *parent)
    : QObject(parent)
    , m_accountId(std::move(accountId))
    , m_userName(std::move(userName))
    , m_provider(std::move(provider))
    , m_store(store)
    , m_network(network)
    , m_refreshMargin(refreshMargin)
{
    qRegisterMetaType<OAuthError>();
}

void OAuthCredentialProvider::requestCredentials(std::function<void(std::optional<imap::Credentials>)> reply)
{
    m_waiting.push_back(std::move(reply));
    if (m_busy)
        return;
    if (m_loaded) {
        serve();
        return;
    }
    m_busy = true;
    m_store->read(m_accountId, this, [this](std::optional<OAuthTokens> tokens, std::optional<CredentialError> error) {
        m_busy = false;
        if (error) {
            // The keyring is locked or absent: nothing to log in with now,
            // but the tokens may well be there later. Not a sign-in case.
            m_lastError = OAuthError { OAuthErrorKind::Keyring, {}, error->detail };
            answerAll(std::nullopt);
            return;
        }
        m_loaded = true;
        m_tokens = std::move(tokens);
        serve();
    });
}

void OAuthCredentialProvider::serve()
{
    if (m_state == State::SignInRequired) {
        answerAll(std::nullopt);
        return;
    }
    if (!m_tokens
        || (m_tokens->refreshToken.isEmpty()
            && (m_stale || m_tokens->needsRefresh(QDateTime::currentDateTimeUtc(), m_refreshMargin)))) {
        requireSignIn(OAuthError { OAuthErrorKind::InvalidGrant, QStringLiteral("no_tokens"), {} });
        return;
    }
    if (m_stale || m_tokens->needsRefresh(QDateTime::currentDateTimeUtc(), m_refreshMargin)) {
        refresh();
        return;
    }
    m_state = State::Ready;
    m_fresh = false; // an older token: a refusal may just mean it expired early
    answerAll(imap::Credentials { m_userName, m_tokens->accessToken });
}

void OAuthCredentialProvider::refresh()
{
    m_busy = true;
    ++m_refreshCount;
    qCDebug(lcOAuth) << "refreshing the access token of" << m_accountId;
    refreshOAuthTokens(m_network, m_provider, m_tokens->refreshToken, this, [this](OAuthTokenResult result) {
        m_busy = false;
        if (result.error) {
            qCInfo(lcOAuth) << "refresh failed:" << result.error->code << result.error->description;
            if (result.error->kind == OAuthErrorKind::InvalidGrant) {
                requireSignIn(*result.error);
                return;
            }
            // The provider is unreachable or confused: try again next time.
            m_lastError = result.error;
            answerAll(std::nullopt);
            return;
        }
        m_tokens = std::move(result.tokens);
        m_stale = false;
        m_fresh = true;
        m_store->write(m_accountId, *m_tokens, this, [](const CredentialResult &written) {
            if (!written.ok())
                qCWarning(lcOAuth) << "could not keep the refreshed tokens:" << written.error->detail;
        });
        Q_EMIT tokensRefreshed();
        m_state = State::Ready;
        answerAll(imap::Credentials { m_userName, m_tokens->accessToken });
    });
}

void OAuthCredentialProvider::credentialsRejected()
{
    if (m_state == State::SignInRequired)
        return;
    if (m_fresh) {
        // A token straight from the provider was refused: refreshing again
        // will not help. Keep the tokens (the refresh token may be fine),
        // but the user must sign in.
        m_state = State::SignInRequired;
        m_lastError = OAuthError { OAuthErrorKind::InvalidGrant, QStringLiteral("token_refused"), {} };
        Q_EMIT signInRequired(*m_lastError);
        return;
    }
    m_stale = true;
}

void OAuthCredentialProvider::setTokens(const OAuthTokens &tokens, QObject *context, CredentialCallback done)
{
    m_tokens = tokens;
    m_loaded = true;
    m_stale = false;
    m_fresh = true;
    m_lastError.reset();
    m_state = State::Ready;
    m_store->write(m_accountId, tokens, context, std::move(done));
}

void OAuthCredentialProvider::requireSignIn(OAuthError reason)
{
    m_state = State::SignInRequired;
    m_lastError = reason;
    // The refresh token is dead: remove it rather than keep a useless
    // secret. Nothing else of the account is touched.
    m_tokens.reset();
    m_store->remove(m_accountId, this, [](const CredentialResult &) {});
    Q_EMIT signInRequired(reason);
    answerAll(std::nullopt);
}

void OAuthCredentialProvider::answerAll(std::optional<imap::Credentials> credentials)
{
    std::vector<Reply> waiting = std::exchange(m_waiting, {});
    for (Reply &reply : waiting)
        reply(credentials);
}

} // namespace quire
