#pragma once

// The reader's choices about showing mail, kept in QSettings under view/:
// plain text or HTML, the remote-content policy, and the senders whose
// remote content always loads. The Preferences dialog and the message view
// both read and write them here.

#include <QString>
#include <QStringList>

namespace quire::ui::ViewSettings {

bool preferPlainText();
void setPreferPlainText(bool plain);

enum class RemoteContentPolicy {
    Block, // never load, no bar (View › Load Remote Content still loads once)
    Ask, // the default: block, show a bar; listed senders load by themselves
    Always, // always load remote content
};
RemoteContentPolicy remoteContentPolicy();
void setRemoteContentPolicy(RemoteContentPolicy policy);

// The senders (lower case) whose remote content loads under Ask.
QStringList remoteContentSenders();
void setRemoteContentSenders(const QStringList &senders);
bool isRemoteContentAllowedFor(const QString &senderAddress);
void allowRemoteContentFor(const QString &senderAddress);

} // namespace quire::ui::ViewSettings
