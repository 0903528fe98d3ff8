#include "ui/ViewSettings.h"

#include <QSettings>

namespace quire::ui::ViewSettings {

namespace {
const QString kPreferPlain = QStringLiteral("view/preferPlainText");
const QString kPolicy = QStringLiteral("view/remoteContentPolicy");
// Before the policy had three values: true meant Always.
const QString kAlwaysRemote = QStringLiteral("view/alwaysLoadRemoteContent");
const QString kSenders = QStringLiteral("view/remoteContentSenders");
} // namespace

bool preferPlainText()
{
    return QSettings().value(kPreferPlain, false).toBool();
}

void setPreferPlainText(bool plain)
{
    QSettings().setValue(kPreferPlain, plain);
}

RemoteContentPolicy remoteContentPolicy()
{
    QSettings settings;
    const QString value = settings.value(kPolicy).toString();
    if (value == QLatin1String("block"))
        return RemoteContentPolicy::Block;
    if (value == QLatin1String("always"))
        return RemoteContentPolicy::Always;
    if (value.isEmpty() && settings.value(kAlwaysRemote, false).toBool())
        return RemoteContentPolicy::Always;
    return RemoteContentPolicy::Ask;
}

void setRemoteContentPolicy(RemoteContentPolicy policy)
{
    QSettings settings;
    settings.remove(kAlwaysRemote);
    switch (policy) {
    case RemoteContentPolicy::Block:
        settings.setValue(kPolicy, QStringLiteral("block"));
        return;
    case RemoteContentPolicy::Ask:
        settings.setValue(kPolicy, QStringLiteral("ask"));
        return;
    case RemoteContentPolicy::Always:
        settings.setValue(kPolicy, QStringLiteral("always"));
        return;
    }
}

QStringList remoteContentSenders()
{
    return QSettings().value(kSenders).toStringList();
}

void setRemoteContentSenders(const QStringList &senders)
{
    if (senders.isEmpty())
        QSettings().remove(kSenders);
    else
        QSettings().setValue(kSenders, senders);
}

bool isRemoteContentAllowedFor(const QString &senderAddress)
{
    switch (remoteContentPolicy()) {
    case RemoteContentPolicy::Block:
        return false;
    case RemoteContentPolicy::Always:
        return true;
    case RemoteContentPolicy::Ask:
        break;
    }
    return !senderAddress.isEmpty() && remoteContentSenders().contains(senderAddress.toLower());
}

void allowRemoteContentFor(const QString &senderAddress)
{
    if (senderAddress.isEmpty())
        return;
    QStringList senders = remoteContentSenders();
    if (senders.contains(senderAddress.toLower()))
        return;
    senders.append(senderAddress.toLower());
    setRemoteContentSenders(senders);
}

} // namespace quire::ui::ViewSettings
