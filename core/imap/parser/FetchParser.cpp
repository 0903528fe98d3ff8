// msg-att of "* n FETCH (...)" (RFC 3501 7.4.2, RFC 3516 BINARY, RFC 7162 MODSEQ).
#include "core/imap/parser/ParseSteps.h"

namespace quire::imap::parse {

namespace {

bool isItemNameChar(char c)
{
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '.' || c == '-'
        || c == '_' || c == '$';
}

struct ItemName {
    QByteArrayView name;
    bool hasSection = false;
    QByteArrayView section;
    std::optional<quint64> origin;
};

ItemName itemName(Lexer &lexer)
{
    ItemName item;
    const qsizetype start = lexer.pos();
    while (isItemNameChar(lexer.peek()))
        lexer.setPos(lexer.pos() + 1);
    item.name = lexer.slice(start, lexer.pos());
    if (item.name.isEmpty())
        lexer.fail(QStringLiteral("expected a FETCH item name"));
    if (lexer.tryConsume('[')) {
        // The section may hold a parenthesised header list with quoted names.
        const qsizetype sectionStart = lexer.pos();
        int depth = 0;
        bool inQuote = false;
        while (true) {
            if (lexer.atLineEnd())
                lexer.fail(QStringLiteral("unterminated section"));
            const char c = lexer.peek();
            if (inQuote) {
                if (c == '\\')
                    lexer.setPos(lexer.pos() + 1);
                else if (c == '"')
                    inQuote = false;
            } else if (c == '"') {
                inQuote = true;
            } else if (c == '(') {
                ++depth;
            } else if (c == ')') {
                --depth;
            } else if (c == ']' && depth <= 0) {
                break;
            }
            lexer.setPos(lexer.pos() + 1);
        }
        item.hasSection = true;
        item.section = lexer.slice(sectionStart, lexer.pos());
        lexer.expect(']');
        if (lexer.tryConsume('<')) {
            item.origin = lexer.number();
            lexer.expect('>');
        }
    }
    return item;
}

QList<QByteArray> flagList(Lexer &lexer)
{
    QList<QByteArray> flags;
    flags.reserve(4);
    lexer.skipSpaces();
    if (lexer.tryKeyword("NIL"))
        return flags;
    lexer.openList();
    while (true) {
        lexer.skipSpaces();
        if (lexer.tryCloseList())
            return flags;
        if (lexer.atLineEnd())
            lexer.fail(QStringLiteral("unterminated FLAGS list"));
        flags.append(lexer.string());
    }
}

FetchBodySection section(FetchBodySection::Kind kind, const ItemName &item, Lexer &lexer)
{
    FetchBodySection section;
    section.kind = kind;
    section.section = item.section.toByteArray();
    section.origin = item.origin;
    section.data = lexer.messageData();
    return section;
}

void item(Lexer &lexer, FetchResponse &fetch)
{
    const ItemName item = itemName(lexer);
    lexer.skipSpaces();
    const QByteArrayView name = item.name;
    if (item.hasSection) {
        if (equalsUpper(name, "BODY")) {
            fetch.sections.append(section(FetchBodySection::Kind::Body, item, lexer));
        } else if (equalsUpper(name, "BINARY")) {
            fetch.sections.append(section(FetchBodySection::Kind::Binary, item, lexer));
        } else if (equalsUpper(name, "BINARY.SIZE")) {
            fetch.binarySizes.append({ item.section.toByteArray(), lexer.number() });
        } else {
            const qsizetype start = lexer.pos();
            lexer.skipValue();
            const QByteArray fullName = lexer.slice(name.data() - lexer.frame().data(), start).trimmed().toByteArray();
            fetch.unknown.append({ fullName, lexer.slice(start, lexer.pos()).toByteArray() });
        }
        return;
    }
    if (equalsUpper(name, "UID")) {
        fetch.uid = lexer.number32();
    } else if (equalsUpper(name, "FLAGS")) {
        fetch.flags = flagList(lexer);
    } else if (equalsUpper(name, "INTERNALDATE")) {
        fetch.internalDate = lexer.string();
    } else if (equalsUpper(name, "RFC822.SIZE")) {
        fetch.rfc822Size = lexer.number();
    } else if (equalsUpper(name, "ENVELOPE")) {
        const qsizetype start = lexer.pos();
        fetch.envelope = envelope(lexer);
        fetch.envelopeSource = lexer.slice(start, lexer.pos()).trimmed().toByteArray();
    } else if (equalsUpper(name, "BODYSTRUCTURE")) {
        const qsizetype start = lexer.pos();
        fetch.bodyStructure = bodyStructure(lexer);
        fetch.bodyStructureSource = lexer.slice(start, lexer.pos()).trimmed().toByteArray();
    } else if (equalsUpper(name, "BODY")) {
        fetch.body = bodyStructure(lexer);
    } else if (equalsUpper(name, "MODSEQ")) {
        lexer.openList();
        lexer.skipSpaces();
        fetch.modSeq = lexer.number();
        lexer.closeList();
    } else if (equalsUpper(name, "RFC822")) {
        fetch.sections.append(section(FetchBodySection::Kind::Rfc822, item, lexer));
    } else if (equalsUpper(name, "RFC822.HEADER")) {
        fetch.sections.append(section(FetchBodySection::Kind::Rfc822Header, item, lexer));
    } else if (equalsUpper(name, "RFC822.TEXT")) {
        fetch.sections.append(section(FetchBodySection::Kind::Rfc822Text, item, lexer));
    } else {
        fetch.unknown.append({ name.toByteArray(), lexer.skipValue().toByteArray() });
    }
}

} // namespace

FetchResponse fetch(Lexer &lexer, quint32 seq)
{
    FetchResponse fetch;
    fetch.seq = seq;
    lexer.openList();
    while (true) {
        lexer.skipSpaces();
        if (lexer.tryCloseList())
            return fetch;
        if (lexer.atLineEnd())
            lexer.fail(QStringLiteral("unterminated FETCH list"));
        item(lexer, fetch);
    }
}

} // namespace quire::imap::parse
