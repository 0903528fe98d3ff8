#pragma once

// Tasks that open, maintain and leave the selected mailbox: SELECT/EXAMINE,
// CHECK, CLOSE, UNSELECT, EXPUNGE.

#include "core/imap/session/MailboxState.h"
#include "core/imap/tasks/Task.h"

namespace quire::imap {

// SELECT, or EXAMINE when command.readOnly; with CONDSTORE / QRESYNC
// parameters as given. Result: the mailbox as the server described it,
// and with QRESYNC the UIDs that vanished since the client's modseq and
// the flags of those that changed.
class SelectTask : public Task
{
    Q_OBJECT
public:
    explicit SelectTask(Select command, QObject *parent = nullptr);
    bool offerUntagged(const Response &response) override;
    void commandCompleted(CommandId id, const TaggedStatus &status) override;

    const MailboxSnapshot &mailbox() const { return m_snapshot; }
    const UidSet &vanishedEarlier() const { return m_vanishedEarlier; }
    // Every FETCH with FLAGS during the SELECT, by UID; the last one wins.
    const QHash<quint32, MessageFlagState> &changedFlags() const { return m_changedFlags; }

protected:
    void run() override;

private:
    Select m_command;
    MailboxSnapshot m_snapshot;
    UidSet m_vanishedEarlier;
    QList<NumberRange> m_vanishedRanges;
    QHash<quint32, MessageFlagState> m_changedFlags;
};

class CheckTask : public SingleCommandTask
{
    Q_OBJECT
public:
    explicit CheckTask(QObject *parent = nullptr);
};

// CLOSE: leaves the mailbox AND expunges its \Deleted messages.
class CloseTask : public SingleCommandTask
{
    Q_OBJECT
public:
    explicit CloseTask(QObject *parent = nullptr);
};

// Leaves the selected mailbox without expunging anything. UNSELECT (RFC
// 3691) when offered. Otherwise the mailbox is re-opened with EXAMINE and
// then CLOSEd: CLOSE on a read-only mailbox removes nothing (RFC 3501
// 6.4.2), so this is safe on every server, where a plain CLOSE would
// expunge and the "SELECT a mailbox that does not exist" trick depends on
// the name really not existing.
class UnselectTask : public Task
{
    Q_OBJECT
public:
    explicit UnselectTask(QObject *parent = nullptr);
    void commandCompleted(CommandId id, const TaggedStatus &status) override;

protected:
    void run() override;

private:
    CommandId m_examine = 0;
};

// EXPUNGE; with UIDs, UID EXPUNGE (UIDPLUS) which removes only those. Never
// a plain EXPUNGE when UIDs were asked for: that would remove every message
// anybody marked \Deleted. Result: the UIDs that left (as far as known).
class ExpungeTask : public Task
{
    Q_OBJECT
public:
    explicit ExpungeTask(std::optional<UidSet> uids = std::nullopt, QObject *parent = nullptr);
    void commandCompleted(CommandId id, const TaggedStatus &status) override;
    const QList<quint32> &expunged() const { return m_expunged; }

protected:
    void run() override;
    // Stops listening however the task ends (cancelled, connection lost):
    // later expunges are not this command's.
    void finishing() override;

private:
    std::optional<UidSet> m_uids;
    QList<quint32> m_expunged;
    QMetaObject::Connection m_listening;
};

} // namespace quire::imap
