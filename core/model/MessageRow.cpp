#include "core/model/MessageRow.h"

#include <algorithm>
#include <limits>

namespace quire::model {

namespace {

struct KnownFlag {
    QLatin1StringView name;
    MessageFlag bit;
};

constexpr KnownFlag knownFlags[] = {
    { QLatin1StringView("\\Seen"), FlagSeen },
    { QLatin1StringView("\\Flagged"), FlagFlagged },
    { QLatin1StringView("\\Answered"), FlagAnswered },
    { QLatin1StringView("\\Deleted"), FlagDeleted },
    { QLatin1StringView("\\Draft"), FlagDraft },
    { QLatin1StringView("$Junk"), FlagJunk },
    { QLatin1StringView("$Forwarded"), FlagForwarded },
};

qint64 toMs(const QDateTime &dateTime)
{
    return dateTime.isValid() ? dateTime.toMSecsSinceEpoch() : 0;
}

constexpr quint32 kUnknown = std::numeric_limits<quint32>::max();

bool isKnownFlag(QByteArrayView flag, quint16 &bits)
{
    for (const KnownFlag &candidate : knownFlags) {
        if (flag.compare(QByteArrayView(candidate.name.data(), candidate.name.size()), Qt::CaseInsensitive) == 0) {
            bits |= candidate.bit;
            return true;
        }
    }
    return false;
}

} // namespace

void MessageRows::clear()
{
    m_rows.clear();
    m_rows.shrink_to_fit();
    m_strings.clear();
    m_bytes.clear();
    m_baseSubjects.clear();
    m_baseSubjects.shrink_to_fit();
}

void MessageRows::reserve(qsizetype count)
{
    // The pools are not reserved: distinct senders and subjects are far
    // fewer than rows, and the arena's size is not known ahead.
    m_rows.reserve(std::size_t(count));
}

void MessageRows::squeeze()
{
    m_rows.shrink_to_fit();
    m_bytes.squeeze();
}

quint32 MessageRows::baseSubjectOf(quint32 subject)
{
    if (!subject)
        return 0;
    if (m_baseSubjects.size() <= subject)
        m_baseSubjects.resize(std::size_t(m_strings.size()), kUnknown);
    quint32 &base = m_baseSubjects[subject];
    if (base == kUnknown) {
        const quint32 computed = m_strings.intern(baseSubject(m_strings.at(subject)));
        // intern() may have grown the pool, not this vector: look it up again.
        m_baseSubjects[subject] = computed;
        return computed;
    }
    return base;
}

void MessageRows::setFlagsUtf8(MessageRow &row, QByteArrayView flags)
{
    quint16 bits = 0;
    QByteArray others;
    qsizetype start = 0;
    while (start < flags.size()) {
        qsizetype end = flags.indexOf(' ', start);
        if (end < 0)
            end = flags.size();
        const QByteArrayView flag = flags.sliced(start, end - start);
        if (!flag.isEmpty() && !isKnownFlag(flag, bits)) {
            if (!others.isEmpty())
                others.append(' ');
            others.append(flag);
        }
        start = end + 1;
    }
    row.flags = bits;
    row.otherFlags = m_strings.internUtf8(others);
}

void MessageRows::setIds(MessageRow &row, QByteArrayView messageId, QByteArrayView inReplyTo, QByteArrayView references)
{
    row.messageId = m_bytes.append(messageId);
    row.references = m_bytes.append(references);
    // In-Reply-To is almost always the last reference: share its bytes.
    if (!inReplyTo.isEmpty() && references.endsWith(inReplyTo)
        && (references.size() == inReplyTo.size() || references[references.size() - inReplyTo.size() - 1] == ' '))
        row.inReplyTo = m_bytes.slice(row.references, references.size() - inReplyTo.size(), inReplyTo.size());
    else
        row.inReplyTo = m_bytes.append(inReplyTo);
}

void MessageRows::setFlags(MessageRow &row, const QStringList &flags)
{
    quint16 bits = 0;
    QStringList others;
    for (const QString &flag : flags) {
        bool known = false;
        for (const KnownFlag &candidate : knownFlags) {
            if (flag.compare(candidate.name, Qt::CaseInsensitive) == 0) {
                bits |= candidate.bit;
                known = true;
                break;
            }
        }
        if (!known)
            others.append(flag);
    }
    row.flags = bits;
    row.otherFlags = m_strings.intern(others.join(QLatin1Char(' ')));
}

MessageRow MessageRows::makeRow(const cache::MessageRecord &record)
{
    MessageRow row;
    row.uid = record.uid;
    setFlags(row, record.flags);
    if (record.bodyCached)
        row.state |= StateBodyCached;
    if (!record.hasEnvelope)
        return row;
    row.state |= StateHasEnvelope;
    if (record.hasAttachments)
        row.state |= StateHasAttachments;
    row.dateMs = toMs(record.date);
    row.dateOffsetSeconds = record.date.isValid() ? record.date.offsetFromUtc() : 0;
    row.internalDateMs = toMs(record.internalDate);
    row.size = quint32(std::min<quint64>(record.size, std::numeric_limits<quint32>::max()));
    row.subject = m_strings.intern(record.subject);
    row.baseSubject = baseSubjectOf(row.subject);
    row.from = m_strings.intern(record.from);
    row.fromAddress = m_strings.intern(record.fromAddress);
    row.to = m_strings.intern(record.to);
    row.cc = m_strings.intern(record.cc);
    setIds(row, record.messageId, record.inReplyTo, record.references.join(' '));
    return row;
}

MessageRow MessageRows::makeRow(const cache::MessageListRow &listRow)
{
    MessageRow row;
    row.uid = listRow.uid;
    setFlagsUtf8(row, listRow.flags);
    if (listRow.bodyCached)
        row.state |= StateBodyCached;
    if (!listRow.hasEnvelope)
        return row;
    row.state |= StateHasEnvelope;
    if (listRow.hasAttachments)
        row.state |= StateHasAttachments;
    row.dateMs = listRow.hasDate ? listRow.dateMs : 0;
    row.dateOffsetSeconds = listRow.hasDate ? listRow.dateOffsetSeconds : 0;
    row.internalDateMs = listRow.hasInternalDate ? listRow.internalDateMs : 0;
    row.size = quint32(std::min<quint64>(listRow.size, std::numeric_limits<quint32>::max()));
    row.subject = m_strings.internUtf8(listRow.subject);
    row.baseSubject = baseSubjectOf(row.subject);
    row.from = m_strings.internUtf8(listRow.from);
    row.fromAddress = m_strings.internUtf8(listRow.fromAddress);
    row.to = m_strings.internUtf8(listRow.to);
    row.cc = m_strings.internUtf8(listRow.cc);
    setIds(row, listRow.messageId, listRow.inReplyTo, listRow.references);
    return row;
}

qsizetype MessageRows::insertionPoint(quint32 uid) const
{
    const auto it = std::lower_bound(
        m_rows.begin(), m_rows.end(), uid, [](const MessageRow &row, quint32 value) { return row.uid < value; });
    return it - m_rows.begin();
}

qsizetype MessageRows::indexOf(quint32 uid) const
{
    const qsizetype index = insertionPoint(uid);
    return index < size() && m_rows[std::size_t(index)].uid == uid ? index : -1;
}

QStringList MessageRows::flagList(const MessageRow &row) const
{
    QStringList flags;
    for (const KnownFlag &candidate : knownFlags) {
        if (row.flags & candidate.bit)
            flags.append(candidate.name);
    }
    if (row.otherFlags)
        flags.append(text(row.otherFlags).split(QLatin1Char(' '), Qt::SkipEmptyParts));
    return flags;
}

QList<QByteArray> MessageRows::references(const MessageRow &row) const
{
    QList<QByteArray> ids;
    const QByteArrayView joined = bytesView(row.references);
    qsizetype start = 0;
    while (start < joined.size()) {
        qsizetype end = joined.indexOf(' ', start);
        if (end < 0)
            end = joined.size();
        if (end > start)
            ids.append(joined.sliced(start, end - start).toByteArray());
        start = end + 1;
    }
    return ids;
}

QDateTime MessageRows::date(const MessageRow &row) const
{
    if (!row.dateMs)
        return {};
    return QDateTime::fromMSecsSinceEpoch(row.dateMs, Qt::OffsetFromUTC, row.dateOffsetSeconds);
}

QDateTime MessageRows::internalDate(const MessageRow &row) const
{
    return row.internalDateMs ? QDateTime::fromMSecsSinceEpoch(row.internalDateMs, Qt::UTC) : QDateTime();
}

} // namespace quire::model
