// MailboxTreeModel: what a folder accepts when something is dropped on it.

#include "core/model/MailboxTreeModel.h"
#include "core/model/MessageDragData.h"

#include <QMimeData>
#include <QUrl>

#include <algorithm>

namespace quire::model {

namespace {

bool isEmlFile(const QUrl &url)
{
    return url.isLocalFile() && url.toLocalFile().endsWith(QLatin1StringView(".eml"), Qt::CaseInsensitive);
}

} // namespace

// --- drops: messages from the list (copy or move) and .eml files (append)

QStringList MailboxTreeModel::mimeTypes() const
{
    return { QString::fromLatin1(kMessageListMimeType), QStringLiteral("text/uri-list") };
}

Qt::DropActions MailboxTreeModel::supportedDropActions() const
{
    return Qt::CopyAction | Qt::MoveAction;
}

bool MailboxTreeModel::canDropMimeData(
    const QMimeData *data, Qt::DropAction action, int, int, const QModelIndex &parent) const
{
    if (!data || !parent.isValid() || !nodeOf(parent)->selectable()
        || (action != Qt::CopyAction && action != Qt::MoveAction))
        return false;
    if (const auto drag = decodeMessageDrag(data))
        return drag->engine == engineFor(parent);
    const QList<QUrl> urls = data->urls();
    return !urls.isEmpty() && std::all_of(urls.begin(), urls.end(), isEmlFile);
}

bool MailboxTreeModel::dropMimeData(
    const QMimeData *data, Qt::DropAction action, int row, int column, const QModelIndex &parent)
{
    if (!canDropMimeData(data, action, row, column, parent))
        return false;
    const MailboxNode *target = nodeOf(parent);
    sync::MailEngine *engine = accountOf(target).engine;
    if (!engine)
        return false;
    if (const auto drag = decodeMessageDrag(data)) {
        if (drag->mailbox == target->record.name)
            return false;
        if (action == Qt::MoveAction)
            engine->moveMessages(drag->mailbox, drag->uids, target->record.name);
        else
            engine->copyMessages(drag->mailbox, drag->uids, target->record.name);
        // The engine removes moved rows from the source list itself; the
        // view must not delete them as for a local move.
        return false;
    }
    for (const QUrl &url : data->urls())
        engine->appendMessage(target->record.name, url.toLocalFile());
    return true;
}

} // namespace quire::model
