#include "ui/ViewSettings.h"

#include <QSettings>

namespace quire::ui::ViewSettings {

namespace {
const QString kPreferPlain = QStringLiteral("view/preferPlainText");
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

bool alwaysLoadRemoteContent()
{
    return QSettings().value(kAlwaysRemote, false).toBool();
}

void setAlwaysLoadRemoteContent(bool allow)
{
    QSettings().setValue(kAlwaysRemote, allow);
}

QStringList remoteContentSenders()
{
    return QSettings().value(kSenders).toStringList();
}

bool isRemoteContentAllowedFor(const QString &senderAddress)
{
    return alwaysLoadRemoteContent()
        || (!senderAddress.isEmpty() && remoteContentSenders().contains(senderAddress.toLower()));
}

void allowRemoteContentFor(const QString &senderAddress)
{
    if (senderAddress.isEmpty())
        return;
    QStringList senders = remoteContentSenders();
    if (senders.contains(senderAddress.toLower()))
        return;
    senders.append(senderAddress.toLower());
    QSettings().setValue(kSenders, senders);
}

} // namespace quire::ui::ViewSettings
