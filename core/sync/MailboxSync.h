#pragma once

// Brings the cache's copy of one mailbox in step with the server, on a
// Session that is authenticated, and leaves the mailbox selected. Three
// paths, picked by what the server offers and what the cache holds:
//
//  - QRESYNC (RFC 7162), when enabled and the cache has a HIGHESTMODSEQ for
//    this UIDVALIDITY: SELECT (QRESYNC (uidvalidity modseq)); the server
//    answers with VANISHED (EARLIER) and FETCH FLAGS of what changed.
//  - CONDSTORE, when offered and the cache has a modseq: SELECT (CONDSTORE),
//    UID FETCH 1:* (UID FLAGS) (CHANGEDSINCE modseq), and UID SEARCH ALL to
//    learn what was expunged.
//  - Full: UID FETCH 1:* (UID FLAGS) and a diff against the cached UIDs;
//    correct on a server with no extensions at all, and the fallback when
//    anything does not add up.
//
// New messages are recorded by UID and flags only (hasEnvelope=false): the
// envelopes come later, lazily (EnvelopeFetcher). The exception is the first
// sync of a large mailbox: before listing every UID it fetches the newest
// screenful whole (kFirstScreenful messages, with envelopes) and records the
// UIDVALIDITY, so the list can paint them while the rest is listed; and a
// first sync asked for every envelope (setWantsEnvelopes), which lists the
// mailbox with them. A UIDVALIDITY change
// drops the cached messages first. UIDNEXT or HIGHESTMODSEQ going backwards,
// or a cached count that differs from EXISTS afterwards, force one full
// resync, and are logged.

#include "core/cache/Cache.h"
#include "core/imap/session/Session.h"
#include "core/sync/FetchedFlagList.h"
#include "core/sync/MailboxAccess.h"
#include "core/sync/PendingLocalChanges.h"
#include "core/sync/WriterBackPressure.h"

#include <QObject>
#include <QPointer>

#include <functional>

namespace quire::imap {
struct Fetch;
class SelectTask;
class Task;
class UidSet;
} // namespace quire::imap

namespace quire::sync {

class MailboxSync : public QObject
{
    Q_OBJECT

public:
    enum class Strategy { Qresync, Condstore, Full };

    // Neither pointer is owned; both must outlive the sync.
    MailboxSync(imap::Session *session, cache::Cache *cache, QString mailbox, QObject *parent = nullptr);

    // The journal entries not yet replayed (before start()): what they
    // changed in the cache is laid over the server's answers.
    void setPendingJournal(QList<cache::JournalEntry> pending) { m_pendingJournal = std::move(pending); }
    // The caller wants every envelope (quire-cli sync, offline download): a
    // first sync into an empty cache then lists the mailbox with its
    // envelopes in one UID FETCH 1:*, instead of listing UIDs and flags,
    // writing placeholder rows and fetching the envelopes afterwards; and
    // new mail (UID FETCH old_uidnext:*) comes with its envelopes.
    void setWantsEnvelopes(bool wants) { m_wantsEnvelopes = wants; }
    void start();
    // Stops now: the reply to the command in flight is ignored, nothing more
    // is written, and finished(false) follows with wasCancelled(). What
    // earlier steps wrote is whole; the mailbox's UIDNEXT and HIGHESTMODSEQ
    // are only recorded at the end, so the next sync redoes the rest.
    void cancel();
    bool wasCancelled() const { return m_cancelled; }

    const QString &mailbox() const { return m_mailbox; }
    // A first sync of more messages than this fetches the newest this many
    // with envelopes first. Below it, listing them all is quick anyway.
    static constexpr quint32 kFirstScreenfulFrom = 5000;
    static constexpr quint32 kFirstScreenful = 50;
    // Rows per transaction while envelopes stream in: fewer commits, and
    // still only a few MB of records held at once.
    static constexpr qsizetype kEnvelopeWriteBatch = 2000;

    // The path the sync took last (after a fallback: Full).
    Strategy strategy() const { return m_strategy; }
    bool wasReset() const { return m_reset; }
    // Why the sync fell back to a full resync; empty when it did not.
    const QString &fallbackReason() const { return m_fallbackReason; }
    quint32 uidValidity() const { return m_uidValidity; }
    const QString &errorText() const { return m_error; }
    // What the SELECT said the user may change; unknown before it answered.
    MailboxAccess access() const;

Q_SIGNALS:
    // The cached rows were dropped because UIDVALIDITY changed.
    void mailboxReset(const QString &mailbox);
    void messagesAdded(const QString &mailbox, const QList<quint32> &uids);
    void messagesRemoved(const QString &mailbox, const QList<quint32> &uids);
    void flagsChanged(const QString &mailbox, const QList<quire::cache::FlagUpdate> &updates);
    // Exactly once. On failure errorText() says why.
    void finished(bool ok);

private:
    void selectMailbox();
    void onSelected();
    void syncByQresync();
    void syncByCondstore();
    void syncFully(const QString &reason);
    void fetchFirstScreenful(std::function<void()> then);
    void listEveryMessage();
    void listEveryMessageWithEnvelopes();
    void fetchEnvelopes(const imap::UidSet &uids, quint32 firstUid, std::function<void()> then);
    void fetchNewSince(quint32 firstUid);
    // Writes one batch of new rows (on the cache's writer thread when it
    // has one) and announces them once committed.
    void writeRecords(QList<cache::MessageRecord> records);
    void postUnposted();
    // then() once every batch written so far is in the cache.
    void afterWrites(std::function<void()> then);
    // Starts a flag FETCH whose answers are kept in a FetchedFlagList; then gets them.
    void runFlagFetch(const imap::Fetch &fetch, std::function<void(FetchedFlagList &)> then);
    void applyFlagFetch(const FetchedFlagList &fetched, bool complete);
    void applyServerUids(QList<quint32> serverUids);
    // m_cachedUids in UID order (sorted only when they are not), each once.
    void sortCachedUids();
    QStringList withPending(quint32 uid, const QList<QByteArray> &serverFlags) const;
    void verifyAndFinish();
    void verifyWritten();
    // Reads the cached UIDs into m_cachedUids unless done already; false
    // (after failing the sync) when the cache cannot. Only the strategies
    // that compare the whole list need it: a QRESYNC reopen where nothing
    // changed never reads 100,000 UIDs on the UI thread.
    bool readCachedUids();
    bool writeRemoved(const QList<quint32> &uids);
    bool writeFlagUpdates(const QList<cache::FlagUpdate> &updates);
    // Records the new UIDs, their fields set by fill, and emits messagesAdded once.
    bool writeNew(const QList<quint32> &uids, const std::function<void(quint32, cache::MessageRecord &)> &fill);
    void cacheFailed(const cache::Error &error);
    void fail(const QString &error);
    void succeed();
    // Starts a task owned by this sync; then() runs when it succeeds.
    void run(imap::Task *task, std::function<void()> then);

    imap::Session *m_session;
    cache::Cache *m_cache;
    imap::SelectTask *m_selectTask = nullptr;
    QPointer<imap::Task> m_running; // the task in flight, for cancel()
    QString m_mailbox;
    cache::MailboxSyncState m_cached;
    QList<quint32> m_cachedUids;
    bool m_cachedUidsRead = false;
    bool m_firstScreenfulDone = false;
    bool m_wantsEnvelopes = false;
    QList<cache::JournalEntry> m_pendingJournal;
    PendingLocalChanges m_pending;
    quint32 m_uidValidity = 0;
    Strategy m_strategy = Strategy::Full;
    bool m_reset = false;
    bool m_fullDone = false;
    bool m_finished = false;
    // New rows not yet handed to the writer (writeNew), the batches in
    // flight, and what waits for all of them (afterWrites).
    struct NewRow {
        quint32 uid = 0;
        quint64 modSeq = 0;
        QStringList flags;
    };
    static constexpr qsizetype kNewRowBatch = 2000;
    QList<NewRow> m_unposted;
    qsizetype m_unpostedNext = 0; // the first of m_unposted not yet posted
    int m_writesInFlight = 0;
    WriterBackPressure m_backPressure { this };
    QList<std::function<void()>> m_afterOwnWrites;
    bool m_cancelled = false;
    QString m_fallbackReason;
    QString m_error;
};

} // namespace quire::sync
