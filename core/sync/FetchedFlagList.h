#pragma once

// What a UID FETCH (UID FLAGS [MODSEQ]) said of each message, kept in 16 bytes
// a message. A cold sync of a 100,000-message folder lists every UID this
// way; a map node per message cost 8 MB at the process's peak, while the
// list of new rows was being built next to it. Most messages share a handful
// of flag sets, so each distinct set is stored once and entries name it.

#include <QByteArray>
#include <QHash>
#include <QList>

#include <optional>
#include <vector>

namespace quire::sync {

class FetchedFlagList
{
public:
    struct Entry {
        quint32 uid = 0;
        quint32 flagSet = 0; // 0: no FLAGS were fetched; else flagSets()[flagSet - 1]
        quint64 modSeq = 0; // 0: none fetched
        bool operator==(const Entry &) const = default;
    };

    // One FETCH response. A server may answer for one UID in several
    // responses; what each adds is kept, a later value wins.
    void record(quint32 uid, const std::optional<QList<QByteArray>> &flags, std::optional<quint64> modSeq);
    // Orders the entries by UID and merges repeated UIDs; call once, after
    // the last record(). Servers answer 1:* in UID order, which costs nothing.
    void finish();

    bool isEmpty() const { return m_entries.empty(); }
    qsizetype size() const { return qsizetype(m_entries.size()); }
    const std::vector<Entry> &entries() const { return m_entries; }
    // The entry for `uid`, or null. Needs finish().
    const Entry *find(quint32 uid) const;
    // The flags an entry names, or null when its FETCH had no FLAGS.
    const QList<QByteArray> *flags(const Entry &entry) const;
    QList<quint32> uids() const;
    // How many distinct flag sets the entries name.
    qsizetype flagSetCount() const { return m_flagSets.size(); }
    // Keeps only the entries with UID >= `first`.
    void dropBelow(quint32 first);

private:
    quint32 flagSetOf(const QList<QByteArray> &flags);
    static void merge(Entry &into, const Entry &from);

    std::vector<Entry> m_entries;
    // Each distinct set once; an entry's flagSet is its index + 1.
    QList<QList<QByteArray>> m_flagSets;
    // A set's hash (seeded per process) -> the flagSet values with that
    // hash: one, but for a collision. Finds a known set without a search and
    // without keeping a second copy of it as a key.
    QMultiHash<size_t, quint32> m_flagSetsByHash;
    bool m_sorted = true;
};

} // namespace quire::sync
