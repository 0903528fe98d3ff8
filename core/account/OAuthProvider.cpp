#include "core/account/OAuthProvider.h"

namespace quire {

namespace {

#ifndef QUIRE_OAUTH_CLIENT_ID_GOOGLE
#define QUIRE_OAUTH_CLIENT_ID_GOOGLE ""
#endif
#ifndef QUIRE_OAUTH_CLIENT_ID_MICROSOFT
#define QUIRE_OAUTH_CLIENT_ID_MICROSOFT ""
#endif

// A token endpoint must be https; plain http is allowed on loopback only
// (local test servers, tools/oauth2-server).
bool acceptableEndpoint(const QUrl &url)
{
    if (!url.isValid() || url.host().isEmpty())
        return false;
    if (url.scheme() == QLatin1String("https"))
        return true;
    const QString host = url.host();
    return url.scheme() == QLatin1String("http")
        && (host == QLatin1String("127.0.0.1") || host == QLatin1String("localhost") || host == QLatin1String("::1"));
}

OAuthProvider preset(const QString &id)
{
    OAuthProvider provider;
    provider.id = id;
    if (id == QLatin1String("google")) {
        provider.authorizationUrl = QUrl(QStringLiteral("https://accounts.google.com/o/oauth2/v2/auth"));
        provider.tokenUrl = QUrl(QStringLiteral("https://oauth2.googleapis.com/token"));
        provider.scope = QStringLiteral("https://mail.google.com/");
        // Without these Google returns no refresh token on a repeated consent.
        provider.extraAuthorizationParameters = { { QStringLiteral("access_type"), QStringLiteral("offline") },
            { QStringLiteral("prompt"), QStringLiteral("consent") } };
    } else if (id == QLatin1String("microsoft")) {
        provider.authorizationUrl
            = QUrl(QStringLiteral("https://login.microsoftonline.com/common/oauth2/v2.0/authorize"));
        provider.tokenUrl = QUrl(QStringLiteral("https://login.microsoftonline.com/common/oauth2/v2.0/token"));
        provider.scope = QStringLiteral("https://outlook.office.com/IMAP.AccessAsUser.All offline_access");
    }
    return provider;
}

} // namespace

QString builtInOAuthClientId(const QString &providerId)
{
    if (providerId == QLatin1String("google"))
        return QStringLiteral(QUIRE_OAUTH_CLIENT_ID_GOOGLE);
    if (providerId == QLatin1String("microsoft"))
        return QStringLiteral(QUIRE_OAUTH_CLIENT_ID_MICROSOFT);
    return {};
}

OAuthProviderResult resolveOAuthProvider(const OAuthSettings &settings)
{
    OAuthProvider provider;
    if (settings.provider == QLatin1String("google") || settings.provider == QLatin1String("microsoft")) {
        provider = preset(settings.provider);
        provider.clientId = settings.clientId.isEmpty() ? builtInOAuthClientId(settings.provider) : settings.clientId;
        if (!settings.scope.isEmpty())
            provider.scope = settings.scope;
    } else if (settings.provider == QLatin1String("custom")) {
        provider.id = settings.provider;
        provider.authorizationUrl = QUrl(settings.authorizationUrl.trimmed());
        provider.tokenUrl = QUrl(settings.tokenUrl.trimmed());
        provider.scope = settings.scope.trimmed();
        provider.clientId = settings.clientId;
    } else {
        return { std::nullopt, OAuthProviderProblem::UnknownProvider };
    }
    provider.clientId = provider.clientId.trimmed();
    provider.clientSecret = settings.clientSecret;
    if (provider.clientId.isEmpty())
        return { std::nullopt, OAuthProviderProblem::MissingClientId };
    if (!acceptableEndpoint(provider.authorizationUrl))
        return { std::nullopt, OAuthProviderProblem::InvalidAuthorizationUrl };
    if (!acceptableEndpoint(provider.tokenUrl))
        return { std::nullopt, OAuthProviderProblem::InvalidTokenUrl };
    return { provider, std::nullopt };
}

std::optional<OAuthPresetServer> oauthPresetServer(const QString &providerId)
{
    if (providerId == QLatin1String("google"))
        return OAuthPresetServer { QStringLiteral("imap.gmail.com"), 993 };
    if (providerId == QLatin1String("microsoft"))
        return OAuthPresetServer { QStringLiteral("outlook.office365.com"), 993 };
    return std::nullopt;
}

} // namespace quire
