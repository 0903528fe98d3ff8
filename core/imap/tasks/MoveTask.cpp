#include "core/imap/tasks/MoveTask.h"

#include "core/imap/session/MailboxState.h"
#include "core/imap/session/Session.h"

namespace quire::imap {

MoveTask::MoveTask(MessageSet set, const QString &mailbox, QObject *parent)
    : Task(parent)
    , m_set(std::move(set))
    , m_mailbox(mailbox)
{
}

void MoveTask::run()
{
    if (session()->hasCapability("MOVE")) {
        m_usedMove = true;
        m_step = Step::Move;
        send(Move { m_set, m_mailbox });
        return;
    }
    if (const auto *uids = std::get_if<UidSet>(&m_set)) {
        m_uids = *uids;
        copy();
        return;
    }
    m_step = Step::LearnUids;
    send(Fetch { m_set, { FetchItem::uid() } });
}

void MoveTask::copy()
{
    m_step = Step::Copy;
    send(Copy { m_uids, m_mailbox });
}

std::optional<UidSet> MoveTask::learnedUids() const
{
    const MailboxState *mailbox = session()->mailbox();
    if (!mailbox)
        return std::nullopt;
    const auto numbers = std::get<SequenceSet>(m_set).toNumbers(mailbox->exists());
    if (!numbers)
        return std::nullopt;
    QList<quint32> uids;
    for (quint32 seq : *numbers) {
        const quint32 uid = seq <= mailbox->exists() ? mailbox->uidAt(seq) : 0;
        if (uid == 0)
            return std::nullopt;
        uids.append(uid);
    }
    return UidSet::fromNumbers(uids);
}

bool MoveTask::offerUntagged(const Response &response)
{
    // RFC 6851 puts COPYUID in an untagged OK before the EXPUNGEs.
    const auto *status = std::get_if<UntaggedStatus>(&response);
    if (m_step != Step::Move || !status || status->status != StatusKind::Ok)
        return false;
    if (auto copyUid = copyUidFrom(status->code)) {
        m_copyUid = std::move(copyUid);
        return true;
    }
    return false;
}

void MoveTask::commandCompleted(CommandId, const TaggedStatus &status)
{
    if (status.status != StatusKind::Ok) {
        finishFromStatus(status);
        return;
    }
    switch (m_step) {
    case Step::Move:
        if (auto copyUid = copyUidFrom(status.code))
            m_copyUid = std::move(copyUid);
        succeed();
        return;
    case Step::LearnUids:
        if (const auto uids = learnedUids()) {
            m_uids = *uids;
            copy();
        } else {
            fail({ TaskErrorKind::ProtocolViolation, "FETCH did not give the UIDs", std::nullopt, std::nullopt });
        }
        return;
    case Step::Copy:
        m_copyUid = copyUidFrom(status.code);
        m_step = Step::MarkDeleted;
        send(Store { m_uids, StoreMode::Add, true, { "\\Deleted" } });
        return;
    case Step::MarkDeleted:
        if (!session()->hasCapability("UIDPLUS")) {
            m_originalsLeftDeleted = true;
            succeed();
            return;
        }
        m_step = Step::Expunge;
        send(Expunge { m_uids });
        return;
    case Step::Expunge:
        succeed();
        return;
    }
}

} // namespace quire::imap
