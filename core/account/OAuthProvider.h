#pragma once

// The endpoints, scopes and client registration one OAuth2 sign-in uses,
// resolved from an account's OAuthSettings: presets for Google and
// Microsoft 365, or the custom provider's own values.
//
// Client IDs are never invented here. A preset's ID comes from the
// account's settings, else from the build (-DQUIRE_OAUTH_CLIENT_ID_GOOGLE=...,
// -DQUIRE_OAUTH_CLIENT_ID_MICROSOFT=...); when neither has one the provider
// is not usable and the UI says why (docs/OAUTH2.md explains registering).

#include "core/account/AccountConfig.h"

#include <QList>
#include <QPair>
#include <QUrl>

#include <optional>

namespace quire {

struct OAuthProvider {
    QString id; // "google", "microsoft", "custom"
    QUrl authorizationUrl;
    QUrl tokenUrl;
    QString scope;
    QString clientId;
    QString clientSecret;
    // Extra authorization parameters, e.g. Google's access_type=offline.
    QList<QPair<QString, QString>> extraAuthorizationParameters;
    bool operator==(const OAuthProvider &) const = default;
};

enum class OAuthProviderProblem {
    UnknownProvider,
    MissingClientId,
    InvalidAuthorizationUrl, // not https (http only for 127.0.0.1 / localhost)
    InvalidTokenUrl,
};

struct OAuthProviderResult {
    std::optional<OAuthProvider> provider;
    std::optional<OAuthProviderProblem> problem;
};

// Resolves settings (preset or custom) into a usable provider.
OAuthProviderResult resolveOAuthProvider(const OAuthSettings &settings);

// The preset's IMAP server, for filling in the account dialog.
struct OAuthPresetServer {
    QString host;
    quint16 port = 993;
};
std::optional<OAuthPresetServer> oauthPresetServer(const QString &providerId);

// The build's client ID for a preset; empty when the build has none.
QString builtInOAuthClientId(const QString &providerId);

} // namespace quire
