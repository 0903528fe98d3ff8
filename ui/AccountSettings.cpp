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
