#pragma once

// The session's bookkeeping for one command; private to Session's sources.

#include "core/imap/session/Session.h"
#include "core/imap/tasks/Task.h"

namespace quire::imap {

struct Session::PendingCommand {
    CommandId id = 0;
    QPointer<Task> owner;
    // NOOPs the session sends for keep-alive have no task.
    bool sessionOwned = false;
    Command command;
    PipelineClass pipeline = PipelineClass::Independent;
    QByteArray tag;
    SerializedCommand wire;
    qsizetype nextSegment = 0;
    bool waitingForContinuation = false;
    // IDLE: "+" makes it idling; DONE ends it.
    bool isIdle = false;
    bool idling = false;
    bool doneRequested = false;
    bool doneSent = false;
    // LOGIN and AUTHENTICATE: keep the arguments out of the protocol log.
    bool redact = false;
};

} // namespace quire::imap
