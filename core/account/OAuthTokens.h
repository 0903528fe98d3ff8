#pragma once

// OAuth2 tokens as plain values, the typed errors of getting them, and
// where they are kept: the keychain, through the same CredentialStore as
// passwords, under "<account id>/oauth2" as a small JSON object. Never in
// a settings file.

#include "core/account/CredentialStore.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

#include <chrono>
#include <optional>

namespace quire {

struct OAuthTokens {
    QString accessToken;
    QString refreshToken;
    QDateTime expiresAt; // UTC; invalid when the provider did not say

    // True when the access token is missing, or expires within margin of now.
    bool needsRefresh(const QDateTime &now, std::chrono::seconds margin = std::chrono::seconds(30)) const;
    QByteArray toJson() const;
    static std::optional<OAuthTokens> fromJson(const QByteArray &json);
    bool operator==(const OAuthTokens &) const = default;
};

enum class OAuthErrorKind {
    Cancelled, // the user stopped the sign-in
    LoopbackUnavailable, // no port on 127.0.0.1 to receive the redirect
    AuthorizationDenied, // the provider's page said no (error=access_denied ...)
    InvalidGrant, // the code or refresh token was refused: sign in again
    TokenEndpoint, // another error from the token endpoint
    Network, // the provider could not be reached
    InvalidResponse, // the provider's answer made no sense
    Keyring, // the tokens could not be kept or read
};

struct OAuthError {
    OAuthErrorKind kind = OAuthErrorKind::InvalidResponse;
    QString code; // the provider's "error" value, e.g. "invalid_grant"
    QString description; // its "error_description", or a network message; not translated
    bool operator==(const OAuthError &) const = default;
};

struct OAuthTokenResult {
    std::optional<OAuthTokens> tokens;
    std::optional<OAuthError> error;
};

// Reads a token endpoint's reply (RFC 6749 5.1 / 5.2). previousRefreshToken
// is kept when a refresh reply carries none.
OAuthTokenResult parseTokenResponse(
    int httpStatus, const QByteArray &body, const QDateTime &now, const QString &previousRefreshToken = {});

class OAuthTokenStore
{
public:
    // The store must outlive this object.
    explicit OAuthTokenStore(CredentialStore *store);

    static QString keyFor(const QString &accountId);
    // done gets the tokens, nullopt with no error when there are none, or
    // the keyring's error.
    void read(const QString &accountId, QObject *context,
        std::function<void(std::optional<OAuthTokens>, std::optional<CredentialError>)> done);
    void write(const QString &accountId, const OAuthTokens &tokens, QObject *context, CredentialCallback done);
    void remove(const QString &accountId, QObject *context, CredentialCallback done);

private:
    CredentialStore *m_store;
};

} // namespace quire
