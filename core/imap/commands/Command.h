#pragma once

// The command builder's entry point: a typed command and a tag in, the
// segments to write out.

#include "core/imap/commands/MailboxCommands.h"
#include "core/imap/commands/MessageCommands.h"
#include "core/imap/commands/SerializedCommand.h"
#include "core/imap/commands/SessionCommands.h"

#include <QByteArrayView>

#include <variant>

namespace quire::imap {

using Command = std::variant<Capability, Noop, Logout, StartTls, Login, Authenticate, Idle, Enable, Id, Namespace,
    Compress, Notify, Select, Create, Delete, Rename, Subscribe, Unsubscribe, Status, List, Lsub, Append, Check, Close,
    Unselect, Expunge, Search, Fetch, Store, Copy, Move, Sort, Thread>;

SerializedCommand serialize(const Command &command, QByteArrayView tag, const CommandContext &context);

// "DONE", which ends IDLE; it has no tag.
SerializedCommand idleDone();

} // namespace quire::imap
