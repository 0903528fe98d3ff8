#include "core/imap/commands/CommandSerializers.h"

namespace quire::imap {

namespace {

// "FETCH 1:3" or "UID FETCH 4:9": the kind of set decides the form.
void writeNameAndSet(CommandWriter &writer, QByteArrayView name, const MessageSet &set)
{
    if (const auto *uids = std::get_if<UidSet>(&set)) {
        writer.atom("UID");
        writer.atom(name);
        writer.set(*uids);
    } else {
        writer.atom(name);
        writer.set(std::get<SequenceSet>(set));
    }
}

QByteArrayView returnOptionName(SearchReturnOption option)
{
    switch (option) {
    case SearchReturnOption::Min:
        return "MIN";
    case SearchReturnOption::Max:
        return "MAX";
    case SearchReturnOption::All:
        return "ALL";
    case SearchReturnOption::Count:
        return "COUNT";
    case SearchReturnOption::Save:
        return "SAVE";
    }
    return {};
}

QByteArrayView sortKeyName(SortCriterion::Key key)
{
    switch (key) {
    case SortCriterion::Key::Arrival:
        return "ARRIVAL";
    case SortCriterion::Key::Cc:
        return "CC";
    case SortCriterion::Key::Date:
        return "DATE";
    case SortCriterion::Key::From:
        return "FROM";
    case SortCriterion::Key::Size:
        return "SIZE";
    case SortCriterion::Key::Subject:
        return "SUBJECT";
    case SortCriterion::Key::To:
        return "TO";
    case SortCriterion::Key::DisplayFrom:
        return "DISPLAYFROM";
    case SortCriterion::Key::DisplayTo:
        return "DISPLAYTO";
    }
    return {};
}

QByteArrayView storeItemName(StoreMode mode, bool silent)
{
    switch (mode) {
    case StoreMode::Replace:
        return silent ? "FLAGS.SILENT" : "FLAGS";
    case StoreMode::Add:
        return silent ? "+FLAGS.SILENT" : "+FLAGS";
    case StoreMode::Remove:
        return silent ? "-FLAGS.SILENT" : "-FLAGS";
    }
    return {};
}

// SEARCH, SORT and THREAD all end in "1*(SP search-key)".
void writeCriteria(CommandWriter &writer, const QList<SearchKey> &keys)
{
    if (keys.isEmpty())
        SearchKey::all().write(writer);
    else
        writeSearchKeys(writer, keys);
}

void writeUidPrefix(CommandWriter &writer, bool byUid)
{
    if (byUid)
        writer.atom("UID");
}

} // namespace

QByteArrayView threadAlgorithmName(Thread::Algorithm algorithm)
{
    switch (algorithm) {
    case Thread::Algorithm::OrderedSubject:
        return "ORDEREDSUBJECT";
    case Thread::Algorithm::References:
        return "REFERENCES";
    case Thread::Algorithm::Refs:
        return "REFS";
    }
    return {};
}

void writeCommand(CommandWriter &writer, const Expunge &command)
{
    if (!command.uids) {
        writer.atom("EXPUNGE");
        return;
    }
    writer.atom("UID EXPUNGE");
    writer.set(*command.uids);
}

void writeCommand(CommandWriter &writer, const Search &command)
{
    writeUidPrefix(writer, command.byUid);
    writer.atom("SEARCH");
    if (command.returnOptions) {
        writer.atom("RETURN");
        writer.openList();
        for (SearchReturnOption option : *command.returnOptions)
            writer.atom(returnOptionName(option));
        writer.closeList();
    }
    if (command.charset) {
        writer.atom("CHARSET");
        writer.astring(*command.charset);
    }
    writeCriteria(writer, command.keys);
}

void writeCommand(CommandWriter &writer, const Fetch &command)
{
    writeNameAndSet(writer, "FETCH", command.set);
    if (command.items.size() == 1) {
        writer.atom(command.items.front().toImap());
    } else {
        writer.openList();
        for (const FetchItem &item : command.items)
            writer.atom(item.toImap());
        writer.closeList();
    }
    if (!command.changedSince)
        return;
    writer.openList();
    writer.atom("CHANGEDSINCE");
    writer.number(*command.changedSince);
    if (command.vanished)
        writer.atom("VANISHED");
    writer.closeList();
}

void writeCommand(CommandWriter &writer, const Store &command)
{
    writeNameAndSet(writer, "STORE", command.set);
    if (command.unchangedSince) {
        writer.openList();
        writer.atom("UNCHANGEDSINCE");
        writer.number(*command.unchangedSince);
        writer.closeList();
    }
    writer.atom(storeItemName(command.mode, command.silent));
    writer.openList();
    for (const QByteArray &flag : command.flags)
        writer.atom(flag);
    writer.closeList();
}

void writeCommand(CommandWriter &writer, const Copy &command)
{
    writeNameAndSet(writer, "COPY", command.set);
    writer.mailbox(command.mailbox);
}

void writeCommand(CommandWriter &writer, const Move &command)
{
    writeNameAndSet(writer, "MOVE", command.set);
    writer.mailbox(command.mailbox);
}

void writeCommand(CommandWriter &writer, const Sort &command)
{
    writeUidPrefix(writer, command.byUid);
    writer.atom("SORT");
    writer.openList();
    for (const SortCriterion &criterion : command.criteria) {
        if (criterion.reverse)
            writer.atom("REVERSE");
        writer.atom(sortKeyName(criterion.key));
    }
    writer.closeList();
    writer.astring(command.charset);
    writeCriteria(writer, command.keys);
}

void writeCommand(CommandWriter &writer, const Thread &command)
{
    writeUidPrefix(writer, command.byUid);
    writer.atom("THREAD");
    writer.atom(threadAlgorithmName(command.algorithm));
    writer.astring(command.charset);
    writeCriteria(writer, command.keys);
}

} // namespace quire::imap
