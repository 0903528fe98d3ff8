#include "core/imap/tasks/Task.h"

#include "core/imap/session/Session.h"

#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcTask, "quire.imap.task")

namespace quire::imap {

TaskError errorFromStatus(const TaggedStatus &status)
{
    TaskError error;
    error.kind = status.status == StatusKind::Bad ? TaskErrorKind::Bad : TaskErrorKind::No;
    error.serverText = status.text;
    error.code = status.code;
    return error;
}

Task::Task(QObject *parent)
    : QObject(parent)
{
}

Task::~Task() = default;

void Task::cancel()
{
    finish(Outcome::Cancelled);
}

void Task::attach(Session *session)
{
    if (m_session || isFinished()) {
        qCWarning(lcTask) << "task started twice" << metaObject()->className();
        return;
    }
    m_session = session;
    run();
}

bool Task::offerUntagged(const Response &)
{
    return false;
}

bool Task::offerContinuation(CommandId, const ContinuationRequest &)
{
    return false;
}

void Task::abort(const TaskError &error)
{
    fail(error);
}

CommandId Task::send(Command command)
{
    if (!m_session || isFinished())
        return 0;
    return m_session->enqueue(this, std::move(command));
}

void Task::succeed()
{
    finish(Outcome::Succeeded);
}

void Task::fail(TaskError error)
{
    if (isFinished()) {
        qCDebug(lcTask) << "ignoring a second ending of" << metaObject()->className();
        return;
    }
    m_error = std::move(error);
    finish(Outcome::Failed);
}

void Task::finishFromStatus(const TaggedStatus &status)
{
    if (status.status == StatusKind::Ok)
        succeed();
    else
        fail(errorFromStatus(status));
}

bool Task::finish(Outcome outcome)
{
    if (isFinished()) {
        qCDebug(lcTask) << "ignoring a second ending of" << metaObject()->className();
        return false;
    }
    m_outcome = outcome;
    finishing();
    switch (outcome) {
    case Outcome::Succeeded:
        Q_EMIT succeeded();
        break;
    case Outcome::Failed:
        Q_EMIT failed(*m_error);
        break;
    case Outcome::Cancelled:
        Q_EMIT cancelled();
        break;
    case Outcome::Pending:
        break;
    }
    Q_EMIT finished(this);
    return true;
}

SingleCommandTask::SingleCommandTask(Command command, QObject *parent)
    : Task(parent)
    , m_command(std::move(command))
{
}

void SingleCommandTask::run()
{
    send(m_command);
}

void SingleCommandTask::commandCompleted(CommandId, const TaggedStatus &status)
{
    m_resultCode = status.code;
    if (status.status == StatusKind::Ok)
        completedOk(status);
    finishFromStatus(status);
}

} // namespace quire::imap
