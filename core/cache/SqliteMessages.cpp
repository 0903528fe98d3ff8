// SqliteCache: the messages table, and the search_text rows that mirror its
// headers.

#include "core/cache/SearchText.h"
#include "core/cache/SqlSupport.h"
#include "core/cache/SqliteCache.h"

#include <QSqlQuery>

namespace quire::cache {

namespace {

// The column order readMessage() expects; the blobs come last so Summary can
// leave them out.
const QString summaryColumns
    = QStringLiteral("uid, flags, modseq, has_envelope, internal_date, internal_date_offset, size,"
                     " subject, sender, sender_address, recipients_to, recipients_cc, date, date_offset,"
                     " message_id, in_reply_to, refs, has_attachments, body_cached");
const QString blobColumns = QStringLiteral(", envelope, body_structure");
constexpr int firstBlobColumn = 19;

QString selectedColumns(MessageColumns columns)
{
    return columns == MessageColumns::Full ? summaryColumns + blobColumns : summaryColumns;
}

MessageRecord readMessage(const QSqlQuery &query, MessageColumns columns)
{
    MessageRecord record;
    record.uid = query.value(0).toUInt();
    record.flags = sql::splitFlags(query.value(1).toString());
    record.modSeq = query.value(2).toULongLong();
    record.hasEnvelope = query.value(3).toBool();
    record.internalDate = sql::fromMillis(query.value(4), query.value(5));
    record.size = query.value(6).toULongLong();
    record.subject = query.value(7).toString();
    record.from = query.value(8).toString();
    record.fromAddress = query.value(9).toString();
    record.to = query.value(10).toString();
    record.cc = query.value(11).toString();
    record.date = sql::fromMillis(query.value(12), query.value(13));
    record.messageId = query.value(14).toByteArray();
    record.inReplyTo = query.value(15).toByteArray();
    record.references = sql::splitIds(query.value(16).toByteArray());
    record.hasAttachments = query.value(17).toBool();
    record.bodyCached = query.value(18).toBool();
    if (columns == MessageColumns::Full) {
        record.envelopeBlob = query.value(firstBlobColumn).toByteArray();
        record.bodyStructureBlob = query.value(firstBlobColumn + 1).toByteArray();
    }
    return record;
}

const QString upsertWithEnvelope = QStringLiteral(
    "INSERT INTO messages (mailbox_id, uidvalidity, uid, flags, modseq, has_envelope,"
    " internal_date, internal_date_offset, size, subject, sender, sender_address,"
    " recipients_to, recipients_cc, date, date_offset, message_id, in_reply_to, refs,"
    " has_attachments, envelope, body_structure)"
    " VALUES (?, ?, ?, ?, ?, 1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
    " ON CONFLICT (mailbox_id, uidvalidity, uid) DO UPDATE SET"
    " flags = excluded.flags, modseq = excluded.modseq, has_envelope = 1,"
    " internal_date = excluded.internal_date, internal_date_offset = excluded.internal_date_offset,"
    " size = excluded.size, subject = excluded.subject, sender = excluded.sender,"
    " sender_address = excluded.sender_address, recipients_to = excluded.recipients_to,"
    " recipients_cc = excluded.recipients_cc, date = excluded.date, date_offset = excluded.date_offset,"
    " message_id = excluded.message_id, in_reply_to = excluded.in_reply_to, refs = excluded.refs,"
    " has_attachments = excluded.has_attachments, envelope = excluded.envelope,"
    " body_structure = excluded.body_structure"
    " RETURNING id");

// Without an envelope only flags and modseq are news; an envelope cached
// earlier must survive.
const QString upsertFlagsOnly
    = QStringLiteral("INSERT INTO messages (mailbox_id, uidvalidity, uid, flags, modseq) VALUES (?, ?, ?, ?, ?)"
                     " ON CONFLICT (mailbox_id, uidvalidity, uid) DO UPDATE SET"
                     " flags = excluded.flags, modseq = excluded.modseq");

// The body column is written by setBodyText and kept here.
const QString upsertSearchHeaders
    = QStringLiteral("INSERT INTO search_text (message_id, subject, sender, recipients) VALUES (?, ?, ?, ?)"
                     " ON CONFLICT (message_id) DO UPDATE SET"
                     " subject = excluded.subject, sender = excluded.sender, recipients = excluded.recipients");

void bindEnvelope(QSqlQuery &query, qint64 mailboxId, quint32 uidValidity, const MessageRecord &record)
{
    int column = 0;
    query.bindValue(column++, mailboxId);
    query.bindValue(column++, uidValidity);
    query.bindValue(column++, record.uid);
    query.bindValue(column++, sql::text(sql::joinFlags(record.flags)));
    query.bindValue(column++, qint64(record.modSeq));
    query.bindValue(column++, sql::toMillis(record.internalDate));
    query.bindValue(column++, sql::toOffset(record.internalDate));
    query.bindValue(column++, qint64(record.size));
    query.bindValue(column++, sql::text(record.subject));
    query.bindValue(column++, sql::text(record.from));
    query.bindValue(column++, sql::text(record.fromAddress));
    query.bindValue(column++, sql::text(record.to));
    query.bindValue(column++, sql::text(record.cc));
    query.bindValue(column++, sql::toMillis(record.date));
    query.bindValue(column++, sql::toOffset(record.date));
    query.bindValue(column++, sql::bytes(record.messageId));
    query.bindValue(column++, sql::bytes(record.inReplyTo));
    query.bindValue(column++, sql::bytes(sql::joinIds(record.references)));
    query.bindValue(column++, record.hasAttachments);
    query.bindValue(column++, sql::blob(record.envelopeBlob));
    query.bindValue(column++, sql::blob(record.bodyStructureBlob));
}

} // namespace

Result<void> SqliteCache::upsertMessages(
    const QString &mailbox, quint32 uidValidity, const QList<MessageRecord> &messages)
{
    const auto boxId = mailboxId(mailbox);
    if (!boxId)
        return boxId.error();
    QSqlDatabase db = database();
    sql::Transaction transaction(db);
    if (auto begun = transaction.begin(); !begun)
        return begun;
    QSqlQuery withEnvelope(db);
    QSqlQuery flagsOnly(db);
    QSqlQuery searchHeaders(db);
    for (auto [query, text] : { std::pair { &withEnvelope, &upsertWithEnvelope },
             std::pair { &flagsOnly, &upsertFlagsOnly }, std::pair { &searchHeaders, &upsertSearchHeaders } }) {
        if (auto prepared = sql::prepare(*query, *text, CacheError::WriteFailed); !prepared)
            return prepared;
    }
    for (const MessageRecord &record : messages) {
        if (!record.hasEnvelope) {
            flagsOnly.bindValue(0, *boxId);
            flagsOnly.bindValue(1, uidValidity);
            flagsOnly.bindValue(2, record.uid);
            flagsOnly.bindValue(3, sql::text(sql::joinFlags(record.flags)));
            flagsOnly.bindValue(4, qint64(record.modSeq));
            if (auto done = sql::run(flagsOnly, CacheError::WriteFailed, "upsert message flags"); !done)
                return done;
            continue;
        }
        bindEnvelope(withEnvelope, *boxId, uidValidity, record);
        if (auto done = sql::run(withEnvelope, CacheError::WriteFailed, "upsert message"); !done)
            return done;
        if (!withEnvelope.next())
            return sql::errorFrom(CacheError::WriteFailed, withEnvelope, "upsert message returned no id");
        const qint64 rowId = withEnvelope.value(0).toLongLong();
        withEnvelope.finish();
        searchHeaders.bindValue(0, rowId);
        searchHeaders.bindValue(1, sql::text(foldForSearch(record.subject)));
        searchHeaders.bindValue(2, sql::text(foldForSearch(record.from + u' ' + record.fromAddress)));
        searchHeaders.bindValue(3, sql::text(foldForSearch(record.to + u' ' + record.cc)));
        if (auto done = sql::run(searchHeaders, CacheError::WriteFailed, "index message headers"); !done)
            return done;
    }
    return transaction.commit();
}

Result<int> SqliteCache::updateFlags(const QString &mailbox, quint32 uidValidity, const QList<FlagUpdate> &updates)
{
    const auto boxId = mailboxId(mailbox);
    if (!boxId)
        return boxId.error();
    QSqlDatabase db = database();
    sql::Transaction transaction(db);
    if (auto begun = transaction.begin(); !begun)
        return begun.error();
    QSqlQuery update(db);
    if (auto prepared = sql::prepare(update,
            QStringLiteral("UPDATE messages SET flags = ?, modseq = ?"
                           " WHERE mailbox_id = ? AND uidvalidity = ? AND uid = ?"),
            CacheError::WriteFailed);
        !prepared)
        return prepared.error();
    int updated = 0;
    for (const FlagUpdate &change : updates) {
        update.bindValue(0, sql::text(sql::joinFlags(change.flags)));
        update.bindValue(1, qint64(change.modSeq));
        update.bindValue(2, *boxId);
        update.bindValue(3, uidValidity);
        update.bindValue(4, change.uid);
        if (auto done = sql::run(update, CacheError::WriteFailed, "update flags"); !done)
            return done.error();
        updated += update.numRowsAffected();
    }
    if (auto committed = transaction.commit(); !committed)
        return committed.error();
    return updated;
}

Result<int> SqliteCache::removeMessages(const QString &mailbox, quint32 uidValidity, const QList<quint32> &uids)
{
    const auto boxId = mailboxId(mailbox);
    if (!boxId)
        return boxId.error();
    QSqlDatabase db = database();
    sql::Transaction transaction(db);
    if (auto begun = transaction.begin(); !begun)
        return begun.error();
    QSqlQuery remove(db);
    if (auto prepared = sql::prepare(remove,
            QStringLiteral("DELETE FROM messages"
                           " WHERE mailbox_id = ? AND uidvalidity = ? AND uid = ?"),
            CacheError::WriteFailed);
        !prepared)
        return prepared.error();
    int removed = 0;
    for (const quint32 uid : uids) {
        remove.bindValue(0, *boxId);
        remove.bindValue(1, uidValidity);
        remove.bindValue(2, uid);
        if (auto done = sql::run(remove, CacheError::WriteFailed, "remove message"); !done)
            return done.error();
        removed += remove.numRowsAffected();
    }
    if (auto committed = transaction.commit(); !committed)
        return committed.error();
    removeDeletedPartFiles();
    return removed;
}

Result<void> SqliteCache::clearMailbox(const QString &mailbox)
{
    const auto boxId = mailboxId(mailbox);
    if (!boxId)
        return boxId.error();
    QSqlDatabase db = database();
    sql::Transaction transaction(db);
    if (auto begun = transaction.begin(); !begun)
        return begun;
    QSqlQuery remove(db);
    if (auto prepared
        = sql::prepare(remove, QStringLiteral("DELETE FROM messages WHERE mailbox_id = ?"), CacheError::WriteFailed);
        !prepared)
        return prepared;
    remove.bindValue(0, *boxId);
    if (auto done = sql::run(remove, CacheError::WriteFailed, "clear mailbox"); !done)
        return done;
    QSqlQuery reset(db);
    if (auto prepared = sql::prepare(reset,
            QStringLiteral("UPDATE mailboxes SET uidvalidity = 0, uidnext = 0,"
                           " highest_modseq = 0 WHERE id = ?"),
            CacheError::WriteFailed);
        !prepared)
        return prepared;
    reset.bindValue(0, *boxId);
    if (auto done = sql::run(reset, CacheError::WriteFailed, "reset mailbox state"); !done)
        return done;
    if (auto committed = transaction.commit(); !committed)
        return committed;
    removeDeletedPartFiles();
    return {};
}

Result<QList<MessageRecord>> SqliteCache::messages(const QString &mailbox, quint32 uidValidity, MessageColumns columns)
{
    const auto boxId = mailboxId(mailbox);
    if (!boxId)
        return boxId.error();
    QSqlQuery query(database());
    query.setForwardOnly(true);
    if (auto prepared = sql::prepare(query,
            QStringLiteral("SELECT ") + selectedColumns(columns)
                + QStringLiteral(" FROM messages WHERE mailbox_id = ? AND uidvalidity = ?"
                                 " ORDER BY uid"));
        !prepared)
        return prepared.error();
    query.bindValue(0, *boxId);
    query.bindValue(1, uidValidity);
    if (auto done = sql::run(query, CacheError::ReadFailed, "read messages"); !done)
        return done.error();
    QList<MessageRecord> records;
    while (query.next())
        records.append(readMessage(query, columns));
    return records;
}

Result<QList<quint32>> SqliteCache::uids(const QString &mailbox, quint32 uidValidity)
{
    const auto boxId = mailboxId(mailbox);
    if (!boxId)
        return boxId.error();
    QSqlQuery query(database());
    query.setForwardOnly(true);
    if (auto prepared = sql::prepare(
            query, QStringLiteral("SELECT uid FROM messages WHERE mailbox_id = ? AND uidvalidity = ? ORDER BY uid"));
        !prepared)
        return prepared.error();
    query.bindValue(0, *boxId);
    query.bindValue(1, uidValidity);
    if (auto done = sql::run(query, CacheError::ReadFailed, "read uids"); !done)
        return done.error();
    QList<quint32> result;
    while (query.next())
        result.append(query.value(0).toUInt());
    return result;
}

Result<QList<quint32>> SqliteCache::uidsWithoutEnvelope(const QString &mailbox, quint32 uidValidity)
{
    const auto boxId = mailboxId(mailbox);
    if (!boxId)
        return boxId.error();
    QSqlQuery query(database());
    query.setForwardOnly(true);
    if (auto prepared = sql::prepare(query,
            QStringLiteral("SELECT uid FROM messages WHERE mailbox_id = ?"
                           " AND uidvalidity = ? AND has_envelope = 0 ORDER BY uid"));
        !prepared)
        return prepared.error();
    query.bindValue(0, *boxId);
    query.bindValue(1, uidValidity);
    if (auto done = sql::run(query, CacheError::ReadFailed, "read uids without envelope"); !done)
        return done.error();
    QList<quint32> result;
    while (query.next())
        result.append(query.value(0).toUInt());
    return result;
}

Result<std::optional<MessageRecord>> SqliteCache::message(const QString &mailbox, quint32 uidValidity, quint32 uid)
{
    const auto boxId = mailboxId(mailbox);
    if (!boxId)
        return boxId.error();
    QSqlQuery query(database());
    if (auto prepared = sql::prepare(query,
            QStringLiteral("SELECT ") + selectedColumns(MessageColumns::Full)
                + QStringLiteral(" FROM messages WHERE mailbox_id = ? AND uidvalidity = ?"
                                 " AND uid = ?"));
        !prepared)
        return prepared.error();
    query.bindValue(0, *boxId);
    query.bindValue(1, uidValidity);
    query.bindValue(2, uid);
    if (auto done = sql::run(query, CacheError::ReadFailed, "read message"); !done)
        return done.error();
    if (!query.next())
        return std::optional<MessageRecord>();
    return std::optional<MessageRecord>(readMessage(query, MessageColumns::Full));
}

} // namespace quire::cache
