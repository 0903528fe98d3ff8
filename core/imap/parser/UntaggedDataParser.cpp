// Untagged responses that start with a keyword: CAPABILITY, LIST/LSUB, STATUS,
// SEARCH/SORT, ESEARCH, FLAGS, VANISHED, ENABLED, NAMESPACE, ID, THREAD.
#include "core/imap/parser/ParseSteps.h"

namespace quire::imap::parse {

namespace {

QList<QByteArray> atomsToLineEnd(Lexer &lexer)
{
    QList<QByteArray> items;
    while (true) {
        lexer.skipSpaces();
        if (lexer.atLineEnd())
            return items;
        items.append(lexer.string());
    }
}

std::optional<char> delimiter(Lexer &lexer)
{
    const std::optional<QByteArray> text = lexer.nstring();
    if (!text || text->isEmpty())
        return std::nullopt;
    return text->at(0);
}

// mbox-list-extended: (tag value tag value ...), values kept raw except the
// two RFC 5258 defines.
void listExtended(Lexer &lexer, ListResponse &list)
{
    lexer.openList();
    while (true) {
        lexer.skipSpaces();
        if (lexer.peek() == ')')
            break;
        if (lexer.atLineEnd())
            lexer.fail(QStringLiteral("unterminated LIST extended data"));
        const QByteArray tag = lexer.string().toUpper();
        lexer.skipSpaces();
        if (tag == "CHILDINFO") {
            list.childInfo = lexer.atomList();
        } else if (tag == "OLDNAME") {
            const QList<QByteArray> names = lexer.atomList();
            if (!names.isEmpty())
                list.oldName = names.first();
        } else {
            list.otherExtended.append({ tag, lexer.skipValue().toByteArray() });
        }
    }
    lexer.closeList();
}

Response list(Lexer &lexer, bool lsub)
{
    ListResponse list;
    list.lsub = lsub;
    list.attributes = lexer.atomList();
    list.delimiter = delimiter(lexer);
    list.mailbox = lexer.astring();
    lexer.skipSpaces();
    if (lexer.peek() == '(')
        listExtended(lexer, list);
    return list;
}

Response status(Lexer &lexer)
{
    StatusResponse status;
    status.mailbox = lexer.astring();
    lexer.skipSpaces();
    if (lexer.atLineEnd())
        return status; // Some servers send the name alone for an empty answer.
    lexer.openList();
    while (true) {
        lexer.skipSpaces();
        if (lexer.tryCloseList())
            break;
        if (lexer.atLineEnd())
            lexer.fail(QStringLiteral("unterminated STATUS list"));
        const QByteArrayView name = lexer.requireAtom("a STATUS item");
        lexer.skipSpaces();
        if (!lexer.peekDigit())
            continue; // An item without a value: ignore it, keep the others.
        const quint64 value = lexer.number();
        if (equalsUpper(name, "MESSAGES"))
            status.messages = value;
        else if (equalsUpper(name, "RECENT"))
            status.recent = value;
        else if (equalsUpper(name, "UIDNEXT"))
            status.uidNext = value;
        else if (equalsUpper(name, "UIDVALIDITY"))
            status.uidValidity = value;
        else if (equalsUpper(name, "UNSEEN"))
            status.unseen = value;
        else if (equalsUpper(name, "HIGHESTMODSEQ"))
            status.highestModSeq = value;
        else if (equalsUpper(name, "SIZE"))
            status.size = value;
        else if (equalsUpper(name, "DELETED"))
            status.deleted = value;
        else
            status.other.append({ name.toByteArray().toUpper(), value });
    }
    return status;
}

// SEARCH / SORT: numbers, then optionally "(MODSEQ n)" (RFC 7162).
Response search(Lexer &lexer, bool sort)
{
    SearchResponse search;
    search.sort = sort;
    while (true) {
        lexer.skipSpaces();
        if (lexer.atLineEnd())
            break;
        if (lexer.peekDigit()) {
            search.ids.append(lexer.number32());
            continue;
        }
        lexer.openList();
        lexer.skipSpaces();
        if (!lexer.tryKeyword("MODSEQ"))
            lexer.fail(QStringLiteral("expected MODSEQ"));
        lexer.skipSpaces();
        search.modSeq = lexer.number();
        lexer.closeList();
    }
    return search;
}

Response esearch(Lexer &lexer)
{
    ESearchResponse result;
    lexer.skipSpaces();
    if (lexer.peek() == '(') {
        // search-correlator: (TAG "a1")
        lexer.openList();
        lexer.skipSpaces();
        if (!lexer.tryKeyword("TAG"))
            lexer.fail(QStringLiteral("expected TAG"));
        result.tag = lexer.string();
        lexer.closeList();
    }
    while (true) {
        lexer.skipSpaces();
        if (lexer.atLineEnd())
            break;
        const QByteArrayView name = lexer.requireAtom("an ESEARCH item");
        if (equalsUpper(name, "UID")) {
            result.uid = true;
            continue;
        }
        lexer.skipSpaces();
        if (equalsUpper(name, "MIN")) {
            result.min = lexer.number32();
        } else if (equalsUpper(name, "MAX")) {
            result.max = lexer.number32();
        } else if (equalsUpper(name, "COUNT")) {
            result.count = lexer.number();
        } else if (equalsUpper(name, "MODSEQ")) {
            result.modSeq = lexer.number();
        } else if (equalsUpper(name, "ALL")) {
            result.all = NumberSet::parse(lexer.atom());
            if (!result.all)
                lexer.fail(QStringLiteral("expected a sequence set after ALL"));
        } else {
            result.other.append({ name.toByteArray().toUpper(), lexer.skipValue().toByteArray() });
        }
    }
    return result;
}

Response vanished(Lexer &lexer)
{
    VanishedResponse result;
    if (lexer.tryOpenList()) {
        lexer.skipSpaces();
        if (!lexer.tryKeyword("EARLIER"))
            lexer.fail(QStringLiteral("expected EARLIER"));
        result.earlier = true;
        lexer.closeList();
    }
    lexer.skipSpaces();
    const std::optional<NumberSet> uids = NumberSet::parse(lexer.atom());
    if (!uids)
        lexer.fail(QStringLiteral("expected a UID set"));
    result.uids = UidSet(*uids);
    return result;
}

QList<NamespaceEntry> namespaceList(Lexer &lexer)
{
    QList<NamespaceEntry> entries;
    lexer.skipSpaces();
    if (lexer.tryKeyword("NIL"))
        return entries;
    lexer.openList();
    while (true) {
        lexer.skipSpaces();
        if (lexer.tryCloseList())
            break;
        lexer.openList();
        NamespaceEntry entry;
        entry.prefix = lexer.string();
        entry.delimiter = delimiter(lexer);
        while (true) {
            lexer.skipSpaces();
            if (lexer.peek() == ')' || lexer.atLineEnd())
                break;
            const QByteArray name = lexer.string();
            entry.extensions.append({ name, lexer.atomList() });
        }
        lexer.closeList();
        entries.append(entry);
    }
    return entries;
}

Response namespaces(Lexer &lexer)
{
    NamespaceResponse result;
    result.personal = namespaceList(lexer);
    result.otherUsers = namespaceList(lexer);
    result.shared = namespaceList(lexer);
    return result;
}

Response id(Lexer &lexer)
{
    IdResponse result;
    lexer.skipSpaces();
    if (lexer.tryKeyword("NIL"))
        return result;
    lexer.openList();
    while (true) {
        lexer.skipSpaces();
        if (lexer.tryCloseList())
            break;
        if (lexer.atLineEnd())
            lexer.fail(QStringLiteral("unterminated ID list"));
        const QByteArray key = lexer.string();
        lexer.skipSpaces();
        if (lexer.peek() == ')') {
            result.fields.append({ key, std::nullopt }); // Odd count: a key without value.
            continue;
        }
        result.fields.append({ key, lexer.nstring() });
    }
    return result;
}

// thread-list after its '(' (RFC 5256): thread-members, a chain of numbers,
// then optionally thread-nested, the branches under the chain's last number.
// The chain is read in a loop into a flat list, so its length costs neither
// stack nor nesting depth; each branch is a parenthesised list, which
// openList() counts against the nesting limit.
ThreadNode threadList(Lexer &lexer)
{
    ThreadNode node;
    while (true) {
        lexer.skipSpaces();
        if (lexer.tryCloseList())
            return node;
        if (lexer.atLineEnd())
            lexer.fail(QStringLiteral("unterminated THREAD list"));
        if (lexer.peekDigit()) {
            // The grammar puts every branch after the chain; a number after a
            // branch would have no parent the reply names.
            if (!node.branches.empty())
                lexer.fail(QStringLiteral("a message number after a THREAD branch"));
            node.chain.push_back(lexer.number32());
            continue;
        }
        lexer.openList();
        node.branches.push_back(threadList(lexer));
    }
}

Response thread(Lexer &lexer)
{
    ThreadResponse result;
    while (true) {
        lexer.skipSpaces();
        if (lexer.atLineEnd())
            return result;
        lexer.openList();
        result.threads.push_back(threadList(lexer));
    }
}

} // namespace

std::optional<Response> untaggedData(Lexer &lexer, QByteArrayView keyword)
{
    if (equalsUpper(keyword, "CAPABILITY"))
        return CapabilityResponse { atomsToLineEnd(lexer) };
    if (equalsUpper(keyword, "LIST"))
        return list(lexer, false);
    if (equalsUpper(keyword, "LSUB"))
        return list(lexer, true);
    if (equalsUpper(keyword, "STATUS"))
        return status(lexer);
    if (equalsUpper(keyword, "SEARCH"))
        return search(lexer, false);
    if (equalsUpper(keyword, "SORT"))
        return search(lexer, true);
    if (equalsUpper(keyword, "ESEARCH"))
        return esearch(lexer);
    if (equalsUpper(keyword, "FLAGS"))
        return FlagsResponse { lexer.atomList() };
    if (equalsUpper(keyword, "VANISHED"))
        return vanished(lexer);
    if (equalsUpper(keyword, "ENABLED"))
        return EnabledResponse { atomsToLineEnd(lexer) };
    if (equalsUpper(keyword, "NAMESPACE"))
        return namespaces(lexer);
    if (equalsUpper(keyword, "ID"))
        return id(lexer);
    if (equalsUpper(keyword, "THREAD"))
        return thread(lexer);
    return std::nullopt;
}

} // namespace quire::imap::parse
