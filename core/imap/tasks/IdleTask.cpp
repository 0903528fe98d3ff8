#include "core/imap/tasks/IdleTask.h"

#include "core/imap/session/Session.h"

namespace quire::imap {

IdleTask::IdleTask(std::chrono::milliseconds restartInterval, QObject *parent)
    : Task(parent)
{
    m_restartTimer.setSingleShot(true);
    m_restartTimer.setInterval(restartInterval);
    connect(&m_restartTimer, &QTimer::timeout, this, &IdleTask::restart);
}

void IdleTask::run()
{
    if (!session()->hasCapability("IDLE")) {
        fail({ TaskErrorKind::CapabilityMissing, "IDLE", std::nullopt, std::nullopt });
        return;
    }
    m_command = send(Idle {});
}

void IdleTask::stop()
{
    m_stopRequested = true;
    if (isFinished())
        return;
    if (session() && session()->tagOf(m_command).isEmpty()) {
        // Not on the wire yet: nothing to end.
        session()->endIdle(m_command);
        succeed();
        return;
    }
    if (session())
        session()->endIdle(m_command);
}

void IdleTask::restart()
{
    if (session())
        session()->endIdle(m_command);
}

bool IdleTask::offerContinuation(CommandId id, const ContinuationRequest &)
{
    if (id != m_command)
        return false;
    m_idling = true;
    m_restartTimer.start();
    Q_EMIT idling();
    return true;
}

void IdleTask::commandCompleted(CommandId id, const TaggedStatus &status)
{
    if (id != m_command)
        return;
    m_idling = false;
    m_restartTimer.stop();
    if (status.status != StatusKind::Ok || m_stopRequested) {
        finishFromStatus(status);
        return;
    }
    // Interrupted for another command or for the keep-alive: idle again,
    // behind whatever is queued.
    m_command = send(Idle {});
}

void IdleTask::finishing()
{
    m_restartTimer.stop();
    m_idling = false;
}

} // namespace quire::imap
