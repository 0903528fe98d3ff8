#include "ui/AccountSettings.h"

#include <QRegularExpression>
#include <QSettings>

namespace quire::ui {

QList<AccountConfig> loadAccounts(QSettings &settings)
{
    QList<AccountConfig> accounts;
    settings.beginGroup(QStringLiteral("accounts"));
    const QStringList ids = settings.childGroups();
    for (const QString &id : ids) {
        settings.beginGroup(id);
        AccountConfig a;
        a.id = id;
        a.displayName = settings.value(QStringLiteral("name"), id).toString();
        a.host = settings.value(QStringLiteral("host")).toString();
        a.port = static_cast<quint16>(settings.value(QStringLiteral("port"), 993).toUInt());
        if (!securityFromString(
                settings.value(QStringLiteral("security"), QStringLiteral("tls")).toString(), &a.security))
            a.security = Security::ImplicitTls;
        a.userName = settings.value(QStringLiteral("user")).toString();
        a.caFile = settings.value(QStringLiteral("caFile")).toString();
        a.pinnedSha256 = settings.value(QStringLiteral("pinnedSha256")).toString();
        if (!authMethodFromString(settings.value(QStringLiteral("auth")).toString(), &a.authMethod))
            a.authMethod = AuthMethod::Password;
        // OAuth2 provider and client registration only; the tokens are in the keychain.
        a.oauth.provider = settings.value(QStringLiteral("oauthProvider")).toString();
        a.oauth.authorizationUrl = settings.value(QStringLiteral("oauthAuthorizationUrl")).toString();
        a.oauth.tokenUrl = settings.value(QStringLiteral("oauthTokenUrl")).toString();
        a.oauth.scope = settings.value(QStringLiteral("oauthScope")).toString();
        a.oauth.clientId = settings.value(QStringLiteral("oauthClientId")).toString();
        a.oauth.clientSecret = settings.value(QStringLiteral("oauthClientSecret")).toString();
        settings.endGroup();
        accounts.append(a);
    }
    settings.endGroup();
    return accounts;
}

void saveAccount(QSettings &settings, const AccountConfig &a)
{
    settings.beginGroup(QStringLiteral("accounts/") + a.id);
    settings.setValue(QStringLiteral("name"), a.displayName);
    settings.setValue(QStringLiteral("host"), a.host);
    settings.setValue(QStringLiteral("port"), a.port);
    settings.setValue(QStringLiteral("security"), securityToString(a.security));
    settings.setValue(QStringLiteral("user"), a.userName);
    settings.setValue(QStringLiteral("caFile"), a.caFile);
    settings.setValue(QStringLiteral("pinnedSha256"), a.pinnedSha256);
    settings.setValue(QStringLiteral("auth"), authMethodToString(a.authMethod));
    const QList<std::pair<QString, QString>> oauth { { QStringLiteral("oauthProvider"), a.oauth.provider },
        { QStringLiteral("oauthAuthorizationUrl"), a.oauth.authorizationUrl },
        { QStringLiteral("oauthTokenUrl"), a.oauth.tokenUrl }, { QStringLiteral("oauthScope"), a.oauth.scope },
        { QStringLiteral("oauthClientId"), a.oauth.clientId },
        { QStringLiteral("oauthClientSecret"), a.oauth.clientSecret } };
    for (const auto &[key, value] : oauth) {
        if (a.authMethod == AuthMethod::OAuth2 && !value.isEmpty())
            settings.setValue(key, value);
        else
            settings.remove(key);
    }
    settings.endGroup();
}

void removeAccount(QSettings &settings, const QString &accountId)
{
    settings.remove(QStringLiteral("accounts/") + accountId);
}

void pinCertificate(QSettings &settings, const QString &accountId, const QString &sha256Hex)
{
    settings.setValue(QStringLiteral("accounts/%1/pinnedSha256").arg(accountId), sha256Hex);
}

QString newAccountId(QSettings &settings, const QString &userName, const QString &host)
{
    // Group names must not contain '/' and read better without other punctuation.
    QString base = (userName + QLatin1Char('_') + host).toLower();
    base.replace(QRegularExpression(QStringLiteral("[^a-z0-9_.-]+")), QStringLiteral("_"));
    if (base.isEmpty() || base == QLatin1String("_"))
        base = QStringLiteral("account");
    settings.beginGroup(QStringLiteral("accounts"));
    const QStringList used = settings.childGroups();
    settings.endGroup();
    QString id = base;
    for (int n = 2; used.contains(id); ++n)
        id = base + QLatin1Char('-') + QString::number(n);
    return id;
}

} // namespace quire::ui
