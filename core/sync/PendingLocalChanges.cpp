#include "core/sync/PendingLocalChanges.h"

namespace quire::sync {

namespace {

void addFlag(QStringList &list, const QString &flag)
{
    if (!list.contains(flag, Qt::CaseInsensitive))
        list.append(flag);
}

void removeFlag(QStringList &list, const QString &flag)
{
    list.removeIf([&](const QString &f) { return f.compare(flag, Qt::CaseInsensitive) == 0; });
}

} // namespace

PendingLocalChanges PendingLocalChanges::fromJournal(
    const QList<cache::JournalEntry> &pending, const QString &mailbox, quint32 uidValidity)
{
    using Kind = cache::JournalEntry::Kind;
    using State = cache::JournalEntry::State;
    PendingLocalChanges changes;
    for (const cache::JournalEntry &entry : pending) {
        if (entry.mailbox != mailbox || (entry.state != State::Pending && entry.state != State::InFlight))
            continue;
        if (entry.uidValidity != 0 && entry.uidValidity != uidValidity)
            continue;
        for (quint32 uid : entry.uids) {
            switch (entry.kind) {
            case Kind::AddFlags:
            case Kind::Delete: {
                FlagDelta &delta = changes.m_flags[uid];
                const QStringList flags
                    = entry.kind == Kind::Delete ? QStringList { QStringLiteral("\\Deleted") } : entry.flags;
                for (const QString &flag : flags) {
                    addFlag(delta.add, flag);
                    removeFlag(delta.remove, flag);
                }
                break;
            }
            case Kind::RemoveFlags: {
                FlagDelta &delta = changes.m_flags[uid];
                for (const QString &flag : entry.flags) {
                    addFlag(delta.remove, flag);
                    removeFlag(delta.add, flag);
                }
                break;
            }
            case Kind::Move:
                // Left as the server says: the replay of an interrupted move tells from the
                // cache whether the server still has the rows, so a sync must
                // bring back what the server still holds.
                break;
            default:
                break;
            }
        }
    }
    return changes;
}

QStringList PendingLocalChanges::applyTo(quint32 uid, QStringList flags) const
{
    const auto it = m_flags.constFind(uid);
    if (it == m_flags.cend())
        return flags;
    for (const QString &flag : it->remove)
        removeFlag(flags, flag);
    for (const QString &flag : it->add)
        addFlag(flags, flag);
    return flags;
}

} // namespace quire::sync
