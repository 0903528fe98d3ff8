#pragma once

// What the journal still has to tell the server about one mailbox, as the
// cache already shows it: flags added or removed. A sync
// that runs before those entries are replayed writes the server's older
// state; it lays these changes over it, so the user's change is neither
// lost nor seen to flicker back.

#include "core/cache/CacheTypes.h"

#include <QHash>
#include <QStringList>

namespace quire::sync {

class PendingLocalChanges
{
public:
    PendingLocalChanges() = default;
    // The entries of mailbox, in journal order, that are not finished yet and
    // belong to this UIDVALIDITY (or were made before any was known).
    static PendingLocalChanges fromJournal(
        const QList<cache::JournalEntry> &pending, const QString &mailbox, quint32 uidValidity);

    bool isEmpty() const { return m_flags.isEmpty(); }
    // The server's flags of uid with the pending changes applied.
    QStringList applyTo(quint32 uid, QStringList flags) const;

private:
    struct FlagDelta {
        QStringList add;
        QStringList remove;
    };
    QHash<quint32, FlagDelta> m_flags;
};

} // namespace quire::sync
