#include "core/sync/MailboxSync.h"

#include "core/cache/BackgroundWriter.h"
#include "core/imap/commands/ModifiedUtf7.h"
#include "core/imap/tasks/MessageTasks.h"
#include "core/imap/tasks/SelectedTasks.h"
#include "core/sync/MessageConversion.h"

#include <QHash>
#include <QLoggingCategory>
#include <QSet>

Q_LOGGING_CATEGORY(lcMailboxSync, "quire.sync.mailbox")

namespace quire::sync {

namespace {

QString describe(const imap::TaskError &error)
{
    return QStringLiteral("IMAP error %1: %2").arg(int(error.kind)).arg(QString::fromUtf8(error.serverText));
}

bool sameFlags(QStringList a, QStringList b)
{
    a.sort();
    b.sort();
    return a == b;
}

} // namespace

MailboxSync::MailboxSync(imap::Session *session, cache::Cache *cache, QString mailbox, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_cache(cache)
    , m_mailbox(std::move(mailbox))
{
}

void MailboxSync::start()
{
    auto record = m_cache->mailbox(m_mailbox);
    if (!record)
        return cacheFailed(record.error());
    if (!record.value()) {
        // Opened before any LIST: the row must exist for the state to stick.
        cache::MailboxRecord fresh;
        fresh.name = m_mailbox;
        fresh.rawName = imap::encodeMailboxName(m_mailbox);
        if (auto written = m_cache->upsertMailboxes({ fresh }); !written)
            return cacheFailed(written.error());
    } else {
        m_cached = record.value()->state;
    }
    selectMailbox();
    // The SELECT goes out now. The cached UIDs (100,000 of them: 7-15 ms
    // of this thread) are read only by the strategies that compare them.
    m_session->flushOutput();
}

bool MailboxSync::readCachedUids()
{
    if (m_cachedUidsRead)
        return true;
    m_cachedUidsRead = true;
    if (m_cached.uidValidity == 0)
        return true;
    auto uids = m_cache->uids(m_mailbox, m_cached.uidValidity);
    if (!uids) {
        cacheFailed(uids.error());
        return false;
    }
    m_cachedUids = uids.value();
    return true;
}

void MailboxSync::selectMailbox()
{
    imap::Select select { m_mailbox };
    const bool qresync = m_session->enabledExtensions().contains("QRESYNC");
    const bool condstore = qresync || m_session->hasCapability("CONDSTORE");
    const bool haveState = m_cached.uidValidity != 0 && m_cached.highestModSeq != 0;
    if (qresync && haveState) {
        select.qresync = imap::QresyncParameters { m_cached.uidValidity, m_cached.highestModSeq, {}, {} };
        m_strategy = Strategy::Qresync;
    } else {
        // With QRESYNC enabled, CONDSTORE is on for the whole connection already.
        select.condstore = condstore && !qresync;
        m_strategy = condstore && haveState ? Strategy::Condstore : Strategy::Full;
    }
    auto *task = new imap::SelectTask(select, this);
    run(task, [this, task] {
        m_selectTask = task;
        // An envelope fetch that ran before this SELECT may still be
        // writing on the cache's writer thread: what this sync reads and
        // writes must come after it.
        afterWrites([this] { onSelected(); });
    });
}

MailboxAccess MailboxSync::access() const
{
    return m_selectTask ? MailboxAccess::fromSnapshot(m_selectTask->mailbox()) : MailboxAccess {};
}

void MailboxSync::onSelected()
{
    const imap::MailboxSnapshot &server = m_selectTask->mailbox();
    m_uidValidity = server.uidValidity;
    if (m_uidValidity == 0)
        return fail(QStringLiteral("the server gave no UIDVALIDITY for %1").arg(m_mailbox));
    m_pending = PendingLocalChanges::fromJournal(m_pendingJournal, m_mailbox, m_uidValidity);
    if (m_cached.uidValidity != 0 && m_cached.uidValidity != m_uidValidity) {
        qCWarning(lcMailboxSync) << m_mailbox << "UIDVALIDITY changed from" << m_cached.uidValidity << "to"
                                 << m_uidValidity << "- dropping the cached messages";
        if (auto cleared = m_cache->clearMailbox(m_mailbox); !cleared)
            return cacheFailed(cleared.error());
        m_reset = true;
        m_cachedUids.clear();
        m_cachedUidsRead = true;
        m_cached = {};
        Q_EMIT mailboxReset(m_mailbox);
        return syncFully(QStringLiteral("UIDVALIDITY changed"));
    }
    if (server.uidNext != 0 && server.uidNext < m_cached.uidNext)
        return syncFully(QStringLiteral("UIDNEXT went backwards (%1 -> %2)").arg(m_cached.uidNext).arg(server.uidNext));
    if (m_strategy != Strategy::Full && (server.noModSeq || server.highestModSeq < m_cached.highestModSeq))
        return syncFully(QStringLiteral("HIGHESTMODSEQ went backwards (%1 -> %2)")
                             .arg(m_cached.highestModSeq)
                             .arg(server.highestModSeq));
    switch (m_strategy) {
    case Strategy::Qresync:
        return syncByQresync();
    case Strategy::Condstore:
        return syncByCondstore();
    case Strategy::Full:
        return syncFully({});
    }
}

void MailboxSync::syncByQresync()
{
    const imap::UidSet &vanished = m_selectTask->vanishedEarlier();
    const QHash<quint32, imap::MessageFlagState> &changedFlags = m_selectTask->changedFlags();
    QList<quint32> removed;
    QList<cache::FlagUpdate> changed;
    if ((!vanished.isEmpty() || !changedFlags.isEmpty()) && !readCachedUids())
        return;
    for (quint32 uid : std::as_const(m_cachedUids)) {
        if (vanished.contains(uid)) {
            removed.append(uid);
        } else if (const auto flags = changedFlags.constFind(uid); flags != changedFlags.cend()) {
            changed.append({ uid, withPending(uid, flags->flags), flags->modSeq });
        }
    }
    const bool newMail = m_selectTask->mailbox().uidNext > m_cached.uidNext;
    if (newMail) {
        // New mail is asked for first, so the server looks it up while the
        // changes are written; its answers are read (and written) only
        // after these writes, when control returns to the event loop.
        fetchNewSince(std::max<quint32>(m_cached.uidNext, 1));
        m_session->flushOutput();
    }
    if (!writeRemoved(removed) || !writeFlagUpdates(changed))
        return;
    if (!newMail)
        verifyAndFinish();
}

void MailboxSync::syncByCondstore()
{
    if (!readCachedUids())
        return;
    if (m_session->mailbox()->exists() == 0) {
        applyServerUids({});
        return verifyAndFinish();
    }
    imap::Fetch fetch { imap::UidSet::all(), { imap::FetchItem::uid(), imap::FetchItem::flags() },
        m_cached.highestModSeq, false };
    runFlagFetch(fetch, [this](const FetchedFlagList &changes) {
        applyFlagFetch(changes, false);
        auto *search = new imap::SearchTask({ imap::SearchKey::all() }, this);
        run(search, [this, search] {
            applyServerUids(search->uids());
            verifyAndFinish();
        });
    });
}

void MailboxSync::syncFully(const QString &reason)
{
    m_fullDone = true;
    if (!readCachedUids())
        return;
    if (!reason.isEmpty()) {
        m_fallbackReason = reason;
        qCWarning(lcMailboxSync) << m_mailbox << "full resync:" << reason;
        m_strategy = Strategy::Full;
    }
    if (m_session->mailbox()->exists() == 0) {
        applyServerUids({});
        return verifyAndFinish();
    }
    if (m_cachedUids.isEmpty() && m_wantsEnvelopes)
        return listEveryMessageWithEnvelopes();
    if (m_cachedUids.isEmpty() && !m_firstScreenfulDone && m_session->mailbox()->exists() > kFirstScreenfulFrom)
        return fetchFirstScreenful([this] { listEveryMessage(); });
    listEveryMessage();
}

// The newest messages by sequence number are, in nearly every mailbox, the
// newest by date: the top of the list as it first opens.
void MailboxSync::fetchFirstScreenful(std::function<void()> then)
{
    m_firstScreenfulDone = true;
    const quint32 exists = m_session->mailbox()->exists();
    QList<imap::FetchItem> items = envelopeFetchItems();
    if (m_session->hasCapability("CONDSTORE"))
        items.append(imap::FetchItem::modSeq());
    auto *task
        = new imap::FetchTask(imap::Fetch { imap::SequenceSet::fromRanges({ { exists - kFirstScreenful + 1, exists } }),
                                  items, std::nullopt, false },
            this);
    run(task, [this, task, then = std::move(then)] {
        // The list reads rows only for a known UIDVALIDITY. UIDNEXT and
        // HIGHESTMODSEQ stay unknown, so a sync cut short after this starts over.
        cache::MailboxSyncState early;
        early.uidValidity = m_uidValidity;
        early.messages = m_session->mailbox()->exists();
        if (auto saved = m_cache->setMailboxState(m_mailbox, early); !saved)
            return cacheFailed(saved.error());
        QList<cache::MessageRecord> records;
        QList<quint32> uids;
        for (const imap::FetchResponse &response : task->messages()) {
            std::optional<cache::MessageRecord> record = messageRecordFrom(response);
            if (!record)
                continue;
            record->flags = m_pending.applyTo(record->uid, record->flags);
            uids.append(record->uid);
            records.append(std::move(*record));
        }
        if (auto written = m_cache->upsertMessages(m_mailbox, m_uidValidity, records); !written)
            return cacheFailed(written.error());
        m_cachedUids = uids;
        sortCachedUids();
        if (!uids.isEmpty())
            Q_EMIT messagesAdded(m_mailbox, uids);
        then();
    });
}

void MailboxSync::listEveryMessage()
{
    QList<imap::FetchItem> items { imap::FetchItem::uid(), imap::FetchItem::flags() };
    if (m_session->hasCapability("CONDSTORE"))
        items.append(imap::FetchItem::modSeq());
    runFlagFetch(
        imap::Fetch { imap::UidSet::all(), items, std::nullopt, false }, [this](const FetchedFlagList &fetched) {
            applyFlagFetch(fetched, true);
            if (!m_finished)
                applyServerUids(fetched.uids());
            if (!m_finished)
                verifyAndFinish();
        });
}

void MailboxSync::listEveryMessageWithEnvelopes()
{
    // The rows are written as they stream in, so the list fills while the
    // FETCH runs. UIDNEXT and HIGHESTMODSEQ stay unknown until the end: a
    // sync cut short here starts over with a full listing, which keeps the
    // rows already written.
    cache::MailboxSyncState early;
    early.uidValidity = m_uidValidity;
    early.messages = m_session->mailbox()->exists();
    if (auto saved = m_cache->setMailboxState(m_mailbox, early); !saved)
        return cacheFailed(saved.error());
    fetchEnvelopes(imap::UidSet::all(), 0, [this] {
        sortCachedUids();
        verifyAndFinish();
    });
}

// Messages from firstUid on, whole, written in batches as they stream in
// and announced with messagesAdded; then() once they are all written.
void MailboxSync::fetchEnvelopes(const imap::UidSet &uids, quint32 firstUid, std::function<void()> then)
{
    QList<imap::FetchItem> items = envelopeFetchItems();
    if (m_session->hasCapability("CONDSTORE"))
        items.append(imap::FetchItem::modSeq());
    auto *task = new imap::FetchTask(imap::Fetch { uids, items, std::nullopt, false }, this);
    task->setStreaming(true);
    auto batch = std::make_shared<QList<cache::MessageRecord>>();
    const auto flush = [this, batch] {
        if (batch->isEmpty() || m_finished)
            return;
        for (const cache::MessageRecord &record : std::as_const(*batch))
            m_cachedUids.append(record.uid);
        writeRecords(std::exchange(*batch, {}));
    };
    connect(task, &imap::FetchTask::messageFetched, this,
        [this, batch, flush, firstUid](quint32 uid, const imap::FetchResponse &response) {
            // A flag-only FETCH from elsewhere names no envelope, and "n:*"
            // names the last message even when its UID is below n; the
            // count check at the end catches anything left out.
            if (uid == 0 || uid < firstUid || !response.envelope)
                return;
            std::optional<cache::MessageRecord> record = messageRecordFrom(response);
            if (!record)
                return;
            record->flags = m_pending.applyTo(uid, record->flags);
            batch->append(std::move(*record));
            if (batch->size() >= kEnvelopeWriteBatch) {
                flush();
                // The next rows come out of this input; postUnposted's rows
                // do not, so only this poster pauses it.
                m_backPressure.check(m_session, m_cache->backgroundWriter());
            }
        });
    run(task, [this, flush, then = std::move(then)] {
        flush();
        afterWrites(then);
    });
}

// On the cache's writer thread when it has one: this thread goes on
// reading and converting the next batch meanwhile (in the GUI, that thread
// is the UI's: 100,000 new rows written here were a 300 ms stall). The rows
// are announced when their batch is committed, and the sync checks its
// counts after the last one (afterWrites).
void MailboxSync::writeRecords(QList<cache::MessageRecord> records)
{
    QList<quint32> uids;
    uids.reserve(records.size());
    for (const cache::MessageRecord &record : std::as_const(records))
        uids.append(record.uid);
    ++m_writesInFlight;
    auto written = [this, uids](const cache::Result<void> &result) {
        --m_writesInFlight;
        if (m_finished)
            return;
        if (!result)
            return cacheFailed(result.error());
        Q_EMIT messagesAdded(m_mailbox, uids);
        postUnposted();
        if (m_writesInFlight == 0 && m_unposted.isEmpty()) {
            for (std::function<void()> &then : std::exchange(m_afterOwnWrites, {}))
                afterWrites(std::move(then));
        }
    };
    cache::BackgroundWriter *writer = m_cache->backgroundWriter();
    if (!writer)
        return written(m_cache->upsertMessages(m_mailbox, m_uidValidity, records));
    writer->post([mailbox = m_mailbox, uidValidity = m_uidValidity, records = std::move(records)](
                     cache::Cache &cache) { return cache.upsertMessages(mailbox, uidValidity, records); },
        this, std::move(written));
}

// New rows become records a batch at a time, two batches ahead of the
// writer: all 100,000 of a first sync built at once held 30 MB more.
void MailboxSync::postUnposted()
{
    while (!m_finished && m_writesInFlight < 2 && !m_unposted.isEmpty()) {
        const qsizetype end = std::min(m_unpostedNext + kNewRowBatch, m_unposted.size());
        QList<cache::MessageRecord> records;
        records.reserve(end - m_unpostedNext);
        for (; m_unpostedNext < end; ++m_unpostedNext) {
            NewRow &row = m_unposted[m_unpostedNext];
            cache::MessageRecord &record = records.emplace_back();
            record.uid = row.uid;
            record.modSeq = row.modSeq;
            record.flags = std::move(row.flags);
        }
        if (m_unpostedNext == m_unposted.size()) {
            m_unposted.clear();
            m_unpostedNext = 0;
        }
        writeRecords(std::move(records));
    }
}

void MailboxSync::afterWrites(std::function<void()> then)
{
    if (m_writesInFlight > 0 || !m_unposted.isEmpty()) {
        m_afterOwnWrites.append(std::move(then));
        return;
    }
    cache::BackgroundWriter *writer = m_cache->backgroundWriter();
    if (!writer || writer->pending() == 0) {
        if (!m_finished)
            then();
        return;
    }
    // Someone else's writes (an envelope fetch before this sync): the
    // writer runs its work in order, so this one is done when they are.
    writer->post([](cache::Cache &) { return cache::Result<void>(); }, this,
        [this, then = std::move(then)](const cache::Result<void> &) {
            if (!m_finished)
                then();
        });
}

void MailboxSync::fetchNewSince(quint32 firstUid)
{
    if (!readCachedUids())
        return;
    // Whoever wants every envelope gets the new ones in the same round trip.
    if (m_wantsEnvelopes)
        return fetchEnvelopes(imap::UidSet::fromRanges({ { firstUid, imap::NumberSet::Star } }), firstUid, [this] {
            sortCachedUids();
            verifyAndFinish();
        });
    QList<imap::FetchItem> items { imap::FetchItem::uid(), imap::FetchItem::flags() };
    if (m_session->hasCapability("CONDSTORE"))
        items.append(imap::FetchItem::modSeq());
    const imap::Fetch fetch { imap::UidSet::fromRanges({ { firstUid, imap::NumberSet::Star } }), items, std::nullopt,
        false };
    runFlagFetch(fetch, [this, firstUid](FetchedFlagList &fetched) {
        // "n:*" names the last message even when its UID is below n.
        fetched.dropBelow(firstUid);
        applyFlagFetch(fetched, false);
        if (!m_finished)
            verifyAndFinish();
    });
}

// complete: the fetch named every message (1:*), so unchanged flags can be
// told apart and only real changes are written and announced.
void MailboxSync::runFlagFetch(const imap::Fetch &fetch, std::function<void(FetchedFlagList &)> then)
{
    auto *task = new imap::FetchTask(fetch, this);
    task->setStreaming(true);
    auto fetched = std::make_shared<FetchedFlagList>();
    connect(task, &imap::FetchTask::messageFetched, this, [fetched](quint32 uid, const imap::FetchResponse &response) {
        if (uid == 0)
            return; // UID FETCH names the UID; a stray FETCH without one is not ours
        fetched->record(uid, response.flags, response.modSeq);
    });
    run(task, [fetched, then = std::move(then)] {
        fetched->finish();
        then(*fetched);
    });
}

// On the UI thread in the GUI, for every message of a first sync at once
// (100,000 of them a 30 ms stall): the UID lists are walked in order rather
// than hashed, and each distinct flag set becomes strings once.
void MailboxSync::applyFlagFetch(const FetchedFlagList &fetched, bool complete)
{
    sortCachedUids();
    QHash<quint32, QStringList> cachedFlags;
    if (complete && !m_cachedUids.isEmpty()) {
        auto rows = m_cache->messages(m_mailbox, m_uidValidity, cache::MessageColumns::Summary);
        if (!rows)
            return cacheFailed(rows.error());
        for (const cache::MessageRecord &row : rows.value())
            cachedFlags.insert(row.uid, row.flags);
    }
    std::vector<std::optional<QStringList>> flagSetStrings(std::size_t(fetched.flagSetCount()) + 1);
    const auto serverFlags = [&](const FetchedFlagList::Entry &entry) -> std::optional<QStringList> {
        const QList<QByteArray> *flags = fetched.flags(entry);
        if (!flags)
            return std::nullopt;
        std::optional<QStringList> &strings = flagSetStrings[entry.flagSet];
        if (!strings)
            strings = flagStrings(*flags);
        return m_pending.applyTo(entry.uid, *strings);
    };
    QList<cache::FlagUpdate> changed;
    QList<quint32> fresh;
    auto cached = m_cachedUids.cbegin();
    for (const FetchedFlagList::Entry &entry : fetched.entries()) {
        while (cached != m_cachedUids.cend() && *cached < entry.uid)
            ++cached;
        if (cached == m_cachedUids.cend() || *cached != entry.uid) {
            fresh.append(entry.uid);
        } else if (const std::optional<QStringList> flags = serverFlags(entry); !flags) {
            continue;
        } else if (!complete || !sameFlags(cachedFlags.value(entry.uid), *flags)) {
            changed.append({ entry.uid, *flags, entry.modSeq });
        }
    }
    if (!writeFlagUpdates(changed))
        return;
    writeNew(fresh, [&](quint32 uid, cache::MessageRecord &record) {
        const FetchedFlagList::Entry *known = fetched.find(uid);
        if (!known)
            return;
        std::optional<QStringList> flags = serverFlags(*known);
        record.flags = flags ? std::move(*flags) : m_pending.applyTo(uid, {});
        record.modSeq = known->modSeq;
    });
}

// The server's complete UID list: what the cache has beyond it was
// expunged, what it lacks is new (recorded without flags if no FETCH told
// us any).
void MailboxSync::applyServerUids(QList<quint32> serverUids)
{
    if (!std::is_sorted(serverUids.cbegin(), serverUids.cend()))
        std::sort(serverUids.begin(), serverUids.end());
    serverUids.erase(std::unique(serverUids.begin(), serverUids.end()), serverUids.end());
    sortCachedUids();
    QList<quint32> removed;
    std::set_difference(m_cachedUids.cbegin(), m_cachedUids.cend(), serverUids.cbegin(), serverUids.cend(),
        std::back_inserter(removed));
    QList<quint32> missing;
    std::set_difference(serverUids.cbegin(), serverUids.cend(), m_cachedUids.cbegin(), m_cachedUids.cend(),
        std::back_inserter(missing));
    if (writeRemoved(removed))
        writeNew(missing, [this](quint32 uid, cache::MessageRecord &record) { record.flags = withPending(uid, {}); });
}

void MailboxSync::sortCachedUids()
{
    if (!std::is_sorted(m_cachedUids.cbegin(), m_cachedUids.cend()))
        std::sort(m_cachedUids.begin(), m_cachedUids.end());
    // A server may send one message's envelope twice; the walks and
    // differences over this list count each UID once.
    m_cachedUids.erase(std::unique(m_cachedUids.begin(), m_cachedUids.end()), m_cachedUids.end());
}

QStringList MailboxSync::withPending(quint32 uid, const QList<QByteArray> &serverFlags) const
{
    return m_pending.applyTo(uid, flagStrings(serverFlags));
}

void MailboxSync::verifyAndFinish()
{
    // The counts are checked in the cache: after every row posted to its writer.
    afterWrites([this] { verifyWritten(); });
}

void MailboxSync::verifyWritten()
{
    if (m_finished)
        return;
    const imap::MailboxState *state = m_session->mailbox();
    auto cachedCount = m_cache->messageCount(m_mailbox, m_uidValidity);
    if (!cachedCount)
        return cacheFailed(cachedCount.error());
    if (quint32(cachedCount.value()) != state->exists()) {
        const QString reason
            = QStringLiteral("cached %1 messages, the server has %2").arg(cachedCount.value()).arg(state->exists());
        if (!m_fullDone)
            return syncFully(reason);
        // A second mismatch right after a full resync means mail is arriving
        // or leaving as we speak; the untagged responses will settle it.
        qCWarning(lcMailboxSync) << m_mailbox << "still inconsistent after a full resync:" << reason;
    }
    cache::MailboxSyncState saved = m_cached;
    saved.uidValidity = m_uidValidity;
    // SELECT's values, not later ones: whatever arrives after it is either
    // fetched by this sync or seen again by the next one.
    saved.uidNext = m_selectTask->mailbox().uidNext;
    saved.highestModSeq = m_selectTask->mailbox().highestModSeq;
    saved.messages = state->exists();
    saved.recent = state->recent();
    if (auto written = m_cache->setMailboxState(m_mailbox, saved); !written)
        return cacheFailed(written.error());
    succeed();
}

bool MailboxSync::writeRemoved(const QList<quint32> &uids)
{
    if (uids.isEmpty())
        return true;
    if (auto removed = m_cache->removeMessages(m_mailbox, m_uidValidity, uids); !removed) {
        cacheFailed(removed.error());
        return false;
    }
    const QSet<quint32> gone(uids.cbegin(), uids.cend());
    m_cachedUids.removeIf([&](quint32 uid) { return gone.contains(uid); });
    Q_EMIT messagesRemoved(m_mailbox, uids);
    return true;
}

bool MailboxSync::writeFlagUpdates(const QList<cache::FlagUpdate> &updates)
{
    if (updates.isEmpty())
        return true;
    if (auto written = m_cache->updateFlags(m_mailbox, m_uidValidity, updates); !written) {
        cacheFailed(written.error());
        return false;
    }
    Q_EMIT flagsChanged(m_mailbox, updates);
    return true;
}

bool MailboxSync::writeNew(const QList<quint32> &uids, const std::function<void(quint32, cache::MessageRecord &)> &fill)
{
    if (uids.isEmpty())
        return true;
    // Kept small until written (postUnposted): a UID, a modseq and flags
    // shared by every row that has the same ones.
    QSet<QStringList> distinctFlags;
    m_unposted.reserve(m_unposted.size() + uids.size());
    for (quint32 uid : uids) {
        cache::MessageRecord record;
        record.uid = uid;
        fill(uid, record);
        // Rows in a row mostly share one list already; hashing it is the cost.
        const bool asBefore = !m_unposted.isEmpty() && m_unposted.back().flags.constData() == record.flags.constData()
            && m_unposted.back().flags.size() == record.flags.size();
        if (asBefore) {
            m_unposted.append({ uid, record.modSeq, m_unposted.back().flags });
            continue;
        }
        auto known = distinctFlags.constFind(record.flags);
        if (known == distinctFlags.cend())
            known = distinctFlags.insert(record.flags);
        m_unposted.append({ uid, record.modSeq, *known });
    }
    m_cachedUids.append(uids);
    sortCachedUids();
    postUnposted();
    return !m_finished;
}

void MailboxSync::cacheFailed(const cache::Error &error)
{
    fail(QStringLiteral("cache: %1").arg(error.detail));
}

void MailboxSync::cancel()
{
    if (m_finished)
        return;
    m_cancelled = true;
    // The server still answers the command in flight; its task ignores the
    // reply, so nothing of it reaches the cache half-way.
    if (m_running && !m_running->isFinished())
        m_running->cancel();
    fail(QStringLiteral("cancelled by the user"));
}

void MailboxSync::fail(const QString &error)
{
    if (m_finished)
        return;
    m_finished = true;
    m_error = error;
    if (m_cancelled)
        qCInfo(lcMailboxSync) << m_mailbox << "sync cancelled";
    else
        qCWarning(lcMailboxSync) << m_mailbox << "sync failed:" << error;
    Q_EMIT finished(false);
}

void MailboxSync::succeed()
{
    if (m_finished)
        return;
    m_finished = true;
    Q_EMIT finished(true);
}

void MailboxSync::run(imap::Task *task, std::function<void()> then)
{
    connect(task, &imap::Task::finished, this, [this, task, then = std::move(then)] {
        if (task->outcome() == imap::Task::Outcome::Succeeded && !m_finished)
            then();
        else if (task->error())
            fail(describe(*task->error()));
        else
            fail(QStringLiteral("cancelled"));
        // SelectTask's snapshot is read after this; the sync's parentage frees it.
        if (task != m_selectTask)
            task->deleteLater();
    });
    m_running = task;
    m_session->start(task);
}

} // namespace quire::sync
