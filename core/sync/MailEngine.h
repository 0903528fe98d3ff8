#pragma once

// What the models (core/model) need from the account engine (core/sync), as
// an interface: the models read rows from the Cache and ask the engine for
// everything that touches the network. AccountEngine implements it; model
// tests use a fake. Everything here speaks mailbox names (decoded) and UIDs.

#include "core/cache/CacheTypes.h"
#include "core/imap/session/TaskError.h"
#include "core/sync/MailboxAccess.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>

#include <optional>

namespace quire::cache {
class Cache;
}

namespace quire::sync {

enum class ConnectionState {
    Offline, // by the user's choice, or never connected
    Connecting,
    Online,
    Reconnecting, // lost the connection; retrying with backoff
};

enum class SyncState {
    NotSynced,
    Syncing,
    Synced,
    Failed,
};

// Why an operation failed, for the UI to put into words.
enum class EngineErrorKind {
    NotConnected, // offline: the change is journaled and replayed later
    ServerRefused, // tagged NO; detail holds the server's text
    ProtocolError, // BAD, or a response Quire could not parse
    ConnectionLost,
    AuthenticationFailed,
    CertificateRejected,
    CacheFailed,
    Cancelled,
};

// How a "make available offline" download ended.
enum class DownloadOutcome {
    Finished, // every message of every mailbox asked for is in the cache
    Cancelled, // cancelOfflineDownload(); what was fetched stays cached
    Failed, // the connection or the cache failed; operationFailed says why
};

struct EngineError {
    EngineErrorKind kind = EngineErrorKind::ServerRefused;
    QString mailbox;
    QString detail; // server text or system message, untranslated
    // For a failed connect: why, as the session and the transport said it
    // (StartTlsUnavailable, a certificate, a timeout...).
    std::optional<imap::TaskError> cause;
    bool operator==(const EngineError &) const = default;
};

// A folder that can hold messages (not \Noselect or \NonExistent).
inline bool isSelectable(const cache::MailboxRecord &mailbox)
{
    return !mailbox.attributes.contains(QStringLiteral("\\Noselect"), Qt::CaseInsensitive)
        && !mailbox.attributes.contains(QStringLiteral("\\NonExistent"), Qt::CaseInsensitive);
}

class MailEngine : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;

    // The cache the models read from. It belongs to the engine's thread.
    virtual cache::Cache *cache() const = 0;
    virtual ConnectionState connectionState() const = 0;
    virtual SyncState syncState(const QString &mailbox) const = 0;
    // The UIDVALIDITY the cache's rows for this mailbox belong to (0: none).
    virtual quint32 uidValidity(const QString &mailbox) const = 0;
    // Read-only state and PERMANENTFLAGS from the mailbox's last SELECT in
    // this session; unknown (everything allowed) before one.
    virtual MailboxAccess mailboxAccess(const QString &mailbox) const
    {
        Q_UNUSED(mailbox);
        return {};
    }

    // Refreshes the folder list (LIST, with STATUS counts); mailboxesChanged follows.
    virtual void refreshMailboxes() = 0;
    // Lists one level of the folder tree: the children of `parent` (LIST ""
    // "parent<delimiter>%"; the top level for an empty parent). They are
    // merged into the cache; folders of other levels stay. mailboxesChanged
    // and then childrenListed follow, also when it failed or was not possible.
    virtual void listChildren(const QString &parent, QChar delimiter)
    {
        Q_UNUSED(delimiter);
        Q_EMIT childrenListed(parent, false);
    }
    // Whether this session's LISTs covered the children of `parent` (a full
    // LIST covers every level), so the cache holds all of them. No I/O.
    virtual bool knowsChildren(const QString &parent) const
    {
        Q_UNUSED(parent);
        return true;
    }
    // Makes this the selected mailbox: sync it (QRESYNC, CONDSTORE or plain)
    // and keep it up to date with IDLE. Emits mailboxSynced when settled.
    virtual void openMailbox(const QString &mailbox) = 0;
    // Server-side threading (RFC 5256 THREAD=REFERENCES): whether the
    // connected server offers it. False offline and before a login.
    virtual bool offersServerThreading() const { return false; }
    // Asks the server to thread the mailbox (UID THREAD REFERENCES);
    // serverThreadsArrived follows when it answered. Nothing follows when it
    // could not (offline, NO): the models keep threading locally.
    virtual void requestServerThreads(const QString &mailbox) { Q_UNUSED(mailbox); }
    // Asks for envelopes of rows someone looks at. The engine batches requests
    // arriving close together into one UID FETCH; envelopesArrived follows.
    virtual void requestEnvelopes(const QString &mailbox, const QList<quint32> &uids) = 0;

    // User changes. Each is applied to the cache at once (optimistically),
    // journaled, and sent; a refusal rolls the cache back, emits the changes
    // and operationFailed.
    virtual void setFlags(
        const QString &mailbox, const QList<quint32> &uids, const QStringList &add, const QStringList &remove)
        = 0;
    virtual void copyMessages(const QString &from, const QList<quint32> &uids, const QString &to) = 0;
    virtual void moveMessages(const QString &from, const QList<quint32> &uids, const QString &to) = 0;
    // Marks \Deleted (journaled like any flag change) and, when the server
    // has UIDPLUS, expunges exactly those UIDs (UID EXPUNGE): other messages
    // marked \Deleted stay. Undoing a copy removes the copies with it.
    virtual void deleteMessages(const QString &mailbox, const QList<quint32> &uids) = 0;
    // EXPUNGE: removes every message of the mailbox marked \Deleted.
    virtual void expungeMailbox(const QString &mailbox) = 0;
    virtual void appendMessage(const QString &mailbox, const QString &emlFilePath) = 0;
    virtual void createMailbox(const QString &name) = 0;
    virtual void renameMailbox(const QString &from, const QString &to) = 0;
    virtual void deleteMailbox(const QString &name) = 0;
    virtual void setSubscribed(const QString &name, bool subscribed) = 0;

    // The raw source of one message (BODY.PEEK[]), fetched from the server
    // and kept in the cache: messageSourceArrived or messageSourceFailed
    // follows. Callers look in the cache first (part kWholeMessagePart).
    virtual void fetchMessageSource(const QString &mailbox, quint32 uid) = 0;
    // "Make available offline": downloads the bodies of every message of
    // these mailboxes (empty: every mailbox of the account) that the cache
    // lacks, mailbox after mailbox, in batches. Without attachments, messages
    // that have some get their displayable part only (MessageBodies.h).
    // Reports offlineDownloadProgress and, once, offlineDownloadFinished. The
    // cache is the only state: asking again resumes where it stopped.
    virtual void downloadForOffline(const QStringList &mailboxes, bool attachments) = 0;
    // Stops after the batch in flight; offlineDownloadFinished(Cancelled) follows.
    virtual void cancelOfflineDownload() = 0;
    // Stops the sync of this mailbox that runs now (Cancel in the progress
    // bar). The cache keeps what the sync had written in whole steps and the
    // mailbox's sync state from before, so the next sync starts over from
    // there; syncStateChanged(NotSynced) follows. The mailbox is not synced
    // again by itself until it is opened again.
    virtual void cancelSync(const QString &mailbox) = 0;
    // Stops sending the journal after the entry in flight: the entries not
    // sent yet stay journaled (nothing is lost) and go out with the next
    // change or the next connection. journalReplayPaused follows. The
    // exception is a bulk move made in this run: its chunks not sent yet
    // are cancelled, and their messages stay in the source folder.
    virtual void pauseJournalReplay() = 0;

Q_SIGNALS:
    void connectionStateChanged(quire::sync::ConnectionState state);
    void mailboxesChanged();
    // The answer to listChildren: ok when the server listed the level (its
    // folders are in the cache by now).
    void childrenListed(const QString &parent, bool ok);
    void mailboxStatusChanged(const QString &mailbox);
    void syncStateChanged(const QString &mailbox, quire::sync::SyncState state);
    // The cache's rows for this mailbox were dropped (UIDVALIDITY changed): reload.
    void mailboxReset(const QString &mailbox);
    void mailboxSynced(const QString &mailbox);
    // Rows the cache gained, lost or changed, in UIDs, after the cache was written.
    void messagesAdded(const QString &mailbox, const QList<quint32> &uids);
    void messagesRemoved(const QString &mailbox, const QList<quint32> &uids);
    void flagsChanged(const QString &mailbox, const QList<quire::cache::FlagUpdate> &updates);
    void envelopesArrived(const QString &mailbox, const QList<quint32> &uids);
    // The server's threads: each UID it threaded -> its parent's UID, 0 for
    // the first message of a thread.
    void serverThreadsArrived(const QString &mailbox, const QHash<quint32, quint32> &parents);
    // The server confirmed a move or copy. targetUids are the messages' UIDs
    // in `to`, in the order of `uids` (COPYUID, RFC 4315); empty when the
    // server did not say. An undo needs them.
    void messagesMoved(
        const QString &from, const QList<quint32> &uids, const QString &to, const QList<quint32> &targetUids);
    void messagesCopied(
        const QString &from, const QList<quint32> &uids, const QString &to, const QList<quint32> &targetUids);
    void operationFailed(const quire::sync::EngineError &error);
    void messageSourceArrived(const QString &mailbox, quint32 uid, const QByteArray &source);
    void messageSourceFailed(const QString &mailbox, quint32 uid, const quire::sync::EngineError &error);
    // Messages of this mailbox whose body is cached, out of all its messages.
    void offlineDownloadProgress(const QString &mailbox, int done, int total);
    void offlineDownloadFinished(quire::sync::DownloadOutcome outcome);
    // Sending the journal (changes made offline, bulk moves): how many
    // entries are still waiting; 0 once it is empty. For a progress bar.
    void journalReplayProgress(int remaining);
    // pauseJournalReplay() took effect: `remaining` entries wait for later.
    void journalReplayPaused(int remaining);
    // A server [ALERT]: the RFC requires that the user sees it.
    void alert(const QString &text);
};

} // namespace quire::sync
