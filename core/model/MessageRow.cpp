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

} // namespace

void MessageRows::clear()
{
    m_rows.clear();
    m_rows.shrink_to_fit();
    m_strings.clear();
    m_bytes.clear();
}

void MessageRows::reserve(qsizetype count)
{
    m_rows.reserve(std::size_t(count));
    // Most distinct strings are subjects and ids: about two per row.
    m_strings.reserve(count * 2);
    m_bytes.reserve(count * 2);
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
    row.baseSubject = m_strings.intern(baseSubject(record.subject));
    row.from = m_strings.intern(record.from);
    row.fromAddress = m_strings.intern(record.fromAddress);
    row.to = m_strings.intern(record.to);
    row.cc = m_strings.intern(record.cc);
    row.messageId = m_bytes.intern(record.messageId);
    row.inReplyTo = m_bytes.intern(record.inReplyTo);
    row.references = m_bytes.intern(record.references.join(' '));
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
    if (!row.references)
        return {};
    return bytes(row.references).split(' ');
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
