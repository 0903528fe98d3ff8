// OAuth2 plain values: provider presets and their checks, token JSON for
// the keychain, token endpoint replies, PKCE S256 (RFC 7636 4.2).

#include "core/account/OAuthProvider.h"
#include "core/account/OAuthSignIn.h"
#include "core/account/OAuthTokens.h"

#include <gtest/gtest.h>

namespace quire {
namespace {

const QDateTime kNow = QDateTime::fromSecsSinceEpoch(1'700'000'000, Qt::UTC);

TEST(OAuthProvider, PresetsNeedAClientIdAndNeverInventOne)
{
    OAuthSettings google { QStringLiteral("google"), {}, {}, {}, {}, {} };
    const OAuthProviderResult missing = resolveOAuthProvider(google);
    if (builtInOAuthClientId(QStringLiteral("google")).isEmpty()) {
        EXPECT_FALSE(missing.provider);
        EXPECT_EQ(missing.problem, OAuthProviderProblem::MissingClientId);
    }
    google.clientId = QStringLiteral("1234-abc.apps.googleusercontent.com");
    const OAuthProviderResult resolved = resolveOAuthProvider(google);
    ASSERT_TRUE(resolved.provider);
    EXPECT_EQ(resolved.provider->tokenUrl, QUrl(QStringLiteral("https://oauth2.googleapis.com/token")));
    EXPECT_EQ(resolved.provider->scope, QStringLiteral("https://mail.google.com/"));
    EXPECT_EQ(resolved.provider->clientId, google.clientId);

    OAuthSettings microsoft { QStringLiteral("microsoft"), {}, {}, {}, QStringLiteral("app-id"), {} };
    const OAuthProviderResult ms = resolveOAuthProvider(microsoft);
    ASSERT_TRUE(ms.provider);
    EXPECT_TRUE(ms.provider->scope.contains(QLatin1String("IMAP.AccessAsUser.All")));
    EXPECT_TRUE(ms.provider->scope.contains(QLatin1String("offline_access")));
    EXPECT_EQ(oauthPresetServer(QStringLiteral("microsoft"))->host, QStringLiteral("outlook.office365.com"));
}

TEST(OAuthProvider, CustomEndpointsMustBeHttpsExceptOnLoopback)
{
    OAuthSettings custom { QStringLiteral("custom"), QStringLiteral("https://id.example.org/authorize"),
        QStringLiteral("https://id.example.org/token"), QStringLiteral("mail"), QStringLiteral("quire"), {} };
    EXPECT_TRUE(resolveOAuthProvider(custom).provider);
    custom.tokenUrl = QStringLiteral("http://id.example.org/token");
    EXPECT_EQ(resolveOAuthProvider(custom).problem, OAuthProviderProblem::InvalidTokenUrl);
    custom.tokenUrl = QStringLiteral("http://127.0.0.1:8080/token");
    EXPECT_TRUE(resolveOAuthProvider(custom).provider);
    custom.authorizationUrl = QStringLiteral("not a url");
    EXPECT_EQ(resolveOAuthProvider(custom).problem, OAuthProviderProblem::InvalidAuthorizationUrl);
    custom.provider = QStringLiteral("yahoo");
    EXPECT_EQ(resolveOAuthProvider(custom).problem, OAuthProviderProblem::UnknownProvider);
}

TEST(OAuthTokens, KeychainJsonRoundTripsToTheMillisecond)
{
    const OAuthTokens tokens { QStringLiteral("at"), QStringLiteral("rt"), kNow.addMSecs(1234) };
    EXPECT_EQ(OAuthTokens::fromJson(tokens.toJson()), tokens);
    const OAuthTokens noExpiry { QStringLiteral("at"), QStringLiteral("rt"), {} };
    EXPECT_EQ(OAuthTokens::fromJson(noExpiry.toJson()), noExpiry);
    EXPECT_FALSE(OAuthTokens::fromJson("garbage"));
    EXPECT_FALSE(OAuthTokens::fromJson("{}"));
}

TEST(OAuthTokens, NeedsRefreshNearExpiryOrWithoutAnAccessToken)
{
    OAuthTokens tokens { QStringLiteral("at"), QStringLiteral("rt"), kNow.addSecs(60) };
    EXPECT_FALSE(tokens.needsRefresh(kNow));
    EXPECT_TRUE(tokens.needsRefresh(kNow.addSecs(31)));
    tokens.expiresAt = {};
    EXPECT_FALSE(tokens.needsRefresh(kNow.addYears(1))); // unknown: only the server can tell
    tokens.accessToken.clear();
    EXPECT_TRUE(tokens.needsRefresh(kNow));
}

TEST(OAuthTokens, TokenEndpointRepliesAreTyped)
{
    const OAuthTokenResult ok = parseTokenResponse(
        200, R"({"access_token":"a1","token_type":"Bearer","expires_in":"3600","refresh_token":"r1"})", kNow);
    ASSERT_TRUE(ok.tokens);
    EXPECT_EQ(*ok.tokens, (OAuthTokens { QStringLiteral("a1"), QStringLiteral("r1"), kNow.addSecs(3600) }));
    // A refresh reply without a new refresh token keeps the old one (Google).
    const OAuthTokenResult kept
        = parseTokenResponse(200, R"({"access_token":"a2","token_type":"bearer"})", kNow, QStringLiteral("r1"));
    EXPECT_EQ(kept.tokens->refreshToken, QStringLiteral("r1"));
    EXPECT_FALSE(kept.tokens->expiresAt.isValid());

    const OAuthTokenResult revoked
        = parseTokenResponse(400, R"({"error":"invalid_grant","error_description":"revoked"})", kNow);
    ASSERT_TRUE(revoked.error);
    EXPECT_EQ(*revoked.error,
        (OAuthError { OAuthErrorKind::InvalidGrant, QStringLiteral("invalid_grant"), QStringLiteral("revoked") }));
    EXPECT_EQ(
        parseTokenResponse(401, R"({"error":"invalid_client"})", kNow).error->kind, OAuthErrorKind::TokenEndpoint);
    EXPECT_EQ(parseTokenResponse(502, "<html>bad gateway</html>", kNow).error->code, QStringLiteral("502"));
    EXPECT_EQ(parseTokenResponse(200, R"({"access_token":"a","token_type":"mac"})", kNow).error->kind,
        OAuthErrorKind::InvalidResponse);
    EXPECT_EQ(parseTokenResponse(200, "{}", kNow).error->kind, OAuthErrorKind::InvalidResponse);
}

TEST(OAuthSignIn, PkceChallengeIsUnpaddedBase64UrlOfSha256)
{
    EXPECT_EQ(OAuthSignIn::codeChallenge("dBjftJeZ4CVP-mJ92K4KFvE4sj5oPxPbS1kP9Ez-p9M"),
        QByteArray("J9LJaXiM4fNP_ewJPWQiLNpQcr9v8YBikct36VZhY8g")); // Python: urlsafe_b64encode(sha256(v))
    const QByteArray verifier = OAuthSignIn::makeCodeVerifier();
    EXPECT_EQ(verifier.size(), 64);
    EXPECT_NE(verifier, OAuthSignIn::makeCodeVerifier());
    for (char c : verifier)
        EXPECT_TRUE(QByteArray("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~").contains(c));
}

} // namespace
} // namespace quire
