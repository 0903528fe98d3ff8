// User changes: applied to the cache at once, journaled, replayed in order.
//
// Every entry is marked InFlight before its command is sent and removed on
// OK; a NO marks it Failed, rolls the cache back and reports it. Entries left
// InFlight by a crash are re-sent only when that cannot apply them twice:
// flag changes, \Deleted and folder operations are idempotent; an APPEND is
// re-sent only when the target has no message with its Message-ID; COPY is
// not re-sent (it is reported as failed, the user can repeat it); MOVE is
// re-sent only for the UIDs still in the source mailbox.

#include "core/imap/commands/MailboxCommands.h"
#include "core/imap/tasks/MailboxTasks.h"
#include "core/imap/tasks/MessageTasks.h"
#include "core/imap/tasks/MoveTask.h"
#include "core/imap/tasks/SelectedTasks.h"
#include "core/mime/MessageIds.h"
#include "core/sync/AccountEngine.h"
#include "core/sync/MailboxSync.h"
#include "core/sync/MessageConversion.h"

#include <QFile>
#include <QLoggingCategory>
#include <QSet>

Q_DECLARE_LOGGING_CATEGORY(lcEngine)

namespace quire::sync {

namespace {

using Kind = cache::JournalEntry::Kind;

bool needsSelectedMailbox(Kind kind)
{
    switch (kind) {
    case Kind::AddFlags:
    case Kind::RemoveFlags:
    case Kind::Copy:
    case Kind::Move:
    case Kind::Delete:
    case Kind::Expunge:
        return true;
    default:
        return false;
    }
}

QString taskFailure(const imap::Task *task)
{
    if (!task->error())
        return QStringLiteral("cancelled");
    return QString::fromUtf8(task->error()->serverText);
}

// The Message-ID header of a message file, for the duplicate check of an
// interrupted APPEND.
QByteArray messageIdOf(const QByteArray &message)
{
    const qsizetype headerEnd = message.indexOf("\r\n\r\n");
    const QByteArray header = message.left(headerEnd < 0 ? message.size() : headerEnd);
    for (const QByteArray &line : header.split('\n')) {
        if (line.toLower().startsWith("message-id:")) {
            const QList<QByteArray> ids = mime::parseMessageIds(line.mid(11));
            return ids.isEmpty() ? QByteArray() : ids.front();
        }
    }
    return {};
}

// The target UIDs of a COPY or MOVE, in the order of `uids`; empty unless
// COPYUID names every one of them.
QList<quint32> targetUidsOf(const QList<quint32> &uids, const std::optional<imap::CopyUidResult> &copyUid)
{
    if (!copyUid)
        return {};
    const auto sources = copyUid->sourceUids.toNumbers(0, uids.size());
    const auto targets = copyUid->destinationUids.toNumbers(0, uids.size());
    if (!sources || !targets || sources->size() != targets->size())
        return {};
    QHash<quint32, quint32> targetOf;
    for (qsizetype i = 0; i < sources->size(); ++i)
        targetOf.insert(sources->at(i), targets->at(i));
    QList<quint32> out;
    for (quint32 uid : uids) {
        const quint32 target = targetOf.value(uid);
        if (!target)
            return {};
        out.append(target);
    }
    return out;
}

} // namespace

// --- user operations

// The flags shown at once and the journal entries that will send them are
// written in one transaction: a kill -9 between two commits had left a flag
// in the cache with no entry to send it, lost at the next sync.
void AccountEngine::journalFlagChange(const QString &mailbox, const QList<quint32> &uids, const QStringList &add,
    const QStringList &remove, QList<cache::JournalEntry> entries)
{
    const quint32 uidValidity = this->uidValidity(mailbox);
    QList<cache::FlagUpdate> old, updated;
    // One read for them all: a selection of thousands marked read is one query.
    auto read = m_cache->messagesWithUids(mailbox, uidValidity, uids, cache::MessageColumns::Summary);
    const QList<cache::MessageRecord> rows = read ? std::move(read).value() : QList<cache::MessageRecord>();
    for (const cache::MessageRecord &row : rows) {
        old.append({ row.uid, row.flags, row.modSeq });
        QStringList flags = row.flags;
        for (const QString &f : add) {
            if (!flags.contains(f, Qt::CaseInsensitive))
                flags.append(f);
        }
        for (const QString &f : remove)
            flags.removeIf([&](const QString &x) { return x.compare(f, Qt::CaseInsensitive) == 0; });
        updated.append({ row.uid, flags, row.modSeq });
    }
    QList<qint64> ids;
    auto written = m_cache->atomically([&]() -> cache::Result<void> {
        if (!updated.isEmpty()) {
            if (auto shown = m_cache->updateFlags(mailbox, uidValidity, updated); !shown)
                return shown.error();
        }
        for (cache::JournalEntry &entry : entries) {
            entry.created = QDateTime::currentDateTimeUtc();
            auto id = m_cache->appendJournal(entry);
            if (!id)
                return id.error();
            ids.append(id.value());
        }
        return {};
    });
    if (!written)
        return emitError(EngineErrorKind::CacheFailed, mailbox, written.error().detail);
    if (!updated.isEmpty())
        announceFlags(mailbox, uidValidity, updated);
    if (!old.isEmpty()) {
        for (qint64 id : std::as_const(ids))
            m_rollback.insert(id, old);
    }
    journalWritten(mailbox);
}

void AccountEngine::setFlags(
    const QString &mailbox, const QList<quint32> &uids, const QStringList &add, const QStringList &remove)
{
    if (uids.isEmpty() || (add.isEmpty() && remove.isEmpty()))
        return;
    cache::JournalEntry entry;
    entry.mailbox = mailbox;
    entry.uidValidity = uidValidity(mailbox);
    entry.uids = uids;
    QList<cache::JournalEntry> entries;
    if (!add.isEmpty()) {
        entry.kind = Kind::AddFlags;
        entry.flags = add;
        entries.append(entry);
    }
    if (!remove.isEmpty()) {
        entry.kind = Kind::RemoveFlags;
        entry.flags = remove;
        entries.append(entry);
    }
    journalFlagChange(mailbox, uids, add, remove, entries);
}

void AccountEngine::deleteMessages(const QString &mailbox, const QList<quint32> &uids)
{
    cache::JournalEntry entry;
    entry.kind = Kind::Delete;
    entry.mailbox = mailbox;
    entry.uidValidity = uidValidity(mailbox);
    entry.uids = uids;
    journalFlagChange(mailbox, uids, { QStringLiteral("\\Deleted") }, {}, { entry });
}

void AccountEngine::expungeMailbox(const QString &mailbox)
{
    cache::JournalEntry entry;
    entry.kind = Kind::Expunge;
    entry.mailbox = mailbox;
    entry.uidValidity = uidValidity(mailbox);
    journal(entry);
}

void AccountEngine::copyMessages(const QString &from, const QList<quint32> &uids, const QString &to)
{
    cache::JournalEntry entry;
    entry.kind = Kind::Copy;
    entry.mailbox = from;
    entry.uidValidity = uidValidity(from);
    entry.uids = uids;
    entry.targetMailbox = to;
    journal(entry);
}

void AccountEngine::moveMessages(const QString &from, const QList<quint32> &uids, const QString &to)
{
    const quint32 uidValidity = this->uidValidity(from);
    const qsizetype chunk = std::max(1, m_options.moveChunk);
    auto bulk = uids.size() > chunk ? std::make_shared<BulkMove>(BulkMove { from, to, {}, {}, {}, true }) : nullptr;
    QHash<quint32, qint64> entryOfUid;
    entryOfUid.reserve(uids.size());
    for (qsizetype first = 0; first < uids.size(); first += chunk) {
        cache::JournalEntry entry;
        entry.kind = Kind::Move;
        entry.mailbox = from;
        entry.uidValidity = uidValidity;
        entry.uids = uids.mid(first, chunk);
        entry.targetMailbox = to;
        // Every chunk is written before the replay may start on the first.
        const qint64 id = writeJournal(entry);
        if (id == 0)
            continue;
        for (quint32 uid : std::as_const(entry.uids))
            entryOfUid.insert(uid, id);
        if (bulk) {
            bulk->unanswered.insert(id);
            m_bulkMoveOf.insert(id, bulk);
        }
    }
    // Read before they leave the cache, for COPYUID to carry them over.
    rememberMovedRows(from, entryOfUid);
    // Optimistic: the rows leave the source now; a refusal resyncs it.
    if (m_cache->removeMessages(from, uidValidity, uids))
        announceRemoved(from, uidValidity, uids);
    journalWritten(from);
}

void AccountEngine::appendMessage(const QString &mailbox, const QString &emlFilePath)
{
    cache::JournalEntry entry;
    entry.kind = Kind::Append;
    entry.mailbox = mailbox;
    entry.filePath = emlFilePath;
    journal(entry);
}

qint64 AccountEngine::journal(cache::JournalEntry entry, QList<cache::FlagUpdate> rollback)
{
    const qint64 id = writeJournal(entry, std::move(rollback));
    if (id != 0)
        journalWritten(entry.mailbox);
    return id;
}

qint64 AccountEngine::writeJournal(cache::JournalEntry entry, QList<cache::FlagUpdate> rollback)
{
    entry.created = QDateTime::currentDateTimeUtc();
    auto id = m_cache->appendJournal(entry);
    if (!id) {
        emitError(EngineErrorKind::CacheFailed, entry.mailbox, id.error().detail);
        return 0;
    }
    if (!rollback.isEmpty())
        m_rollback.insert(id.value(), rollback);
    return id.value();
}

void AccountEngine::journalWritten(const QString &mailbox)
{
    if (m_connectionState != ConnectionState::Online)
        emitError(EngineErrorKind::NotConnected, mailbox, QStringLiteral("queued until the next connection"));
    queueJournalReplay();
}

// --- replay

void AccountEngine::pauseJournalReplay()
{
    if (!m_replaying)
        return;
    m_replayPaused = true;
    cancelBulkMoves();
    // A sync the replay waits for (to select the entry's mailbox) stops too.
    // It is not the user's "stop syncing this folder": the mailbox may be
    // synced again by itself.
    if (m_runningSync) {
        const QString mailbox = m_runningSync->mailbox();
        m_runningSync->cancel();
        m_cancelledSyncs.remove(mailbox);
    }
}

void AccountEngine::queueJournalReplay()
{
    if (m_journalQueued || m_connectionState != ConnectionState::Online)
        return;
    m_journalQueued = true;
    // Ahead of queued syncs: a sync before the replay would overwrite the
    // optimistic flags of pending entries with the server's older ones.
    m_queue.push_front({ {}, [this](auto done) {
                            m_journalQueued = false;
                            replayJournal(done);
                        } });
    pump();
}

// One entry at a time, in journal order: a later entry may depend on an
// earlier one (create a folder, then move into it).
void AccountEngine::replayJournal(std::function<void()> done)
{
    auto pending = m_cache->pendingJournal();
    if (!pending || pending.value().isEmpty()) {
        m_replaying = false;
        Q_EMIT journalReplayProgress(0);
        // Paused when nothing was left to wait (a cancelled bulk move).
        if (std::exchange(m_replayPaused, false))
            Q_EMIT journalReplayPaused(0);
        return done();
    }
    if (std::exchange(m_replayPaused, false)) {
        // The entries stay in the journal; the next change or connection sends them.
        m_replaying = false;
        Q_EMIT journalReplayPaused(int(pending.value().size()));
        return done();
    }
    m_replaying = true;
    Q_EMIT journalReplayProgress(int(pending.value().size()));
    if (m_replayPaused)
        return replayJournal(done); // paused by a receiver of the progress
    const cache::JournalEntry entry = pending.value().front();
    auto next = [this, done] { replayJournal(done); };
    if (!needsSelectedMailbox(entry.kind) || m_selected == entry.mailbox)
        return replayEntry(entry, next);
    runSync(entry.mailbox, [this, entry, next](bool ok) {
        if (!m_session || m_session->state() == imap::ConnectionState::Disconnected)
            return; // connection lost: the entry waits for the next replay
        if (!ok && m_cancelledSyncs.contains(entry.mailbox)) {
            // Not the entry's fault: it waits, with the rest, for later.
            m_replayPaused = true;
            return next();
        }
        if (!ok) {
            entryFailed(entry, QStringLiteral("cannot open %1").arg(entry.mailbox));
            return next();
        }
        replayEntry(entry, next);
    });
}

void AccountEngine::replayEntry(const cache::JournalEntry &entry, std::function<void()> done)
{
    if (needsSelectedMailbox(entry.kind) && entry.uidValidity != 0 && entry.uidValidity != m_selectedUidValidity) {
        entryFailed(entry, QStringLiteral("the mailbox was recreated (UIDVALIDITY changed)"));
        return done();
    }
    cache::JournalEntry toSend = entry;
    if (entry.state == cache::JournalEntry::State::InFlight) {
        // Interrupted by a crash or a lost connection: only what cannot be
        // applied twice is sent again.
        if (entry.kind == Kind::Copy) {
            entryFailed(entry, QStringLiteral("interrupted copy not repeated, to avoid duplicates"));
            return done();
        }
        if (entry.kind == Kind::Move) {
            auto cached = m_cache->uids(entry.mailbox, m_selectedUidValidity);
            const QList<quint32> cachedUids = cached ? cached.value() : QList<quint32>();
            const QSet<quint32> still(cachedUids.cbegin(), cachedUids.cend());
            toSend.uids.removeIf([&](quint32 uid) { return !still.contains(uid); });
            if (toSend.uids.isEmpty()) {
                entrySucceeded(entry);
                return done();
            }
        }
    }
    // A move journaled by an earlier run (or before a failed replay): the
    // sync that opened the source brought its rows back, so COPYUID can
    // still carry them, flags and all, into the target's cache.
    if (entry.kind == Kind::Move && !m_movedRows.contains(entry.id)) {
        QHash<quint32, qint64> entryOfUid;
        for (quint32 uid : std::as_const(toSend.uids))
            entryOfUid.insert(uid, entry.id);
        rememberMovedRows(entry.mailbox, entryOfUid);
    }
    if (auto marked = m_cache->markJournal(entry.id, cache::JournalEntry::State::InFlight); !marked) {
        emitError(EngineErrorKind::CacheFailed, entry.mailbox, marked.error().detail);
        return done();
    }
    sendEntry(toSend, [this, entry, done](bool ok, const QString &why) {
        // Connection lost (the session fails its tasks before it reports the
        // loss): the entry stays InFlight for the next replay, which knows
        // how to resend it without applying it twice.
        if (!m_session || m_session->state() == imap::ConnectionState::Disconnected)
            return;
        if (ok)
            entrySucceeded(entry);
        else
            entryFailed(entry, why);
        done();
    });
}

void AccountEngine::sendEntry(const cache::JournalEntry &entry, std::function<void(bool, QString)> finished)
{
    const imap::UidSet uids = imap::UidSet::fromNumbers(entry.uids);
    auto simple = [this, finished](imap::Task *task) {
        runTask(task,
            [finished](imap::Task *t) { finished(t->outcome() == imap::Task::Outcome::Succeeded, taskFailure(t)); });
    };
    switch (entry.kind) {
    case Kind::AddFlags:
    case Kind::RemoveFlags:
        return simple(new imap::StoreTask(uids,
            entry.kind == Kind::AddFlags ? imap::StoreMode::Add : imap::StoreMode::Remove, flagBytes(entry.flags)));
    case Kind::Delete:
        return runTask(new imap::StoreTask(uids, imap::StoreMode::Add, { "\\Deleted" }),
            [this, uids, simple, finished](imap::Task *t) {
                if (t->outcome() != imap::Task::Outcome::Succeeded)
                    return finished(false, taskFailure(t));
                if (!m_session->hasCapability("UIDPLUS"))
                    return finished(true, {});
                simple(new imap::ExpungeTask(uids));
            });
    case Kind::Expunge:
        return simple(new imap::ExpungeTask());
    case Kind::Copy:
    case Kind::Move: {
        const bool move = entry.kind == Kind::Move;
        imap::Task *task = move ? static_cast<imap::Task *>(new imap::MoveTask(uids, entry.targetMailbox))
                                : new imap::CopyTask(uids, entry.targetMailbox);
        return runTask(task, [this, entry, move, finished](imap::Task *t) {
            const bool ok = t->outcome() == imap::Task::Outcome::Succeeded;
            if (ok) {
                const auto &copyUid
                    = move ? static_cast<imap::MoveTask *>(t)->copyUid() : static_cast<imap::CopyTask *>(t)->copyUid();
                mapCopiedRows(entry, copyUid);
                const QList<quint32> targets = targetUidsOf(entry.uids, copyUid);
                if (move)
                    reportMoved(entry, targets);
                else
                    Q_EMIT messagesCopied(entry.mailbox, entry.uids, entry.targetMailbox, targets);
            }
            finished(ok, taskFailure(t));
        });
    }
    case Kind::Append: {
        QFile file(entry.filePath);
        if (!file.open(QIODevice::ReadOnly))
            return finished(false, QStringLiteral("cannot read %1").arg(entry.filePath));
        const QByteArray message = file.readAll();
        imap::Append append { entry.mailbox, flagBytes(entry.flags), std::nullopt, message };
        const QByteArray messageId = messageIdOf(message);
        auto appendMapped = [this, entry, append, finished] {
            runTask(new imap::AppendTask(append), [this, entry, source = append.message, finished](imap::Task *t) {
                const bool ok = t->outcome() == imap::Task::Outcome::Succeeded;
                auto *appended = static_cast<imap::AppendTask *>(t);
                if (ok)
                    mapAppendedRow(entry, appended->uidValidity(), appended->uid(), source);
                finished(ok, taskFailure(t));
            });
        };
        if (entry.state != cache::JournalEntry::State::InFlight || messageId.isEmpty())
            return appendMapped();
        // Interrupted earlier: look for the message before sending it again.
        // The mailbox must be selected for SEARCH; a sync does that.
        return runSync(entry.mailbox, [this, messageId, appendMapped, finished](bool ok) {
            if (!ok)
                return finished(false, QStringLiteral("cannot open the target mailbox"));
            auto *search = new imap::SearchTask(
                { imap::SearchKey::header(QStringLiteral("Message-ID"), QString::fromUtf8(messageId)) });
            runTask(search, [appendMapped, finished](imap::Task *t) {
                auto *found = static_cast<imap::SearchTask *>(t);
                if (found->outcome() == imap::Task::Outcome::Succeeded && !found->uids().isEmpty())
                    return finished(true, {});
                appendMapped();
            });
        });
    }
    case Kind::CreateMailbox:
        return simple(new imap::CreateTask(entry.mailbox));
    case Kind::RenameMailbox:
        return simple(new imap::RenameTask(entry.mailbox, entry.targetMailbox));
    case Kind::DeleteMailbox:
        return simple(new imap::DeleteTask(entry.mailbox));
    case Kind::Subscribe:
        return simple(new imap::SubscribeTask(entry.mailbox));
    case Kind::Unsubscribe:
        return simple(new imap::UnsubscribeTask(entry.mailbox));
    }
}

void AccountEngine::entrySucceeded(const cache::JournalEntry &entry)
{
    m_rollback.remove(entry.id);
    m_cache->removeJournal(entry.id);
    // What the server now holds for mailboxes we did not touch in the cache.
    if (entry.kind == Kind::Copy || entry.kind == Kind::Move || entry.kind == Kind::Append)
        Q_EMIT mailboxStatusChanged(entry.kind == Kind::Append ? entry.mailbox : entry.targetMailbox);
}

void AccountEngine::entryFailed(const cache::JournalEntry &entry, const QString &why)
{
    m_movedRows.remove(entry.id);
    bulkEntryAnswered(entry.id);
    qCWarning(lcEngine) << "journal entry" << entry.id << "failed:" << why;
    m_cache->markJournal(entry.id, cache::JournalEntry::State::Failed, why);
    const QList<cache::FlagUpdate> old = m_rollback.take(entry.id);
    if (!old.isEmpty() && m_cache->updateFlags(entry.mailbox, entry.uidValidity, old))
        announceFlags(entry.mailbox, entry.uidValidity, old);
    if (entry.kind == Kind::Move) {
        // The rows were removed optimistically: a resync brings them back.
        const QString mailbox = entry.mailbox;
        enqueue({ {}, [this, mailbox](auto done) { runSync(mailbox, [done](bool) { done(); }); } });
    }
    if (entry.kind >= Kind::CreateMailbox)
        refreshMailboxes();
    emitError(EngineErrorKind::ServerRefused, entry.mailbox, why);
}

} // namespace quire::sync
