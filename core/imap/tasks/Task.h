#pragma once

// One operation on a Session (LOGIN, SELECT, UID FETCH, a MOVE with its
// fallbacks, ...). A task issues one or more commands through the session,
// is offered the untagged responses that arrive while it runs, and is told
// when each of its commands completes.
//
// Every task finishes exactly once: succeeded, failed with a TaskError, or
// cancelled. The base class enforces that; a second attempt to finish is
// ignored and logged, so a broken server cannot make a task report twice.

#include "core/imap/commands/Command.h"
#include "core/imap/parser/Response.h"
#include "core/imap/session/TaskError.h"

#include <QObject>
#include <QPointer>

#include <optional>

namespace quire::imap {

class Session;

// Identifies one command of a task; stays valid after the tag is known.
using CommandId = quint64;

class Task : public QObject
{
    Q_OBJECT

public:
    enum class Outcome { Pending, Succeeded, Failed, Cancelled };

    explicit Task(QObject *parent = nullptr);
    ~Task() override;

    Outcome outcome() const { return m_outcome; }
    bool isFinished() const { return m_outcome != Outcome::Pending; }
    bool isStarted() const { return m_session != nullptr; }
    // Set when outcome() is Failed.
    const std::optional<TaskError> &error() const { return m_error; }

    // Finishes as Cancelled unless already finished. Commands not yet sent
    // are dropped; replies to commands in flight are ignored.
    void cancel();

    // The interface the Session drives. Not for other callers.
    void attach(Session *session);
    // An untagged response arrived while this task runs (after MailboxState
    // saw it). Return true to consume it.
    virtual bool offerUntagged(const Response &response);
    // "+" for a command of this task that did not wait for one (IDLE).
    virtual bool offerContinuation(CommandId id, const ContinuationRequest &request);
    // A command of this task got its tagged reply.
    virtual void commandCompleted(CommandId id, const TaggedStatus &status) = 0;
    // The connection ended or the session gave up: fail with this.
    virtual void abort(const TaskError &error);

Q_SIGNALS:
    // Exactly once, after the outcome is set.
    void finished(quire::imap::Task *task);
    void succeeded();
    void failed(const quire::imap::TaskError &error);
    void cancelled();

protected:
    // Issues the first command(s). Called once, from attach().
    virtual void run() = 0;
    // Lets a task tidy up (stop timers) when it finishes for any reason.
    virtual void finishing() { }

    Session *session() const { return m_session; }
    CommandId send(Command command);
    void succeed();
    void fail(TaskError error);
    // The usual ending: OK succeeds, NO/BAD fails.
    void finishFromStatus(const TaggedStatus &status);

private:
    bool finish(Outcome outcome);

    QPointer<Session> m_session;
    Outcome m_outcome = Outcome::Pending;
    std::optional<TaskError> m_error;
};

// A task that is one command whose tagged OK is the whole result.
class SingleCommandTask : public Task
{
    Q_OBJECT

public:
    void commandCompleted(CommandId id, const TaggedStatus &status) override;
    // The tagged reply's response code, e.g. [TRYCREATE] or [APPENDUID].
    const std::optional<ResponseCode> &resultCode() const { return m_resultCode; }

protected:
    SingleCommandTask(Command command, QObject *parent);
    void run() override;
    // Called on OK before the task succeeds.
    virtual void completedOk(const TaggedStatus &) { }

private:
    Command m_command;
    std::optional<ResponseCode> m_resultCode;
};

} // namespace quire::imap
