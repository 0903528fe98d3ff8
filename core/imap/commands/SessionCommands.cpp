#include "core/imap/commands/CommandSerializers.h"

namespace quire::imap {

Authenticate Authenticate::plain(const QString &user, const QString &password, const QString &authorizationId)
{
    return { "PLAIN", authorizationId.toUtf8() + '\0' + user.toUtf8() + '\0' + password.toUtf8() };
}

void writeCommand(CommandWriter &writer, const Capability &)
{
    writer.atom("CAPABILITY");
}

void writeCommand(CommandWriter &writer, const Noop &)
{
    writer.atom("NOOP");
}

void writeCommand(CommandWriter &writer, const Logout &)
{
    writer.atom("LOGOUT");
}

void writeCommand(CommandWriter &writer, const StartTls &)
{
    writer.atom("STARTTLS");
}

void writeCommand(CommandWriter &writer, const Login &command)
{
    writer.atom("LOGIN");
    writer.astring(command.user.toUtf8());
    writer.astring(command.password.toUtf8());
}

void writeCommand(CommandWriter &writer, const Authenticate &command)
{
    writer.atom("AUTHENTICATE");
    writer.atom(command.mechanism);
    if (!command.initialResponse)
        return;
    if (!writer.context().saslInitialResponse) {
        // The response answers the server's (empty) "+" on a line of its own.
        writer.endLineAndWaitForContinuation();
        writer.atom(command.initialResponse->toBase64());
        return;
    }
    // RFC 4959: an empty initial response is sent as "=".
    writer.atom(command.initialResponse->isEmpty() ? QByteArray("=") : command.initialResponse->toBase64());
}

void writeCommand(CommandWriter &writer, const Idle &)
{
    writer.atom("IDLE");
}

void writeCommand(CommandWriter &writer, const Enable &command)
{
    writer.atom("ENABLE");
    for (const QByteArray &capability : command.capabilities)
        writer.atom(capability);
}

void writeCommand(CommandWriter &writer, const Id &command)
{
    writer.atom("ID");
    if (command.fields.isEmpty()) {
        writer.atom("NIL");
        return;
    }
    writer.openList();
    for (const IdField &field : command.fields) {
        writer.string(field.key.toUtf8());
        writer.nstring(field.value ? std::optional(field.value->toUtf8()) : std::nullopt);
    }
    writer.closeList();
}

void writeCommand(CommandWriter &writer, const Namespace &)
{
    writer.atom("NAMESPACE");
}

void writeCommand(CommandWriter &writer, const Compress &)
{
    writer.atom("COMPRESS DEFLATE");
}

} // namespace quire::imap
