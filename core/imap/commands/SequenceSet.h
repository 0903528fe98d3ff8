#pragma once

// Sequence sets and UID sets (RFC 3501 "sequence-set"). Kept free of the rest
// of the command builder so the response parser can use it for COPYUID,
// APPENDUID and VANISHED without pulling in commands.

#include <QByteArray>
#include <QByteArrayView>
#include <QList>

#include <optional>

namespace quire::imap {

// One "n" or "n:m" element. "*" (the largest number in use) is NumberSet::Star,
// which sorts after every real number.
struct NumberRange {
    quint32 first = 0;
    quint32 last = 0;
    friend bool operator==(const NumberRange &, const NumberRange &) = default;
};

// The shared implementation of SequenceSet and UidSet. Sets built from
// numbers or ranges are sorted and merged ("1:3,5,7:9"); a parsed set keeps
// the server's order, because COPYUID pairs its two sets element by element.
class NumberSet
{
public:
    // 0 is never a valid message number or UID, so it can stand for "*".
    static constexpr quint32 Star = 0;

    NumberSet() = default;
    static NumberSet fromNumbers(QList<quint32> numbers);
    static NumberSet fromRanges(QList<NumberRange> ranges);
    // Strict RFC 3501 grammar; nullopt for anything else, including "".
    static std::optional<NumberSet> parse(QByteArrayView text);

    bool isEmpty() const { return m_ranges.isEmpty(); }
    const QList<NumberRange> &ranges() const { return m_ranges; }
    bool contains(quint32 number) const;
    // How many numbers the set names; "*" counts as one number.
    quint64 count() const;
    // Every number, in set order, with "*" replaced by starValue. nullopt when
    // the set names more than maxCount numbers, so a hostile "1:4294967295"
    // cannot make us allocate gigabytes.
    std::optional<QList<quint32>> toNumbers(quint32 starValue, qsizetype maxCount = 1'000'000) const;
    QByteArray toImap() const;

    friend bool operator==(const NumberSet &, const NumberSet &) = default;

private:
    QList<NumberRange> m_ranges;
};

// Message sequence numbers: they shift on every EXPUNGE, so only
// MailboxState should hold them for long.
class SequenceSet : public NumberSet
{
public:
    SequenceSet() = default;
    explicit SequenceSet(NumberSet numbers)
        : NumberSet(std::move(numbers))
    {
    }
    static SequenceSet fromNumbers(QList<quint32> numbers) { return SequenceSet(NumberSet::fromNumbers(numbers)); }
    static SequenceSet fromRanges(QList<NumberRange> ranges) { return SequenceSet(NumberSet::fromRanges(ranges)); }
    static SequenceSet single(quint32 number) { return fromNumbers({ number }); }
    static SequenceSet all() { return fromRanges({ { 1, Star } }); }
};

// UIDs: stable within one UIDVALIDITY; what everything above the session uses.
class UidSet : public NumberSet
{
public:
    UidSet() = default;
    explicit UidSet(NumberSet numbers)
        : NumberSet(std::move(numbers))
    {
    }
    static UidSet fromNumbers(QList<quint32> numbers) { return UidSet(NumberSet::fromNumbers(numbers)); }
    static UidSet fromRanges(QList<NumberRange> ranges) { return UidSet(NumberSet::fromRanges(ranges)); }
    static UidSet single(quint32 uid) { return fromNumbers({ uid }); }
    static UidSet all() { return fromRanges({ { 1, Star } }); }
};

} // namespace quire::imap
