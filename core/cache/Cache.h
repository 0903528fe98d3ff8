#pragma once

// The local mail cache of one account: what the UI shows offline and what the
// sync engine compares with the server. Messages are keyed by
// (mailbox, UIDVALIDITY, UID); callers always pass the UIDVALIDITY they got
// from the server, so stale rows can never be mistaken for current ones.
//
// An instance belongs to the thread that created it (QSqlDatabase rule).
// Every write method commits before it returns.

#include "core/cache/CacheResult.h"
#include "core/cache/CacheTypes.h"

#include <QSet>

#include <functional>
#include <optional>

namespace quire::cache {

class BackgroundWriter;

class Cache
{
public:
    virtual ~Cache() = default;
    Cache() = default;
    Cache(const Cache &) = delete;
    Cache &operator=(const Cache &) = delete;

    // --- mailboxes
    // Inserts new mailboxes with all their fields. For mailboxes already cached
    // it updates the LIST fields (rawName, delimiter, attributes, specialUse,
    // subscribed) and keeps the sync state: use setMailboxState for that.
    virtual Result<void> upsertMailboxes(const QList<MailboxRecord> &mailboxes) = 0;
    virtual Result<QList<MailboxRecord>> mailboxes() = 0; // sorted by name
    virtual Result<std::optional<MailboxRecord>> mailbox(const QString &name) = 0;
    virtual Result<void> setMailboxState(const QString &name, const MailboxSyncState &state) = 0;
    virtual Result<void> renameMailbox(const QString &from, const QString &to, const QByteArray &toRawName) = 0;
    // Drops the mailbox with its messages and parts.
    virtual Result<void> removeMailbox(const QString &name) = 0;

    // --- messages
    // All records in one transaction.
    virtual Result<void> upsertMessages(
        const QString &mailbox, quint32 uidValidity, const QList<MessageRecord> &messages)
        = 0;
    // Returns how many of the UIDs were cached.
    virtual Result<int> updateFlags(const QString &mailbox, quint32 uidValidity, const QList<FlagUpdate> &updates) = 0;
    virtual Result<int> removeMessages(const QString &mailbox, quint32 uidValidity, const QList<quint32> &uids) = 0;
    // For a UIDVALIDITY change: drops every message and part of the mailbox
    // (of any UIDVALIDITY) and zeroes its sync state. Other mailboxes are untouched.
    virtual Result<void> clearMailbox(const QString &mailbox) = 0;
    // Sorted by UID.
    virtual Result<QList<MessageRecord>> messages(
        const QString &mailbox, quint32 uidValidity, MessageColumns columns = MessageColumns::Full)
        = 0;
    // Calls `visit` for each message of the mailbox, sorted by UID, without
    // building a MessageRecord list: a 100k mailbox then costs its final form
    // only. The default goes through messages(); SqliteCache reads its rows
    // directly.
    virtual Result<void> visitMessageListRows(
        const QString &mailbox, quint32 uidValidity, const std::function<void(const MessageListRow &)> &visit);
    // The same for only the `count` highest UIDs (still in UID order): the
    // first screenful of a large folder, read at once while the rest loads.
    // The rows with firstUid <= uid <= lastUid, in UID order, each once: one
    // query for a batch of envelopes, where a read per UID prepared a
    // statement each.
    virtual Result<void> visitMessageListRowsBetween(const QString &mailbox, quint32 uidValidity, quint32 firstUid,
        quint32 lastUid, const std::function<void(const MessageListRow &)> &visit)
        = 0;
    virtual Result<void> visitNewestMessageListRows(const QString &mailbox, quint32 uidValidity, int count,
        const std::function<void(const MessageListRow &)> &visit);
    // visitMessageListRows as a function that may run on any thread, once or
    // many times, even after this Cache is gone: it reads through a
    // connection of its own. Empty where the cache has none (then callers
    // read on the cache's thread).
    using MessageListReader = std::function<Result<void>(
        const QString &mailbox, quint32 uidValidity, const std::function<void(const MessageListRow &)> &visit)>;
    virtual MessageListReader messageListReader() const { return {}; }
    virtual Result<QList<quint32>> uids(const QString &mailbox, quint32 uidValidity) = 0;
    // How many messages of this UIDVALIDITY are cached; the default counts uids().
    virtual Result<qsizetype> messageCount(const QString &mailbox, quint32 uidValidity);
    // UIDs cached without an envelope: what the lazy envelope fetch still owes.
    virtual Result<QList<quint32>> uidsWithoutEnvelope(const QString &mailbox, quint32 uidValidity) = 0;
    virtual Result<std::optional<MessageRecord>> message(const QString &mailbox, quint32 uidValidity, quint32 uid) = 0;
    // The cached records among these UIDs, sorted by UID, read at once: a
    // bulk move or a flag change names thousands of messages, and message()
    // for each was a query each on the UI thread. UIDs not cached are left out.
    virtual Result<QList<MessageRecord>> messagesWithUids(const QString &mailbox, quint32 uidValidity,
        const QList<quint32> &uids, MessageColumns columns = MessageColumns::Full)
        = 0;
    // Cached messages without \Seen: the open folder's unread count.
    virtual Result<quint32> unseenCount(const QString &mailbox, quint32 uidValidity) = 0;

    // --- parts (bodies and attachments)
    // The message must be cached. May evict least recently used parts to stay
    // under the size limit.
    virtual Result<void> storePart(const PartRecord &part) = 0;
    // Reading a part counts as an access for eviction.
    virtual Result<std::optional<PartRecord>> part(
        const QString &mailbox, quint32 uidValidity, quint32 uid, const QByteArray &partId)
        = 0;
    virtual Result<bool> hasPart(const QString &mailbox, quint32 uidValidity, quint32 uid, const QByteArray &partId)
        = 0;
    // The UIDs of the mailbox that have this part cached, in one query: what
    // an offline download of 100,000 messages asks before it starts.
    virtual Result<QSet<quint32>> uidsWithPart(const QString &mailbox, quint32 uidValidity, const QByteArray &partId)
        = 0;

    // --- full-text search
    // The decoded, displayable text of a message, for search. Replaces earlier text.
    virtual Result<void> setBodyText(const QString &mailbox, quint32 uidValidity, quint32 uid, const QString &text) = 0;
    // Every whitespace-separated term (or "quoted phrase") must occur, as a
    // case-insensitive substring, in the subject, sender, recipients or body.
    // An empty mailbox searches all mailboxes. Newest first.
    virtual Result<QList<SearchHit>> search(const QString &mailbox, const QString &query) = 0;
    // Text written since the last call is indexed in one transaction, which
    // is several times cheaper than indexing each sync batch. search() calls
    // this itself; the sync engine may call it when idle so searches start
    // fast. Returns how many messages were indexed.
    virtual Result<int> updateSearchIndex() = 0;

    // --- size limit; envelopes and flags are never evicted, only parts
    virtual void setSizeLimit(qint64 bytes) = 0;
    virtual qint64 sizeLimit() const = 0;
    virtual Result<qint64> partsSize() = 0;
    // Drops least recently accessed parts until partsSize() <= sizeLimit();
    // returns the bytes freed.
    virtual Result<qint64> evict() = 0;

    // Copies what the write-ahead log holds into the database, for a caller
    // with nothing better to do (the engine, when its work queue is empty):
    // commits then rarely pay for it while a sync is being waited for.
    virtual Result<void> checkpoint() { return {}; }

    // Writes on a thread and connection of their own, in order
    // (BackgroundWriter.h); null where the cache has none (then callers
    // write here). Owned by the cache, made on first use.
    virtual BackgroundWriter *backgroundWriter() { return nullptr; }
    // Runs `work` in one transaction, as durable as any other write (a crash
    // may lose it; the journal wants atomically()): a batch of small writes
    // pays for one commit instead of one each. An error from work rolls back
    // every write it made.
    virtual Result<void> inOneTransaction(const std::function<Result<void>()> &work) = 0;

    // --- journal of offline changes; every write is durable when it returns
    virtual Result<qint64> appendJournal(const JournalEntry &entry) = 0;
    // Runs `work` in one transaction, synced to disk like a journal entry:
    // every write it makes is kept, or none (a change shown in the cache and
    // its journal entry go together). An error from work rolls back.
    virtual Result<void> atomically(const std::function<Result<void>()> &work) = 0;
    // Entries still Pending or InFlight, oldest first.
    virtual Result<QList<JournalEntry>> pendingJournal() = 0;
    // Every entry, oldest first.
    virtual Result<QList<JournalEntry>> journal() = 0;
    // Moving to InFlight counts an attempt.
    virtual Result<void> markJournal(qint64 id, JournalEntry::State state, const QString &error = {}) = 0;
    virtual Result<void> removeJournal(qint64 id) = 0;
};

// <AppDataLocation>/cache/<accountId>, with the account id made safe for a
// file name. Core may use QStandardPaths since it is QtCore.
QString defaultCacheDirectory(const QString &accountId);

} // namespace quire::cache
