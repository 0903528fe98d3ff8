#include "core/sync/AccountEngine.h"

#include "core/imap/tasks/ConnectionTasks.h"
#include "core/imap/tasks/IdleTask.h"
#include "core/imap/tasks/MessageTasks.h"
#include "core/sync/BackgroundConnection.h"
#include "core/sync/EnvelopeFetcher.h"
#include "core/sync/MailboxSync.h"
#include "core/sync/MessageConversion.h"

#include <QElapsedTimer>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcEngine, "quire.sync.engine")

namespace quire::sync {

namespace {
// Flag changes pushed by the server are written and announced together when
// they arrive within this window: a "mark all read" elsewhere is one update.
constexpr std::chrono::milliseconds kPushBatchWindow { 50 };
// Folders renamed or created elsewhere in a burst (NOTIFY) become one LIST.
constexpr std::chrono::milliseconds kListRefreshDelay { 200 };
// A recount scans the folder's rows (about 9 ms for 100,000).
constexpr std::chrono::milliseconds kUnseenRecountDelay { 200 };
} // namespace

AccountEngine::AccountEngine(std::unique_ptr<cache::Cache> cache, imap::CredentialProvider *credentials,
    AccountEngineOptions options, QObject *parent)
    : MailEngine(parent)
    , m_cache(std::move(cache))
    , m_credentials(credentials)
    , m_options(std::move(options))
    , m_retryDelay(m_options.firstRetry)
    , m_backgroundRetryDelay(m_options.firstRetry)
{
    m_retryTimer.setSingleShot(true);
    connect(&m_retryTimer, &QTimer::timeout, this, &AccountEngine::connectSession);
    m_backgroundRetryTimer.setSingleShot(true);
    connect(&m_backgroundRetryTimer, &QTimer::timeout, this, [this] {
        if (m_connectionState == ConnectionState::Online)
            openBackground();
    });
    m_pollTimer.setInterval(m_options.pollInterval);
    connect(&m_pollTimer, &QTimer::timeout, this, [this] {
        if (!m_working && !m_openMailbox.isEmpty())
            enqueue({ m_openMailbox, [this](auto done) { runTask(new imap::NoopTask, [done](auto) { done(); }); } });
    });
    m_pushTimer.setSingleShot(true);
    m_pushTimer.setInterval(kPushBatchWindow);
    connect(&m_pushTimer, &QTimer::timeout, this, &AccountEngine::flushPushedFlags);
    m_statusTimer.setInterval(m_options.statusInterval);
    connect(&m_statusTimer, &QTimer::timeout, this, &AccountEngine::refreshCounts);
    m_listRefreshTimer.setSingleShot(true);
    m_listRefreshTimer.setInterval(kListRefreshDelay);
    connect(&m_listRefreshTimer, &QTimer::timeout, this, &AccountEngine::refreshMailboxes);
    m_unseenRecountTimer.setSingleShot(true);
    m_unseenRecountTimer.setInterval(kUnseenRecountDelay);
    connect(&m_unseenRecountTimer, &QTimer::timeout, this, [this] {
        for (const QString &mailbox : std::exchange(m_unseenRecounts, {}))
            recountUnseen(mailbox);
    });
    connect(this, &MailEngine::flagsChanged, this, [this](const QString &mailbox) { recountUnseenSoon(mailbox); });
    connect(this, &MailEngine::messagesAdded, this, [this](const QString &mailbox) { recountUnseenSoon(mailbox); });
    connect(this, &MailEngine::messagesRemoved, this, [this](const QString &mailbox) { recountUnseenSoon(mailbox); });
}

void AccountEngine::setCheckInterval(std::chrono::milliseconds interval)
{
    // Zero means "never" for STATUS; polling without IDLE cannot stop.
    m_options.statusInterval = interval;
    if (interval.count() <= 0) {
        m_statusTimer.stop();
        return;
    }
    m_options.pollInterval = interval;
    // setInterval restarts an active timer; an inactive one stays stopped.
    m_pollTimer.setInterval(interval);
    m_statusTimer.setInterval(interval);
}

AccountEngine::~AccountEngine()
{
    // Tasks and syncs hold raw pointers to the session: end them first.
    m_queue.clear();
    if (m_session)
        m_session->abortConnection();
}

SyncState AccountEngine::syncState(const QString &mailbox) const
{
    return m_syncStates.value(mailbox, SyncState::NotSynced);
}

quint32 AccountEngine::uidValidity(const QString &mailbox) const
{
    auto record = m_cache->mailbox(mailbox);
    return record && record.value() ? record.value()->state.uidValidity : 0;
}

bool AccountEngine::isQuiet() const
{
    return !m_working && m_queue.empty() && m_pushedFlags.isEmpty() && (!m_fetcher || !m_fetcher->isBusy())
        && !m_download && (!m_background || m_background->isIdle());
}

// --- connection

void AccountEngine::goOnline()
{
    m_wantOnline = true;
    if (m_connectionState == ConnectionState::Offline)
        connectSession();
}

void AccountEngine::goOffline()
{
    m_wantOnline = false;
    m_retryTimer.stop();
    m_pollTimer.stop();
    closeBackground();
    if (!m_session)
        return setConnectionState(ConnectionState::Offline);
    stopIdle();
    auto *logout = new imap::LogoutTask(this);
    connect(logout, &imap::Task::finished, this, [this, logout] {
        logout->deleteLater();
        imap::Session *session = m_session.get();
        if (!session)
            return;
        session->abortConnection();
        // A clean LOGOUT need not end in connectionLost (Cyrus closes quietly).
        if (session == m_session.get())
            onConnectionLost(QStringLiteral("logged out"));
    });
    m_session->start(logout);
}

void AccountEngine::connectSession()
{
    if (!m_wantOnline || !m_options.transportFactory)
        return;
    setConnectionState(m_connectionState == ConnectionState::Reconnecting ? ConnectionState::Reconnecting
                                                                          : ConnectionState::Connecting);
    m_session = std::make_unique<imap::Session>(m_options.transportFactory(), m_options.session);
    imap::Session *session = m_session.get();
    connect(session, &imap::Session::alert, this, &MailEngine::alert);
    connect(session, &imap::Session::mailboxChanged, this, &AccountEngine::onMailboxStateChanged);
    connect(session, &imap::Session::connectionLost, this, [this, session](const imap::TaskError &error) {
        if (session == m_session.get())
            onConnectionLost(QString::fromUtf8(error.serverText));
    });
    auto *connectTask = new imap::ConnectTask(m_options.connect, m_credentials, this);
    connect(connectTask, &imap::Task::finished, this, [this, connectTask, session] {
        connectTask->deleteLater();
        if (session != m_session.get())
            return;
        if (connectTask->outcome() == imap::Task::Outcome::Succeeded)
            return onConnected();
        const imap::TaskError error = connectTask->error().value_or(imap::TaskError {});
        // A refused OAuth2 token was already refreshed and retried once.
        const bool refused
            = error.kind == imap::TaskErrorKind::No || error.kind == imap::TaskErrorKind::OAuthTokenRejected;
        Q_EMIT operationFailed(
            EngineError { refused ? EngineErrorKind::AuthenticationFailed : EngineErrorKind::ConnectionLost, {},
                QString::fromUtf8(error.serverText), error });
        if (refused)
            m_wantOnline = false; // retrying a wrong password only locks the account
        onConnectionLost(QString::fromUtf8(error.serverText));
    });
    Q_EMIT sessionStarted(session);
    session->open();
    session->start(connectTask);
}

void AccountEngine::onConnected()
{
    m_retryDelay = m_options.firstRetry;
    m_selected.clear();
    m_selectedUidValidity = 0;
    setConnectionState(ConnectionState::Online);
    openBackground();
    queueJournalReplay();
    if (!m_openMailbox.isEmpty())
        openMailbox(m_openMailbox);
    if (m_download)
        planOfflineMailbox(); // resumes from what the cache holds
    pump();
}

void AccountEngine::onConnectionLost(const QString &why)
{
    qCWarning(lcEngine) << "connection lost:" << why;
    // Work in flight is retried from the journal; syncs are redone on reconnect.
    m_queue.clear();
    m_working = false;
    m_journalQueued = false;
    m_syncing = false;
    m_replaying = false;
    m_replayPaused = false;
    m_selected.clear();
    m_pollTimer.stop();
    m_idle = nullptr;
    m_backgroundRetryTimer.stop();
    if (m_background) {
        // Its work was for this connection's life; a new one comes with the next.
        m_statusTimer.stop();
        m_notifying = false;
        std::exchange(m_background, nullptr)->deleteLater();
    }
    if (m_fetcher) {
        m_fetcher->deleteLater();
        m_fetcher = nullptr;
    }
    if (m_session) {
        m_session->disconnect(this);
        m_session.release()->deleteLater();
    }
    failPendingSources(EngineError { EngineErrorKind::ConnectionLost, {}, why });
    if (m_download)
        m_download->fetching = false; // its batch went with the queue
    if (m_wantOnline && m_options.reconnect)
        return scheduleReconnect();
    if (m_download)
        finishOfflineDownload(DownloadOutcome::Failed);
    setConnectionState(ConnectionState::Offline);
    Q_EMIT quiet();
}

void AccountEngine::scheduleReconnect()
{
    setConnectionState(ConnectionState::Reconnecting);
    m_retryTimer.start(m_retryDelay);
    m_retryDelay = std::min(m_retryDelay * 2, m_options.lastRetry);
}

void AccountEngine::setConnectionState(ConnectionState state)
{
    if (m_connectionState == state)
        return;
    m_connectionState = state;
    Q_EMIT connectionStateChanged(state);
}

// Untagged EXISTS/EXPUNGE/FETCH of the selected mailbox, whoever caused them.
// While a MailboxSync runs it owns the mailbox: it reads the same responses
// and checks the counts at its end.
void AccountEngine::onMailboxStateChanged(imap::MailboxState *state)
{
    if (!state)
        return;
    connect(state, &imap::MailboxState::flagsChanged, this,
        [this](quint32 uid, const QList<QByteArray> &flags, quint64 modSeq) {
            if (m_syncing || m_selected.isEmpty())
                return;
            m_pushedFlags.append({ uid, flagStrings(flags), modSeq });
            if (!m_pushTimer.isActive())
                m_pushTimer.start();
        });
    connect(state, &imap::MailboxState::messagesExpunged, this, [this](const QList<quint32> &uids) {
        if (m_syncing || m_selected.isEmpty())
            return;
        flushPushedFlags();
        if (m_cache->removeMessages(m_selected, m_selectedUidValidity, uids))
            announceRemoved(m_selected, m_selectedUidValidity, uids);
    });
    connect(state, &imap::MailboxState::unplacedMessageExpunged, this, [this] {
        if (m_syncing || m_selected.isEmpty() || m_expungeResyncQueued)
            return;
        // The resync's count check finds the cached message that is gone; one
        // resync answers a whole burst of such EXPUNGEs.
        m_expungeResyncQueued = true;
        const QString mailbox = m_selected;
        enqueue({ {}, [this, mailbox](auto done) {
                     m_expungeResyncQueued = false;
                     runSync(mailbox, [done](bool) { done(); });
                 } });
    });
    connect(state, &imap::MailboxState::messagesAdded, this, [this](quint32, quint32) {
        if (m_syncing || m_selected.isEmpty())
            return;
        // A resync of the selected mailbox is cheap (UID FETCH old_uidnext:*
        // with QRESYNC/CONDSTORE state) and learns the new UIDs safely.
        const QString mailbox = m_selected;
        enqueue({ {}, [this, mailbox](auto done) { runSync(mailbox, [done](bool) { done(); }); } });
    });
    connect(state, &imap::MailboxState::uidValidityChanged, this, [this](quint32 previous, quint32) {
        if (m_syncing || m_selected.isEmpty() || previous == 0)
            return;
        const QString mailbox = m_selected;
        enqueue({ {}, [this, mailbox](auto done) { runSync(mailbox, [done](bool) { done(); }); } });
    });
}

void AccountEngine::flushPushedFlags()
{
    m_pushTimer.stop();
    if (m_pushedFlags.isEmpty() || m_selected.isEmpty())
        return;
    const QList<cache::FlagUpdate> updates = std::exchange(m_pushedFlags, {});
    if (m_cache->updateFlags(m_selected, m_selectedUidValidity, updates))
        announceFlags(m_selected, m_selectedUidValidity, updates);
}

void AccountEngine::startIdleOrPolling()
{
    if (!m_session || m_selected.isEmpty())
        return;
    if (!m_session->hasCapability("IDLE")) {
        if (!m_pollTimer.isActive())
            m_pollTimer.start();
        return;
    }
    if (m_idle && !m_idle->isFinished())
        return;
    m_idle = new imap::IdleTask(std::chrono::minutes(25), this);
    connect(m_idle, &imap::Task::finished, m_idle, &QObject::deleteLater);
    m_session->start(m_idle);
}

void AccountEngine::checkpointCache()
{
    // Not worth an error for the user: the next commit past the log's
    // bound checkpoints anyway.
    if (auto done = m_cache->checkpoint(); !done)
        qCInfo(lcEngine) << "checkpoint failed:" << done.error().detail;
}

void AccountEngine::stopIdle()
{
    if (m_idle && !m_idle->isFinished())
        m_idle->stop();
    m_idle = nullptr;
}

// --- work queue

void AccountEngine::enqueue(WorkItem item)
{
    m_queue.push_back(std::move(item));
    pump();
}

void AccountEngine::pump()
{
    if (m_working || m_connectionState != ConnectionState::Online || !m_session)
        return;
    if (m_queue.empty()) {
        // Settle on the open mailbox, selected and pushed to us.
        if (!m_openMailbox.isEmpty() && m_selected != m_openMailbox && !m_cancelledSyncs.contains(m_openMailbox)) {
            const QString mailbox = m_openMailbox;
            m_queue.push_back({ {}, [this, mailbox](auto done) { runSync(mailbox, [done](bool) { done(); }); } });
        } else {
            flushPushedFlags();
            startIdleOrPolling();
            checkpointCache();
            if (isQuiet())
                Q_EMIT quiet();
            return;
        }
    }
    WorkItem item = std::move(m_queue.front());
    m_queue.pop_front();
    m_working = true;
    // IDLE comes back once the queue is empty. Left running, it would go out
    // again between every two items, since each queues its successor only
    // when it finishes: an IDLE and DONE round trip per body batch.
    stopIdle();
    auto done = [this, session = m_session.get()] {
        if (session != m_session.get())
            return; // the connection this item ran on is gone
        m_working = false;
        QTimer::singleShot(0, this, &AccountEngine::pump);
    };
    if (!item.mailbox.isEmpty() && item.mailbox != m_selected) {
        runSync(item.mailbox, [run = std::move(item.run), done](bool ok) {
            if (ok)
                run(done);
            else
                done();
        });
        return;
    }
    item.run(done);
}

namespace {

QString strategyName(MailboxSync::Strategy strategy)
{
    switch (strategy) {
    case MailboxSync::Strategy::Qresync:
        return QStringLiteral("qresync");
    case MailboxSync::Strategy::Condstore:
        return QStringLiteral("condstore");
    case MailboxSync::Strategy::Full:
        break;
    }
    return QStringLiteral("full");
}

} // namespace

void AccountEngine::runSync(const QString &mailbox, std::function<void(bool)> then, Envelopes envelopes)
{
    if (m_fetcher && m_fetcher->mailbox() != mailbox) {
        // Its batch must go out before the SELECT that changes what UIDs mean.
        EnvelopeFetcher *old = std::exchange(m_fetcher, nullptr);
        if (old->isBusy())
            connect(old, &EnvelopeFetcher::drained, old, &QObject::deleteLater);
        else
            old->deleteLater();
    }
    m_syncing = true;
    m_selected.clear();
    setSyncState(mailbox, SyncState::Syncing);
    QElapsedTimer clock;
    clock.start();
    auto *sync = new MailboxSync(m_session.get(), m_cache.get(), mailbox, this);
    m_runningSync = sync;
    if (auto pending = m_cache->pendingJournal(); pending)
        sync->setPendingJournal(pending.value());
    sync->setWantsEnvelopes(envelopes == Envelopes::All);
    connect(sync, &MailboxSync::mailboxReset, this, &MailEngine::mailboxReset);
    connect(sync, &MailboxSync::messagesAdded, this, &MailEngine::messagesAdded);
    connect(sync, &MailboxSync::messagesRemoved, this, &MailEngine::messagesRemoved);
    connect(sync, &MailboxSync::flagsChanged, this, &MailEngine::flagsChanged);
    connect(
        sync, &MailboxSync::finished, this, [this, sync, mailbox, clock, envelopes, then = std::move(then)](bool ok) {
            sync->deleteLater();
            m_syncing = false;
            m_runningSync = nullptr;
            m_lastTiming = { mailbox, strategyName(sync->strategy()), ok, clock.nsecsElapsed(), clock.nsecsElapsed() };
            if (envelopes == Envelopes::Lazily || !ok)
                Q_EMIT syncTimed(m_lastTiming);
            if (!ok && sync->wasCancelled()) {
                m_cancelledSyncs.insert(mailbox);
                setSyncState(mailbox, SyncState::NotSynced);
            } else if (ok) {
                m_selected = mailbox;
                m_selectedUidValidity = sync->uidValidity();
                m_access.insert(mailbox, sync->access());
                setSyncState(mailbox, SyncState::Synced);
                m_unseenRecounts.remove(mailbox);
                recountUnseen(mailbox);
                Q_EMIT mailboxStatusChanged(mailbox);
                Q_EMIT mailboxSynced(mailbox);
            } else {
                setSyncState(mailbox, SyncState::Failed);
                if (m_session && m_session->state() != imap::ConnectionState::Disconnected)
                    emitError(EngineErrorKind::ServerRefused, mailbox, sync->errorText());
            }
            then(ok);
        });
    sync->start();
}

void AccountEngine::setSyncState(const QString &mailbox, SyncState state)
{
    if (m_syncStates.value(mailbox, SyncState::NotSynced) == state)
        return;
    m_syncStates.insert(mailbox, state);
    Q_EMIT syncStateChanged(mailbox, state);
}

void AccountEngine::runTask(imap::Task *task, std::function<void(imap::Task *)> then)
{
    runTaskOn(m_session.get(), task, std::move(then));
}

void AccountEngine::runTaskOn(imap::Session *session, imap::Task *task, std::function<void(imap::Task *)> then)
{
    task->setParent(this);
    connect(task, &imap::Task::finished, this, [task, then = std::move(then)] {
        task->deleteLater();
        then(task);
    });
    session->start(task);
}

void AccountEngine::runInMailbox(const QString &mailbox, imap::Task *task, std::function<void(imap::Task *)> then)
{
    task->setParent(this);
    enqueue({ mailbox, [this, task, then = std::move(then)](auto done) {
                 runTask(task, [then, done](imap::Task *finished) {
                     then(finished);
                     done();
                 });
             } });
}

EnvelopeFetcher *AccountEngine::fetcherFor(const QString &mailbox)
{
    if (m_fetcher && m_fetcher->mailbox() == mailbox && m_fetcher->uidValidity() == m_selectedUidValidity)
        return m_fetcher;
    if (m_fetcher)
        m_fetcher->deleteLater();
    m_fetcher = new EnvelopeFetcher(m_session.get(), m_cache.get(), mailbox, m_selectedUidValidity, this);
    connect(m_fetcher, &EnvelopeFetcher::envelopesArrived, this, &MailEngine::envelopesArrived);
    connect(m_fetcher, &EnvelopeFetcher::flagsTaken, this, [this](quint32 uid) {
        // MailboxState announced this FETCH's flags just before the fetcher
        // took the same FETCH: they are written with the envelope, so the
        // push would only write them again (100k times in a full sync).
        if (!m_pushedFlags.isEmpty() && m_pushedFlags.constLast().uid == uid)
            m_pushedFlags.removeLast();
        if (m_pushedFlags.isEmpty())
            m_pushTimer.stop();
    });
    connect(m_fetcher, &EnvelopeFetcher::failed, this,
        [this, mailbox](const QString &why) { emitError(EngineErrorKind::ServerRefused, mailbox, why); });
    return m_fetcher;
}

void AccountEngine::announceFlags(const QString &mailbox, quint32 uidValidity, const QList<cache::FlagUpdate> &updates)
{
    if (m_fetcher && m_fetcher->mailbox() == mailbox && m_fetcher->uidValidity() == uidValidity)
        m_fetcher->flagsWrittenElsewhere(updates);
    Q_EMIT flagsChanged(mailbox, updates);
}

void AccountEngine::announceRemoved(const QString &mailbox, quint32 uidValidity, const QList<quint32> &uids)
{
    if (m_fetcher && m_fetcher->mailbox() == mailbox && m_fetcher->uidValidity() == uidValidity)
        m_fetcher->messagesRemovedElsewhere(uids);
    Q_EMIT messagesRemoved(mailbox, uids);
}

// --- opening and envelopes

void AccountEngine::openMailbox(const QString &mailbox)
{
    m_openMailbox = mailbox;
    m_cancelledSyncs.remove(mailbox);
    if (m_connectionState != ConnectionState::Online)
        return;
    // Always resync on open, even when selected: the user expects a refresh.
    enqueue({ {}, [this, mailbox](auto done) { runSync(mailbox, [done](bool) { done(); }); } });
}

void AccountEngine::cancelSync(const QString &mailbox)
{
    if (m_runningSync && m_runningSync->mailbox() == mailbox)
        m_runningSync->cancel();
}

void AccountEngine::syncMailbox(const QString &mailbox, bool envelopes)
{
    enqueue({ {}, [this, mailbox, envelopes](auto done) {
                 if (envelopes)
                     return syncWithEnvelopes(mailbox, [done](bool) { done(); });
                 runSync(mailbox, [done](bool) { done(); });
             } });
}

void AccountEngine::requestEnvelopes(const QString &mailbox, const QList<quint32> &uids)
{
    if (uids.isEmpty() || m_connectionState != ConnectionState::Online)
        return;
    if (!m_working && m_selected == mailbox) {
        // The common case: rows of the open mailbox scrolled into view. The
        // fetcher batches them; its FETCH is pipelined before any later SELECT.
        fetcherFor(mailbox)->request(uids);
        return;
    }
    enqueue({ mailbox, [this, mailbox, uids](auto done) {
                 EnvelopeFetcher *fetcher = fetcherFor(mailbox);
                 connect(fetcher, &EnvelopeFetcher::drained, this, done, Qt::SingleShotConnection);
                 fetcher->request(uids);
             } });
}

void AccountEngine::emitError(EngineErrorKind kind, const QString &mailbox, const QString &detail)
{
    Q_EMIT operationFailed(EngineError { kind, mailbox, detail });
}

} // namespace quire::sync
