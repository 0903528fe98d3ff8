#include "core/sync/FetchedFlagList.h"

#include <algorithm>
#include <utility>

namespace quire::sync {

void FetchedFlagList::record(quint32 uid, const std::optional<QList<QByteArray>> &flags, std::optional<quint64> modSeq)
{
    const Entry entry { uid, flags ? flagSetOf(*flags) : 0, modSeq.value_or(0) };
    if (!m_entries.empty() && m_entries.back().uid == uid)
        return merge(m_entries.back(), entry);
    if (!m_entries.empty() && m_entries.back().uid > uid)
        m_sorted = false;
    m_entries.push_back(entry);
}

void FetchedFlagList::merge(Entry &into, const Entry &from)
{
    if (from.flagSet)
        into.flagSet = from.flagSet;
    if (from.modSeq)
        into.modSeq = from.modSeq;
}

void FetchedFlagList::finish()
{
    if (!m_sorted) {
        // Stable: of two responses for one UID the later one still wins.
        std::stable_sort(
            m_entries.begin(), m_entries.end(), [](const Entry &a, const Entry &b) { return a.uid < b.uid; });
        std::size_t kept = 0;
        for (std::size_t i = 0; i < m_entries.size(); ++i) {
            if (kept > 0 && m_entries[kept - 1].uid == m_entries[i].uid)
                merge(m_entries[kept - 1], m_entries[i]);
            else
                m_entries[kept++] = m_entries[i];
        }
        m_entries.resize(kept);
        m_sorted = true;
    }
    m_entries.shrink_to_fit();
}

quint32 FetchedFlagList::flagSetOf(const QList<QByteArray> &flags)
{
    // A hash, not a search: a hostile server may give every message its own
    // set. The seed is random per process: a server cannot aim at collisions.
    const size_t hash = qHash(flags, QHashSeed::globalSeed());
    const auto [first, last] = std::as_const(m_flagSetsByHash).equal_range(hash);
    for (auto it = first; it != last; ++it) {
        if (m_flagSets.at(qsizetype(*it) - 1) == flags)
            return *it;
    }
    m_flagSets.append(flags);
    const auto index = quint32(m_flagSets.size());
    m_flagSetsByHash.insert(hash, index);
    return index;
}

const FetchedFlagList::Entry *FetchedFlagList::find(quint32 uid) const
{
    const auto it = std::lower_bound(
        m_entries.cbegin(), m_entries.cend(), uid, [](const Entry &entry, quint32 key) { return entry.uid < key; });
    return it != m_entries.cend() && it->uid == uid ? &*it : nullptr;
}

const QList<QByteArray> *FetchedFlagList::flags(const Entry &entry) const
{
    return entry.flagSet ? &m_flagSets.at(qsizetype(entry.flagSet) - 1) : nullptr;
}

QList<quint32> FetchedFlagList::uids() const
{
    QList<quint32> result;
    result.reserve(size());
    for (const Entry &entry : m_entries)
        result.append(entry.uid);
    return result;
}

void FetchedFlagList::dropBelow(quint32 first)
{
    const auto it = std::lower_bound(
        m_entries.begin(), m_entries.end(), first, [](const Entry &entry, quint32 key) { return entry.uid < key; });
    m_entries.erase(m_entries.begin(), it);
}

} // namespace quire::sync
