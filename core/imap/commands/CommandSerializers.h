#pragma once

// One writeCommand overload per command struct, grouped in files like the
// structs are; Command.cpp dispatches to them. Internal to the builder.

#include "core/imap/commands/CommandWriter.h"
#include "core/imap/commands/MailboxCommands.h"
#include "core/imap/commands/MessageCommands.h"
#include "core/imap/commands/SessionCommands.h"

namespace quire::imap {

void writeCommand(CommandWriter &writer, const Capability &command);
void writeCommand(CommandWriter &writer, const Noop &command);
void writeCommand(CommandWriter &writer, const Logout &command);
void writeCommand(CommandWriter &writer, const StartTls &command);
void writeCommand(CommandWriter &writer, const Login &command);
void writeCommand(CommandWriter &writer, const Authenticate &command);
void writeCommand(CommandWriter &writer, const Idle &command);
void writeCommand(CommandWriter &writer, const Enable &command);
void writeCommand(CommandWriter &writer, const Id &command);
void writeCommand(CommandWriter &writer, const Namespace &command);
void writeCommand(CommandWriter &writer, const Compress &command);
void writeCommand(CommandWriter &writer, const Notify &command);

void writeCommand(CommandWriter &writer, const Select &command);
void writeCommand(CommandWriter &writer, const Create &command);
void writeCommand(CommandWriter &writer, const Delete &command);
void writeCommand(CommandWriter &writer, const Rename &command);
void writeCommand(CommandWriter &writer, const Subscribe &command);
void writeCommand(CommandWriter &writer, const Unsubscribe &command);
void writeCommand(CommandWriter &writer, const Status &command);
void writeCommand(CommandWriter &writer, const List &command);
void writeCommand(CommandWriter &writer, const Lsub &command);
void writeCommand(CommandWriter &writer, const Append &command);
void writeCommand(CommandWriter &writer, const Check &command);
void writeCommand(CommandWriter &writer, const Close &command);
void writeCommand(CommandWriter &writer, const Unselect &command);

void writeCommand(CommandWriter &writer, const Expunge &command);
void writeCommand(CommandWriter &writer, const Search &command);
void writeCommand(CommandWriter &writer, const Fetch &command);
void writeCommand(CommandWriter &writer, const Store &command);
void writeCommand(CommandWriter &writer, const Copy &command);
void writeCommand(CommandWriter &writer, const Move &command);
void writeCommand(CommandWriter &writer, const Sort &command);
void writeCommand(CommandWriter &writer, const Thread &command);

// STATUS data item names, shared by STATUS and LIST-STATUS.
void writeStatusItems(CommandWriter &writer, const QList<StatusItem> &items);

} // namespace quire::imap
