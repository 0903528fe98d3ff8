// OAuth2 sign-in end to end, with no internet: tools/oauth2-server (started
// by oauth2_e2e.sh on 127.0.0.1) issues codes and 4-second tokens, the
// private Dovecot checks them with its oauth2 passdb, and the tokens live in
// a real, private gnome-keyring (run-with-keyring.sh). The test plays the
// browser: it follows the authorization URL itself and delivers the
// redirect to Quire's loopback listener.
//
// Environment: QUIRE_IMAP_ENV (the server's env file), QUIRE_OAUTH2_SERVER
// (http://127.0.0.1:PORT), QUIRE_KEYRING_HOME (from run-with-keyring.sh).

#include "core/account/KeychainCredentialStore.h"
#include "core/account/OAuthCredentialProvider.h"
#include "core/account/OAuthSignIn.h"
#include "core/imap/session/Session.h"
#include "core/imap/tasks/ConnectTask.h"
#include "core/imap/tasks/MailboxTasks.h"
#include "core/imap/transport/SslSocketTransport.h"
#include "tests/support/LoopbackBrowser.h"
#include "tests/support/ServerEnvFile.h"

#include <QDirIterator>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTest>
#include <QUrlQuery>

using namespace quire;
using namespace quire::imap;

namespace {

constexpr int kTimeoutMs = 20000;
const QString kAccount = QStringLiteral("oauth-e2e");

} // namespace

class OAuth2EndToEndTest : public QObject
{
    Q_OBJECT

private:
    QHash<QString, QString> m_env;
    QUrl m_server;
    OAuthProvider m_provider;
    QNetworkAccessManager m_network; // Quire's
    QNetworkAccessManager m_browser; // the "browser" the test plays
    KeychainCredentialStore m_keychain { QStringLiteral("Quire-oauth-e2e") };
    OAuthTokenStore m_tokenStore { &m_keychain };
    quint64 m_messagesBefore = 0;

    QJsonObject getJson(const QString &path, const QByteArray &post = {})
    {
        QNetworkRequest request(m_server.resolved(QUrl(path)));
        request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/x-www-form-urlencoded"));
        QNetworkReply *reply = post.isNull() ? m_browser.get(request) : m_browser.post(request, post);
        QSignalSpy done(reply, &QNetworkReply::finished);
        done.wait(kTimeoutMs);
        reply->deleteLater();
        return QJsonDocument::fromJson(reply->readAll()).object();
    }
    int stat(const char *name) { return getJson(QStringLiteral("/admin/stats")).value(QLatin1String(name)).toInt(); }

    OAuthTokenResult signIn(const QString &user, OAuthSignIn::Stage *stageSeen = nullptr)
    {
        OAuthSignIn signIn(m_provider, user, &m_network);
        connect(&signIn, &OAuthSignIn::openBrowser, this, [this, &signIn](const QUrl &url) {
            // PKCE and the loopback redirect are on the URL we are sent to.
            const QUrlQuery query(url);
            if (query.queryItemValue(QStringLiteral("code_challenge_method")) != QLatin1String("S256")
                || !signIn.redirectUri().startsWith(QLatin1String("http://127.0.0.1:")))
                qFatal("authorization URL lacks PKCE or a loopback redirect: %s", qPrintable(url.toString()));
            quire::test::followAuthorizationUrl(m_browser, url, this);
        });
        connect(&signIn, &OAuthSignIn::stageChanged, this, [stageSeen](OAuthSignIn::Stage stage) {
            if (stageSeen && stage == OAuthSignIn::Stage::ExchangingCode)
                *stageSeen = stage;
        });
        QSignalSpy finished(&signIn, &OAuthSignIn::finished);
        signIn.start();
        if (!finished.wait(kTimeoutMs))
            return { std::nullopt, OAuthError { OAuthErrorKind::Network, QStringLiteral("timeout"), {} } };
        return finished.at(0).at(0).value<OAuthTokenResult>();
    }

    std::unique_ptr<Session> newSession()
    {
        SslSocketSettings settings;
        settings.host = m_env.value(QStringLiteral("IMAP_HOST"));
        settings.port = quint16(m_env.value(QStringLiteral("IMAPS_PORT")).toUInt());
        settings.tls = SslSocketSettings::Tls::Implicit;
        settings.extraCaFile = m_env.value(QStringLiteral("IMAP_CA_CERT"));
        SessionConfig config;
        config.keepAliveInterval = std::chrono::milliseconds(0);
        return std::make_unique<Session>(std::make_unique<SslSocketTransport>(settings), config);
    }

    // Logs in with the provider's credentials; the ConnectTask's outcome.
    std::unique_ptr<ConnectTask> login(CredentialProvider *credentials, ConnectOptions::Authentication method,
        std::unique_ptr<Session> *sessionOut = nullptr)
    {
        auto session = newSession();
        ConnectOptions options;
        options.authentication = method;
        options.oauthHost = m_env.value(QStringLiteral("IMAP_HOST"));
        options.oauthPort = quint16(m_env.value(QStringLiteral("IMAPS_PORT")).toUInt());
        auto connect = std::make_unique<ConnectTask>(options, credentials);
        if (qEnvironmentVariableIsSet("QUIRE_TEST_TRACE"))
            QObject::connect(session.get(), &Session::protocolLog, [](LogDirection direction, const QByteArray &bytes) {
                qDebug() << (direction == LogDirection::Sent ? "C:" : "S:") << bytes;
            });
        session->start(connect.get());
        if (!QTest::qWaitFor([&] { return connect->isFinished(); }, kTimeoutMs))
            qWarning("login timed out");
        else if (connect->outcome() == Task::Outcome::Failed)
            qInfo() << "login failed:" << int(connect->error()->kind) << connect->error()->serverText;
        if (sessionOut)
            *sessionOut = std::move(session);
        return connect;
    }

    quint64 inboxMessages(CredentialProvider *credentials, ConnectOptions::Authentication method)
    {
        std::unique_ptr<Session> session;
        auto connect = login(credentials, method, &session);
        if (connect->outcome() != Task::Outcome::Succeeded)
            return 0;
        StatusTask status(QStringLiteral("INBOX"), { StatusItem::Messages });
        session->start(&status);
        if (!QTest::qWaitFor([&] { return status.isFinished(); }, kTimeoutMs))
            return 0;
        return status.status().messages.value_or(0);
    }

    std::optional<OAuthTokens> storedTokens()
    {
        std::optional<OAuthTokens> tokens;
        bool done = false;
        m_tokenStore.read(kAccount, this, [&](std::optional<OAuthTokens> read, std::optional<CredentialError> error) {
            if (error)
                qWarning() << "keyring:" << error->detail;
            tokens = std::move(read);
            done = true;
        });
        if (!QTest::qWaitFor([&] { return done; }, kTimeoutMs))
            qWarning("keyring read timed out");
        return tokens;
    }

    void store(const OAuthTokens &tokens)
    {
        bool done = false;
        m_tokenStore.write(kAccount, tokens, this, [&](const CredentialResult &result) {
            QVERIFY2(result.ok(), result.ok() ? "" : qPrintable(result.error->detail));
            done = true;
        });
        QVERIFY(QTest::qWaitFor([&] { return done; }, kTimeoutMs));
    }

    std::unique_ptr<OAuthCredentialProvider> provider()
    {
        return std::make_unique<OAuthCredentialProvider>(
            kAccount, QStringLiteral("alice"), m_provider, &m_tokenStore, &m_network, std::chrono::seconds(1));
    }

    // No file under the private HOME (settings, keyring files) holds a token in clear.
    void verifyNotInAnyFile(const QString &secret)
    {
        const QString home = qEnvironmentVariable("QUIRE_KEYRING_ROOT");
        QVERIFY(!home.isEmpty());
        QDirIterator it(home, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        int files = 0;
        while (it.hasNext()) {
            QFile file(it.next());
            if (file.open(QIODevice::ReadOnly)) {
                ++files;
                QVERIFY2(!file.readAll().contains(secret.toUtf8()), qPrintable(file.fileName()));
            }
        }
        QVERIFY(files > 0); // the keyring's own file at least
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_env = readServerEnvFile(qEnvironmentVariable("QUIRE_IMAP_ENV"));
        QVERIFY2(!m_env.isEmpty(), "QUIRE_IMAP_ENV not set or unreadable");
        m_server = QUrl(qEnvironmentVariable("QUIRE_OAUTH2_SERVER"));
        QVERIFY2(m_server.host() == QLatin1String("127.0.0.1"), "QUIRE_OAUTH2_SERVER must be on 127.0.0.1");
        OAuthSettings settings;
        settings.provider = QStringLiteral("custom");
        settings.authorizationUrl = m_server.resolved(QUrl(QStringLiteral("/authorize"))).toString();
        settings.tokenUrl = m_server.resolved(QUrl(QStringLiteral("/token"))).toString();
        settings.scope = QStringLiteral("mail");
        settings.clientId = QStringLiteral("quire-test-client");
        const OAuthProviderResult resolved = resolveOAuthProvider(settings);
        QVERIFY(resolved.provider);
        m_provider = *resolved.provider;
        // The mail that must survive everything below, read with alice's password.
        FixedCredentialProvider password({ QStringLiteral("alice"), QStringLiteral("alicepw") });
        m_messagesBefore = inboxMessages(&password, ConnectOptions::Authentication::Plain);
        QVERIFY(m_messagesBefore > 0);
    }

    void signInStoresTokensInTheKeyringOnly()
    {
        OAuthSignIn::Stage stage = OAuthSignIn::Stage::NotStarted;
        const OAuthTokenResult result = signIn(QStringLiteral("alice"), &stage);
        QVERIFY2(result.tokens, result.error ? qPrintable(result.error->code + ' ' + result.error->description) : "");
        QCOMPARE(stage, OAuthSignIn::Stage::ExchangingCode);
        QVERIFY(result.tokens->accessToken.startsWith(QLatin1String("at-")));
        QVERIFY(result.tokens->refreshToken.startsWith(QLatin1String("rt-")));
        QVERIFY(result.tokens->expiresAt.isValid());
        QCOMPARE(stat("code_grants"), 1);
        auto credentials = provider();
        bool stored = false;
        credentials->setTokens(*result.tokens, this, [&](const CredentialResult &r) { stored = r.ok(); });
        QVERIFY(QTest::qWaitFor([&] { return stored; }, kTimeoutMs));
        const auto kept = storedTokens();
        QVERIFY(kept);
        QCOMPARE(kept->accessToken, result.tokens->accessToken);
        QCOMPARE(kept->refreshToken, result.tokens->refreshToken);
        QCOMPARE(kept->expiresAt.toMSecsSinceEpoch(), result.tokens->expiresAt.toMSecsSinceEpoch());
        verifyNotInAnyFile(result.tokens->accessToken);
        verifyNotInAnyFile(result.tokens->refreshToken);
    }

    void logsInWithOauthBearerAndXoauth2()
    {
        auto credentials = provider();
        QCOMPARE(inboxMessages(credentials.get(), ConnectOptions::Authentication::OAuthBearer), m_messagesBefore);
        QCOMPARE(inboxMessages(credentials.get(), ConnectOptions::Authentication::XOAuth2), m_messagesBefore);
        QCOMPARE(credentials->refreshCount(), 0);
        // A wrong token really is refused: the server is checking.
        FixedCredentialProvider forged({ QStringLiteral("alice"), QStringLiteral("at-forged") });
        auto refused = login(&forged, ConnectOptions::Authentication::OAuthBearer);
        QCOMPARE(refused->outcome(), Task::Outcome::Failed);
        QCOMPARE(refused->error()->kind, TaskErrorKind::OAuthTokenRejected);
        QVERIFY(refused->oauthFailure()); // Dovecot's JSON challenge was decoded
        QVERIFY(!refused->oauthFailure()->status.isEmpty());
    }

    void expiredTokenIsRefreshedBeforeLogin()
    {
        const OAuthTokens before = *storedTokens();
        QTest::qWait(int(QDateTime::currentDateTimeUtc().msecsTo(before.expiresAt)) + 500);
        const int refreshes = stat("refresh_grants");
        auto credentials = provider();
        QCOMPARE(inboxMessages(credentials.get(), ConnectOptions::Authentication::OAuthBearer), m_messagesBefore);
        QCOMPARE(credentials->refreshCount(), 1);
        QCOMPARE(stat("refresh_grants"), refreshes + 1);
        const OAuthTokens after = *storedTokens();
        QVERIFY(after.accessToken != before.accessToken);
        QVERIFY(after.refreshToken != before.refreshToken); // rotated, and the new one kept
    }

    void tokenTheServerRefusesIsRefreshedOnceAndRetried()
    {
        // The keychain does not know when this token expires, so Quire
        // only learns it from the server's refusal.
        OAuthTokens tokens = *storedTokens();
        tokens.expiresAt = QDateTime();
        store(tokens);
        QTest::qWait(4500); // the server-side lifetime
        const int inactive = stat("inactive_introspections");
        auto credentials = provider();
        auto connect = login(credentials.get(), ConnectOptions::Authentication::XOAuth2);
        QVERIFY2(connect->outcome() == Task::Outcome::Succeeded,
            connect->error() ? qPrintable(QString::number(int(connect->error()->kind)) + QLatin1Char(' ')
                + QString::fromUtf8(connect->error()->serverText))
                             : "");
        QCOMPARE(credentials->refreshCount(), 1);
        QVERIFY(stat("inactive_introspections") > inactive);
        QVERIFY(storedTokens()->accessToken != tokens.accessToken);
    }

    void revokedRefreshTokenLeadsToSignInAgainWithNothingLost()
    {
        QCOMPARE(getJson(QStringLiteral("/admin/revoke"), "user=alice").value(QLatin1String("revoked")).toString(),
            QStringLiteral("alice"));
        auto credentials = provider();
        QSignalSpy signInRequired(credentials.get(), &OAuthCredentialProvider::signInRequired);
        auto connect = login(credentials.get(), ConnectOptions::Authentication::OAuthBearer);
        QCOMPARE(connect->outcome(), Task::Outcome::Failed);
        QCOMPARE(connect->error()->kind, TaskErrorKind::CredentialsUnavailable);
        QCOMPARE(credentials->state(), OAuthCredentialProvider::State::SignInRequired);
        QCOMPARE(signInRequired.count(), 1);
        QCOMPARE(signInRequired.at(0).at(0).value<OAuthError>().kind, OAuthErrorKind::InvalidGrant);
        QCOMPARE(credentials->lastError()->code, QStringLiteral("invalid_grant"));
        // Clean: the dead tokens left the keychain; asking again does not
        // hammer the provider.
        QVERIFY(QTest::qWaitFor([&] { return !storedTokens(); }, kTimeoutMs));
        const int refused = stat("refused_grants");
        QCOMPARE(login(credentials.get(), ConnectOptions::Authentication::OAuthBearer)->error()->kind,
            TaskErrorKind::CredentialsUnavailable);
        QCOMPARE(stat("refused_grants"), refused);
        // Nothing lost: the mail is all there, and signing in again brings
        // the account back.
        FixedCredentialProvider password({ QStringLiteral("alice"), QStringLiteral("alicepw") });
        QCOMPARE(inboxMessages(&password, ConnectOptions::Authentication::Plain), m_messagesBefore);
        const OAuthTokenResult again = signIn(QStringLiteral("alice"));
        QVERIFY(again.tokens);
        bool stored = false;
        credentials->setTokens(*again.tokens, this, [&](const CredentialResult &r) { stored = r.ok(); });
        QVERIFY(QTest::qWaitFor([&] { return stored; }, kTimeoutMs));
        QCOMPARE(credentials->state(), OAuthCredentialProvider::State::Ready);
        QCOMPARE(inboxMessages(credentials.get(), ConnectOptions::Authentication::OAuth2), m_messagesBefore);
    }

    void deniedAndCancelledSignInsAreTyped()
    {
        const OAuthTokenResult denied = signIn(QStringLiteral("mallory"));
        QVERIFY(denied.error);
        QCOMPARE(denied.error->kind, OAuthErrorKind::AuthorizationDenied);
        QCOMPARE(denied.error->code, QStringLiteral("access_denied"));

        OAuthSignIn signIn(m_provider, QStringLiteral("alice"), &m_network);
        QSignalSpy finished(&signIn, &OAuthSignIn::finished);
        signIn.start();
        const QUrl redirect(signIn.redirectUri());
        QVERIFY(redirect.port() > 0);
        signIn.cancel();
        QCOMPARE(finished.count(), 1);
        QCOMPARE(finished.at(0).at(0).value<OAuthTokenResult>().error->kind, OAuthErrorKind::Cancelled);
        // The loopback listener is gone at once.
        QTcpSocket probe;
        probe.connectToHost(QHostAddress::LocalHost, quint16(redirect.port()));
        QVERIFY(!probe.waitForConnected(2000));
        signIn.cancel(); // a second cancel changes nothing
        QCOMPARE(finished.count(), 1);
    }
};

QTEST_GUILESS_MAIN(OAuth2EndToEndTest)
#include "tst_oauth2_e2e.moc"
