#pragma once

// What a drag of messages out of the message list carries, so the mailbox
// tree can copy or move them. Only meaningful inside the process that made it:
// it names the engine by address and the process by id.

#include <QList>
#include <QString>

#include <optional>

class QMimeData;

namespace quire::sync {
class MailEngine;
}

namespace quire::model {

inline constexpr char kMessageListMimeType[] = "application/x-quire-message-list";

struct MessageDragData {
    const sync::MailEngine *engine = nullptr;
    QString mailbox;
    QList<quint32> uids;
};

void encodeMessageDrag(const MessageDragData &drag, QMimeData *mimeData);
// Empty when the data is not ours, comes from another process, or is malformed.
std::optional<MessageDragData> decodeMessageDrag(const QMimeData *mimeData);

} // namespace quire::model
