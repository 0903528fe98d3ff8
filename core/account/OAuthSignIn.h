#pragma once

// One interactive OAuth2 sign-in: the authorization-code flow with PKCE
// (RFC 7636, S256) and a loopback redirect to 127.0.0.1 on a free port
// (RFC 8252 7.3), run by QtNetworkAuth's QOAuth2AuthorizationCodeFlow.
//
// openBrowser() hands out the authorization URL; the UI opens it with
// QDesktopServices, a test follows it itself. The provider redirects the
// browser to the loopback listener, the code is exchanged for tokens, and
// finished() reports tokens or a typed OAuthError, exactly once. cancel()
// stops listening at once.

#include "core/account/OAuthProvider.h"
#include "core/account/OAuthTokens.h"

#include <QObject>
#include <QPointer>

class QNetworkAccessManager;
class QNetworkReply;
class QOAuth2AuthorizationCodeFlow;
class QOAuthHttpServerReplyHandler;

namespace quire {

class OAuthSignIn : public QObject
{
    Q_OBJECT
public:
    enum class Stage { NotStarted, WaitingForBrowser, ExchangingCode, Finished };
    Q_ENUM(Stage)

    // network must outlive the sign-in. loginHint pre-fills the provider's
    // account chooser (login_hint) when not empty.
    OAuthSignIn(OAuthProvider provider, QString loginHint, QNetworkAccessManager *network, QObject *parent = nullptr);
    ~OAuthSignIn() override;

    // The page the browser shows once the redirect arrived (HTML). The UI
    // sets a translated one.
    void setCallbackPage(const QString &html) { m_callbackPage = html; }
    void start();
    void cancel();
    Stage stage() const { return m_stage; }
    // http://127.0.0.1:PORT/ once started.
    QString redirectUri() const;

    // PKCE helpers, public for tests.
    static QByteArray makeCodeVerifier();
    static QByteArray codeChallenge(const QByteArray &verifier);

Q_SIGNALS:
    void openBrowser(const QUrl &url);
    void stageChanged(quire::OAuthSignIn::Stage stage);
    void finished(const quire::OAuthTokenResult &result);

private:
    void setStage(Stage stage);
    void finish(OAuthTokenResult result);
    void tokenReplyFinished(QNetworkReply *reply);

    OAuthProvider m_provider;
    QString m_loginHint;
    QNetworkAccessManager *m_network;
    QString m_callbackPage;
    QByteArray m_verifier;
    QPointer<QOAuth2AuthorizationCodeFlow> m_flow;
    QPointer<QOAuthHttpServerReplyHandler> m_handler;
    Stage m_stage = Stage::NotStarted;
};

// Trades a refresh token for new tokens (RFC 6749 6). done is called once,
// unless context died first.
void refreshOAuthTokens(QNetworkAccessManager *network, const OAuthProvider &provider, const QString &refreshToken,
    QObject *context, std::function<void(OAuthTokenResult)> done);

} // namespace quire

Q_DECLARE_METATYPE(quire::OAuthTokenResult)
