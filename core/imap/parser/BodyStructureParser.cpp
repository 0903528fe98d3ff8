// ENVELOPE and BODY/BODYSTRUCTURE (RFC 3501 7.4.2, grammar "body" in 9).
// Servers get these wrong more than anything else, so every field after the
// type is optional (a ')' ends the part early), NIL is accepted wherever a
// string, number or list is due, and unknown trailing data is skipped.
#include "core/imap/parser/ParseSteps.h"

namespace quire::imap::parse {

namespace {

// True when another field follows inside the current list.
bool hasMoreFields(Lexer &lexer)
{
    lexer.skipSpaces();
    return lexer.peek() != ')' && !lexer.atLineEnd();
}

void skipRemainingFields(Lexer &lexer)
{
    while (hasMoreFields(lexer))
        lexer.skipValue();
}

std::optional<QByteArray> nstringField(Lexer &lexer)
{
    lexer.skipSpaces();
    if (lexer.peek() == '(') {
        lexer.skipValue(); // A list where a string is due.
        return std::nullopt;
    }
    return lexer.nstring();
}

QByteArray stringField(Lexer &lexer)
{
    return nstringField(lexer).value_or(QByteArray());
}

bool equalsIgnoringCase(QByteArrayView text, QByteArrayView lowerCase)
{
    if (text.size() != lowerCase.size())
        return false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        char c = text[i];
        if (c >= 'A' && c <= 'Z')
            c = char(c + 32);
        if (c != lowerCase[i])
            return false;
    }
    return true;
}

// The handful of values that make up most of every body structure, shared
// instead of allocated anew for each part: allocation is most of the cost of
// parsing a BODYSTRUCTURE.
QByteArray commonValue(QByteArrayView text, bool lowerCase)
{
    static const QByteArray kCommon[] = {
        "text",
        "plain",
        "html",
        "multipart",
        "alternative",
        "mixed",
        "related",
        "application",
        "image",
        "message",
        "rfc822",
        "octet-stream",
        "pdf",
        "charset",
        "utf-8",
        "us-ascii",
        "boundary",
        "name",
        "filename",
        "7bit",
        "8bit",
        "quoted-printable",
        "base64",
        "attachment",
        "inline",
        "iso-8859-1",
    };
    for (const QByteArray &common : kCommon) {
        if (lowerCase ? equalsIgnoringCase(text, common) : QByteArrayView(common) == text)
            return common;
    }
    return lowerCase ? text.toByteArray().toLower() : text.toByteArray();
}

// A string field that is likely one of the common values above.
QByteArray tokenField(Lexer &lexer, bool lowerCase)
{
    lexer.skipSpaces();
    if (const std::optional<QByteArrayView> view = lexer.tryPlainQuoted())
        return commonValue(*view, lowerCase);
    return lowerCase ? stringField(lexer).toLower() : stringField(lexer);
}

quint64 numberField(Lexer &lexer)
{
    lexer.skipSpaces();
    if (lexer.peekDigit())
        return lexer.number();
    // NIL, "123" or -1 from broken servers: the size is unknown.
    const std::optional<QByteArray> text = nstringField(lexer);
    return text ? text->toULongLong() : 0;
}

Address address(Lexer &lexer)
{
    Address address;
    lexer.openList();
    if (hasMoreFields(lexer))
        address.name = nstringField(lexer);
    if (hasMoreFields(lexer))
        address.adl = nstringField(lexer);
    if (hasMoreFields(lexer))
        address.mailbox = nstringField(lexer);
    if (hasMoreFields(lexer))
        address.host = nstringField(lexer);
    skipRemainingFields(lexer);
    lexer.closeList();
    return address;
}

QList<Address> addressList(Lexer &lexer)
{
    QList<Address> addresses;
    lexer.skipSpaces();
    if (lexer.peek() != '(') {
        lexer.skipValue(); // NIL, or a string where a list is due.
        return addresses;
    }
    lexer.openList();
    while (hasMoreFields(lexer)) {
        if (lexer.peek() == '(')
            addresses.append(address(lexer));
        else
            lexer.skipValue();
    }
    lexer.closeList();
    return addresses;
}

BodyParameters parameterList(Lexer &lexer)
{
    BodyParameters parameters;
    lexer.skipSpaces();
    if (lexer.peek() != '(') {
        lexer.skipValue();
        return parameters;
    }
    lexer.openList();
    while (hasMoreFields(lexer)) {
        QByteArray name = tokenField(lexer, false);
        QByteArray value = hasMoreFields(lexer) ? tokenField(lexer, false) : QByteArray();
        parameters.append({ std::move(name), std::move(value) });
    }
    lexer.closeList();
    return parameters;
}

std::optional<BodyDisposition> disposition(Lexer &lexer)
{
    lexer.skipSpaces();
    if (lexer.peek() != '(') {
        // NIL, or just the type as a bare string.
        const std::optional<QByteArray> type = nstringField(lexer);
        if (!type)
            return std::nullopt;
        return BodyDisposition { *type, {} };
    }
    BodyDisposition result;
    lexer.openList();
    if (hasMoreFields(lexer))
        result.type = tokenField(lexer, false);
    if (hasMoreFields(lexer))
        result.parameters = parameterList(lexer);
    skipRemainingFields(lexer);
    lexer.closeList();
    return result;
}

QList<QByteArray> languageField(Lexer &lexer)
{
    lexer.skipSpaces();
    if (lexer.peek() == '(')
        return lexer.atomList();
    const std::optional<QByteArray> single = lexer.nstring();
    return single ? QList<QByteArray> { *single } : QList<QByteArray> {};
}

// body-ext-1part / body-ext-mpart after the parameters (or MD5): disposition,
// language, location, then anything newer that we do not know.
void dispositionLanguageLocation(Lexer &lexer, BodyStructure &body)
{
    if (hasMoreFields(lexer))
        body.disposition = disposition(lexer);
    if (hasMoreFields(lexer))
        body.language = languageField(lexer);
    if (hasMoreFields(lexer))
        body.location = stringField(lexer);
    skipRemainingFields(lexer);
}

BodyStructure bodyAfterParen(Lexer &lexer);

void multipart(Lexer &lexer, BodyStructure &body)
{
    body.type = "multipart";
    body.children.reserve(3);
    while (true) {
        lexer.skipSpaces();
        if (lexer.peek() != '(')
            break;
        lexer.openList();
        body.children.push_back(bodyAfterParen(lexer));
    }
    // RFC 2046: an unknown (here: missing) multipart subtype is read as mixed.
    body.subtype = hasMoreFields(lexer) ? tokenField(lexer, true) : QByteArray("mixed");
    if (body.subtype.isEmpty())
        body.subtype = "mixed";
    if (hasMoreFields(lexer))
        body.parameters = parameterList(lexer);
    dispositionLanguageLocation(lexer, body);
}

void singlePart(Lexer &lexer, BodyStructure &body)
{
    body.type = tokenField(lexer, true);
    if (!hasMoreFields(lexer))
        return;
    body.subtype = tokenField(lexer, true);
    if (!hasMoreFields(lexer))
        return;
    body.parameters = parameterList(lexer);
    if (hasMoreFields(lexer))
        body.id = stringField(lexer);
    if (hasMoreFields(lexer))
        body.description = stringField(lexer);
    if (hasMoreFields(lexer))
        body.encoding = tokenField(lexer, false);
    if (hasMoreFields(lexer))
        body.size = numberField(lexer);
    if (!hasMoreFields(lexer))
        return;
    if (body.type == "message" && (body.subtype == "rfc822" || body.subtype == "global") && lexer.peek() == '(') {
        body.envelope = envelope(lexer);
        lexer.skipSpaces();
        if (lexer.peek() == '(') {
            lexer.openList();
            body.children.push_back(bodyAfterParen(lexer));
        } else if (hasMoreFields(lexer)) {
            lexer.skipValue(); // NIL body
        }
        if (hasMoreFields(lexer))
            body.lines = numberField(lexer);
    } else if (body.type == "text" || lexer.peekDigit()) {
        // Some servers send body-fld-lines for other types too; a number here cannot be the MD5.
        body.lines = numberField(lexer);
    }
    if (hasMoreFields(lexer))
        body.md5 = stringField(lexer);
    dispositionLanguageLocation(lexer, body);
}

// After the part's opening '('; consumes its closing ')'.
BodyStructure bodyAfterParen(Lexer &lexer)
{
    BodyStructure body;
    lexer.skipSpaces();
    if (lexer.peek() == '(')
        multipart(lexer, body);
    else
        singlePart(lexer, body);
    skipRemainingFields(lexer);
    lexer.closeList();
    return body;
}

} // namespace

Envelope envelope(Lexer &lexer)
{
    Envelope envelope;
    lexer.skipSpaces();
    if (lexer.peek() != '(') {
        lexer.skipValue(); // NIL envelope
        return envelope;
    }
    lexer.openList();
    QList<Address> *const addressFields[]
        = { &envelope.from, &envelope.sender, &envelope.replyTo, &envelope.to, &envelope.cc, &envelope.bcc };
    if (hasMoreFields(lexer))
        envelope.date = stringField(lexer);
    if (hasMoreFields(lexer))
        envelope.subject = stringField(lexer);
    // Servers fill Sender and Reply-To with From when the message has
    // none (RFC 3501 7.4.2), so they are mostly the same bytes: those share
    // From's list instead of allocating it twice more.
    QByteArrayView fromText;
    for (QList<Address> *field : addressFields) {
        if (!hasMoreFields(lexer))
            continue;
        const qsizetype start = lexer.pos();
        const QByteArrayView rest = lexer.frame().sliced(start);
        if (!fromText.isEmpty() && rest.startsWith(fromText)) {
            lexer.setPos(start + fromText.size());
            *field = envelope.from;
            continue;
        }
        *field = addressList(lexer);
        if (field == &envelope.from && rest.startsWith('(') && !lexer.hasSpilledLiterals())
            fromText = lexer.slice(start, lexer.pos());
    }
    if (hasMoreFields(lexer))
        envelope.inReplyTo = stringField(lexer);
    if (hasMoreFields(lexer))
        envelope.messageId = stringField(lexer);
    skipRemainingFields(lexer);
    lexer.closeList();
    return envelope;
}

BodyStructure bodyStructure(Lexer &lexer)
{
    lexer.skipSpaces();
    if (lexer.peek() != '(') {
        lexer.skipValue(); // "BODYSTRUCTURE NIL" (Exchange on damaged messages)
        return BodyStructure {};
    }
    lexer.openList();
    return bodyAfterParen(lexer);
}

} // namespace quire::imap::parse
