#include "core/imap/commands/CommandSerializers.h"

namespace quire::imap {

Authenticate Authenticate::plain(const QString &user, const QString &password, const QString &authorizationId)
{
    return { "PLAIN", authorizationId.toUtf8() + '\0' + user.toUtf8() + '\0' + password.toUtf8() };
}

Authenticate Authenticate::oauthBearer(
    const QString &user, const QString &accessToken, const QString &host, quint16 port)
{
    // RFC 5801 saslname: "," and "=" in the authzid are escaped as =2C and =3D.
    QByteArray name = user.toUtf8();
    name.replace('=', "=3D").replace(',', "=2C");
    QByteArray message = "n,a=" + name + ",\x01";
    if (!host.isEmpty())
        message += "host=" + host.toUtf8() + '\x01';
    if (port != 0)
        message += "port=" + QByteArray::number(port) + '\x01';
    message += "auth=Bearer " + accessToken.toUtf8() + "\x01\x01";
    return { "OAUTHBEARER", message };
}

Authenticate Authenticate::xoauth2(const QString &user, const QString &accessToken)
{
    return { "XOAUTH2",
        "user=" + user.toUtf8()
            + "\x01"
              "auth=Bearer "
            + accessToken.toUtf8() + "\x01\x01" };
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

namespace {

const char *notifyEventName(NotifyEvent event)
{
    switch (event) {
    case NotifyEvent::MessageNew:
        return "MessageNew";
    case NotifyEvent::MessageExpunge:
        return "MessageExpunge";
    case NotifyEvent::FlagChange:
        return "FlagChange";
    case NotifyEvent::MailboxName:
        return "MailboxName";
    case NotifyEvent::SubscriptionChange:
        return "SubscriptionChange";
    }
    return "";
}

void writeNotifyMailboxes(CommandWriter &writer, const NotifyMailboxes &mailboxes)
{
    using Kind = NotifyMailboxes::Kind;
    switch (mailboxes.kind) {
    case Kind::Selected:
        return writer.atom("SELECTED");
    case Kind::SelectedDelayed:
        return writer.atom("SELECTED-DELAYED");
    case Kind::Inboxes:
        return writer.atom("INBOXES");
    case Kind::Personal:
        return writer.atom("PERSONAL");
    case Kind::Subscribed:
        return writer.atom("SUBSCRIBED");
    case Kind::Subtree:
        writer.atom("SUBTREE");
        break;
    case Kind::Mailboxes:
        writer.atom("MAILBOXES");
        break;
    }
    // one-or-more-mailbox: a lone mailbox, or a parenthesized list.
    if (mailboxes.names.size() == 1)
        return writer.mailbox(mailboxes.names.front());
    writer.openList();
    for (const QString &name : mailboxes.names)
        writer.mailbox(name);
    writer.closeList();
}

} // namespace

void writeCommand(CommandWriter &writer, const Notify &command)
{
    writer.atom("NOTIFY");
    if (command.groups.isEmpty()) {
        writer.atom("NONE");
        return;
    }
    writer.atom("SET");
    if (command.status)
        writer.atom("STATUS");
    for (const NotifyGroup &group : command.groups) {
        writer.openList();
        writeNotifyMailboxes(writer, group.mailboxes);
        if (group.events.isEmpty()) {
            writer.atom("NONE");
        } else {
            writer.openList();
            for (NotifyEvent event : group.events) {
                writer.atom(notifyEventName(event));
                if (event != NotifyEvent::MessageNew || group.messageNewFetch.isEmpty())
                    continue;
                writer.openList();
                for (const FetchItem &item : group.messageNewFetch)
                    writer.atom(item.toImap());
                writer.closeList();
            }
            writer.closeList();
        }
        writer.closeList();
    }
}

} // namespace quire::imap
