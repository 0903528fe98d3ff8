#include "core/imap/parser/SequenceSet.h"

#include <algorithm>

namespace quire::imap {

bool SequenceSet::contains(quint32 value) const
{
    return std::any_of(ranges.cbegin(), ranges.cend(),
        [value](const Range &r) { return value >= std::min(r.first, r.last) && value <= std::max(r.first, r.last); });
}

quint64 SequenceSet::count() const
{
    quint64 total = 0;
    for (const Range &r : ranges)
        total += quint64(std::max(r.first, r.last)) - std::min(r.first, r.last) + 1;
    return total;
}

QByteArray SequenceSet::toByteArray() const
{
    QByteArray out;
    auto append = [&out](quint32 v) {
        if (v == kLargest)
            out += '*';
        else
            out += QByteArray::number(v);
    };
    for (const Range &r : ranges) {
        if (!out.isEmpty())
            out += ',';
        append(r.first);
        if (r.last != r.first) {
            out += ':';
            append(r.last);
        }
    }
    return out;
}

namespace {

// One "nz-number / *" element; advances pos. False on anything else.
bool parseSetNumber(QByteArrayView text, qsizetype &pos, quint32 &value)
{
    if (pos < text.size() && text[pos] == '*') {
        ++pos;
        value = SequenceSet::kLargest;
        return true;
    }
    quint64 v = 0;
    const qsizetype start = pos;
    while (pos < text.size() && text[pos] >= '0' && text[pos] <= '9') {
        v = v * 10 + quint64(text[pos] - '0');
        if (v > SequenceSet::kLargest)
            return false;
        ++pos;
    }
    value = quint32(v);
    return pos > start;
}

} // namespace

std::optional<SequenceSet> SequenceSet::parse(QByteArrayView text)
{
    SequenceSet set;
    qsizetype pos = 0;
    while (true) {
        Range r;
        if (!parseSetNumber(text, pos, r.first))
            return std::nullopt;
        r.last = r.first;
        if (pos < text.size() && text[pos] == ':') {
            ++pos;
            if (!parseSetNumber(text, pos, r.last))
                return std::nullopt;
        }
        set.ranges.append(r);
        if (pos == text.size())
            return set;
        if (text[pos] != ',')
            return std::nullopt;
        ++pos;
    }
}

} // namespace quire::imap
