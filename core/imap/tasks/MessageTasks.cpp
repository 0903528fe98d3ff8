#include "core/imap/tasks/MessageTasks.h"

#include "core/imap/session/Session.h"

#include <algorithm>

namespace quire::imap {

namespace {

// Whether a sequence set (possibly with "*") names seq.
bool namesSequence(const NumberSet &set, quint32 seq)
{
    return std::any_of(set.ranges().begin(), set.ranges().end(), [seq](const NumberRange &range) {
        const quint32 first = range.first == NumberSet::Star ? 0xffffffffu : range.first;
        const quint32 last = range.last == NumberSet::Star ? 0xffffffffu : range.last;
        return seq >= std::min(first, last) && seq <= std::max(first, last);
    });
}

quint32 uidOf(const Session &session, const FetchResponse &fetch)
{
    if (fetch.uid)
        return *fetch.uid;
    return session.mailbox() ? session.mailbox()->uidAt(fetch.seq) : 0;
}

// Whether a FETCH answer (for the message with this UID, 0 if unknown) is
// about one of the messages a command named.
bool names(const MessageSet &set, const FetchResponse &fetch, quint32 uid)
{
    if (const auto *uids = std::get_if<UidSet>(&set))
        return uid != 0 && namesSequence(*uids, uid);
    return namesSequence(std::get<SequenceSet>(set), fetch.seq);
}

} // namespace

SearchTask::SearchTask(QList<SearchKey> keys, QObject *parent)
    : CharsetSearchTask(std::move(keys), parent)
{
}

SearchTask::SearchTask(QList<SearchKey> keys, SearchBy by, QObject *parent)
    : CharsetSearchTask(std::move(keys), parent)
    , m_by(by)
{
}

Command SearchTask::command(bool utf8) const
{
    Search search;
    search.byUid = m_by == SearchBy::Uid;
    if (utf8)
        search.charset = "UTF-8";
    search.keys = keys();
    if (session()->hasCapability("ESEARCH"))
        search.returnOptions = QList<SearchReturnOption> { SearchReturnOption::All };
    return search;
}

void SearchTask::clearResults()
{
    m_uids.clear();
    m_sequenceNumbers.clear();
    m_modSeq.reset();
}

void SearchTask::addMatches(const QList<quint32> &numbers)
{
    if (m_by == SearchBy::Uid) {
        m_uids += numbers;
        return;
    }
    m_sequenceNumbers += numbers;
    const MailboxState *mailbox = session()->mailbox();
    for (quint32 seq : numbers) {
        if (const quint32 uid = mailbox ? mailbox->uidAt(seq) : 0)
            m_uids.append(uid);
    }
}

bool SearchTask::offerUntagged(const Response &response)
{
    if (const auto *search = std::get_if<SearchResponse>(&response); search && !search->sort) {
        addMatches(search->ids);
        if (search->modSeq)
            m_modSeq = search->modSeq;
        return true;
    }
    const auto *esearch = std::get_if<ESearchResponse>(&response);
    if (!esearch || esearch->tag != session()->tagOf(currentCommand()))
        return false;
    if (esearch->all) {
        // Bounded expansion: a hostile "1:4294967295" is not a result.
        if (const auto numbers = esearch->all->toNumbers(0))
            addMatches(*numbers);
    }
    if (esearch->modSeq)
        m_modSeq = esearch->modSeq;
    return true;
}

FetchTask::FetchTask(Fetch command, QObject *parent)
    : Task(parent)
    , m_command(std::move(command))
{
}

void FetchTask::run()
{
    send(m_command);
}

bool FetchTask::offerUntagged(const Response &response)
{
    if (const auto *vanished = std::get_if<VanishedResponse>(&response)) {
        if (!vanished->earlier || !m_command.vanished)
            return false;
        m_vanishedRanges += vanished->uids.ranges();
        m_vanished = UidSet::fromRanges(m_vanishedRanges);
        return true;
    }
    const auto *fetch = std::get_if<FetchResponse>(&response);
    if (!fetch)
        return false;
    const quint32 uid = uidOf(*session(), *fetch);
    if (!names(m_command.set, *fetch, uid))
        return false;
    Q_EMIT messageFetched(uid, *fetch);
    if (m_streaming)
        return true;
    if (uid == 0) {
        m_unplaced.append(*fetch);
        return true;
    }
    auto existing = m_messages.find(uid);
    if (existing == m_messages.end()) {
        m_messages.insert(uid, *fetch);
        return true;
    }
    // A server may answer in several FETCH responses; merge what is new.
    FetchResponse &merged = *existing;
    const FetchResponse &more = *fetch;
    merged.seq = more.seq;
    if (more.flags)
        merged.flags = more.flags;
    if (more.internalDate)
        merged.internalDate = more.internalDate;
    if (more.rfc822Size)
        merged.rfc822Size = more.rfc822Size;
    if (more.envelope)
        merged.envelope = more.envelope;
    if (more.body)
        merged.body = more.body;
    if (more.bodyStructure)
        merged.bodyStructure = more.bodyStructure;
    if (more.modSeq)
        merged.modSeq = more.modSeq;
    merged.sections += more.sections;
    merged.binarySizes += more.binarySizes;
    merged.unknown += more.unknown;
    return true;
}

void FetchTask::commandCompleted(CommandId, const TaggedStatus &status)
{
    finishFromStatus(status);
}

StoreTask::StoreTask(MessageSet set, StoreMode mode, QList<QByteArray> flags, std::optional<quint64> unchangedSince,
    bool silent, QObject *parent)
    : Task(parent)
{
    m_command.set = std::move(set);
    m_command.mode = mode;
    m_command.flags = std::move(flags);
    m_command.unchangedSince = unchangedSince;
    m_command.silent = silent;
}

void StoreTask::run()
{
    send(m_command);
}

bool StoreTask::offerUntagged(const Response &response)
{
    const auto *fetch = std::get_if<FetchResponse>(&response);
    if (!fetch || !fetch->flags)
        return false;
    const quint32 uid = uidOf(*session(), *fetch);
    if (uid == 0 || !names(m_command.set, *fetch, uid))
        return false;
    m_flags.insert(uid, *fetch->flags);
    return true;
}

void StoreTask::commandCompleted(CommandId, const TaggedStatus &status)
{
    if (status.code && status.code->kind == ResponseCode::Kind::Modified)
        m_modified = status.code->modified;
    finishFromStatus(status);
}

std::optional<CopyUidResult> copyUidFrom(const std::optional<ResponseCode> &code)
{
    if (!code || code->kind != ResponseCode::Kind::CopyUid)
        return std::nullopt;
    return CopyUidResult { quint32(code->number), code->sourceUids, code->uids };
}

CopyTask::CopyTask(MessageSet set, const QString &mailbox, QObject *parent)
    : SingleCommandTask(Copy { std::move(set), mailbox }, parent)
{
}

void CopyTask::completedOk(const TaggedStatus &status)
{
    m_copyUid = copyUidFrom(status.code);
}

} // namespace quire::imap
