#include "ui/AccountSession.h"

#include "core/account/OAuthCredentialProvider.h"
#include "core/account/PasswordProvider.h"
#include "core/cache/SqliteCache.h"
#include "core/imap/transport/SslSocketTransport.h"
#include "core/sync/AccountEngine.h"
#include "ui/AppSettings.h"
#include "ui/ConnectionTester.h"

#include <QNetworkAccessManager>

namespace quire::ui {

void AccountSession::PasswordCredentials::requestCredentials(
    std::function<void(std::optional<imap::Credentials>)> reply)
{
    const AccountConfig &account = m_session->m_account;
    if (!m_session->m_passwords) {
        reply(imap::Credentials { account.userName, QString() });
        return;
    }
    m_session->m_passwords->passwordFor(account, m_session, [reply, user = account.userName](PasswordOutcome outcome) {
        if (!outcome.password) {
            reply(std::nullopt);
            return;
        }
        reply(imap::Credentials { user, *outcome.password });
    });
}

AccountSession::AccountSession(const AccountConfig &account, PasswordProvider *passwords, QObject *parent)
    : QObject(parent)
    , m_account(account)
    , m_passwords(passwords)
    , m_credentials(this)
{
    cache::SqliteCache::Options cacheOptions;
    cacheOptions.directory = cache::defaultCacheDirectory(account.id);
    cacheOptions.sizeLimit = AppSettings::cacheSizeLimitBytes();
    // The writer and checkpointer threads yield to the UI thread.
    cacheOptions.workerNice = 5;
    auto opened = cache::SqliteCache::open(cacheOptions);
    if (!opened) {
        m_cacheError = opened.error();
        return;
    }

    sync::AccountEngineOptions options;
    options.transportFactory
        = [settings = transportSettingsFor(account)] { return std::make_unique<imap::SslSocketTransport>(settings); };
    options.connect.startTls = account.security == Security::StartTls;
    // The engine runs on the UI thread: a big FETCH stream is handled in
    // slices with painting between them (issue 7: no stall over 50 ms).
    options.session.handlingSlice = std::chrono::milliseconds(10);
    AppSettings::applyTo(options);
    imap::CredentialProvider *credentials = &m_credentials;
    const OAuthProviderResult oauthProvider = resolveOAuthProvider(account.oauth);
    if (account.authMethod == AuthMethod::OAuth2 && oauthProvider.provider && m_passwords) {
        m_network = std::make_unique<QNetworkAccessManager>();
        m_tokenStore = std::make_unique<OAuthTokenStore>(m_passwords->secretStore());
        m_oauth = std::make_unique<OAuthCredentialProvider>(
            account.id, account.userName, *oauthProvider.provider, m_tokenStore.get(), m_network.get());
        connect(m_oauth.get(), &OAuthCredentialProvider::signInRequired, this, &AccountSession::signInRequired);
        credentials = m_oauth.get();
        options.connect.authentication = imap::ConnectOptions::Authentication::OAuth2;
        options.connect.oauthHost = account.host;
        options.connect.oauthPort = account.port;
    }
    m_engine = std::make_unique<sync::AccountEngine>(std::move(opened).value(), credentials, std::move(options));
    connect(m_engine.get(), &sync::MailEngine::operationFailed, this, [this](const sync::EngineError &error) {
        // A refused password must not be offered again on the reconnect.
        if (error.kind == sync::EngineErrorKind::AuthenticationFailed && m_passwords)
            m_passwords->loginFailed(m_account.id);
    });
    // The engine lists folders only when asked; each (re)connect is when the
    // list may have changed.
    connect(m_engine.get(), &sync::MailEngine::connectionStateChanged, this, [this](sync::ConnectionState state) {
        if (state == sync::ConnectionState::Online)
            m_engine->refreshMailboxes();
    });
}

AccountSession::~AccountSession()
{
    // The engine calls back into m_credentials (or m_oauth) while it shuts down.
    m_engine.reset();
}

void AccountSession::goOnline()
{
    if (m_engine)
        m_engine->goOnline();
}

} // namespace quire::ui
