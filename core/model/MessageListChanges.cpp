// MessageListModel: what the engine reports, as precise row signals. Each
// handler groups the rows it touches into contiguous ranges so a batch of
// 1,000 flag changes is a handful of dataChanged, not 1,000.

#include "core/cache/Cache.h"
#include "core/model/MessageListModel.h"

#include <QElapsedTimer>

#include <algorithm>

namespace quire::model {

std::vector<MessageRow> MessageListModel::readRows(const QList<quint32> &uids)
{
    std::vector<MessageRow> out;
    cache::Cache *cache = m_engine ? m_engine->cache() : nullptr;
    if (!cache || !m_uidValidity || uids.isEmpty())
        return out;
    // One query over the UIDs' range: a batch (envelopes, new mail) is
    // nearly always a run of UIDs, and the range never holds more rows than
    // the whole mailbox does. The rows come in UID order, each once, so the
    // sorted UIDs are walked beside them (no set of them, no sort of rows).
    std::vector<quint32> wanted(uids.cbegin(), uids.cend());
    if (!std::is_sorted(wanted.cbegin(), wanted.cend()))
        std::sort(wanted.begin(), wanted.end());
    wanted.erase(std::unique(wanted.begin(), wanted.end()), wanted.end());
    out.reserve(std::size_t(wanted.size()));
    auto next = wanted.cbegin();
    auto visited = cache->visitMessageListRowsBetween(
        m_mailbox, m_uidValidity, wanted.front(), wanted.back(), [&](const cache::MessageListRow &row) {
            while (next != wanted.cend() && *next < row.uid)
                ++next;
            if (next != wanted.cend() && *next == row.uid)
                out.push_back(m_rows.makeRow(row));
        });
    if (!visited)
        Q_EMIT cacheError(visited.error().detail);
    return out;
}

void MessageListModel::onMessagesAdded(const QString &mailbox, const QList<quint32> &incoming)
{
    if (mailbox != m_mailbox || incoming.isEmpty())
        return;
    // While only the newest rows are shown, an older UID is not new: the
    // complete rows bring it, and this change is applied again after the swap.
    QList<quint32> uids = incoming;
    if (m_loading)
        uids.removeIf([this](quint32 uid) { return uid < m_loadingFloor; });
    if (uids.isEmpty())
        return;
    if (!m_uidValidity)
        m_uidValidity = m_engine->uidValidity(m_mailbox);
    // The new rows stay in the vector they were read into: a first sync adds
    // 100,000 at once, and a second vector of them cost 14 MB at the peak.
    std::vector<MessageRow> fresh = readRows(uids);
    QList<int> changed;
    auto kept = fresh.begin();
    for (MessageRow &row : fresh) {
        if (const qsizetype at = m_rows.indexOf(row.uid); at >= 0) {
            m_rows.rows()[std::size_t(at)] = row;
            changed.append(int(at));
        } else {
            *kept++ = row;
        }
    }
    fresh.erase(kept, fresh.end());
    emitChangedRanges(changed);

    reserveForAdded(qsizetype(fresh.size()));
    // Consecutive new UIDs with no old row between them go in as one range.
    std::vector<MessageRow> &rows = m_rows.rows();
    const qsizetype count = qsizetype(fresh.size());
    qsizetype next = 0;
    while (next < count) {
        const qsizetype position = m_rows.insertionPoint(fresh[std::size_t(next)].uid);
        const quint32 limit = position < m_rows.size() ? m_rows.at(position).uid : UINT32_MAX;
        qsizetype end = next;
        while (end < count && fresh[std::size_t(end)].uid < limit)
            ++end;
        beginInsertRows({}, int(position), int(position + end - next - 1));
        rows.insert(rows.begin() + position, std::make_move_iterator(fresh.begin() + next),
            std::make_move_iterator(fresh.begin() + end));
        endInsertRows();
        next = end;
    }
}

// A first sync adds a large folder in batches. Growing the rows by doubling
// holds the old and the new array at once, 14 MB for 100,000 rows at the
// process's peak; growing once to the size SELECT announced holds 7 MB.
void MessageListModel::reserveForAdded(qsizetype added)
{
    const qsizetype needed = m_rows.size() + added;
    if (needed <= m_rows.capacity())
        return;
    qsizetype announced = 0;
    if (auto record = m_engine->cache()->mailbox(m_mailbox); record && *record)
        announced = qsizetype((*record)->state.messages);
    // An EXISTS costs a server nothing to claim: the rows reserved ahead of
    // those really added stay bounded (36 MB).
    constexpr qsizetype maxAhead = 500'000;
    if (announced >= needed && announced - needed <= maxAhead)
        return m_rows.reserve(announced);
    // Mail beyond the announced count grows by half: amortised, not a copy of
    // every row for each new message.
    m_rows.reserve(std::max(needed, m_rows.capacity() + m_rows.capacity() / 2));
}

void MessageListModel::onMessagesRemoved(const QString &mailbox, const QList<quint32> &uids)
{
    if (mailbox != m_mailbox)
        return;
    QList<int> doomed;
    for (quint32 uid : uids) {
        const qsizetype row = m_rows.indexOf(uid);
        if (row >= 0)
            doomed.append(int(row));
        m_envelopeRequested.remove(uid);
    }
    std::sort(doomed.begin(), doomed.end());
    doomed.erase(std::unique(doomed.begin(), doomed.end()), doomed.end());
    // From the bottom up, so the rows of earlier ranges do not move.
    std::vector<MessageRow> &rows = m_rows.rows();
    qsizetype end = doomed.size();
    while (end > 0) {
        qsizetype start = end - 1;
        while (start > 0 && doomed[start - 1] == doomed[start] - 1)
            --start;
        const int first = doomed[start];
        const int last = doomed[end - 1];
        beginRemoveRows({}, first, last);
        rows.erase(rows.begin() + first, rows.begin() + last + 1);
        endRemoveRows();
        end = start;
    }
}

void MessageListModel::onFlagsChanged(const QString &mailbox, const QList<cache::FlagUpdate> &updates)
{
    if (mailbox != m_mailbox)
        return;
    QList<int> changed;
    for (const cache::FlagUpdate &update : updates) {
        const qsizetype row = m_rows.indexOf(update.uid);
        if (row < 0)
            continue;
        MessageRow &target = m_rows.rows()[std::size_t(row)];
        const MessageRow before = target;
        m_rows.setFlags(target, update.flags);
        if (before.flags != target.flags || before.otherFlags != target.otherFlags)
            changed.append(int(row));
    }
    emitChangedRanges(changed);
}

void MessageListModel::onEnvelopesArrived(const QString &mailbox, const QList<quint32> &uids)
{
    if (mailbox != m_mailbox || uids.isEmpty())
        return;
    // Rows the view asked for, changed envelopes and unknown rows show at
    // once. Placeholders nobody asked for are a whole-folder fetch filling
    // rows off screen: each batch of those re-sorted the list and laid out
    // all its rows again (100,000 of them, many times a second, a stall of
    // the window each time), so they are shown together, at most once per
    // kUnaskedEnvelopeInterval.
    QList<quint32> now;
    for (quint32 uid : uids) {
        const bool asked = m_envelopeRequested.remove(uid);
        const qsizetype at = m_rows.indexOf(uid);
        if (asked || at < 0 || m_rows.at(at).hasEnvelope())
            now.append(uid);
        else
            m_unaskedEnvelopes.append(uid);
    }
    showEnvelopes(now);
    if (!m_unaskedEnvelopes.isEmpty() && !m_unaskedEnvelopeTimer.isActive() && !m_envelopeStep)
        showUnaskedEnvelopes(); // the first at once, the next ones after the interval
}

// A step can hold thousands of rows; reading them all in one go was most of
// a 50-60 ms stall of the window. They are read in slices, and shown in one
// go once all are read: every dataChanged of unasked rows re-sorts the list.
void MessageListModel::showUnaskedEnvelopes()
{
    if (m_unaskedEnvelopes.isEmpty() || m_envelopeStep)
        return;
    QList<quint32> uids = std::exchange(m_unaskedEnvelopes, {});
    std::sort(uids.begin(), uids.end());
    uids.erase(std::unique(uids.begin(), uids.end()), uids.end());
    addRowsNotListed(uids);
    m_envelopeStep.emplace();
    m_envelopeStep->uids = std::move(uids);
    readEnvelopeStep();
}

void MessageListModel::readEnvelopeStep()
{
    // Small enough that a slice never runs much past its time.
    constexpr qsizetype kRowsPerRead = 250;
    if (!m_envelopeStep)
        return;
    UnaskedEnvelopeStep &step = *m_envelopeStep;
    QElapsedTimer slice;
    slice.start();
    while (step.next < step.uids.size()) {
        const qsizetype count = qMin(kRowsPerRead, step.uids.size() - step.next);
        std::vector<MessageRow> read = readRows(step.uids.mid(step.next, count));
        step.next += count;
        step.rows.insert(step.rows.end(), std::make_move_iterator(read.begin()), std::make_move_iterator(read.end()));
        if (step.next < step.uids.size() && slice.elapsed() >= m_envelopeStepSlice.count()) {
            m_envelopeStepTimer.start();
            return;
        }
    }
    UnaskedEnvelopeStep done = std::move(step);
    m_envelopeStep.reset();
    refreshRows(std::move(done.rows));
    m_unaskedEnvelopeTimer.start();
    for (const std::function<void()> &change : std::as_const(done.changes))
        change();
}

void MessageListModel::showEnvelopes(const QList<quint32> &uids)
{
    if (uids.isEmpty())
        return;
    QList<quint32> listed = uids;
    addRowsNotListed(listed);
    refreshRows(readRows(listed));
}

// An envelope for a row we never heard of is a new message as far as the
// list goes: added as one, and taken out of `uids`.
void MessageListModel::addRowsNotListed(QList<quint32> &uids)
{
    QList<quint32> missing;
    uids.removeIf([&](quint32 uid) {
        const bool listed = m_rows.indexOf(uid) >= 0;
        if (!listed)
            missing.append(uid);
        return !listed;
    });
    if (!missing.isEmpty())
        onMessagesAdded(m_mailbox, missing);
}

void MessageListModel::onMailboxReset(const QString &mailbox)
{
    if (mailbox != m_mailbox)
        return;
    beginResetModel();
    m_envelopeQueue.clear();
    m_envelopeRequested.clear();
    m_unaskedEnvelopes.clear();
    load();
    endResetModel();
}

void MessageListModel::refreshRows(std::vector<MessageRow> &&fresh)
{
    QList<int> changed;
    for (MessageRow &row : fresh) {
        const qsizetype at = m_rows.indexOf(row.uid);
        if (at < 0)
            continue;
        m_rows.rows()[std::size_t(at)] = std::move(row);
        changed.append(int(at));
    }
    emitChangedRanges(changed);
}

void MessageListModel::emitChangedRanges(QList<int> rows)
{
    std::sort(rows.begin(), rows.end());
    rows.erase(std::unique(rows.begin(), rows.end()), rows.end());
    qsizetype start = 0;
    while (start < rows.size()) {
        qsizetype end = start + 1;
        while (end < rows.size() && rows[end] == rows[end - 1] + 1)
            ++end;
        Q_EMIT dataChanged(index(rows[start], 0), index(rows[end - 1], ColumnCount - 1));
        start = end;
    }
}

} // namespace quire::model
