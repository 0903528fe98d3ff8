#include "core/sync/EnvelopeFetcher.h"

#include "core/imap/tasks/MessageTasks.h"
#include "core/sync/MessageConversion.h"

#include <QElapsedTimer>
#include <QHash>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcEnvelopes, "quire.sync.envelopes")

namespace quire::sync {

EnvelopeFetcher::EnvelopeFetcher(
    imap::Session *session, cache::Cache *cache, QString mailbox, quint32 uidValidity, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_cache(cache)
    , m_mailbox(std::move(mailbox))
    , m_uidValidity(uidValidity)
{
    m_batchTimer.setSingleShot(true);
    m_batchTimer.setInterval(kBatchWindow);
    connect(&m_batchTimer, &QTimer::timeout, this, &EnvelopeFetcher::sendBatch);
}

EnvelopeFetcher::~EnvelopeFetcher() = default;

void EnvelopeFetcher::request(const QList<quint32> &uids)
{
    for (quint32 uid : uids) {
        if (uid != 0)
            m_pending.insert(uid);
    }
    // The window starts with the first request, so a scrolling view that
    // asks every few ms still gets an answer within kBatchWindow.
    if (!m_pending.isEmpty() && !m_fetch && !m_batchTimer.isActive())
        m_batchTimer.start();
}

void EnvelopeFetcher::requestAllMissing()
{
    cache::BackgroundWriter *writer = m_cache->backgroundWriter();
    if (!writer)
        return requestMissing(m_cache->uidsWithoutEnvelope(m_mailbox, m_uidValidity));
    // Listed on the writer's thread, after the rows it is writing: scanning
    // 100,000 rows there was most of a 60 ms stall of the window as the sync
    // before an offline download ended.
    ++m_listingMissing;
    writer->postRead([mailbox = m_mailbox, uidValidity = m_uidValidity](
                         cache::Cache &cache) { return cache.uidsWithoutEnvelope(mailbox, uidValidity); },
        this,
        [this](const cache::Result<QList<quint32>> &missing) {
            --m_listingMissing;
            requestMissing(missing);
        });
}

void EnvelopeFetcher::requestMissing(const cache::Result<QList<quint32>> &missing)
{
    if (!missing) {
        Q_EMIT failed(QStringLiteral("cache: %1").arg(missing.error().detail));
        return;
    }
    if (missing.value().isEmpty() && !isBusy()) {
        Q_EMIT drained();
        return;
    }
    request(missing.value());
    // Nobody is scrolling: the batch window would only add its 30 ms.
    m_batchTimer.stop();
    sendBatch();
}

void EnvelopeFetcher::sendBatch()
{
    if (m_fetch || m_pending.isEmpty())
        return;
    const QList<quint32> uids(m_pending.cbegin(), m_pending.cend());
    m_pending.clear();
    imap::Fetch command { imap::UidSet::fromNumbers(uids), envelopeFetchItems(), std::nullopt, false };
    m_fetch = new imap::FetchTask(command, this);
    m_fetch->setStreaming(true);
    connect(m_fetch, &imap::FetchTask::messageFetched, this,
        [this](quint32, const imap::FetchResponse &response) { onFetched(response); });
    connect(m_fetch, &imap::Task::finished, this, &EnvelopeFetcher::onFetchFinished);
    m_session->start(m_fetch);
}

void EnvelopeFetcher::onFetched(const imap::FetchResponse &response)
{
    // Unsolicited flag changes may arrive through the same task; they carry
    // no envelope and are the engine's business, not ours.
    if (!response.envelope)
        return;
    if (auto record = messageRecordFrom(response)) {
        if (response.flags)
            Q_EMIT flagsTaken(record->uid);
        m_buffer.append(std::move(*record));
    }
    if (m_buffer.size() >= m_writeBatch.size())
        flush();
}

void EnvelopeFetcher::flush()
{
    if (m_buffer.isEmpty())
        return;
    QList<cache::MessageRecord> batch = std::exchange(m_buffer, {});
    QList<quint32> uids;
    uids.reserve(batch.size());
    for (const cache::MessageRecord &record : std::as_const(batch))
        uids.append(record.uid);
    cache::BackgroundWriter *writer = m_cache->backgroundWriter();
    if (!writer) {
        QElapsedTimer took;
        took.start();
        if (auto written = m_cache->upsertMessages(m_mailbox, m_uidValidity, batch); !written) {
            Q_EMIT failed(QStringLiteral("cache: %1").arg(written.error().detail));
            return;
        }
        announce(uids, std::chrono::nanoseconds(took.nsecsElapsed()));
        return;
    }
    // On the writer thread: this one (the UI thread in the GUI) goes on
    // reading the FETCH meanwhile. The time taken sizes the next batch, so
    // that a transaction keeps the write lock only briefly.
    auto took = std::make_shared<qint64>(0);
    ++m_writesInFlight;
    writer->post(
        [mailbox = m_mailbox, uidValidity = m_uidValidity, batch = std::move(batch), took](cache::Cache &cache) {
            QElapsedTimer timer;
            timer.start();
            cache::Result<void> written = cache.upsertMessages(mailbox, uidValidity, batch);
            *took = timer.nsecsElapsed();
            return written;
        },
        this,
        [this, uids, took](const cache::Result<void> &written) mutable {
            --m_writesInFlight;
            if (!m_removedWhileWriting.isEmpty()) {
                uids.removeIf([this](quint32 uid) { return m_removedWhileWriting.contains(uid); });
                if (m_writesInFlight == 0)
                    m_removedWhileWriting.clear();
            }
            if (!written)
                Q_EMIT failed(QStringLiteral("cache: %1").arg(written.error().detail));
            else
                announce(uids, std::chrono::nanoseconds(*took));
            emitDrainedWhenIdle();
        });
    m_backPressure.check(m_session, writer);
}

void EnvelopeFetcher::announce(const QList<quint32> &uids, std::chrono::nanoseconds writeTook)
{
    if (uids.isEmpty())
        return;
    // The models update in this emit.
    Q_EMIT envelopesArrived(m_mailbox, uids);
    m_writeBatch.record(int(uids.size()), writeTook);
}

void EnvelopeFetcher::onFetchFinished()
{
    flush();
    imap::FetchTask *done = std::exchange(m_fetch, nullptr);
    if (done->outcome() == imap::Task::Outcome::Failed) {
        const QString text = QString::fromUtf8(done->error()->serverText);
        qCWarning(lcEnvelopes) << m_mailbox << "envelope fetch failed:" << text;
        Q_EMIT failed(text);
    }
    done->deleteLater();
    if (!m_pending.isEmpty())
        m_batchTimer.start();
    else
        emitDrainedWhenIdle();
}

// Drained means written too: `quire-cli sync` and the offline download read
// the cache after it.
void EnvelopeFetcher::emitDrainedWhenIdle()
{
    if (!isBusy())
        Q_EMIT drained();
}

void EnvelopeFetcher::postAfterWrites(cache::BackgroundWriter::Work work)
{
    if (m_writesInFlight > 0)
        m_cache->backgroundWriter()->post(std::move(work), this, {});
}

void EnvelopeFetcher::flagsWrittenElsewhere(const QList<cache::FlagUpdate> &updates)
{
    if (updates.isEmpty())
        return;
    QHash<quint32, const cache::FlagUpdate *> byUid;
    for (const cache::FlagUpdate &update : updates)
        byUid.insert(update.uid, &update);
    for (cache::MessageRecord &record : m_buffer) {
        if (const cache::FlagUpdate *update = byUid.value(record.uid))
            record.flags = update->flags;
    }
    postAfterWrites([mailbox = m_mailbox, uidValidity = m_uidValidity, updates](cache::Cache &cache) {
        cache::Result<int> updated = cache.updateFlags(mailbox, uidValidity, updates);
        return updated ? cache::Result<void>() : cache::Result<void>(updated.error());
    });
}

void EnvelopeFetcher::messagesRemovedElsewhere(const QList<quint32> &uids)
{
    if (uids.isEmpty())
        return;
    const QSet<quint32> removed(uids.cbegin(), uids.cend());
    m_buffer.removeIf([&](const cache::MessageRecord &record) { return removed.contains(record.uid); });
    if (m_writesInFlight > 0)
        m_removedWhileWriting.unite(removed);
    postAfterWrites([mailbox = m_mailbox, uidValidity = m_uidValidity, uids](cache::Cache &cache) {
        cache::Result<int> gone = cache.removeMessages(mailbox, uidValidity, uids);
        return gone ? cache::Result<void>() : cache::Result<void>(gone.error());
    });
}

} // namespace quire::sync
