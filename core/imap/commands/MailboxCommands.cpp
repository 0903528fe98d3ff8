#include "core/imap/commands/CommandSerializers.h"

namespace quire::imap {

namespace {

QByteArrayView statusItemName(StatusItem item)
{
    switch (item) {
    case StatusItem::Messages:
        return "MESSAGES";
    case StatusItem::Recent:
        return "RECENT";
    case StatusItem::UidNext:
        return "UIDNEXT";
    case StatusItem::UidValidity:
        return "UIDVALIDITY";
    case StatusItem::Unseen:
        return "UNSEEN";
    case StatusItem::HighestModSeq:
        return "HIGHESTMODSEQ";
    case StatusItem::Size:
        return "SIZE";
    case StatusItem::Deleted:
        return "DELETED";
    }
    return {};
}

void writeQresync(CommandWriter &writer, const QresyncParameters &qresync)
{
    writer.atom("QRESYNC");
    writer.openList();
    writer.number(qresync.uidValidity);
    writer.number(qresync.modSeq);
    if (qresync.knownUids) {
        writer.set(*qresync.knownUids);
        if (qresync.sequenceMatch) {
            writer.openList();
            writer.set(qresync.sequenceMatch->sequenceNumbers);
            writer.set(qresync.sequenceMatch->uids);
            writer.closeList();
        }
    }
    writer.closeList();
}

void writeListSelection(CommandWriter &writer, const ListSelection &selection)
{
    if (selection == ListSelection {})
        return;
    writer.openList();
    if (selection.subscribed)
        writer.atom("SUBSCRIBED");
    if (selection.remote)
        writer.atom("REMOTE");
    if (selection.recursiveMatch)
        writer.atom("RECURSIVEMATCH");
    if (selection.specialUse)
        writer.atom("SPECIAL-USE");
    writer.closeList();
}

void writeListReturn(CommandWriter &writer, const ListReturn &returning)
{
    if (returning == ListReturn {})
        return;
    writer.atom("RETURN");
    writer.openList();
    if (returning.subscribed)
        writer.atom("SUBSCRIBED");
    if (returning.children)
        writer.atom("CHILDREN");
    if (returning.specialUse)
        writer.atom("SPECIAL-USE");
    if (!returning.status.isEmpty()) {
        writer.atom("STATUS");
        writeStatusItems(writer, returning.status);
    }
    writer.closeList();
}

void writeFlagList(CommandWriter &writer, const QList<QByteArray> &flags)
{
    writer.openList();
    for (const QByteArray &flag : flags)
        writer.atom(flag);
    writer.closeList();
}

} // namespace

void writeStatusItems(CommandWriter &writer, const QList<StatusItem> &items)
{
    writer.openList();
    for (StatusItem item : items)
        writer.atom(statusItemName(item));
    writer.closeList();
}

void writeCommand(CommandWriter &writer, const Select &command)
{
    writer.atom(command.readOnly ? "EXAMINE" : "SELECT");
    writer.mailbox(command.mailbox);
    if (!command.condstore && !command.qresync)
        return;
    writer.openList();
    if (command.condstore)
        writer.atom("CONDSTORE");
    if (command.qresync)
        writeQresync(writer, *command.qresync);
    writer.closeList();
}

void writeCommand(CommandWriter &writer, const Create &command)
{
    writer.atom("CREATE");
    writer.mailbox(command.mailbox);
    if (command.specialUse.isEmpty())
        return;
    writer.openList();
    writer.atom("USE");
    writeFlagList(writer, command.specialUse);
    writer.closeList();
}

void writeCommand(CommandWriter &writer, const Delete &command)
{
    writer.atom("DELETE");
    writer.mailbox(command.mailbox);
}

void writeCommand(CommandWriter &writer, const Rename &command)
{
    writer.atom("RENAME");
    writer.mailbox(command.from);
    writer.mailbox(command.to);
}

void writeCommand(CommandWriter &writer, const Subscribe &command)
{
    writer.atom("SUBSCRIBE");
    writer.mailbox(command.mailbox);
}

void writeCommand(CommandWriter &writer, const Unsubscribe &command)
{
    writer.atom("UNSUBSCRIBE");
    writer.mailbox(command.mailbox);
}

void writeCommand(CommandWriter &writer, const Status &command)
{
    writer.atom("STATUS");
    writer.mailbox(command.mailbox);
    writeStatusItems(writer, command.items);
}

void writeCommand(CommandWriter &writer, const List &command)
{
    writer.atom("LIST");
    writeListSelection(writer, command.selection);
    // The reference is a mailbox prefix, "" being the usual one.
    writer.mailbox(command.reference);
    if (command.patterns.size() == 1) {
        writer.listPattern(command.patterns.front());
    } else {
        writer.openList();
        for (const QString &pattern : command.patterns)
            writer.listPattern(pattern);
        writer.closeList();
    }
    writeListReturn(writer, command.returning);
}

void writeCommand(CommandWriter &writer, const Lsub &command)
{
    writer.atom("LSUB");
    writer.mailbox(command.reference);
    writer.listPattern(command.pattern);
}

void writeCommand(CommandWriter &writer, const Append &command)
{
    writer.atom("APPEND");
    writer.mailbox(command.mailbox);
    if (!command.flags.isEmpty())
        writeFlagList(writer, command.flags);
    if (command.internalDate)
        writer.dateTime(*command.internalDate);
    writer.literal(command.message);
}

void writeCommand(CommandWriter &writer, const Check &)
{
    writer.atom("CHECK");
}

void writeCommand(CommandWriter &writer, const Close &)
{
    writer.atom("CLOSE");
}

void writeCommand(CommandWriter &writer, const Unselect &)
{
    writer.atom("UNSELECT");
}

} // namespace quire::imap
