#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>

#include <optional>

namespace quire::imap {

// A set of sequence numbers or UIDs as servers send them in VANISHED, ESEARCH
// ALL, APPENDUID, COPYUID and MODIFIED. Ranges are kept as sent (not merged or
// expanded), so a huge "1:4294967295" costs nothing.
struct SequenceSet {
    // "*" in a set is stored as kLargest.
    static constexpr quint32 kLargest = 0xffffffffu;

    struct Range {
        quint32 first = 0;
        quint32 last = 0;
        bool operator==(const Range &) const = default;
    };
    QList<Range> ranges;

    bool operator==(const SequenceSet &) const = default;

    bool isEmpty() const { return ranges.isEmpty(); }
    bool contains(quint32 value) const;
    // Number of values in the set (ranges may overlap; they are not merged).
    quint64 count() const;
    // "1:3,5" form, as it would appear on the wire.
    QByteArray toByteArray() const;
    // Parses "1:3,5,7:*"; nullopt when the text is not a sequence set.
    static std::optional<SequenceSet> parse(QByteArrayView text);
};

} // namespace quire::imap
