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

// Block (the default): ask with a bar. Allow: always load remote content.
bool alwaysLoadRemoteContent();
void setAlwaysLoadRemoteContent(bool allow);

QStringList remoteContentSenders();
bool isRemoteContentAllowedFor(const QString &senderAddress);
void allowRemoteContentFor(const QString &senderAddress);

} // namespace quire::ui::ViewSettings
