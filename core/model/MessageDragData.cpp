#include "core/model/MessageDragData.h"

#include <QCoreApplication>
#include <QDataStream>
#include <QIODevice>
#include <QMimeData>

namespace quire::model {

void encodeMessageDrag(const MessageDragData &drag, QMimeData *mimeData)
{
    QByteArray bytes;
    QDataStream stream(&bytes, QIODevice::WriteOnly);
    stream << qint64(QCoreApplication::applicationPid()) << quint64(reinterpret_cast<quintptr>(drag.engine))
           << drag.mailbox << drag.uids;
    mimeData->setData(QString::fromLatin1(kMessageListMimeType), bytes);
}

std::optional<MessageDragData> decodeMessageDrag(const QMimeData *mimeData)
{
    if (!mimeData || !mimeData->hasFormat(QString::fromLatin1(kMessageListMimeType)))
        return std::nullopt;
    QDataStream stream(mimeData->data(QString::fromLatin1(kMessageListMimeType)));
    qint64 pid = 0;
    quint64 engineAddress = 0;
    MessageDragData drag;
    stream >> pid >> engineAddress >> drag.mailbox >> drag.uids;
    if (stream.status() != QDataStream::Ok || pid != QCoreApplication::applicationPid() || drag.uids.isEmpty())
        return std::nullopt;
    drag.engine = reinterpret_cast<const sync::MailEngine *>(quintptr(engineAddress));
    return drag;
}

} // namespace quire::model
