// Bulk moves. A move of many messages is journaled in chunks (moveChunk UIDs
// each), so the progress bar advances chunk by chunk and Cancel can stop it
// between two: the chunks not sent yet leave the journal and their messages
// stay in the source folder, where a resync shows them again. The chunks that
// went out are reported in one messagesMoved when the last one is answered
// (or the rest is cancelled), so that Undo takes back the whole move.

#include "core/sync/AccountEngine.h"

#include <QLoggingCategory>

Q_DECLARE_LOGGING_CATEGORY(lcEngine)

namespace quire::sync {

void AccountEngine::reportMoved(const cache::JournalEntry &entry, const QList<quint32> &targets)
{
    const std::shared_ptr<BulkMove> bulk = m_bulkMoveOf.value(entry.id);
    if (!bulk) {
        Q_EMIT messagesMoved(entry.mailbox, entry.uids, entry.targetMailbox, targets);
        return;
    }
    bulk->uids += entry.uids;
    if (targets.size() == entry.uids.size())
        bulk->targets += targets;
    else
        bulk->targetsKnown = false;
    bulkEntryAnswered(entry.id);
}

void AccountEngine::bulkEntryAnswered(qint64 entryId)
{
    const std::shared_ptr<BulkMove> bulk = m_bulkMoveOf.take(entryId);
    if (!bulk)
        return;
    bulk->unanswered.remove(entryId);
    if (!bulk->unanswered.isEmpty() || bulk->uids.isEmpty())
        return;
    Q_EMIT messagesMoved(bulk->from, bulk->uids, bulk->to, bulk->targetsKnown ? bulk->targets : QList<quint32>());
}

void AccountEngine::cancelBulkMoves()
{
    if (m_bulkMoveOf.isEmpty())
        return;
    auto pending = m_cache->pendingJournal();
    if (!pending)
        return emitError(EngineErrorKind::CacheFailed, {}, pending.error().detail);
    QSet<QString> sources;
    for (const cache::JournalEntry &entry : pending.value()) {
        // The chunk in flight is answered as usual; only unsent ones go.
        if (!m_bulkMoveOf.contains(entry.id) || entry.state != cache::JournalEntry::State::Pending)
            continue;
        if (auto removed = m_cache->removeJournal(entry.id); !removed) {
            emitError(EngineErrorKind::CacheFailed, entry.mailbox, removed.error().detail);
            continue;
        }
        qCInfo(lcEngine) << "bulk move cancelled:" << entry.uids.size() << "messages stay in" << entry.mailbox;
        m_movedRows.remove(entry.id);
        sources.insert(entry.mailbox);
        bulkEntryAnswered(entry.id);
    }
    // The rows left the source when the move was made: a resync brings back
    // those that stayed (their count no longer adds up, so it lists them all).
    for (const QString &mailbox : std::as_const(sources))
        enqueue({ {}, [this, mailbox](auto done) { runSync(mailbox, [done](bool) { done(); }); } });
}

} // namespace quire::sync
