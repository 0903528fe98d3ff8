#pragma once

// The account engine: MailEngine over one IMAP connection (a first version;
// a second, background connection for LIST/STATUS/APPEND is future work).
//
// Everything that touches the server runs through a serial work queue. An
// item may name the mailbox it needs selected; the queue then syncs that
// mailbox first (MailboxSync), so sequence numbers never matter above the
// session and every command runs against a cache that is up to date. When
// the queue is empty the open mailbox is selected again and kept in IDLE
// (or polled with NOOP when the server has no IDLE).
//
// User changes are applied to the cache at once, written to the cache's
// journal, and replayed from the journal in order; see docs/SYNC.md for the
// conflict policy and what happens to changes interrupted by a crash.

#include "core/cache/Cache.h"
#include "core/imap/session/CredentialProvider.h"
#include "core/imap/session/Session.h"
#include "core/imap/tasks/ConnectTask.h"
#include "core/sync/MailEngine.h"

#include <QHash>
#include <QPointer>
#include <QSet>
#include <QTimer>

#include <chrono>
#include <deque>
#include <functional>
#include <memory>
#include <optional>
#include <utility>
#include <vector>

namespace quire::imap {
struct CopyUidResult;
class FetchTask;
class IdleTask;
class Task;
} // namespace quire::imap

namespace quire::sync {

class BackgroundConnection;
class EnvelopeFetcher;
class MailboxSync;

struct AccountEngineOptions {
    // Makes the transport for each (re)connection.
    std::function<std::unique_ptr<imap::Transport>()> transportFactory;
    imap::SessionConfig session;
    imap::ConnectOptions connect;
    // NOOP polling of the open mailbox when the server lacks IDLE.
    std::chrono::milliseconds pollInterval { 30'000 };
    // Reconnect backoff: doubles from first to last.
    std::chrono::milliseconds firstRetry { 1'000 };
    std::chrono::milliseconds lastRetry { 300'000 };
    // Reconnect by itself after a lost connection (off for one-shot CLI runs).
    bool reconnect = true;
    // A second connection for LIST and STATUS, so that the first stays on
    // the open mailbox (off for one-shot CLI runs and scripted tests).
    bool backgroundConnection = true;
    // How often the other folders' counts are refreshed (LIST-STATUS, or
    // STATUS per folder) over the second connection; 0: never by itself.
    // Unused while the server pushes them (NOTIFY, see docs/SYNC.md).
    std::chrono::milliseconds statusInterval { 60'000 };
    // A move of more messages is journaled, and sent, in chunks of this many,
    // so that Cancel can stop it between two chunks (docs/SYNC.md).
    int moveChunk = 500;
};

// One mailbox sync as the engine timed it, for `quire-cli --stats` and the
// benchmarks. Synced: from the start of the sync (the cached state is read,
// then SELECT goes out) until the cache holds the server's UIDs and flags.
// Settled: the same start until every envelope asked for is written too
// (equal to synced when none were asked for or all were cached).
struct SyncTiming {
    QString mailbox;
    QString strategy; // "qresync", "condstore" or "full" (after a fallback: "full")
    bool ok = false;
    qint64 syncedNanoseconds = 0;
    qint64 settledNanoseconds = 0;
};

class AccountEngine : public MailEngine
{
    Q_OBJECT

public:
    // The credentials provider must outlive the engine.
    AccountEngine(std::unique_ptr<cache::Cache> cache, imap::CredentialProvider *credentials,
        AccountEngineOptions options, QObject *parent = nullptr);
    ~AccountEngine() override;

    // MailEngine
    cache::Cache *cache() const override { return m_cache.get(); }
    ConnectionState connectionState() const override { return m_connectionState; }
    SyncState syncState(const QString &mailbox) const override;
    quint32 uidValidity(const QString &mailbox) const override;
    MailboxAccess mailboxAccess(const QString &mailbox) const override { return m_access.value(mailbox); }
    void refreshMailboxes() override;
    void listChildren(const QString &parent, QChar delimiter) override;
    bool knowsChildren(const QString &parent) const override;
    void openMailbox(const QString &mailbox) override;
    void requestEnvelopes(const QString &mailbox, const QList<quint32> &uids) override;
    // AccountEngineThreads.cpp
    bool offersServerThreading() const override;
    void requestServerThreads(const QString &mailbox) override;
    void setFlags(
        const QString &mailbox, const QList<quint32> &uids, const QStringList &add, const QStringList &remove) override;
    void copyMessages(const QString &from, const QList<quint32> &uids, const QString &to) override;
    void moveMessages(const QString &from, const QList<quint32> &uids, const QString &to) override;
    void deleteMessages(const QString &mailbox, const QList<quint32> &uids) override;
    void expungeMailbox(const QString &mailbox) override;
    void appendMessage(const QString &mailbox, const QString &emlFilePath) override;
    void createMailbox(const QString &name) override;
    void renameMailbox(const QString &from, const QString &to) override;
    void deleteMailbox(const QString &name) override;
    void setSubscribed(const QString &name, bool subscribed) override;
    void fetchMessageSource(const QString &mailbox, quint32 uid) override;
    void downloadForOffline(const QStringList &mailboxes, bool attachments) override;
    void cancelOfflineDownload() override;
    void cancelSync(const QString &mailbox) override;
    void pauseJournalReplay() override;

    // Beyond MailEngine.
    // Connects (and reconnects with backoff until goOffline()).
    void goOnline();
    // Logs out when idle enough; journaled changes stay for next time.
    void goOffline();
    // Syncs the mailbox (as openMailbox does, without making it the open one)
    // and, with envelopes, fetches every missing envelope: quire-cli sync.
    void syncMailbox(const QString &mailbox, bool envelopes);
    // The live connection (for statistics and tests); nullptr when offline.
    imap::Session *session() const { return m_session.get(); }
    // Nothing queued, nothing running.
    bool isQuiet() const;
    // The server pushes the other folders' counts and name changes (NOTIFY)
    // instead of the status timer polling them.
    bool isNotifying() const { return m_notifying; }
    // The options it runs with (for tests and the preferences).
    const AccountEngineOptions &options() const { return m_options; }
    // Sets the NOOP poll and the STATUS refresh to the same interval, at
    // once: running timers start over with it.
    void setCheckInterval(std::chrono::milliseconds interval);
    // Runs a task of the caller's (a body FETCH, a SEARCH) through the work
    // queue with the mailbox selected and synced, so it never races the
    // engine's own commands. then gets the finished task, which the engine
    // deletes afterwards; it is not called when the mailbox cannot be
    // selected (operationFailed says why) or the connection is lost.
    void runInMailbox(const QString &mailbox, imap::Task *task, std::function<void(imap::Task *)> then);

Q_SIGNALS:
    // The work queue ran dry: every queued sync, fetch and journal entry is done.
    void quiet();
    // A new connection's session exists, before any byte is exchanged: for
    // protocol logs and wire statistics.
    void sessionStarted(quire::imap::Session *session);
    // A mailbox sync settled (or failed); see SyncTiming.
    void syncTimed(const quire::sync::SyncTiming &timing);

private:
    struct WorkItem {
        QString mailbox; // must be selected first; empty: any state
        std::function<void(std::function<void()> done)> run;
    };

    // Connection (AccountEngine.cpp)
    void connectSession();
    void onConnected();
    void onConnectionLost(const QString &why);
    void scheduleReconnect();
    void setConnectionState(ConnectionState state);
    void onMailboxStateChanged(imap::MailboxState *state);
    void flushPushedFlags();
    // With the queue empty: the cache's write-ahead log into the database,
    // so that the next sync's commits do not do it while being waited for.
    void checkpointCache();
    void startIdleOrPolling();
    void stopIdle();

    // Work queue (AccountEngine.cpp)
    void enqueue(WorkItem item);
    void pump();
    enum class Envelopes { Lazily, All };
    // then() gets whether the sync succeeded. With Envelopes::All the caller
    // fetches the missing envelopes and reports the timing itself.
    void runSync(const QString &mailbox, std::function<void(bool)> then, Envelopes envelopes = Envelopes::Lazily);
    void setSyncState(const QString &mailbox, SyncState state);
    void runTask(imap::Task *task, std::function<void(imap::Task *)> then);
    void runTaskOn(imap::Session *session, imap::Task *task, std::function<void(imap::Task *)> then);
    EnvelopeFetcher *fetcherFor(const QString &mailbox);
    // Flags written or rows removed through the engine's own cache
    // connection: told to the envelope fetcher, whose rows for the same
    // messages may still be on their way (EnvelopeFetcher::flagsWrittenElsewhere),
    // then announced to the models.
    void announceFlags(const QString &mailbox, quint32 uidValidity, const QList<cache::FlagUpdate> &updates);
    void announceRemoved(const QString &mailbox, quint32 uidValidity, const QList<quint32> &uids);

    // Journal (AccountEngineJournal.cpp)
    // Returns the entry's id (0 when the cache could not write it).
    qint64 journal(cache::JournalEntry entry, QList<cache::FlagUpdate> rollback = {});
    // journal() in two steps: writes the entry; then says it is queued when
    // offline and starts the replay.
    qint64 writeJournal(cache::JournalEntry entry, QList<cache::FlagUpdate> rollback = {});
    void journalWritten(const QString &mailbox);
    void queueJournalReplay();
    void replayJournal(std::function<void()> done);
    void replayEntry(const cache::JournalEntry &entry, std::function<void()> done);
    void entrySucceeded(const cache::JournalEntry &entry);
    void entryFailed(const cache::JournalEntry &entry, const QString &why);
    void sendEntry(const cache::JournalEntry &entry, std::function<void(bool ok, QString why)> finished);
    // Shows the flag change in the cache and journals `entries`, atomically.
    void journalFlagChange(const QString &mailbox, const QList<quint32> &uids, const QStringList &add,
        const QStringList &remove, QList<cache::JournalEntry> entries);

    // Bodies: single sources and "make available offline" (AccountEngineBodies.cpp)
    void syncWithEnvelopes(const QString &mailbox, std::function<void(bool)> then);
    void planOfflineMailbox();
    void fetchOfflineBatch();
    // A fetched batch of bodies on its way into the cache.
    struct StoredBatch {
        QString mailbox;
        quint32 uidValidity = 0;
        bool whole = false;
        qsizetype asked = 0; // UIDs fetched; those not answered were expunged
        std::vector<std::pair<quint32, QByteArray>> sources;
    };
    static std::vector<std::pair<quint32, QByteArray>> sourcesOf(imap::FetchTask *task, bool whole);
    void storeOfflineBatch(StoredBatch batch);
    void finishOfflineDownload(DownloadOutcome outcome);
    void failPendingSources(const EngineError &error);

    // Bulk moves: chunks, one messagesMoved, Cancel (AccountEngineBulkMoves.cpp)
    struct BulkMove {
        QString from;
        QString to;
        QSet<qint64> unanswered; // its journal entries not sent yet
        QList<quint32> uids; // what has moved so far
        QList<quint32> targets; // their UIDs in the target, while every chunk had COPYUID
        bool targetsKnown = true;
    };
    void reportMoved(const cache::JournalEntry &entry, const QList<quint32> &targets);
    void bulkEntryAnswered(qint64 entryId);
    void cancelBulkMoves();

    // UIDPLUS: new UIDs into the target's cache (AccountEngineUidPlus.cpp)
    // Keeps the cached rows of moved messages, by the journal entry that
    // moves each, for mapCopiedRows: one read for all of them.
    void rememberMovedRows(const QString &mailbox, const QHash<quint32, qint64> &entryOfUid);
    void mapCopiedRows(const cache::JournalEntry &entry, const std::optional<imap::CopyUidResult> &copyUid);
    void mapAppendedRow(const cache::JournalEntry &entry, quint32 uidValidity, quint32 uid, const QByteArray &source);
    bool addMappedRows(const QString &mailbox, quint32 uidValidity, const QList<cache::MessageRecord> &rows);

    // Mailbox list (AccountEngineMailboxes.cpp)
    // One LIST: every folder ("*"), or one level of the tree (ListLevel).
    struct ListLevel {
        bool everything = true;
        QString parent; // with !everything: whose children ("" for the top level)
        QChar delimiter;
        bool contains(const cache::MailboxRecord &record) const;
    };
    void listMailboxes(imap::Session *session, std::function<void()> done) { listLevel(session, {}, done); }
    void listLevel(imap::Session *session, const ListLevel &level, std::function<void()> done);
    void forgetUnlisted(const ListLevel &level, const QSet<QString> &seen);
    void statusOthers(imap::Session *session, const QStringList &names, std::function<void()> done);
    // The second connection (AccountEngineMailboxes.cpp)
    void openBackground();
    void closeBackground();
    void refreshCounts();
    void startStatusTimer();
    void applyCounts(const QString &name, const imap::StatusResponse &status);
    // The open folder's unread count, from its cached flags: its sync does not
    // ask STATUS, and NOTIFY's counts for it are ignored.
    void recountUnseenSoon(const QString &mailbox);
    void recountUnseen(const QString &mailbox);
    void applyUnseenCount(const QString &mailbox, quint32 uidValidity, const cache::Result<quint32> &unseen);
    // NOTIFY on the second connection (AccountEngineNotify.cpp)
    void startNotify(BackgroundConnection *background);
    void onNotification(imap::Session *session, const imap::Response &response);
    void stopNotify(const QString &why);
    void emitError(EngineErrorKind kind, const QString &mailbox, const QString &detail);

    std::unique_ptr<cache::Cache> m_cache;
    imap::CredentialProvider *m_credentials;
    AccountEngineOptions m_options;
    std::unique_ptr<imap::Session> m_session;
    ConnectionState m_connectionState = ConnectionState::Offline;
    bool m_wantOnline = false;
    std::chrono::milliseconds m_retryDelay;
    QTimer m_retryTimer;
    QTimer m_pollTimer;
    QTimer m_pushTimer;
    QTimer m_statusTimer;
    BackgroundConnection *m_background = nullptr;
    // A lost second connection is reopened on its own, with a backoff of its
    // own, while the first one stays online.
    QTimer m_backgroundRetryTimer;
    std::chrono::milliseconds m_backgroundRetryDelay;
    bool m_closingBackground = false;
    // The server pushes the other folders' counts (NOTIFY is set on the
    // second connection); the status timer is off meanwhile.
    bool m_notifying = false;
    // Folder names changed elsewhere (NOTIFY MailboxName): one LIST for a burst.
    QTimer m_listRefreshTimer;
    // Changes come in bursts (a sync's batches, a selection marked read):
    // one recount after the last of them.
    QTimer m_unseenRecountTimer;
    QSet<QString> m_unseenRecounts;

    std::deque<WorkItem> m_queue;
    bool m_working = false;
    bool m_journalQueued = false;
    QString m_openMailbox;
    QString m_selected; // what the session has selected, as far as a sync succeeded
    quint32 m_selectedUidValidity = 0;
    bool m_expungeResyncQueued = false;
    bool m_syncing = false;
    QPointer<MailboxSync> m_runningSync;
    // Mailboxes whose sync the user cancelled: not synced again by
    // themselves (settling on the open mailbox) until opened again.
    QSet<QString> m_cancelledSyncs;
    bool m_replaying = false;
    bool m_replayPaused = false; // pauseJournalReplay(): stop before the next entry
    // The last sync's timing, completed by syncWithEnvelopes.
    SyncTiming m_lastTiming;
    QHash<QString, SyncState> m_syncStates;
    QHash<QString, MailboxAccess> m_access; // from each mailbox's last SELECT
    // What the LISTs of this engine's lifetime covered (knowsChildren).
    bool m_listedEverything = false;
    QSet<QString> m_listedLevels;
    QPointer<imap::IdleTask> m_idle;
    EnvelopeFetcher *m_fetcher = nullptr;
    QList<cache::FlagUpdate> m_pushedFlags;
    // Message sources asked for and not answered yet: (mailbox, uid).
    QList<std::pair<QString, quint32>> m_pendingSources;
    struct OfflineDownload {
        QStringList mailboxes; // still to do; the first is the current one
        bool attachments = false;
        bool cancelled = false;
        QList<quint32> whole; // UIDs of the current mailbox still to fetch whole
        QList<quint32> displayable; // ... or displayable only
        QHash<quint32, quint64> sizes;
        int done = 0;
        int total = 0;
        quint64 run = 0; // tells a batch's late store from one of a later run
        bool planning = false; // the current mailbox's lists are being made
        bool fetching = false; // a batch is queued or on the wire
        int storing = 0; // fetched batches on the cache's writer thread
    };
    std::optional<OfflineDownload> m_download;
    quint64 m_downloadRuns = 0;
    // Runs on the cache's writer thread: no member is touched.
    static cache::Result<void> planOfflineRows(
        cache::Cache &cache, const QString &mailbox, quint32 uidValidity, OfflineDownload &plan);
    // Rows a MOVE took out of the source, per journal entry, until COPYUID
    // says where they went. After a restart the replay takes them again
    // from the source, whose opening sync brought them back.
    QHash<qint64, QList<cache::MessageRecord>> m_movedRows;
    // The bulk move each chunk's journal entry belongs to, while it runs.
    // Not kept across restarts: a chunk replayed by a later run is a move
    // of its own.
    QHash<qint64, std::shared_ptr<BulkMove>> m_bulkMoveOf;
    // Old flags per journal entry, to roll back a refused STORE.
    QHash<qint64, QList<cache::FlagUpdate>> m_rollback;
};

} // namespace quire::sync
