#include "core/imap/commands/SequenceSet.h"

#include <algorithm>
#include <limits>

namespace quire::imap {

namespace {

// "*" sorts after every number.
quint64 sortKey(quint32 number)
{
    return number == NumberSet::Star ? quint64(std::numeric_limits<quint32>::max()) + 1 : number;
}

NumberRange ordered(NumberRange range)
{
    if (sortKey(range.first) > sortKey(range.last))
        std::swap(range.first, range.last);
    return range;
}

QByteArray numberText(quint32 number)
{
    return number == NumberSet::Star ? QByteArray("*") : QByteArray::number(number);
}

std::optional<quint32> parseNumber(QByteArrayView text)
{
    if (text == "*")
        return NumberSet::Star;
    if (text.isEmpty() || text.size() > 10 || text.front() == '0')
        return std::nullopt;
    quint64 value = 0;
    for (char c : text) {
        if (c < '0' || c > '9')
            return std::nullopt;
        value = value * 10 + quint64(c - '0');
    }
    if (value > std::numeric_limits<quint32>::max())
        return std::nullopt;
    return quint32(value);
}

} // namespace

NumberSet NumberSet::fromNumbers(QList<quint32> numbers)
{
    QList<NumberRange> ranges;
    ranges.reserve(numbers.size());
    for (quint32 number : numbers)
        ranges.append({ number, number });
    return fromRanges(std::move(ranges));
}

NumberSet NumberSet::fromRanges(QList<NumberRange> ranges)
{
    for (NumberRange &range : ranges)
        range = ordered(range);
    std::sort(ranges.begin(), ranges.end(),
        [](const NumberRange &a, const NumberRange &b) { return sortKey(a.first) < sortKey(b.first); });
    NumberSet set;
    for (const NumberRange &range : ranges) {
        if (!set.m_ranges.isEmpty()) {
            NumberRange &previous = set.m_ranges.last();
            // Overlapping or adjacent ranges merge: 1:3 and 4 become 1:4.
            if (sortKey(range.first) <= sortKey(previous.last) + 1) {
                if (sortKey(range.last) > sortKey(previous.last))
                    previous.last = range.last;
                continue;
            }
        }
        set.m_ranges.append(range);
    }
    return set;
}

std::optional<NumberSet> NumberSet::parse(QByteArrayView text)
{
    NumberSet set;
    qsizetype start = 0;
    while (start <= text.size()) {
        qsizetype comma = text.indexOf(',', start);
        if (comma < 0)
            comma = text.size();
        const QByteArrayView element = text.sliced(start, comma - start);
        const qsizetype colon = element.indexOf(':');
        const auto first = parseNumber(colon < 0 ? element : element.first(colon));
        const auto last = colon < 0 ? first : parseNumber(element.sliced(colon + 1));
        if (!first || !last)
            return std::nullopt;
        set.m_ranges.append({ *first, *last });
        start = comma + 1;
    }
    return set;
}

bool NumberSet::contains(quint32 number) const
{
    return std::any_of(m_ranges.begin(), m_ranges.end(), [number](const NumberRange &range) {
        const NumberRange r = ordered(range);
        return sortKey(r.first) <= sortKey(number) && sortKey(number) <= sortKey(r.last);
    });
}

quint64 NumberSet::count() const
{
    quint64 total = 0;
    for (const NumberRange &range : m_ranges) {
        const NumberRange r = ordered(range);
        total += sortKey(r.last) - sortKey(r.first) + 1;
    }
    return total;
}

std::optional<QList<quint32>> NumberSet::toNumbers(quint32 starValue, qsizetype maxCount) const
{
    QList<quint32> numbers;
    for (const NumberRange &range : m_ranges) {
        const quint32 first = range.first == Star ? starValue : range.first;
        const quint32 last = range.last == Star ? starValue : range.last;
        const quint32 low = std::min(first, last);
        const quint32 high = std::max(first, last);
        if (quint64(high) - low + 1 + quint64(numbers.size()) > quint64(maxCount))
            return std::nullopt;
        for (quint64 n = low; n <= high; ++n)
            numbers.append(quint32(n));
    }
    return numbers;
}

QByteArray NumberSet::toImap() const
{
    QByteArray text;
    for (const NumberRange &range : m_ranges) {
        if (!text.isEmpty())
            text += ',';
        text += numberText(range.first);
        if (range.last != range.first) {
            text += ':';
            text += numberText(range.last);
        }
    }
    return text;
}

} // namespace quire::imap
