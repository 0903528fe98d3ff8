#include "core/imap/session/MailboxState.h"

#include <QLoggingCategory>

#include <algorithm>
#include <limits>

Q_LOGGING_CATEGORY(lcMailboxState, "quire.imap.mailbox")

namespace quire::imap {

MailboxState::MailboxState(QString name, bool readOnly, QObject *parent)
    : QObject(parent)
{
    m_snapshot.name = std::move(name);
    m_snapshot.readOnly = readOnly;
}

quint32 MailboxState::uidAt(quint32 seq) const
{
    if (seq == 0 || seq > m_snapshot.uids.size())
        return 0;
    return m_snapshot.uids[seq - 1];
}

std::optional<quint32> MailboxState::sequenceOf(quint32 uid) const
{
    if (uid == 0)
        return std::nullopt;
    // UIDs ascend with sequence numbers, but unknown entries (0) break a
    // binary search; a linear scan of 100,000 entries is still cheap.
    const auto &uids = m_snapshot.uids;
    const auto it = std::find(uids.begin(), uids.end(), uid);
    if (it == uids.end())
        return std::nullopt;
    return quint32(it - uids.begin()) + 1;
}

bool MailboxState::apply(const Response &response)
{
    if (const auto *exists = std::get_if<ExistsResponse>(&response)) {
        setExists(exists->count);
        return true;
    }
    if (const auto *recent = std::get_if<RecentResponse>(&response)) {
        m_snapshot.recent = recent->count;
        return true;
    }
    if (const auto *expunged = std::get_if<ExpungeResponse>(&response)) {
        expunge(expunged->seq);
        return true;
    }
    if (const auto *vanished = std::get_if<VanishedResponse>(&response)) {
        vanish(*vanished);
        // VANISHED (EARLIER) answers a SELECT or FETCH; that task wants it too.
        return !vanished->earlier;
    }
    if (const auto *fetch = std::get_if<FetchResponse>(&response)) {
        fetched(*fetch);
        return false;
    }
    if (const auto *flags = std::get_if<FlagsResponse>(&response)) {
        m_snapshot.flags = flags->flags;
        return true;
    }
    return false;
}

void MailboxState::applyCode(const ResponseCode &code)
{
    switch (code.kind) {
    case ResponseCode::Kind::UidValidity:
        setUidValidity(code.number);
        break;
    case ResponseCode::Kind::UidNext:
        m_snapshot.uidNext = quint32(std::min<quint64>(code.number, 0xffffffffu));
        break;
    case ResponseCode::Kind::HighestModSeq:
        if (code.number != m_snapshot.highestModSeq) {
            m_snapshot.highestModSeq = code.number;
            Q_EMIT highestModSeqChanged(code.number);
        }
        break;
    case ResponseCode::Kind::NoModSeq:
        m_snapshot.noModSeq = true;
        break;
    case ResponseCode::Kind::PermanentFlags:
        m_snapshot.permanentFlags = code.list;
        m_snapshot.permanentFlagsSent = true;
        break;
    case ResponseCode::Kind::ReadOnly:
        m_snapshot.readOnly = true;
        break;
    case ResponseCode::Kind::ReadWrite:
        m_snapshot.readOnly = false;
        break;
    default:
        break;
    }
}

void MailboxState::setExists(quint32 count)
{
    if (count > MaxExists) {
        violation(ProtocolViolationKind::ExistsTooLarge, QByteArray::number(count));
        return;
    }
    const quint32 previous = m_snapshot.exists;
    if (count < previous) {
        // EXISTS may not shrink (RFC 3501 7.3.1); trust the server's number
        // but forget the UIDs at the end, which we can no longer place.
        violation(ProtocolViolationKind::ExistsDecreased, QByteArray::number(count));
        QList<quint32> gone;
        for (quint32 seq = count + 1; seq <= previous; ++seq) {
            if (const quint32 uid = uidAt(seq))
                gone.append(uid);
        }
        m_snapshot.uids.resize(count);
        m_snapshot.exists = count;
        Q_EMIT existsChanged(count);
        if (!gone.isEmpty())
            Q_EMIT messagesExpunged(gone);
        return;
    }
    if (count == previous)
        return;
    m_snapshot.uids.resize(count, 0);
    m_snapshot.exists = count;
    Q_EMIT existsChanged(count);
    Q_EMIT messagesAdded(previous + 1, count - previous);
}

void MailboxState::expunge(quint32 seq)
{
    if (seq == 0 || seq > m_snapshot.exists) {
        violation(ProtocolViolationKind::ExpungeBeyondExists, QByteArray::number(seq));
        return;
    }
    // Every later message moves down by one: erasing from the vector is
    // exactly the renumbering RFC 3501 7.4.1 describes.
    const quint32 uid = m_snapshot.uids[seq - 1];
    m_snapshot.uids.erase(m_snapshot.uids.begin() + (seq - 1));
    --m_snapshot.exists;
    if (m_snapshot.recent > m_snapshot.exists)
        m_snapshot.recent = m_snapshot.exists;
    Q_EMIT existsChanged(m_snapshot.exists);
    if (uid == 0) {
        Q_EMIT unplacedMessageExpunged();
        return;
    }
    Q_EMIT messagesExpunged({ uid });
}

void MailboxState::vanish(const VanishedResponse &vanished)
{
    if (vanished.uids.isEmpty())
        return;
    QList<quint32> gone;
    auto &uids = m_snapshot.uids;
    if (vanished.earlier) {
        // Messages gone before this session: EXISTS already left them out, so
        // only UIDs we had placed come off the map.
        // Walk our map rather than expanding the set: a hostile "1:4294967295"
        // costs one pass over what we hold.
        const auto newEnd = std::remove_if(uids.begin(), uids.end(), [&](quint32 uid) {
            if (uid == 0 || !vanished.uids.contains(uid))
                return false;
            gone.append(uid);
            return true;
        });
        uids.erase(newEnd, uids.end());
    } else {
        gone = removeVanished(NumberSet::fromRanges(vanished.uids.ranges()));
        if (vanished.uids.count() > quint64(gone.size()))
            violation(ProtocolViolationKind::VanishedUnknownUid, vanished.uids.toImap());
    }
    m_snapshot.exists = quint32(uids.size());
    if (!gone.isEmpty()) {
        Q_EMIT existsChanged(m_snapshot.exists);
        Q_EMIT messagesExpunged(gone);
    }
}

// VANISHED (not EARLIER) names messages of this session, placed or not. After
// a QRESYNC SELECT the map knows only the UIDs fetched since, so a vanished UID
// we never saw sits in the run of unknown slots between its known neighbours:
// any one of those slots may go, since all of them are equally unknown. One pass
// over the map and the (sorted) set; a set that names more messages than a run
// holds is a protocol violation and leaves that run alone.
QList<quint32> MailboxState::removeVanished(const NumberSet &sorted)
{
    auto &uids = m_snapshot.uids;
    const QList<NumberRange> &ranges = sorted.ranges();
    // "*" means nothing in VANISHED; read it as the largest UID, never as 0.
    const auto firstOf = [](const NumberRange &r) {
        return r.first == NumberSet::Star ? std::numeric_limits<quint32>::max() : r.first;
    };
    const auto lastOf
        = [](const NumberRange &r) { return r.last == NumberSet::Star ? std::numeric_limits<quint32>::max() : r.last; };
    QList<quint32> gone;
    std::vector<quint32> kept;
    kept.reserve(uids.size());
    qsizetype range = 0;
    quint64 below = 0; // the last known UID before the current slot
    for (size_t i = 0; i < uids.size();) {
        if (uids[i] != 0) {
            below = uids[i];
            if (sorted.contains(uids[i]))
                gone.append(uids[i]);
            else
                kept.push_back(uids[i]);
            ++i;
            continue;
        }
        size_t end = i;
        while (end < uids.size() && uids[end] == 0)
            ++end;
        const quint64 above = end < uids.size() ? uids[end] : quint64(std::numeric_limits<quint32>::max()) + 1;
        const size_t unknownSlots = end - i;
        QList<quint32> inRun;
        while (range < ranges.size() && lastOf(ranges[range]) <= below)
            ++range;
        for (qsizetype r = range;
             r < ranges.size() && firstOf(ranges[r]) < above && size_t(inRun.size()) <= unknownSlots; ++r) {
            const quint64 from = std::max<quint64>(firstOf(ranges[r]), below + 1);
            const quint64 to = std::min<quint64>(lastOf(ranges[r]), above - 1);
            for (quint64 uid = from; uid <= to && size_t(inRun.size()) <= unknownSlots; ++uid)
                inRun.append(quint32(uid));
        }
        const size_t removed = size_t(inRun.size()) <= unknownSlots ? size_t(inRun.size()) : 0;
        if (removed)
            gone.append(inRun);
        kept.insert(kept.end(), unknownSlots - removed, 0);
        i = end;
    }
    uids = std::move(kept);
    return gone;
}

void MailboxState::fetched(const FetchResponse &fetch)
{
    if (fetch.seq == 0 || fetch.seq > m_snapshot.exists) {
        violation(ProtocolViolationKind::FetchBeyondExists, QByteArray::number(fetch.seq));
        return;
    }
    quint32 &slot = m_snapshot.uids[fetch.seq - 1];
    if (fetch.uid && *fetch.uid != 0)
        slot = *fetch.uid;
    const quint32 uid = slot;
    // A FETCH of MODSEQ alone tells nothing about flags.
    if (uid == 0 || !fetch.flags)
        return;
    // The server's FETCH FLAGS is the truth even when it repeats what we
    // had: a UI that toggled a flag optimistically waits for it.
    Q_EMIT flagsChanged(uid, *fetch.flags, fetch.modSeq.value_or(0));
}

void MailboxState::setUidValidity(quint64 value)
{
    if (value == 0 || value > 0xffffffffu) {
        violation(ProtocolViolationKind::InvalidUidValidity, QByteArray::number(value));
        return;
    }
    const quint32 previous = m_snapshot.uidValidity;
    if (previous == value)
        return;
    m_snapshot.uidValidity = quint32(value);
    if (previous != 0) {
        // Every UID we know is now meaningless (RFC 3501 2.3.1.1).
        violation(ProtocolViolationKind::UidValidityChanged, QByteArray::number(value));
        std::fill(m_snapshot.uids.begin(), m_snapshot.uids.end(), 0);
    }
    Q_EMIT uidValidityChanged(previous, quint32(value));
}

void MailboxState::violation(ProtocolViolationKind kind, QByteArray detail)
{
    qCWarning(lcMailboxState) << "protocol violation" << int(kind) << detail;
    Q_EMIT protocolViolation({ kind, std::move(detail) });
}

} // namespace quire::imap
