#pragma once

#include <QString>

namespace quire {

// How the connection to the server is secured.
enum class Security {
    ImplicitTls, // imaps, usually port 993
    StartTls, // imap on port 143, upgraded before login; never falls back
    Plaintext, // only when the user explicitly asks for it
};

// How the account logs in.
enum class AuthMethod {
    Password, // LOGIN / AUTHENTICATE PLAIN
    OAuth2, // AUTHENTICATE OAUTHBEARER or XOAUTH2 with a token (docs/OAUTH2.md)
};

// The OAuth2 provider of an account: a preset ("google", "microsoft") or
// "custom" with its own endpoints. clientId is the application's
// registration at that provider, from the settings or the build
// (QUIRE_OAUTH_CLIENT_ID_*); Quire ships none of its own.
struct OAuthSettings {
    QString provider; // "google", "microsoft" or "custom"
    QString authorizationUrl; // custom only; presets know theirs
    QString tokenUrl;
    QString scope;
    QString clientId;
    QString clientSecret; // Google's "installed app" secret, which is not secret
    bool operator==(const OAuthSettings &) const = default;
};

// One IMAP account as the engine needs it. Where it is stored (settings, the
// command line) is the business of ui/ and app/; the password lives in the
// CredentialStore, never here.
struct AccountConfig {
    QString id;
    QString displayName;
    QString host;
    quint16 port = 993;
    Security security = Security::ImplicitTls;
    QString userName;
    QString caFile; // extra trusted CA (PEM), optional
    QString pinnedSha256; // pinned certificate fingerprint, hex, optional
    AuthMethod authMethod = AuthMethod::Password;
    OAuthSettings oauth; // when authMethod is OAuth2

    bool operator==(const AccountConfig &) const = default;
};

QString securityToString(Security s);
// Returns false when text names no known security mode.
bool securityFromString(const QString &text, Security *out);
QString authMethodToString(AuthMethod method);
// Returns false when text names no known method.
bool authMethodFromString(const QString &text, AuthMethod *out);

} // namespace quire
