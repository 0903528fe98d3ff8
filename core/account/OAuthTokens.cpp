#include "core/account/OAuthTokens.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace quire {

bool OAuthTokens::needsRefresh(const QDateTime &now, std::chrono::seconds margin) const
{
    if (accessToken.isEmpty())
        return true;
    return expiresAt.isValid() && expiresAt <= now.addSecs(margin.count());
}

QByteArray OAuthTokens::toJson() const
{
    QJsonObject object;
    object.insert(QLatin1String("access_token"), accessToken);
    object.insert(QLatin1String("refresh_token"), refreshToken);
    if (expiresAt.isValid())
        object.insert(QLatin1String("expires_at_ms"), double(expiresAt.toMSecsSinceEpoch()));
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

std::optional<OAuthTokens> OAuthTokens::fromJson(const QByteArray &json)
{
    const QJsonObject object = QJsonDocument::fromJson(json).object();
    if (object.isEmpty())
        return std::nullopt;
    OAuthTokens tokens;
    tokens.accessToken = object.value(QLatin1String("access_token")).toString();
    tokens.refreshToken = object.value(QLatin1String("refresh_token")).toString();
    if (object.contains(QLatin1String("expires_at_ms")))
        tokens.expiresAt
            = QDateTime::fromMSecsSinceEpoch(qint64(object.value(QLatin1String("expires_at_ms")).toDouble()), Qt::UTC);
    if (tokens.accessToken.isEmpty() && tokens.refreshToken.isEmpty())
        return std::nullopt;
    return tokens;
}

OAuthTokenResult parseTokenResponse(
    int httpStatus, const QByteArray &body, const QDateTime &now, const QString &previousRefreshToken)
{
    const QJsonObject object = QJsonDocument::fromJson(body).object();
    const QString error = object.value(QLatin1String("error")).toString();
    if (!error.isEmpty() || httpStatus >= 400) {
        const QString description = object.value(QLatin1String("error_description")).toString();
        if (error.isEmpty())
            return { std::nullopt,
                OAuthError { OAuthErrorKind::TokenEndpoint, QString::number(httpStatus), description } };
        const OAuthErrorKind kind
            = error == QLatin1String("invalid_grant") ? OAuthErrorKind::InvalidGrant : OAuthErrorKind::TokenEndpoint;
        return { std::nullopt, OAuthError { kind, error, description } };
    }
    OAuthTokens tokens;
    tokens.accessToken = object.value(QLatin1String("access_token")).toString();
    tokens.refreshToken = object.value(QLatin1String("refresh_token")).toString(previousRefreshToken);
    const QString type = object.value(QLatin1String("token_type")).toString();
    if (tokens.accessToken.isEmpty() || (!type.isEmpty() && type.compare(QLatin1String("bearer"), Qt::CaseInsensitive)))
        return { std::nullopt,
            OAuthError { OAuthErrorKind::InvalidResponse, {}, QStringLiteral("no bearer access_token") } };
    const QJsonValue expiresIn = object.value(QLatin1String("expires_in"));
    // Some providers send the number as a string.
    const qint64 seconds = expiresIn.isString() ? expiresIn.toString().toLongLong() : qint64(expiresIn.toDouble());
    if (seconds > 0)
        tokens.expiresAt = now.toUTC().addSecs(seconds);
    return { tokens, std::nullopt };
}

OAuthTokenStore::OAuthTokenStore(CredentialStore *store)
    : m_store(store)
{
}

QString OAuthTokenStore::keyFor(const QString &accountId)
{
    return accountId + QLatin1String("/oauth2");
}

void OAuthTokenStore::read(const QString &accountId, QObject *context,
    std::function<void(std::optional<OAuthTokens>, std::optional<CredentialError>)> done)
{
    m_store->readPassword(keyFor(accountId), context, [done = std::move(done)](const CredentialResult &result) {
        if (result.is(CredentialErrorKind::NotFound)) {
            done(std::nullopt, std::nullopt);
            return;
        }
        if (!result.ok()) {
            done(std::nullopt, result.error);
            return;
        }
        done(OAuthTokens::fromJson(result.password.toUtf8()), std::nullopt);
    });
}

void OAuthTokenStore::write(
    const QString &accountId, const OAuthTokens &tokens, QObject *context, CredentialCallback done)
{
    m_store->writePassword(keyFor(accountId), QString::fromUtf8(tokens.toJson()), context, std::move(done));
}

void OAuthTokenStore::remove(const QString &accountId, QObject *context, CredentialCallback done)
{
    m_store->deletePassword(keyFor(accountId), context, std::move(done));
}

} // namespace quire
