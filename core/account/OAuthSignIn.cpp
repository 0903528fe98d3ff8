#include "core/account/OAuthSignIn.h"

#include <QCryptographicHash>
#include <QHostAddress>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QOAuth2AuthorizationCodeFlow>
#include <QOAuthHttpServerReplyHandler>
#include <QRandomGenerator>
#include <QUrlQuery>

namespace quire {

namespace {

constexpr int transferTimeoutMs = 30000;

bool sameEndpoint(const QUrl &a, const QUrl &b)
{
    return a.adjusted(QUrl::RemoveQuery | QUrl::RemoveFragment) == b.adjusted(QUrl::RemoveQuery | QUrl::RemoveFragment);
}

OAuthTokenResult resultFromReply(QNetworkReply *reply, const QString &previousRefreshToken)
{
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QByteArray body = reply->readAll();
    if (status == 0) // no HTTP answer at all
        return { std::nullopt, OAuthError { OAuthErrorKind::Network, {}, reply->errorString() } };
    return parseTokenResponse(status, body, QDateTime::currentDateTimeUtc(), previousRefreshToken);
}

} // namespace

OAuthSignIn::OAuthSignIn(OAuthProvider provider, QString loginHint, QNetworkAccessManager *network, QObject *parent)
    : QObject(parent)
    , m_provider(std::move(provider))
    , m_loginHint(std::move(loginHint))
    , m_network(network)
    , m_callbackPage(QStringLiteral("<html><body>Signed in. You can close this window.</body></html>"))
{
    qRegisterMetaType<OAuthTokenResult>();
}

OAuthSignIn::~OAuthSignIn() = default;

QByteArray OAuthSignIn::makeCodeVerifier()
{
    // RFC 7636 4.1: 43-128 unreserved characters; 64 from a CSPRNG.
    static const char alphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~";
    QByteArray verifier(64, Qt::Uninitialized);
    for (char &c : verifier)
        c = alphabet[QRandomGenerator::system()->bounded(int(sizeof(alphabet) - 1))];
    return verifier;
}

QByteArray OAuthSignIn::codeChallenge(const QByteArray &verifier)
{
    return QCryptographicHash::hash(verifier, QCryptographicHash::Sha256)
        .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

QString OAuthSignIn::redirectUri() const
{
    return m_handler ? m_handler->callback() : QString();
}

void OAuthSignIn::start()
{
    if (m_stage != Stage::NotStarted)
        return;
    m_verifier = makeCodeVerifier();
    m_handler = new QOAuthHttpServerReplyHandler(QHostAddress(QHostAddress::LocalHost), 0, this);
    if (!m_handler->isListening()) {
        finish({ std::nullopt, OAuthError { OAuthErrorKind::LoopbackUnavailable, {}, {} } });
        return;
    }
    m_handler->setCallbackText(m_callbackPage);
    m_flow = new QOAuth2AuthorizationCodeFlow(m_network, this);
    m_flow->setReplyHandler(m_handler);
    m_flow->setAuthorizationUrl(m_provider.authorizationUrl);
    m_flow->setAccessTokenUrl(m_provider.tokenUrl);
    m_flow->setClientIdentifier(m_provider.clientId);
    if (!m_provider.clientSecret.isEmpty())
        m_flow->setClientIdentifierSharedKey(m_provider.clientSecret);
    m_flow->setScope(m_provider.scope);
    m_flow->setModifyParametersFunction([this](QAbstractOAuth::Stage stage, QMultiMap<QString, QVariant> *parameters) {
        if (stage == QAbstractOAuth::Stage::RequestingAuthorization) {
            parameters->insert(QStringLiteral("code_challenge"), codeChallenge(m_verifier));
            parameters->insert(QStringLiteral("code_challenge_method"), QStringLiteral("S256"));
            if (!m_loginHint.isEmpty())
                parameters->insert(QStringLiteral("login_hint"), m_loginHint);
            for (const auto &[name, value] : m_provider.extraAuthorizationParameters)
                parameters->insert(name, value);
        } else if (stage == QAbstractOAuth::Stage::RequestingAccessToken) {
            // Qt 6.4 passes the code on still percent-encoded; Google's
            // codes contain "/" and would be refused.
            const QString code = parameters->value(QStringLiteral("code")).toString();
            parameters->replace(QStringLiteral("code"), QUrl::fromPercentEncoding(code.toUtf8()));
            parameters->insert(QStringLiteral("code_verifier"), m_verifier);
        }
    });
    connect(m_flow, &QAbstractOAuth::authorizeWithBrowser, this, [this](const QUrl &url) {
        setStage(Stage::WaitingForBrowser);
        Q_EMIT openBrowser(url);
    });
    connect(m_flow, &QAbstractOAuth::statusChanged, this, [this](QAbstractOAuth::Status status) {
        if (status == QAbstractOAuth::Status::TemporaryCredentialsReceived)
            setStage(Stage::ExchangingCode);
    });
    connect(
        m_flow, &QAbstractOAuth2::error, this, [this](const QString &error, const QString &description, const QUrl &) {
            finish({ std::nullopt, OAuthError { OAuthErrorKind::AuthorizationDenied, error, description } });
        });
    connect(m_flow, &QAbstractOAuth::granted, this, [this] {
        OAuthTokens tokens { m_flow->token(), m_flow->refreshToken(), m_flow->expirationAt().toUTC() };
        finish({ tokens, std::nullopt });
    });
    // QtNetworkAuth 6.4 reports a failed code exchange only in its log, so
    // the token endpoint's error answer is read here.
    connect(m_network, &QNetworkAccessManager::finished, this, &OAuthSignIn::tokenReplyFinished);
    m_network->setTransferTimeout(transferTimeoutMs);
    m_flow->grant();
}

void OAuthSignIn::tokenReplyFinished(QNetworkReply *reply)
{
    if (m_stage == Stage::Finished || !sameEndpoint(reply->url(), m_provider.tokenUrl)
        || reply->error() == QNetworkReply::NoError)
        return;
    OAuthTokenResult result = resultFromReply(reply, {});
    if (!result.error)
        result = { std::nullopt, OAuthError { OAuthErrorKind::TokenEndpoint, {}, reply->errorString() } };
    finish(std::move(result));
}

void OAuthSignIn::cancel()
{
    finish({ std::nullopt, OAuthError { OAuthErrorKind::Cancelled, {}, {} } });
}

void OAuthSignIn::setStage(Stage stage)
{
    if (m_stage == stage || m_stage == Stage::Finished)
        return;
    m_stage = stage;
    Q_EMIT stageChanged(stage);
}

void OAuthSignIn::finish(OAuthTokenResult result)
{
    if (m_stage == Stage::Finished)
        return;
    setStage(Stage::Finished);
    // Stop listening on the loopback port and ignore whatever still comes.
    if (m_network)
        disconnect(m_network, nullptr, this, nullptr);
    if (m_flow) {
        m_flow->disconnect(this);
        m_flow->deleteLater();
    }
    if (m_handler) {
        m_handler->close();
        m_handler->deleteLater();
    }
    Q_EMIT finished(result);
}

void refreshOAuthTokens(QNetworkAccessManager *network, const OAuthProvider &provider, const QString &refreshToken,
    QObject *context, std::function<void(OAuthTokenResult)> done)
{
    QUrlQuery form;
    form.addQueryItem(QStringLiteral("grant_type"), QStringLiteral("refresh_token"));
    form.addQueryItem(QStringLiteral("refresh_token"), QString::fromLatin1(QUrl::toPercentEncoding(refreshToken)));
    form.addQueryItem(QStringLiteral("client_id"), QString::fromLatin1(QUrl::toPercentEncoding(provider.clientId)));
    if (!provider.clientSecret.isEmpty())
        form.addQueryItem(
            QStringLiteral("client_secret"), QString::fromLatin1(QUrl::toPercentEncoding(provider.clientSecret)));
    QNetworkRequest request(provider.tokenUrl);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/x-www-form-urlencoded"));
    request.setTransferTimeout(transferTimeoutMs);
    QNetworkReply *reply = network->post(request, form.toString(QUrl::FullyEncoded).toUtf8());
    QObject::connect(reply, &QNetworkReply::finished, context, [reply, refreshToken, done = std::move(done)] {
        reply->deleteLater();
        done(resultFromReply(reply, refreshToken));
    });
}

} // namespace quire
