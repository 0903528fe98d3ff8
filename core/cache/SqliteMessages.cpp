// SqliteCache: the messages table. Their header text reaches search_text
// later, in SqliteCache::updateSearchIndex (schema version 5).

#include "core/cache/SqlSupport.h"
#include "core/cache/SqliteCache.h"
#include "core/cache/SqliteListRows.h"
#include "core/cache/SqliteStatement.h"

#include <QSqlQuery>

namespace quire::cache {

namespace {

// The blobs come last so that Summary can leave them out.
const QByteArray summaryColumns = sql::listColumns();
const QByteArray fullColumns = summaryColumns + ", envelope, body_structure";
constexpr int envelopeColumn = sql::ListColumnCount;
constexpr int bodyStructureColumn = sql::ListColumnCount + 1;

const QByteArray selectSummaryByMailbox
    = "SELECT " + summaryColumns + " FROM messages WHERE mailbox_id = ? AND uidvalidity = ? ORDER BY uid";
const QByteArray selectFullByMailbox
    = "SELECT " + fullColumns + " FROM messages WHERE mailbox_id = ? AND uidvalidity = ? ORDER BY uid";
const QByteArray selectOne
    = "SELECT " + fullColumns + " FROM messages WHERE mailbox_id = ? AND uidvalidity = ? AND uid = ?";

// The UIDs come as one JSON array, so that any number of them is one
// statement (SQLite looks each up in the messages' unique index).
const QByteArray uidsInList = " AND uid IN (SELECT value FROM json_each(?)) ORDER BY uid";
const QByteArray selectSummaryByUids
    = "SELECT " + summaryColumns + " FROM messages WHERE mailbox_id = ? AND uidvalidity = ?" + uidsInList;
const QByteArray selectFullByUids
    = "SELECT " + fullColumns + " FROM messages WHERE mailbox_id = ? AND uidvalidity = ?" + uidsInList;

const char *selectByMailbox(MessageColumns columns)
{
    return (columns == MessageColumns::Full ? selectFullByMailbox : selectSummaryByMailbox).constData();
}

QDateTime readTime(const sql::Statement &row, int millisColumn)
{
    if (row.isNull(millisColumn))
        return {};
    return QDateTime::fromMSecsSinceEpoch(row.int64(millisColumn), Qt::OffsetFromUTC, int(row.int64(millisColumn + 1)));
}

MessageRecord readMessage(const sql::Statement &row, MessageColumns columns)
{
    MessageRecord record;
    using namespace sql;
    record.uid = quint32(row.int64(Uid));
    record.flags = splitFlags(row.text(Flags));
    record.modSeq = quint64(row.int64(ModSeq));
    record.hasEnvelope = row.int64(HasEnvelope) != 0;
    record.internalDate = readTime(row, InternalDate);
    record.size = quint64(row.int64(Size));
    record.subject = row.text(Subject);
    record.from = row.text(Sender);
    record.fromAddress = row.text(SenderAddress);
    record.to = row.text(RecipientsTo);
    record.cc = row.text(RecipientsCc);
    record.date = readTime(row, Date);
    record.messageId = row.bytes(MessageId);
    record.inReplyTo = row.bytes(InReplyTo);
    record.references = splitIds(row.bytes(References));
    record.hasAttachments = row.int64(HasAttachments) != 0;
    record.bodyCached = row.int64(BodyCached) != 0;
    if (columns == MessageColumns::Full) {
        record.envelopeBlob = row.bytes(envelopeColumn);
        record.bodyStructureBlob = row.bytes(bodyStructureColumn);
    }
    return record;
}

// Every row the bound statement yields.
Result<QList<MessageRecord>> readMessages(sql::Statement &select, MessageColumns columns, const char *what)
{
    QList<MessageRecord> records;
    while (select.step())
        records.append(readMessage(select, columns));
    if (select.failed())
        return select.error(CacheError::ReadFailed, what);
    return records;
}

// A new row is inserted and its id read back with sqlite3_last_insert_rowid;
// a row already there (listed earlier without its envelope, or fetched again)
// is found by its key and updated by id, with the same numbered parameters.
// One upsert with RETURNING made SQLite build and drop a temporary table per
// message, a quarter of a cold sync's writing.
const char *const insertWithEnvelope
    = "INSERT INTO messages (mailbox_id, uidvalidity, uid, flags, modseq, has_envelope,"
      " internal_date, internal_date_offset, size, subject, sender, sender_address,"
      " recipients_to, recipients_cc, date, date_offset, message_id, in_reply_to, refs,"
      " has_attachments, envelope, body_structure)"
      " VALUES (?1, ?2, ?3, ?4, ?5, 1, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, ?19, ?20, ?21)"
      " ON CONFLICT (mailbox_id, uidvalidity, uid) DO NOTHING";
const char *const selectId = "SELECT id FROM messages WHERE mailbox_id = ? AND uidvalidity = ? AND uid = ?";
constexpr int idParameter = 22;
const char *const updateWithEnvelope
    = "UPDATE messages SET flags = ?4, modseq = ?5, has_envelope = 1,"
      " internal_date = ?6, internal_date_offset = ?7, size = ?8, subject = ?9, sender = ?10,"
      " sender_address = ?11, recipients_to = ?12, recipients_cc = ?13, date = ?14, date_offset = ?15,"
      " message_id = ?16, in_reply_to = ?17, refs = ?18, has_attachments = ?19, envelope = ?20,"
      " body_structure = ?21"
      " WHERE id = ?22";

// Without an envelope only flags and modseq are news; an envelope cached
// earlier must survive.
const char *const upsertFlagsOnly
    = "INSERT INTO messages (mailbox_id, uidvalidity, uid, flags, modseq) VALUES (?, ?, ?, ?, ?)"
      " ON CONFLICT (mailbox_id, uidvalidity, uid) DO UPDATE SET"
      " flags = excluded.flags, modseq = excluded.modseq";

// Runs `statement` once for each item, in one transaction, after `bind`
// has given it that item's values (from index 1); how many rows it changed
// in all. Through sqlite3 directly: a reopen writes 1,000 flag updates, and
// QSqlQuery's QVariant binding cost more than SQLite's own work.
template<typename Item, typename Bind>
Result<int> runForEach(QSqlDatabase db, const char *statement, const QList<Item> &items, Bind bind, const char *what)
{
    sql::Transaction transaction(db);
    if (auto begun = transaction.begin(); !begun)
        return begun.error();
    sql::Statement query(sql::nativeHandle(db), statement);
    if (!query.isValid())
        return query.error(CacheError::WriteFailed, what);
    int changed = 0;
    for (const Item &item : items) {
        query.reset();
        bind(query, item);
        if (query.step(), query.failed())
            return query.error(CacheError::WriteFailed, what);
        changed += query.changes();
    }
    if (auto committed = transaction.commit(); !committed)
        return committed.error();
    return changed;
}

void bindTime(sql::Statement &statement, int index, const QDateTime &time)
{
    if (time.isValid()) {
        statement.bindInt(index, time.toMSecsSinceEpoch());
        statement.bindInt(index + 1, time.offsetFromUtc());
    } else {
        statement.bindNull(index);
        statement.bindNull(index + 1);
    }
}

// The flags column's text, kept for the last flag set: the rows of a batch
// mostly share a few sets (and the sync shares their lists).
class FlagText
{
public:
    const QByteArray &operator()(const QStringList &flags)
    {
        if (!m_valid || flags != m_flags) {
            m_flags = flags;
            m_text = sql::joinFlags(flags).toUtf8();
            m_valid = true;
        }
        return m_text;
    }

private:
    QStringList m_flags;
    QByteArray m_text;
    bool m_valid = false;
};

void bindEnvelope(sql::Statement &statement, qint64 mailboxId, quint32 uidValidity, const MessageRecord &record,
    const QByteArray &flagText)
{
    statement.bindInt(1, mailboxId);
    statement.bindInt(2, uidValidity);
    statement.bindInt(3, record.uid);
    statement.bindUtf8(4, flagText);
    statement.bindInt(5, qint64(record.modSeq));
    bindTime(statement, 6, record.internalDate);
    statement.bindInt(8, qint64(record.size));
    statement.bindText(9, record.subject);
    statement.bindText(10, record.from);
    statement.bindText(11, record.fromAddress);
    statement.bindText(12, record.to);
    statement.bindText(13, record.cc);
    bindTime(statement, 14, record.date);
    statement.bindBytes(16, record.messageId);
    statement.bindBytes(17, record.inReplyTo);
    statement.bindBytes(18, sql::joinIds(record.references));
    statement.bindInt(19, record.hasAttachments ? 1 : 0);
    statement.bindBlobOrNull(20, record.envelopeBlob);
    statement.bindBlobOrNull(21, record.bodyStructureBlob);
}

struct EnvelopeWriter {
    sql::Statement insert;
    sql::Statement lookup;
    sql::Statement update;

    Result<void> write(qint64 mailboxId, quint32 uidValidity, const MessageRecord &record, const QByteArray &flagText)
    {
        insert.reset();
        bindEnvelope(insert, mailboxId, uidValidity, record, flagText);
        if (insert.step(), insert.failed())
            return insert.error(CacheError::WriteFailed, "insert message");
        if (insert.changes() == 1)
            return {};
        lookup.reset();
        lookup.bindInt(1, mailboxId);
        lookup.bindInt(2, uidValidity);
        lookup.bindInt(3, record.uid);
        if (!lookup.step()) {
            if (lookup.failed())
                return lookup.error(CacheError::WriteFailed, "find message");
            // The insert saw the row a moment ago in this transaction; only a
            // damaged index gets here, and SQLite itself has no error to say.
            return Error { CacheError::Corrupt,
                QStringLiteral("find message: the row of UID %1 vanished").arg(record.uid) };
        }
        const qint64 id = lookup.int64(0);
        lookup.reset();
        update.reset();
        bindEnvelope(update, mailboxId, uidValidity, record, flagText);
        update.bindInt(idParameter, id);
        if (update.step(), update.failed())
            return update.error(CacheError::WriteFailed, "update message");
        return {};
    }
};

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
    sqlite3 *handle = sql::nativeHandle(db);
    EnvelopeWriter envelopes { { handle, insertWithEnvelope }, { handle, selectId }, { handle, updateWithEnvelope } };
    sql::Statement flagsOnly(handle, upsertFlagsOnly);
    for (const sql::Statement *statement : { &envelopes.insert, &envelopes.lookup, &envelopes.update, &flagsOnly }) {
        if (!statement->isValid())
            return statement->error(CacheError::WriteFailed, "prepare message upsert");
    }
    FlagText flagText;
    for (const MessageRecord &record : messages) {
        if (!record.hasEnvelope) {
            flagsOnly.reset();
            flagsOnly.bindInt(1, *boxId);
            flagsOnly.bindInt(2, uidValidity);
            flagsOnly.bindInt(3, record.uid);
            flagsOnly.bindUtf8(4, flagText(record.flags));
            flagsOnly.bindInt(5, qint64(record.modSeq));
            if (flagsOnly.step(), flagsOnly.failed())
                return flagsOnly.error(CacheError::WriteFailed, "upsert message flags");
            continue;
        }
        if (auto written = envelopes.write(*boxId, uidValidity, record, flagText(record.flags)); !written)
            return written;
    }
    return transaction.commit();
}

Result<int> SqliteCache::updateFlags(const QString &mailbox, quint32 uidValidity, const QList<FlagUpdate> &updates)
{
    const auto boxId = mailboxId(mailbox);
    if (!boxId)
        return boxId.error();
    return runForEach(
        database(), "UPDATE messages SET flags = ?, modseq = ? WHERE mailbox_id = ? AND uidvalidity = ? AND uid = ?",
        updates,
        [&](sql::Statement &update, const FlagUpdate &change) {
            update.bindText(1, sql::joinFlags(change.flags));
            update.bindInt(2, qint64(change.modSeq));
            update.bindInt(3, *boxId);
            update.bindInt(4, uidValidity);
            update.bindInt(5, change.uid);
        },
        "update flags");
}

Result<int> SqliteCache::removeMessages(const QString &mailbox, quint32 uidValidity, const QList<quint32> &uids)
{
    const auto boxId = mailboxId(mailbox);
    if (!boxId)
        return boxId.error();
    Result<int> removed = runForEach(
        database(), "DELETE FROM messages WHERE mailbox_id = ? AND uidvalidity = ? AND uid = ?", uids,
        [&](sql::Statement &remove, quint32 uid) {
            remove.bindInt(1, *boxId);
            remove.bindInt(2, uidValidity);
            remove.bindInt(3, uid);
        },
        "remove message");
    if (removed)
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
    sql::Statement select(sql::nativeHandle(database()), selectByMailbox(columns));
    if (!select.isValid())
        return select.error(CacheError::ReadFailed, "prepare read messages");
    select.bindInt(1, *boxId);
    select.bindInt(2, uidValidity);
    return readMessages(select, columns, "read messages");
}

Result<void> SqliteCache::visitMessageListRows(
    const QString &mailbox, quint32 uidValidity, const std::function<void(const MessageListRow &)> &visit)
{
    return sql::visitListRows(sql::nativeHandle(database()), mailbox, uidValidity, 0, visit);
}

Result<void> SqliteCache::visitMessageListRowsBetween(const QString &mailbox, quint32 uidValidity, quint32 firstUid,
    quint32 lastUid, const std::function<void(const MessageListRow &)> &visit)
{
    return sql::visitListRowsBetween(sql::nativeHandle(database()), mailbox, uidValidity, firstUid, lastUid, visit);
}

Result<void> SqliteCache::visitNewestMessageListRows(
    const QString &mailbox, quint32 uidValidity, int count, const std::function<void(const MessageListRow &)> &visit)
{
    if (count <= 0)
        return {};
    return sql::visitListRows(sql::nativeHandle(database()), mailbox, uidValidity, count, visit);
}

Result<QList<quint32>> SqliteCache::uids(const QString &mailbox, quint32 uidValidity)
{
    return readUids(mailbox, uidValidity,
        "SELECT uid FROM messages WHERE mailbox_id = ? AND uidvalidity = ? ORDER BY uid", "read uids");
}

Result<QList<quint32>> SqliteCache::uidsWithoutEnvelope(const QString &mailbox, quint32 uidValidity)
{
    // The partial index (schema version 3) holds only these rows.
    return readUids(mailbox, uidValidity,
        "SELECT uid FROM messages INDEXED BY messages_without_envelope"
        " WHERE mailbox_id = ? AND uidvalidity = ? AND has_envelope = 0 ORDER BY uid",
        "read uids without envelope");
}

// A sync reads 100,000 UIDs at least twice; through QSqlQuery each became
// a QVariant (about 5 ms a read).
Result<QList<quint32>> SqliteCache::readUids(
    const QString &mailbox, quint32 uidValidity, const char *query, const char *what)
{
    const auto boxId = mailboxId(mailbox);
    if (!boxId)
        return boxId.error();
    sql::Statement select(sql::nativeHandle(database()), query);
    if (!select.isValid())
        return select.error(CacheError::ReadFailed, what);
    select.bindInt(1, *boxId);
    select.bindInt(2, uidValidity);
    QList<quint32> result;
    while (select.step())
        result.append(quint32(select.int64(0)));
    if (select.failed())
        return select.error(CacheError::ReadFailed, what);
    return result;
}

// A sync checks its result against EXISTS with this; reading the 100,000
// UIDs as a list took 6-15 ms of a reopen.
Result<qsizetype> SqliteCache::messageCount(const QString &mailbox, quint32 uidValidity)
{
    auto count = countRows(mailbox, uidValidity,
        "SELECT count(*) FROM messages WHERE mailbox_id = ? AND uidvalidity = ?", "count messages");
    if (!count)
        return count.error();
    return qsizetype(count.value());
}

Result<quint32> SqliteCache::unseenCount(const QString &mailbox, quint32 uidValidity)
{
    // A scan of the folder's rows, about 9 ms for 100,000: flags are one
    // space-separated text, and keywords cannot start with a backslash.
    auto count = countRows(mailbox, uidValidity,
        "SELECT count(*) FROM messages WHERE mailbox_id = ? AND uidvalidity = ? AND instr(flags, '\\Seen') = 0",
        "count unseen");
    if (!count)
        return count.error();
    return quint32(count.value());
}

Result<qint64> SqliteCache::countRows(const QString &mailbox, quint32 uidValidity, const char *query, const char *what)
{
    const auto boxId = mailboxId(mailbox);
    if (!boxId)
        return boxId.error();
    sql::Statement count(sql::nativeHandle(database()), query);
    if (!count.isValid())
        return count.error(CacheError::ReadFailed, what);
    count.bindInt(1, *boxId);
    count.bindInt(2, uidValidity);
    if (!count.step())
        return count.error(CacheError::ReadFailed, what);
    return count.int64(0);
}

Result<std::optional<MessageRecord>> SqliteCache::message(const QString &mailbox, quint32 uidValidity, quint32 uid)
{
    const auto boxId = mailboxId(mailbox);
    if (!boxId)
        return boxId.error();
    sql::Statement select(sql::nativeHandle(database()), selectOne.constData());
    if (!select.isValid())
        return select.error(CacheError::ReadFailed, "prepare read message");
    select.bindInt(1, *boxId);
    select.bindInt(2, uidValidity);
    select.bindInt(3, uid);
    if (!select.step()) {
        if (select.failed())
            return select.error(CacheError::ReadFailed, "read message");
        return std::optional<MessageRecord>();
    }
    return std::optional<MessageRecord>(readMessage(select, MessageColumns::Full));
}

Result<QList<MessageRecord>> SqliteCache::messagesWithUids(
    const QString &mailbox, quint32 uidValidity, const QList<quint32> &uids, MessageColumns columns)
{
    if (uids.isEmpty())
        return QList<MessageRecord>();
    const auto boxId = mailboxId(mailbox);
    if (!boxId)
        return boxId.error();
    const QByteArray &query = columns == MessageColumns::Full ? selectFullByUids : selectSummaryByUids;
    sql::Statement select(sql::nativeHandle(database()), query.constData());
    if (!select.isValid())
        return select.error(CacheError::ReadFailed, "prepare read messages by uid");
    QByteArray list = "[";
    list.reserve(uids.size() * 11 + 2);
    for (quint32 uid : uids) {
        if (list.size() > 1)
            list += ',';
        list += QByteArray::number(uid);
    }
    list += ']';
    select.bindInt(1, *boxId);
    select.bindInt(2, uidValidity);
    select.bindText(3, QString::fromLatin1(list));
    return readMessages(select, columns, "read messages by uid");
}

} // namespace quire::cache
