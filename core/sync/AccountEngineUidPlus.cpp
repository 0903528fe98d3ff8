// UIDPLUS (RFC 4315): after COPY, MOVE and APPEND the server says which UIDs
// the messages got in the target ([COPYUID], [APPENDUID]). The engine writes
// those rows into the target's cache at once, so the target folder shows
// them without a resync. Only when the target's cached UIDVALIDITY is the
// one the server names: otherwise the rows would belong to another life of
// the mailbox, and its next sync learns them anyway.

#include "core/imap/tasks/MessageTasks.h"
#include "core/sync/AccountEngine.h"
#include "core/sync/MessageBodies.h"

#include <QLoggingCategory>

Q_DECLARE_LOGGING_CATEGORY(lcEngine)

namespace quire::sync {

void AccountEngine::rememberMovedRows(const QString &mailbox, const QHash<quint32, qint64> &entryOfUid)
{
    if (entryOfUid.isEmpty())
        return;
    auto rows = m_cache->messagesWithUids(mailbox, uidValidity(mailbox), entryOfUid.keys());
    if (!rows)
        return;
    for (cache::MessageRecord &row : rows.value())
        m_movedRows[entryOfUid.value(row.uid)].append(std::move(row));
}

void AccountEngine::mapCopiedRows(const cache::JournalEntry &entry, const std::optional<imap::CopyUidResult> &copyUid)
{
    QList<cache::MessageRecord> sourceRows = m_movedRows.take(entry.id);
    if (!copyUid)
        return;
    const std::optional<QList<quint32>> from = copyUid->sourceUids.toNumbers(0, 100'000);
    const std::optional<QList<quint32>> to = copyUid->destinationUids.toNumbers(0, 100'000);
    if (!from || !to || from->size() != to->size())
        return;
    if (entry.kind == cache::JournalEntry::Kind::Copy) {
        // The source rows are still cached (a copy leaves them).
        if (auto copied = m_cache->messagesWithUids(entry.mailbox, entry.uidValidity, *from))
            sourceRows.append(copied.value());
    }
    QHash<quint32, quint32> target;
    for (qsizetype i = 0; i < from->size(); ++i)
        target.insert(from->at(i), to->at(i));
    QList<cache::MessageRecord> rows;
    for (cache::MessageRecord row : std::as_const(sourceRows)) {
        if (!target.contains(row.uid))
            continue;
        row.uid = target.value(row.uid);
        row.modSeq = 0; // the target's own modseq comes with its next sync
        rows.append(row);
    }
    addMappedRows(entry.targetMailbox, copyUid->uidValidity, rows);
}

void AccountEngine::mapAppendedRow(
    const cache::JournalEntry &entry, quint32 uidValidity, quint32 uid, const QByteArray &source)
{
    if (uidValidity == 0 || uid == 0)
        return;
    cache::MessageRecord row;
    row.uid = uid;
    row.flags = entry.flags;
    // The envelope comes with the lazy envelope fetch when someone looks.
    if (!addMappedRows(entry.mailbox, uidValidity, { row }))
        return;
    // We have the source: the message reads offline at once.
    (void)storeMessageSource(*m_cache, entry.mailbox, uidValidity, uid, kWholeMessagePart, source);
}

bool AccountEngine::addMappedRows(const QString &mailbox, quint32 uidValidity, const QList<cache::MessageRecord> &rows)
{
    if (rows.isEmpty() || uidValidity == 0)
        return false;
    auto record = m_cache->mailbox(mailbox);
    if (!record || !record.value() || record.value()->state.uidValidity != uidValidity)
        return false;
    if (auto written = m_cache->upsertMessages(mailbox, uidValidity, rows); !written) {
        qCWarning(lcEngine) << "cannot map new UIDs into" << mailbox << written.error().detail;
        return false;
    }
    // The counts a STATUS would now report; UIDNEXT and HIGHESTMODSEQ stay
    // what the last sync saw, so the next sync still checks everything newer.
    cache::MailboxSyncState state = record.value()->state;
    QList<quint32> uids;
    for (const cache::MessageRecord &row : rows) {
        uids.append(row.uid);
        ++state.messages;
        if (!row.flags.contains(QStringLiteral("\\Seen"), Qt::CaseInsensitive))
            ++state.unseen;
    }
    m_cache->setMailboxState(mailbox, state);
    Q_EMIT messagesAdded(mailbox, uids);
    return true;
}

} // namespace quire::sync
