#include "core/imap/commands/Command.h"

#include "core/imap/commands/CommandSerializers.h"

namespace quire::imap {

SerializedCommand serialize(const Command &command, QByteArrayView tag, const CommandContext &context)
{
    CommandWriter writer(context, tag);
    std::visit([&writer](const auto &typed) { writeCommand(writer, typed); }, command);
    return writer.finish();
}

SerializedCommand idleDone()
{
    return { { { "DONE\r\n", SegmentEnd::CommandComplete } } };
}

} // namespace quire::imap
