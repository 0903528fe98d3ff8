#pragma once

// The fixture of the session and task scenarios: a ScenarioRunner, an owner
// for tasks, and a count of how often each task finished (it must be once).

#include "core/imap/tasks/Task.h"
#include "tests/support/ScenarioRunner.h"

#include <QHash>
#include <QObject>

#include <gtest/gtest.h>

namespace quire::test {

class SessionScenario : public ::testing::Test
{
protected:
    explicit SessionScenario(imap::SessionConfig config = ScenarioRunner::defaultConfig())
        : runner(std::move(config))
    {
    }

    template<typename T, typename... Args> T *start(Args &&...args)
    {
        T *task = new T(std::forward<Args>(args)...);
        task->setParent(&owner);
        QObject::connect(task, &imap::Task::finished, [this](imap::Task *finished) { ++finishCounts[finished]; });
        runner.session().start(task);
        return task;
    }

    int finishCount(imap::Task *task) const { return finishCounts.value(task); }

    static imap::TaskErrorKind errorKind(const imap::Task *task)
    {
        return task->error() ? task->error()->kind : imap::TaskErrorKind::ProtocolViolation;
    }

    ScenarioRunner runner;
    QObject owner;
    QHash<imap::Task *, int> finishCounts;
};

using Outcome = imap::Task::Outcome;

} // namespace quire::test
