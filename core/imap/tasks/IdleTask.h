#pragma once

// IDLE (RFC 2177): keeps an IDLE running until stop() or cancel(). When
// another command is queued the session ends IDLE with DONE, sends the
// command, and this task re-issues IDLE behind it; every restartInterval
// (default 25 minutes, under the 29 RFC 2177 recommends) it does the same
// on its own so that the server does not drop us as inactive. What the
// server pushes while idling goes to MailboxState like anything else.

#include "core/imap/tasks/Task.h"

#include <QTimer>

#include <chrono>

namespace quire::imap {

class IdleTask : public Task
{
    Q_OBJECT
public:
    explicit IdleTask(std::chrono::milliseconds restartInterval = std::chrono::minutes(25), QObject *parent = nullptr);

    bool isIdling() const { return m_idling; }
    // Ends IDLE (DONE) and succeeds once the server confirms.
    void stop();

    bool offerContinuation(CommandId id, const ContinuationRequest &request) override;
    void commandCompleted(CommandId id, const TaggedStatus &status) override;

Q_SIGNALS:
    // The server said "+": it will now push changes.
    void idling();

protected:
    void run() override;
    void finishing() override;

private:
    void restart();

    CommandId m_command = 0;
    QTimer m_restartTimer;
    bool m_idling = false;
    bool m_stopRequested = false;
};

} // namespace quire::imap
