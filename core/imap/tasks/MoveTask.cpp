#include "core/imap/tasks/MoveTask.h"

#include "core/imap/session/Session.h"

namespace quire::imap {

MoveTask::MoveTask(UidSet uids, const QString &mailbox, QObject *parent)
    : Task(parent)
    , m_uids(std::move(uids))
    , m_mailbox(mailbox)
{
}

void MoveTask::run()
{
    if (session()->hasCapability("MOVE")) {
        m_usedMove = true;
        m_step = Step::Move;
        send(Move { m_uids, m_mailbox });
        return;
    }
    m_step = Step::Copy;
    send(Copy { m_uids, m_mailbox });
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
