#include "ui/AccountSettings.h"

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

} // namespace quire::ui
