#include "core/cache/SqliteListRows.h"

#include "core/cache/SqliteStatement.h"

namespace quire::cache::sql {

const QByteArray &listColumns()
{
    static const QByteArray columns = "uid, flags, modseq, has_envelope, internal_date, internal_date_offset, size,"
                                      " subject, sender, sender_address, recipients_to, recipients_cc, date,"
                                      " date_offset, message_id, in_reply_to, refs, has_attachments, body_cached";
    return columns;
}

namespace {

const QByteArray selectAll
    = "SELECT " + listColumns() + " FROM messages WHERE mailbox_id = ? AND uidvalidity = ? ORDER BY uid";
const QByteArray selectBetween = "SELECT " + listColumns()
    + " FROM messages WHERE mailbox_id = ? AND uidvalidity = ? AND uid BETWEEN ? AND ? ORDER BY uid";
// The newest rows, turned back into UID order.
const QByteArray selectNewest = "SELECT * FROM (SELECT " + listColumns()
    + " FROM messages WHERE mailbox_id = ? AND uidvalidity = ? ORDER BY uid DESC LIMIT ?) ORDER BY uid";

Result<qint64> mailboxId(sqlite3 *db, const QString &mailbox)
{
    Statement find(db, "SELECT id FROM mailboxes WHERE name = ?");
    if (!find.isValid())
        return find.error(CacheError::ReadFailed, "prepare find mailbox");
    find.bindText(1, mailbox);
    if (!find.step()) {
        if (find.failed())
            return find.error(CacheError::ReadFailed, "find mailbox");
        return Error { CacheError::NoSuchMailbox, mailbox };
    }
    return find.int64(0);
}

Result<void> visitRows(Statement &select, const std::function<void(const MessageListRow &)> &visit)
{
    MessageListRow row;
    while (select.step()) {
        row.uid = quint32(select.int64(Uid));
        row.flags = select.view(Flags);
        row.hasEnvelope = select.int64(HasEnvelope) != 0;
        row.hasInternalDate = !select.isNull(InternalDate);
        row.internalDateMs = row.hasInternalDate ? select.int64(InternalDate) : 0;
        row.size = quint64(select.int64(Size));
        row.subject = select.view(Subject);
        row.from = select.view(Sender);
        row.fromAddress = select.view(SenderAddress);
        row.to = select.view(RecipientsTo);
        row.cc = select.view(RecipientsCc);
        row.hasDate = !select.isNull(Date);
        row.dateMs = row.hasDate ? select.int64(Date) : 0;
        row.dateOffsetSeconds = row.hasDate ? int(select.int64(DateOffset)) : 0;
        row.messageId = select.view(MessageId);
        row.inReplyTo = select.view(InReplyTo);
        row.references = select.view(References);
        row.hasAttachments = select.int64(HasAttachments) != 0;
        row.bodyCached = select.int64(BodyCached) != 0;
        visit(row);
    }
    if (select.failed())
        return select.error(CacheError::ReadFailed, "read message list");
    return {};
}

} // namespace

Result<void> visitListRows(sqlite3 *db, const QString &mailbox, quint32 uidValidity, int newest,
    const std::function<void(const MessageListRow &)> &visit)
{
    const auto boxId = mailboxId(db, mailbox);
    if (!boxId)
        return boxId.error();
    Statement select(db, (newest > 0 ? selectNewest : selectAll).constData());
    if (!select.isValid())
        return select.error(CacheError::ReadFailed, "prepare read message list");
    select.bindInt(1, *boxId);
    select.bindInt(2, uidValidity);
    if (newest > 0)
        select.bindInt(3, newest);
    return visitRows(select, visit);
}

Result<void> visitListRowsBetween(sqlite3 *db, const QString &mailbox, quint32 uidValidity, quint32 firstUid,
    quint32 lastUid, const std::function<void(const MessageListRow &)> &visit)
{
    const auto boxId = mailboxId(db, mailbox);
    if (!boxId)
        return boxId.error();
    Statement select(db, selectBetween.constData());
    if (!select.isValid())
        return select.error(CacheError::ReadFailed, "prepare read message list");
    select.bindInt(1, *boxId);
    select.bindInt(2, uidValidity);
    select.bindInt(3, firstUid);
    select.bindInt(4, lastUid);
    return visitRows(select, visit);
}

} // namespace quire::cache::sql
