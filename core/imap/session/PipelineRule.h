#pragma once

// Which commands may be in flight together (RFC 3501 5.5). A server may send
// EXPUNGE during any command except FETCH, STORE and SEARCH, and an EXPUNGE
// renumbers messages, so a command that names messages by sequence number
// must never be in flight with one during which an EXPUNGE may arrive.
// Commands that change the session's state are barriers.

#include "core/imap/commands/Command.h"

#include <QList>

namespace quire::imap {

enum class PipelineClass {
    // Non-UID FETCH, STORE, SEARCH: use sequence numbers, and the server
    // promises no EXPUNGE while they run, so they pipeline with each other.
    SequenceSafe,
    // Non-UID COPY, MOVE, SORT, THREAD: use sequence numbers, and an EXPUNGE
    // may arrive while they run, so they share the pipe only with the above.
    SequenceUsing,
    // UID commands and everything else that does not change the state.
    Independent,
    // SELECT, EXAMINE, CLOSE, UNSELECT, LOGIN, AUTHENTICATE, STARTTLS,
    // COMPRESS, LOGOUT, IDLE, ENABLE: alone on the wire.
    Barrier,
};

PipelineClass pipelineClass(const Command &command);

// Whether a command of class candidate may be sent while commands of the
// classes in inFlight are outstanding.
bool mayPipeline(PipelineClass candidate, const QList<PipelineClass> &inFlight);

// Whether the command is only valid after authentication.
bool needsAuthentication(const Command &command);

} // namespace quire::imap
