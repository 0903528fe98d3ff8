#include "core/imap/tasks/SelectedTasks.h"

#include "core/imap/session/Session.h"

namespace quire::imap {

SelectTask::SelectTask(Select command, QObject *parent)
    : Task(parent)
    , m_command(std::move(command))
{
}

void SelectTask::run()
{
    send(m_command);
}

bool SelectTask::offerUntagged(const Response &response)
{
    if (const auto *fetch = std::get_if<FetchResponse>(&response)) {
        // The mailbox state placed it already; seen, not taken.
        const quint32 uid = fetch->uid ? *fetch->uid
            : session()->mailbox()     ? session()->mailbox()->uidAt(fetch->seq)
                                       : 0;
        if (uid != 0 && fetch->flags)
            m_changedFlags.insert(uid, { *fetch->flags, fetch->modSeq.value_or(0) });
        return false;
    }
    const auto *vanished = std::get_if<VanishedResponse>(&response);
    if (!vanished || !vanished->earlier)
        return false;
    m_vanishedRanges += vanished->uids.ranges();
    m_vanishedEarlier = UidSet::fromRanges(m_vanishedRanges);
    return true;
}

void SelectTask::commandCompleted(CommandId, const TaggedStatus &status)
{
    if (status.status == StatusKind::Ok && session()->mailbox())
        m_snapshot = session()->mailbox()->snapshot();
    finishFromStatus(status);
}

CheckTask::CheckTask(QObject *parent)
    : SingleCommandTask(Check {}, parent)
{
}

CloseTask::CloseTask(QObject *parent)
    : SingleCommandTask(Close {}, parent)
{
}

UnselectTask::UnselectTask(QObject *parent)
    : Task(parent)
{
}

void UnselectTask::run()
{
    if (session()->hasCapability("UNSELECT")) {
        send(Unselect {});
        return;
    }
    const MailboxState *mailbox = session()->mailbox();
    if (!mailbox) {
        // Nothing selected: already where the caller wants to be.
        succeed();
        return;
    }
    m_examine = send(Select { mailbox->name(), true });
}

void UnselectTask::commandCompleted(CommandId id, const TaggedStatus &status)
{
    if (id == m_examine && id != 0) {
        if (status.status != StatusKind::Ok) {
            // A failed EXAMINE already left the mailbox (RFC 3501 6.3.2).
            finishFromStatus(TaggedStatus { status.tag, StatusKind::Ok, std::nullopt, {} });
            return;
        }
        send(Close {});
        return;
    }
    finishFromStatus(status);
}

ExpungeTask::ExpungeTask(std::optional<UidSet> uids, QObject *parent)
    : Task(parent)
    , m_uids(std::move(uids))
{
}

void ExpungeTask::run()
{
    if (m_uids && !session()->hasCapability("UIDPLUS")) {
        fail({ TaskErrorKind::CapabilityMissing, "UIDPLUS", std::nullopt, std::nullopt });
        return;
    }
    if (MailboxState *mailbox = session()->mailbox()) {
        m_listening = connect(
            mailbox, &MailboxState::messagesExpunged, this, [this](const QList<quint32> &uids) { m_expunged += uids; });
    }
    send(Expunge { m_uids });
}

void ExpungeTask::commandCompleted(CommandId, const TaggedStatus &status)
{
    finishFromStatus(status);
}

void ExpungeTask::finishing()
{
    disconnect(m_listening);
}

} // namespace quire::imap
