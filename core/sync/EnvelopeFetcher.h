#pragma once

// The lazy envelope fetch of the selected mailbox. Requests for UIDs arriving
// within batchWindow of each other are merged into one
// UID FETCH <set> (UID FLAGS ENVELOPE INTERNALDATE RFC822.SIZE BODYSTRUCTURE
// BODY.PEEK[HEADER.FIELDS (REFERENCES)]); the answers are written to the
// cache in batches of writeBatchSize, one transaction each, and announced.

#include "core/cache/BackgroundWriter.h"
#include "core/cache/Cache.h"
#include "core/imap/session/Session.h"
#include "core/sync/WriteBatchSizer.h"
#include "core/sync/WriterBackPressure.h"

#include <QObject>
#include <QPointer>
#include <QSet>
#include <QTimer>

#include <chrono>

namespace quire::imap {
class FetchTask;
}

namespace quire::sync {

class EnvelopeFetcher : public QObject
{
    Q_OBJECT

public:
    static constexpr std::chrono::milliseconds kBatchWindow { 30 };
    // Rows written (and announced) at once: as many as fit in kWriteBudget,
    // within these bounds.
    static constexpr int kMinWriteBatch = 100;
    static constexpr int kMaxWriteBatch = 2000;
    static constexpr std::chrono::milliseconds kWriteBudget { 20 };

    // The session must have `mailbox` selected with this UIDVALIDITY while
    // requests run. Neither pointer is owned.
    EnvelopeFetcher(
        imap::Session *session, cache::Cache *cache, QString mailbox, quint32 uidValidity, QObject *parent = nullptr);
    ~EnvelopeFetcher() override;

    const QString &mailbox() const { return m_mailbox; }
    quint32 uidValidity() const { return m_uidValidity; }

    void request(const QList<quint32> &uids);
    // Every cached row still without an envelope: for `quire-cli sync` and
    // "make available offline".
    void requestAllMissing();
    bool isBusy() const { return m_fetch || !m_pending.isEmpty() || m_writesInFlight > 0 || m_listingMissing > 0; }

    // Flags or removals the engine wrote through its own cache connection.
    // Rows this fetcher holds, or is still writing on the cache's writer
    // thread, came from an earlier FETCH: they must not bring the older
    // flags, or a removed message, back.
    void flagsWrittenElsewhere(const QList<cache::FlagUpdate> &updates);
    void messagesRemovedElsewhere(const QList<quint32> &uids);

Q_SIGNALS:
    void envelopesArrived(const QString &mailbox, const QList<quint32> &uids);
    // Emitted while the FETCH that carried them is handled: the flags of this
    // UID will be written with its envelope.
    void flagsTaken(quint32 uid);
    void failed(const QString &error);
    // Nothing pending and nothing in flight.
    void drained();

private:
    void requestMissing(const cache::Result<QList<quint32>> &missing);
    void sendBatch();
    void onFetched(const imap::FetchResponse &response);
    void flush();
    void onFetchFinished();
    void announce(const QList<quint32> &uids, std::chrono::nanoseconds writeTook);
    void emitDrainedWhenIdle();
    // Runs after the writes posted so far, when any are in flight.
    void postAfterWrites(cache::BackgroundWriter::Work work);

    QPointer<imap::Session> m_session;
    // Its writes' answers may not come: the destructor resumes the session.
    WriterBackPressure m_backPressure { this };
    cache::Cache *m_cache;
    QString m_mailbox;
    quint32 m_uidValidity;
    QSet<quint32> m_pending;
    QTimer m_batchTimer;
    imap::FetchTask *m_fetch = nullptr;
    QList<cache::MessageRecord> m_buffer;
    int m_writesInFlight = 0; // batches posted to the cache's writer thread
    int m_listingMissing = 0; // requestAllMissing()'s lists being read there
    // Removed while batches were in flight: not announced when those land.
    QSet<quint32> m_removedWhileWriting;
    WriteBatchSizer m_writeBatch { kMinWriteBatch, kMaxWriteBatch, kWriteBudget };
};

} // namespace quire::sync
