// resp-text-code: "[" code "]" at the start of resp-text.
#include "core/imap/parser/ParseSteps.h"

namespace quire::imap::parse {

namespace {

using Kind = ResponseCode::Kind;

struct KnownCode {
    const char *name;
    Kind kind;
};

constexpr KnownCode kKnownCodes[] = {
    { "ALERT", Kind::Alert },
    { "BADCHARSET", Kind::BadCharset },
    { "CAPABILITY", Kind::Capability },
    { "PARSE", Kind::Parse },
    { "PERMANENTFLAGS", Kind::PermanentFlags },
    { "READ-ONLY", Kind::ReadOnly },
    { "READ-WRITE", Kind::ReadWrite },
    { "TRYCREATE", Kind::TryCreate },
    { "UIDNEXT", Kind::UidNext },
    { "UIDVALIDITY", Kind::UidValidity },
    { "UNSEEN", Kind::Unseen },
    { "APPENDUID", Kind::AppendUid },
    { "COPYUID", Kind::CopyUid },
    { "HIGHESTMODSEQ", Kind::HighestModSeq },
    { "NOMODSEQ", Kind::NoModSeq },
    { "MODIFIED", Kind::Modified },
    { "CLOSED", Kind::Closed },
    { "BADEVENT", Kind::BadEvent },
    { "NOTIFICATIONOVERFLOW", Kind::NotificationOverflow },
};

// The end of the code: the first ']' outside a quoted string, or -1.
qsizetype findCodeEnd(QByteArrayView text, qsizetype from)
{
    bool inQuote = false;
    for (qsizetype i = from; i < text.size(); ++i) {
        const char c = text[i];
        if (c == '\r' || c == '\n')
            return -1;
        if (inQuote) {
            if (c == '\\')
                ++i;
            else if (c == '"')
                inQuote = false;
        } else if (c == '"') {
            inQuote = true;
        } else if (c == ']') {
            return i;
        }
    }
    return -1;
}

NumberSet numberSet(Lexer &lexer)
{
    lexer.skipSpaces();
    const std::optional<NumberSet> set = NumberSet::parse(lexer.atom());
    if (!set)
        lexer.fail(QStringLiteral("expected a sequence set"));
    return *set;
}

QList<QByteArray> atomsToEnd(Lexer &lexer)
{
    QList<QByteArray> items;
    while (true) {
        lexer.skipSpaces();
        if (lexer.atLineEnd())
            return items;
        items.append(lexer.string());
    }
}

// Reads the arguments of a known code from its own lexer (the bytes between
// the name and ']'). Throws when they do not fit; the caller then keeps the
// code raw.
void readArguments(Lexer &lexer, ResponseCode &code)
{
    switch (code.kind) {
    case Kind::BadCharset:
        lexer.skipSpaces();
        if (!lexer.atLineEnd())
            code.list = lexer.atomList();
        break;
    case Kind::Capability:
        code.list = atomsToEnd(lexer);
        break;
    case Kind::PermanentFlags:
    case Kind::BadEvent: // Dovecot 2.3 sends BADEVENT's events without parentheses
        lexer.skipSpaces();
        code.list = lexer.peek() == '(' ? lexer.atomList() : atomsToEnd(lexer);
        break;
    case Kind::UidNext:
    case Kind::UidValidity:
    case Kind::Unseen:
    case Kind::HighestModSeq:
        lexer.skipSpaces();
        code.number = lexer.number();
        break;
    case Kind::AppendUid:
        lexer.skipSpaces();
        code.number = lexer.number();
        code.uids = UidSet(numberSet(lexer));
        break;
    case Kind::CopyUid:
        lexer.skipSpaces();
        code.number = lexer.number();
        code.sourceUids = UidSet(numberSet(lexer));
        code.uids = UidSet(numberSet(lexer));
        break;
    case Kind::Modified:
        code.modified = numberSet(lexer);
        break;
    default:
        break;
    }
    lexer.skipSpaces();
    if (!lexer.atLineEnd())
        lexer.fail(QStringLiteral("unexpected response code arguments"));
}

} // namespace

std::optional<ResponseCode> responseCode(Lexer &lexer)
{
    if (lexer.peek() != '[')
        return std::nullopt;
    const qsizetype end = findCodeEnd(lexer.frame(), lexer.pos() + 1);
    if (end < 0)
        return std::nullopt; // A stray '[' in the text, not a code.
    const QByteArrayView contents = lexer.slice(lexer.pos() + 1, end);
    lexer.setPos(end + 1);

    const QList<SpilledLiteral> noSpills;
    Lexer inner(contents, noSpills, 8);
    inner.skipSpaces();
    ResponseCode code;
    code.name = inner.atom().toByteArray().toUpper();
    const qsizetype argumentsStart = inner.pos();
    for (const KnownCode &known : kKnownCodes) {
        if (code.name == known.name) {
            code.kind = known.kind;
            break;
        }
    }
    if (code.kind != Kind::Other) {
        try {
            readArguments(inner, code);
            return code;
        } catch (const LexerFailure &) {
            // Readable as a code, not as its arguments: keep it raw rather
            // than lose the whole response ("[UIDNEXT]", "[UNSEEN x]").
            const QByteArray name = code.name;
            code = ResponseCode {};
            code.name = name;
        }
    }
    code.raw = contents.sliced(argumentsStart).trimmed().toByteArray();
    return code;
}

} // namespace quire::imap::parse
