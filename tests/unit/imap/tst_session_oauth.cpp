// Scenarios for OAuth2 logins: AUTHENTICATE OAUTHBEARER (RFC 7628) and
// XOAUTH2, with and without SASL-IR, the server's JSON error challenge and
// the client's reply to it, NO / BAD / BYE / a dropped connection, and the
// connect sequence's one retry with a refreshed token.

#include "core/imap/commands/SessionCommands.h"
#include "core/imap/session/CredentialProvider.h"
#include "core/imap/tasks/ConnectTask.h"
#include "core/imap/tasks/OAuthAuthenticateTask.h"
#include "tests/unit/imap/SessionScenario.h"

using namespace quire::imap;

namespace quire::test {
namespace {

// base64 of {"status":"invalid_token","scope":"https://mail.google.com/","schemes":"bearer"}
constexpr const char *invalidTokenJson
    = "eyJzdGF0dXMiOiJpbnZhbGlkX3Rva2VuIiwic2NvcGUiOiJodHRwczovL21haWwuZ29vZ2xlLmNvbS8iLC"
      "JzY2hlbWVzIjoiYmVhcmVyIn0=";

// alice's OAUTHBEARER with tok1 sent with SASL-IR (tag A1), the server's
// JSON error challenge, and the client's ^A that ends the exchange.
const QByteArray bearerAnsweredErrorChallenge
    = QByteArray("C: A1 AUTHENTICATE OAUTHBEARER bixhPWFsaWNlLAFhdXRoPUJlYXJlciB0b2sxAQE=\nS: + ") + invalidTokenJson
    + "\nC: AQ==\n";

// Hands out tok1, tok2, ... and counts the server's refusals.
class TokenSequence : public CredentialProvider
{
public:
    void requestCredentials(std::function<void(std::optional<Credentials>)> reply) override
    {
        ++requests;
        reply(Credentials { QStringLiteral("alice"), QStringLiteral("tok%1").arg(requests) });
    }
    void credentialsRejected() override { ++rejections; }
    int requests = 0;
    int rejections = 0;
};

class OAuthScenario : public SessionScenario
{
protected:
    // Logging in as alice with tok1, no host or port given.
    OAuthAuthenticateTask *startLogin(OAuthMechanism mechanism)
    {
        return start<OAuthAuthenticateTask>(mechanism, QStringLiteral("alice"), QStringLiteral("tok1"));
    }

    void greet(const QByteArray &capabilities)
    {
        runner.session().open();
        ASSERT_EQ(runner.play("S: * OK [CAPABILITY IMAP4rev1 " + capabilities + "] ready"), "");
    }
};

TEST(OAuthCommands, BearerMessageEscapesTheUserAndCarriesHostAndPort)
{
    EXPECT_EQ(Authenticate::oauthBearer(
                  QStringLiteral("alice"), QStringLiteral("tok1"), QStringLiteral("imap.example.org"), 993)
                  .initialResponse,
        QByteArray("n,a=alice,\x01host=imap.example.org\x01port=993\x01"
                   "auth=Bearer tok1\x01\x01"));
    EXPECT_EQ(Authenticate::oauthBearer(QStringLiteral("a=b,c"), QStringLiteral("t")).initialResponse,
        QByteArray("n,a=a=3Db=2Cc,\x01"
                   "auth=Bearer t\x01\x01"));
    EXPECT_EQ(Authenticate::xoauth2(QStringLiteral("alice"), QStringLiteral("tok1")).initialResponse,
        QByteArray("user=alice\x01"
                   "auth=Bearer tok1\x01\x01"));
}

TEST(OAuthCommands, FailureJsonIsDecodedIntoTypedFields)
{
    const auto failure = parseOAuthFailure(invalidTokenJson);
    ASSERT_TRUE(failure);
    EXPECT_EQ(*failure, (OAuthFailure { "invalid_token", "https://mail.google.com/", "bearer", {} }));
    // Google's numeric-looking status, as a string or a number.
    EXPECT_EQ(parseOAuthFailure(QByteArray(R"({"status":"401","schemes":"Bearer"})").toBase64())->status, "401");
    EXPECT_EQ(parseOAuthFailure(QByteArray(R"({"status":400})").toBase64())->status, "400");
    EXPECT_FALSE(parseOAuthFailure("not base64 !!"));
    EXPECT_FALSE(parseOAuthFailure(QByteArray(R"({"error":"x"})").toBase64()));
    EXPECT_FALSE(parseOAuthFailure(""));
}

TEST_F(OAuthScenario, BearerWithSaslIrSucceeds)
{
    greet("SASL-IR AUTH=OAUTHBEARER");
    auto *task = start<OAuthAuthenticateTask>(OAuthMechanism::OAuthBearer, QStringLiteral("alice"),
        QStringLiteral("tok1"), QStringLiteral("imap.example.org"), quint16(993));
    EXPECT_EQ(runner.play(R"(
        C: A1 AUTHENTICATE OAUTHBEARER bixhPWFsaWNlLAFob3N0PWltYXAuZXhhbXBsZS5vcmcBcG9ydD05OTMBYXV0aD1CZWFyZXIgdG9rMQEB
        S: A1 OK [CAPABILITY IMAP4rev1 IDLE] welcome
    )"),
        "");
    EXPECT_EQ(task->outcome(), Outcome::Succeeded);
    EXPECT_EQ(finishCount(task), 1);
    EXPECT_EQ(runner.session().state(), ConnectionState::Authenticated);
    EXPECT_FALSE(runner.log().contains("tok1"));
    EXPECT_FALSE(runner.log().contains("bixhPWFsaWNl"));
    EXPECT_EQ(runner.finish(), "");
}

TEST_F(OAuthScenario, Xoauth2WithoutSaslIrAnswersTheEmptyContinuation)
{
    greet("AUTH=XOAUTH2");
    auto *task = startLogin(OAuthMechanism::XOAuth2);
    EXPECT_EQ(runner.play(R"(
        C: A1 AUTHENTICATE XOAUTH2
        S: +
        C: dXNlcj1hbGljZQFhdXRoPUJlYXJlciB0b2sxAQE=
        S: A1 OK done
    )"),
        "");
    EXPECT_EQ(task->outcome(), Outcome::Succeeded);
    EXPECT_EQ(runner.finish(), "");
}

TEST_F(OAuthScenario, BearerErrorChallengeIsAnsweredWithCtrlAAndTyped)
{
    greet("SASL-IR AUTH=OAUTHBEARER");
    auto *task = startLogin(OAuthMechanism::OAuthBearer);
    EXPECT_EQ(runner.play(bearerAnsweredErrorChallenge + "S: A1 NO [AUTHENTICATIONFAILED] token expired"), "");
    EXPECT_EQ(task->outcome(), Outcome::Failed);
    EXPECT_EQ(finishCount(task), 1);
    EXPECT_EQ(errorKind(task), TaskErrorKind::OAuthTokenRejected);
    EXPECT_EQ(task->error()->serverText, "token expired");
    ASSERT_TRUE(task->failure());
    EXPECT_EQ(task->failure()->status, "invalid_token");
    EXPECT_EQ(task->failure()->scope, "https://mail.google.com/");
    EXPECT_EQ(runner.session().state(), ConnectionState::NotAuthenticated);
    EXPECT_TRUE(runner.violations().isEmpty());
    EXPECT_EQ(runner.finish(), "");
}

TEST_F(OAuthScenario, Xoauth2ErrorChallengeIsAnsweredWithAnEmptyLine)
{
    greet("SASL-IR AUTH=XOAUTH2");
    auto *task = startLogin(OAuthMechanism::XOAuth2);
    EXPECT_EQ(runner.play(R"(
        C: A1 AUTHENTICATE XOAUTH2 dXNlcj1hbGljZQFhdXRoPUJlYXJlciB0b2sxAQE=
        S: + eyJzdGF0dXMiOiI0MDEiLCJzY2hlbWVzIjoiQmVhcmVyIiwic2NvcGUiOiJodHRwczovL21haWwuZ29vZ2xlLmNvbS8ifQ==
        C:
        S: A1 NO [AUTHENTICATIONFAILED] Invalid credentials (Failure)
    )"),
        "");
    EXPECT_EQ(errorKind(task), TaskErrorKind::OAuthTokenRejected);
    ASSERT_TRUE(task->failure());
    EXPECT_EQ(task->failure()->status, "401");
    EXPECT_EQ(runner.finish(), "");
}

TEST_F(OAuthScenario, GarbledChallengeIsStillAnsweredAndASecondOneCancelled)
{
    greet("SASL-IR AUTH=OAUTHBEARER");
    auto *task = startLogin(OAuthMechanism::OAuthBearer);
    EXPECT_EQ(runner.play(R"(
        C: A1 AUTHENTICATE OAUTHBEARER bixhPWFsaWNlLAFhdXRoPUJlYXJlciB0b2sxAQE=
        S: + not-base64-at-all
        C: AQ==
        S: + again
        C: *
        S: A1 BAD exchange cancelled
    )"),
        "");
    EXPECT_EQ(errorKind(task), TaskErrorKind::Bad);
    ASSERT_TRUE(task->failure());
    EXPECT_EQ(task->failure()->status, "invalid_challenge");
    EXPECT_EQ(finishCount(task), 1);
    EXPECT_EQ(runner.finish(), "");
}

TEST_F(OAuthScenario, PlainNoIsATokenRefusalButUnavailableIsNot)
{
    greet("SASL-IR AUTH=OAUTHBEARER");
    auto *refused = startLogin(OAuthMechanism::OAuthBearer);
    EXPECT_EQ(runner.play(R"(
        C: A1 AUTHENTICATE OAUTHBEARER bixhPWFsaWNlLAFhdXRoPUJlYXJlciB0b2sxAQE=
        S: A1 NO no such token
    )"),
        "");
    EXPECT_EQ(errorKind(refused), TaskErrorKind::OAuthTokenRejected);
    EXPECT_FALSE(refused->failure());
    auto *unavailable = startLogin(OAuthMechanism::OAuthBearer);
    EXPECT_EQ(runner.play(R"(
        C: A2 AUTHENTICATE OAUTHBEARER bixhPWFsaWNlLAFhdXRoPUJlYXJlciB0b2sxAQE=
        S: A2 NO [UNAVAILABLE] authentication service down
    )"),
        "");
    EXPECT_EQ(errorKind(unavailable), TaskErrorKind::No);
    EXPECT_EQ(runner.finish(), "");
}

TEST_F(OAuthScenario, BadIsBad)
{
    greet("AUTH=OAUTHBEARER");
    auto *task = startLogin(OAuthMechanism::OAuthBearer);
    EXPECT_EQ(runner.play(R"(
        C: A1 AUTHENTICATE OAUTHBEARER
        S: A1 BAD unknown mechanism
    )"),
        "");
    // The "+" never came: the session reports the refused continuation.
    EXPECT_EQ(task->outcome(), Outcome::Failed);
    EXPECT_EQ(finishCount(task), 1);
    EXPECT_EQ(runner.finish(), "");
}

TEST_F(OAuthScenario, ByeDuringAuthenticationFailsOnce)
{
    greet("SASL-IR AUTH=OAUTHBEARER");
    auto *task = startLogin(OAuthMechanism::OAuthBearer);
    EXPECT_EQ(runner.play(R"(
        C: A1 AUTHENTICATE OAUTHBEARER bixhPWFsaWNlLAFhdXRoPUJlYXJlciB0b2sxAQE=
        S: * BYE shutting down
        S! DROP
    )"),
        "");
    EXPECT_EQ(task->outcome(), Outcome::Failed);
    EXPECT_EQ(errorKind(task), TaskErrorKind::ServerBye);
    EXPECT_EQ(finishCount(task), 1);
    EXPECT_EQ(runner.finish(), "");
}

TEST_F(OAuthScenario, DropAfterTheChallengeFailsAsConnectionLost)
{
    greet("SASL-IR AUTH=OAUTHBEARER");
    auto *task = startLogin(OAuthMechanism::OAuthBearer);
    EXPECT_EQ(runner.play(bearerAnsweredErrorChallenge + "S! DROP"), "");
    EXPECT_EQ(errorKind(task), TaskErrorKind::ConnectionLost);
    EXPECT_EQ(finishCount(task), 1);
    EXPECT_EQ(runner.finish(), "");
}

TEST_F(OAuthScenario, MechanismNotOfferedFailsWithoutSending)
{
    greet("AUTH=PLAIN");
    auto *task = startLogin(OAuthMechanism::XOAuth2);
    EXPECT_EQ(errorKind(task), TaskErrorKind::CapabilityMissing);
    EXPECT_EQ(runner.transport().allWritten(), QByteArray());
    EXPECT_EQ(runner.finish(), "");
}

TEST_F(OAuthScenario, ConnectPrefersBearerAndRetriesOnceWithAFreshToken)
{
    TokenSequence tokens;
    ConnectOptions options;
    options.authentication = ConnectOptions::Authentication::OAuth2;
    options.sendId = false;
    options.enableExtensions = false;
    auto *connect = start<ConnectTask>(options, &tokens);
    EXPECT_EQ(runner.play(QByteArray(R"(
        S: * OK [CAPABILITY IMAP4rev1 SASL-IR AUTH=XOAUTH2 AUTH=OAUTHBEARER] ready
        C: A1 AUTHENTICATE OAUTHBEARER bixhPWFsaWNlLAFhdXRoPUJlYXJlciB0b2sxAQE=
        S: + )") + invalidTokenJson
                  + R"(
        C: AQ==
        S: A1 NO [AUTHENTICATIONFAILED] expired
        C: A2 AUTHENTICATE OAUTHBEARER bixhPWFsaWNlLAFhdXRoPUJlYXJlciB0b2syAQE=
        S: A2 OK [CAPABILITY IMAP4rev1] in
    )"),
        "");
    EXPECT_EQ(connect->outcome(), Outcome::Succeeded);
    EXPECT_EQ(tokens.requests, 2);
    EXPECT_EQ(tokens.rejections, 1);
    EXPECT_EQ(runner.finish(), "");
}

TEST_F(OAuthScenario, ConnectGivesUpAfterTheRefreshedTokenIsRefusedToo)
{
    TokenSequence tokens;
    ConnectOptions options;
    options.authentication = ConnectOptions::Authentication::OAuth2;
    auto *connect = start<ConnectTask>(options, &tokens);
    EXPECT_EQ(runner.play(R"(
        S: * OK [CAPABILITY IMAP4rev1 SASL-IR AUTH=XOAUTH2] ready
        C: A1 AUTHENTICATE XOAUTH2 dXNlcj1hbGljZQFhdXRoPUJlYXJlciB0b2sxAQE=
        S: A1 NO expired
        C: A2 AUTHENTICATE XOAUTH2 dXNlcj1hbGljZQFhdXRoPUJlYXJlciB0b2syAQE=
        S: A2 NO still no
    )"),
        "");
    EXPECT_EQ(connect->outcome(), Outcome::Failed);
    EXPECT_EQ(errorKind(connect), TaskErrorKind::OAuthTokenRejected);
    EXPECT_EQ(finishCount(connect), 1);
    EXPECT_EQ(tokens.requests, 2);
    EXPECT_EQ(tokens.rejections, 2);
    EXPECT_EQ(runner.finish(), "");
}

} // namespace
} // namespace quire::test
