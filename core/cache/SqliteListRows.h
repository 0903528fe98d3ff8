#pragma once

// The message list's rows (Cache::visitMessageListRows) read straight from a
// statement's buffers. Shared by SqliteCache, on its own connection, and by
// the detached reader (SqliteCache::listRowReader), which opens a read-only
// connection on whatever thread calls it.

#include "core/cache/CacheResult.h"
#include "core/cache/CacheTypes.h"

#include <functional>

struct sqlite3;

namespace quire::cache::sql {

// The columns the list reads, in the order of ListColumn (the blobs of
// MessageColumns::Full come after them).
const QByteArray &listColumns();

// Where each of listColumns() is in a result row.
enum ListColumn : int {
    Uid,
    Flags,
    ModSeq,
    HasEnvelope,
    InternalDate,
    InternalDateOffset,
    Size,
    Subject,
    Sender,
    SenderAddress,
    RecipientsTo,
    RecipientsCc,
    Date,
    DateOffset,
    MessageId,
    InReplyTo,
    References,
    HasAttachments,
    BodyCached,
    ListColumnCount
};

// Every row of `mailbox` with `uidValidity` in UID order or, with newest > 0,
// only the `newest` highest UIDs (still in UID order).
Result<void> visitListRows(sqlite3 *db, const QString &mailbox, quint32 uidValidity, int newest,
    const std::function<void(const MessageListRow &)> &visit);
// The rows with firstUid <= uid <= lastUid, in UID order.
Result<void> visitListRowsBetween(sqlite3 *db, const QString &mailbox, quint32 uidValidity, quint32 firstUid,
    quint32 lastUid, const std::function<void(const MessageListRow &)> &visit);

} // namespace quire::cache::sql
