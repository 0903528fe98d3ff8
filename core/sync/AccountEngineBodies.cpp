// Message bodies: one source on demand (the view, quire-cli show) and
// "make available offline" for whole mailboxes.
//
// The offline download keeps no state of its own beyond the current run: it
// asks the cache which messages lack a body, so a cancelled, crashed or
// disconnected download resumes where it stopped when asked again (and by
// itself after a reconnect). Batches go through the work queue one at a
// time, so a message the user opens meanwhile is fetched between two batches;
// they are stored on the cache's writer thread while the next one is fetched.

#include "core/cache/BackgroundWriter.h"
#include "core/imap/tasks/MessageTasks.h"
#include "core/sync/AccountEngine.h"
#include "core/sync/EnvelopeFetcher.h"
#include "core/sync/MessageBodies.h"

#include <QElapsedTimer>
#include <QLoggingCategory>

Q_DECLARE_LOGGING_CATEGORY(lcEngine)

namespace quire::sync {

namespace {

// A batch ends at this many messages or this many bytes, whichever comes
// first: large enough to amortise a round trip, small enough that a message
// the user opens is not stuck behind minutes of downloading.
constexpr qsizetype kBatchMessages = 50;
constexpr quint64 kBatchBytes = 4 * 1024 * 1024;

QList<quint32> takeBatch(QList<quint32> &uids, const QHash<quint32, quint64> &sizes)
{
    QList<quint32> batch;
    quint64 bytes = 0;
    while (!uids.isEmpty() && batch.size() < kBatchMessages && (batch.isEmpty() || bytes < kBatchBytes)) {
        bytes += sizes.value(uids.front());
        batch.append(uids.takeFirst());
    }
    return batch;
}

} // namespace

// --- one message

void AccountEngine::fetchMessageSource(const QString &mailbox, quint32 uid)
{
    if (m_connectionState != ConnectionState::Online) {
        QMetaObject::invokeMethod(
            this,
            [this, mailbox, uid] {
                Q_EMIT messageSourceFailed(
                    mailbox, uid, EngineError { EngineErrorKind::NotConnected, mailbox, QStringLiteral("offline") });
            },
            Qt::QueuedConnection);
        return;
    }
    m_pendingSources.append({ mailbox, uid });
    auto fetch = [this, mailbox, uid](std::function<void()> done) {
        auto *task = new imap::FetchTask(wholeMessageFetch({ uid }));
        runTask(task, [this, task, mailbox, uid, done](imap::Task *) {
            m_pendingSources.removeOne(std::pair { mailbox, uid });
            const auto &messages = task->messages();
            const auto it = messages.constFind(uid);
            std::optional<QByteArray> source = it == messages.cend() ? std::nullopt : wholeMessageOf(it.value());
            if (source) {
                // A cache that cannot keep it costs a refetch later, nothing more.
                if (auto stored
                    = storeMessageSource(*m_cache, mailbox, m_selectedUidValidity, uid, kWholeMessagePart, *source);
                    !stored)
                    qCWarning(lcEngine) << "cannot cache the source of" << mailbox << uid << stored.error().detail;
                Q_EMIT messageSourceArrived(mailbox, uid, *source);
            } else {
                const bool refused = task->outcome() != imap::Task::Outcome::Succeeded && task->error();
                Q_EMIT messageSourceFailed(mailbox, uid,
                    EngineError { EngineErrorKind::ServerRefused, mailbox,
                        refused ? QString::fromUtf8(task->error()->serverText)
                                : QStringLiteral("no message with UID %1").arg(uid) });
            }
            done();
        });
    };
    enqueue({ {}, [this, mailbox, uid, fetch](std::function<void()> done) {
                 if (m_selected == mailbox)
                     return fetch(done);
                 runSync(mailbox, [this, mailbox, uid, fetch, done](bool ok) {
                     if (ok)
                         return fetch(done);
                     m_pendingSources.removeOne(std::pair { mailbox, uid });
                     Q_EMIT messageSourceFailed(mailbox, uid,
                         EngineError {
                             EngineErrorKind::ServerRefused, mailbox, QStringLiteral("cannot open the mailbox") });
                     done();
                 });
             } });
}

void AccountEngine::failPendingSources(const EngineError &error)
{
    for (const auto &[mailbox, uid] : std::exchange(m_pendingSources, {})) {
        EngineError e = error;
        e.mailbox = mailbox;
        Q_EMIT messageSourceFailed(mailbox, uid, e);
    }
}

// --- make available offline

void AccountEngine::syncWithEnvelopes(const QString &mailbox, std::function<void(bool)> then)
{
    runSync(
        mailbox,
        [this, mailbox, then = std::move(then)](bool ok) {
            if (!ok)
                return then(false);
            QElapsedTimer sinceSynced;
            sinceSynced.start();
            EnvelopeFetcher *fetcher = fetcherFor(mailbox);
            connect(
                fetcher, &EnvelopeFetcher::drained, this,
                [this, then, sinceSynced] {
                    m_lastTiming.settledNanoseconds = m_lastTiming.syncedNanoseconds + sinceSynced.nsecsElapsed();
                    Q_EMIT syncTimed(m_lastTiming);
                    then(true);
                },
                Qt::SingleShotConnection);
            fetcher->requestAllMissing();
        },
        Envelopes::All);
}

void AccountEngine::downloadForOffline(const QStringList &mailboxes, bool attachments)
{
    QStringList names = mailboxes;
    if (names.isEmpty()) {
        auto cached = m_cache->mailboxes();
        for (const cache::MailboxRecord &record : cached ? cached.value() : QList<cache::MailboxRecord>()) {
            if (isSelectable(record))
                names.append(record.name);
        }
    }
    if (m_download) {
        // Already running: the new mailboxes join the end of the run.
        for (const QString &name : names) {
            if (!m_download->mailboxes.contains(name))
                m_download->mailboxes.append(name);
        }
        m_download->attachments = m_download->attachments || attachments;
        return;
    }
    m_download = OfflineDownload {};
    m_download->run = ++m_downloadRuns;
    m_download->mailboxes = names;
    m_download->attachments = attachments;
    if (m_connectionState == ConnectionState::Offline) {
        emitError(EngineErrorKind::NotConnected, {}, QStringLiteral("offline: nothing can be downloaded"));
        return finishOfflineDownload(DownloadOutcome::Failed);
    }
    // While connecting, onConnected() starts it.
    if (m_connectionState == ConnectionState::Online)
        planOfflineMailbox();
}

void AccountEngine::cancelOfflineDownload()
{
    if (!m_download)
        return;
    m_download->cancelled = true;
    // Online, the batch queued or in flight ends the run when it finishes;
    // offline nothing else would.
    if (m_connectionState != ConnectionState::Online)
        finishOfflineDownload(DownloadOutcome::Cancelled);
}

// What of the mailbox an offline download still has to fetch, into `plan`
// (whose `attachments` says whether attachments are wanted): the UIDs to
// fetch whole or displayable only, their sizes, and the count of messages.
cache::Result<void> AccountEngine::planOfflineRows(
    cache::Cache &cache, const QString &mailbox, quint32 uidValidity, OfflineDownload &plan)
{
    auto whole = cache.uidsWithPart(mailbox, uidValidity, kWholeMessagePart);
    if (!whole)
        return whole.error();
    auto shown = cache.uidsWithPart(mailbox, uidValidity, kDisplayablePart);
    if (!shown)
        return shown.error();
    return cache.visitMessageListRows(mailbox, uidValidity, [&](const cache::MessageListRow &row) {
        ++plan.total;
        // The whole source is displayable too.
        if (whole->contains(row.uid))
            return;
        const bool wholeWanted = plan.attachments || !row.hasAttachments;
        if (!wholeWanted && shown->contains(row.uid))
            return;
        (wholeWanted ? plan.whole : plan.displayable).append(row.uid);
        plan.sizes.insert(row.uid, row.size);
    });
}

// Syncs the current mailbox with its envelopes, then lists what it lacks.
void AccountEngine::planOfflineMailbox()
{
    if (!m_download)
        return;
    if (m_download->cancelled)
        return finishOfflineDownload(DownloadOutcome::Cancelled);
    if (m_download->mailboxes.isEmpty())
        return finishOfflineDownload(DownloadOutcome::Finished);
    const QString mailbox = m_download->mailboxes.front();
    m_download->planning = true;
    enqueue({ {}, [this, mailbox](std::function<void()> done) {
                 syncWithEnvelopes(mailbox, [this, mailbox, done](bool ok) {
                     if (!m_download)
                         return done();
                     if (!ok) {
                         // Reported by the sync; the other mailboxes still come.
                         m_download->mailboxes.removeAll(mailbox);
                         planOfflineMailbox();
                         return done();
                     }
                     auto cacheFailed = [this, mailbox, done](const cache::Error &error) {
                         emitError(EngineErrorKind::CacheFailed, mailbox, error.detail);
                         finishOfflineDownload(DownloadOutcome::Failed);
                         done();
                     };
                     // Three queries, not one per message, and on the cache's
                     // writer thread when it has one (after the envelope rows
                     // it is writing): scanning 100,000 rows was a 130 ms
                     // stall of the UI thread.
                     auto plan = std::make_shared<OfflineDownload>();
                     plan->attachments = m_download->attachments;
                     auto work = [plan, mailbox, uidValidity = m_selectedUidValidity](
                                     cache::Cache &cache) -> cache::Result<void> {
                         return planOfflineRows(cache, mailbox, uidValidity, *plan);
                     };
                     auto planned = [this, plan, mailbox, done, cacheFailed](const cache::Result<void> &listed) {
                         if (!m_download)
                             return done();
                         if (!listed)
                             return cacheFailed(listed.error());
                         OfflineDownload &d = *m_download;
                         d.whole = std::move(plan->whole);
                         d.displayable = std::move(plan->displayable);
                         d.sizes = std::move(plan->sizes);
                         d.total = plan->total;
                         d.done = d.total - int(d.whole.size() + d.displayable.size());
                         d.planning = false;
                         Q_EMIT offlineDownloadProgress(mailbox, d.done, d.total);
                         fetchOfflineBatch();
                         done();
                     };
                     if (cache::BackgroundWriter *writer = m_cache->backgroundWriter())
                         writer->post(std::move(work), this, std::move(planned));
                     else
                         planned(work(*m_cache));
                 });
             } });
}

// Queues the next batch of the current mailbox, or moves on to the next one
// once the current one's batches are stored. While earlier batches are
// written on the cache's writer thread, the next one is already fetched.
void AccountEngine::fetchOfflineBatch()
{
    // Two batches being stored and one on the wire keep both the connection
    // and the writer busy; more would only hold bodies in memory.
    constexpr int kBatchesStoring = 2;
    if (!m_download || m_download->fetching || m_download->planning)
        return;
    OfflineDownload &d = *m_download;
    if (d.cancelled) {
        if (d.storing == 0)
            finishOfflineDownload(DownloadOutcome::Cancelled);
        return;
    }
    // Offline, the batches being stored still report; the reconnect plans again.
    if (m_connectionState != ConnectionState::Online || d.storing >= kBatchesStoring)
        return;
    if (d.whole.isEmpty() && d.displayable.isEmpty()) {
        if (d.storing > 0)
            return;
        d.mailboxes.removeFirst();
        return planOfflineMailbox();
    }
    const QString mailbox = d.mailboxes.front();
    const bool whole = !d.whole.isEmpty();
    const QList<quint32> batch = takeBatch(whole ? d.whole : d.displayable, d.sizes);
    d.fetching = true;
    enqueue({ mailbox, [this, mailbox, batch, whole, run = d.run](std::function<void()> done) {
                 auto *task = new imap::FetchTask(whole ? wholeMessageFetch(batch) : displayableFetch(batch));
                 runTask(task, [this, mailbox, batch, whole, run, done](imap::Task *finished) {
                     if (!m_download || m_download->run != run)
                         return done();
                     m_download->fetching = false;
                     if (finished->outcome() != imap::Task::Outcome::Succeeded) {
                         emitError(EngineErrorKind::ServerRefused, mailbox,
                             finished->error() ? QString::fromUtf8(finished->error()->serverText) : QString());
                         finishOfflineDownload(DownloadOutcome::Failed);
                         return done();
                     }
                     if (!m_download->cancelled)
                         storeOfflineBatch(StoredBatch { mailbox, m_selectedUidValidity, whole, batch.size(),
                             sourcesOf(static_cast<imap::FetchTask *>(finished), whole) });
                     fetchOfflineBatch(); // queued before done(): the queue never runs dry mid-download
                     done();
                 });
             } });
}

std::vector<std::pair<quint32, QByteArray>> AccountEngine::sourcesOf(imap::FetchTask *task, bool whole)
{
    std::vector<std::pair<quint32, QByteArray>> sources;
    for (auto it = task->messages().cbegin(); it != task->messages().cend(); ++it) {
        if (std::optional<QByteArray> source = whole ? wholeMessageOf(it.value()) : displayableMessageOf(it.value()))
            sources.emplace_back(it.key(), std::move(*source));
    }
    return sources;
}

// Parsing a body for its text and writing it costs up to milliseconds per
// message: on the UI thread, even in slices, a 100,000-message download
// kept the window busy for most of its run. The batch is stored on the
// cache's writer thread instead, carrying the UIDVALIDITY it was fetched
// under, so a selection changing meanwhile cannot mislabel it.
void AccountEngine::storeOfflineBatch(StoredBatch batch)
{
    OfflineDownload &d = *m_download;
    ++d.storing;
    const QString mailbox = batch.mailbox;
    const qsizetype asked = batch.asked;
    auto kept = std::make_shared<int>(0);
    // One transaction per batch: a commit per message cost more than the
    // writes themselves (bench_cache, BM_StoreBodies10kInBatchesOf50).
    auto work = [batch = std::move(batch), kept](cache::Cache &cache) -> cache::Result<void> {
        return cache.inOneTransaction([&]() -> cache::Result<void> {
            for (const auto &[uid, source] : batch.sources) {
                auto stored = storeMessageSource(cache, batch.mailbox, batch.uidValidity, uid,
                    batch.whole ? kWholeMessagePart : kDisplayablePart, source);
                // A message expunged meanwhile has no row left to hold its body.
                if (stored)
                    ++*kept;
                else if (stored.error().code != cache::CacheError::NoSuchMessage)
                    return stored; // a full disk will not get better with the next message
            }
            return {};
        });
    };
    auto stored = [this, mailbox, asked, kept, run = d.run](const cache::Result<void> &result) {
        if (!m_download || m_download->run != run)
            return;
        OfflineDownload &d = *m_download;
        --d.storing;
        d.done += *kept;
        // Messages expunged meanwhile never answer; they leave the total too.
        d.total -= int(asked) - *kept;
        if (!result) {
            emitError(EngineErrorKind::CacheFailed, mailbox, result.error().detail);
            return finishOfflineDownload(DownloadOutcome::Failed);
        }
        Q_EMIT offlineDownloadProgress(mailbox, d.done, d.total);
        fetchOfflineBatch();
    };
    if (cache::BackgroundWriter *writer = m_cache->backgroundWriter())
        writer->post(std::move(work), this, std::move(stored));
    else
        stored(work(*m_cache));
}

void AccountEngine::finishOfflineDownload(DownloadOutcome outcome)
{
    if (!m_download)
        return;
    m_download.reset();
    Q_EMIT offlineDownloadFinished(outcome);
}

} // namespace quire::sync
