#pragma once

// Moves messages to another mailbox. UID MOVE (RFC 6851) when offered, or
// MOVE for a SequenceSet. Otherwise UID COPY, then UID STORE +FLAGS.SILENT
// (\Deleted), then, with UIDPLUS, UID EXPUNGE of exactly those UIDs. Without
// UIDPLUS it stops after the STORE: a plain EXPUNGE would also remove every
// other message someone marked \Deleted. The originals then stay, marked
// \Deleted, and originalsLeftDeleted() says so, for the caller to tell the
// user. A SequenceSet's fallback first asks FETCH (UID) what the numbers
// stand for (no EXPUNGE may arrive during a FETCH) and then goes by UID: an
// EXPUNGE during the COPY would renumber what a STORE by number names.

#include "core/imap/tasks/MessageTasks.h"

namespace quire::imap {

class MoveTask : public Task
{
    Q_OBJECT
public:
    MoveTask(MessageSet set, const QString &mailbox, QObject *parent = nullptr);
    bool offerUntagged(const Response &response) override;
    void commandCompleted(CommandId id, const TaggedStatus &status) override;

    const std::optional<CopyUidResult> &copyUid() const { return m_copyUid; }
    bool originalsLeftDeleted() const { return m_originalsLeftDeleted; }
    bool usedMoveCommand() const { return m_usedMove; }

protected:
    void run() override;

private:
    enum class Step { Move, LearnUids, Copy, MarkDeleted, Expunge };

    void copy();
    // The UIDs of the sequence numbers asked for, from MailboxState; nullopt
    // when the server did not say one of them.
    std::optional<UidSet> learnedUids() const;

    MessageSet m_set;
    UidSet m_uids;
    QString m_mailbox;
    Step m_step = Step::Move;
    std::optional<CopyUidResult> m_copyUid;
    bool m_originalsLeftDeleted = false;
    bool m_usedMove = false;
};

} // namespace quire::imap
