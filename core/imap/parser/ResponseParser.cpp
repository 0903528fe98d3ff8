#include "core/imap/parser/ResponseParser.h"

#include "core/imap/parser/ParseSteps.h"
#include "core/imap/parser/ResponseFramer.h"

namespace quire::imap {

namespace parse {

bool equalsUpper(QByteArrayView text, QByteArrayView upperCase)
{
    if (text.size() != upperCase.size())
        return false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        char c = text[i];
        if (c >= 'a' && c <= 'z')
            c = char(c - 32);
        if (c != upperCase[i])
            return false;
    }
    return true;
}

namespace {

std::optional<StatusKind> statusKeyword(QByteArrayView word)
{
    if (equalsUpper(word, "OK"))
        return StatusKind::Ok;
    if (equalsUpper(word, "NO"))
        return StatusKind::No;
    if (equalsUpper(word, "BAD"))
        return StatusKind::Bad;
    if (equalsUpper(word, "PREAUTH"))
        return StatusKind::Preauth;
    if (equalsUpper(word, "BYE"))
        return StatusKind::Bye;
    return std::nullopt;
}

// resp-text: an optional "[code]" then free text. Both may be missing
// ("* OK [UNSEEN 0]", "a1 OK").
template<typename StatusStruct> StatusStruct responseText(Lexer &lexer, StatusKind status)
{
    StatusStruct result;
    result.status = status;
    lexer.skipSpaces();
    result.code = responseCode(lexer);
    lexer.skipSpaces();
    result.text = lexer.restOfLine().toByteArray();
    return result;
}

Response continuation(Lexer &lexer)
{
    ContinuationRequest request;
    lexer.tryConsume(' ');
    if (lexer.peek() == '[') {
        request.code = responseCode(lexer);
        lexer.skipSpaces();
    }
    request.text = lexer.restOfLine().toByteArray();
    return request;
}

Response numberedResponse(Lexer &lexer)
{
    const quint32 number = lexer.number32();
    lexer.skipSpaces();
    const QByteArrayView keyword = lexer.requireAtom("a response name");
    if (equalsUpper(keyword, "EXISTS"))
        return ExistsResponse { number };
    if (equalsUpper(keyword, "RECENT"))
        return RecentResponse { number };
    if (equalsUpper(keyword, "EXPUNGE"))
        return ExpungeResponse { number };
    if (equalsUpper(keyword, "FETCH"))
        return fetch(lexer, number);
    lexer.skipSpaces();
    return UnknownResponse { keyword.toByteArray().toUpper(), lexer.restOfResponse().toByteArray() };
}

Response untagged(Lexer &lexer, bool &greetingPending)
{
    lexer.skipSpaces();
    if (lexer.peekDigit())
        return numberedResponse(lexer);
    const QByteArrayView keyword = lexer.requireAtom("a response name");
    if (const std::optional<StatusKind> status = statusKeyword(keyword)) {
        if (greetingPending && *status != StatusKind::No && *status != StatusKind::Bad)
            return responseText<Greeting>(lexer, *status);
        return responseText<UntaggedStatus>(lexer, *status);
    }
    if (std::optional<Response> data = untaggedData(lexer, keyword))
        return std::move(*data);
    lexer.skipSpaces();
    return UnknownResponse { keyword.toByteArray().toUpper(), lexer.restOfResponse().toByteArray() };
}

Response tagged(Lexer &lexer)
{
    const QByteArrayView tag = lexer.requireAtom("a tag");
    lexer.skipSpaces();
    const std::optional<StatusKind> status = statusKeyword(lexer.atom());
    if (!status || *status == StatusKind::Preauth || *status == StatusKind::Bye)
        lexer.fail(QStringLiteral("expected OK, NO or BAD after the tag"));
    TaggedStatus result = responseText<TaggedStatus>(lexer, *status);
    result.tag = tag.toByteArray();
    return result;
}

} // namespace

Response response(Lexer &lexer, bool &greetingPending)
{
    Response result;
    if (lexer.tryConsume('+'))
        result = continuation(lexer);
    else if (lexer.tryConsume('*'))
        result = untagged(lexer, greetingPending);
    else
        result = tagged(lexer);
    greetingPending = false;
    lexer.skipSpaces();
    if (!lexer.atResponseEnd())
        lexer.fail(QStringLiteral("unexpected bytes after the response"));
    return result;
}

} // namespace parse

namespace {

Response parseFrame(const ResponseFramer::Frame &frame, const ParserLimits &limits, bool &greetingPending)
{
    if (frame.error)
        return ParseError { *frame.error, frame.errorOffset, frame.fatal };
    Lexer lexer(frame.bytes, frame.spills, limits.maxNestingDepth);
    try {
        return parse::response(lexer, greetingPending);
    } catch (const LexerFailure &failure) {
        return ParseError { failure.message, ResponseFramer::streamOffsetOf(frame, failure.framePos) };
    }
}

} // namespace

ResponseParser::ResponseParser(ParserLimits limits)
    : m_limits(std::move(limits))
    , m_greetingPending(m_limits.expectGreeting)
{
    m_framer = std::make_unique<ResponseFramer>(m_limits, [this](const ResponseFramer::Frame &frame) {
        m_ready.push_back(parseFrame(frame, m_limits, m_greetingPending));
    });
}

ResponseParser::~ResponseParser() = default;

void ResponseParser::feed(QByteArrayView bytes)
{
    m_framer->feed(bytes);
}

std::optional<Response> ResponseParser::next()
{
    if (m_readyFront == m_ready.size())
        return std::nullopt;
    Response response = std::move(m_ready[m_readyFront++]);
    if (m_readyFront == m_ready.size()) {
        // Capacity for a usual read's responses is kept; what one huge feed
        // needed is not.
        if (m_ready.capacity() > 256)
            m_ready = std::vector<Response>();
        else
            m_ready.clear();
        m_readyFront = 0;
    } else if (m_readyFront >= 64 && m_readyFront * 2 >= m_ready.size()) {
        // A reader that never quite catches up must not keep the husks.
        m_ready.erase(m_ready.begin(), m_ready.begin() + qsizetype(m_readyFront));
        m_readyFront = 0;
    }
    return response;
}

qint64 ResponseParser::bytesConsumed() const
{
    return m_framer->bytesConsumed();
}

Response parseSingleResponse(QByteArrayView bytes, const ParserLimits &limits)
{
    const QList<SpilledLiteral> noSpills;
    bool greetingPending = limits.expectGreeting;
    return parseFrame(ResponseFramer::Frame { bytes, noSpills, 0, std::nullopt, 0 }, limits, greetingPending);
}

namespace {

template<typename Value, typename Parse>
std::optional<Value> parseValue(QByteArrayView text, const ParserLimits &limits, Parse parse)
{
    const QList<SpilledLiteral> noSpills;
    Lexer lexer(text, noSpills, limits.maxNestingDepth);
    try {
        Value value = parse(lexer);
        lexer.skipSpaces();
        if (lexer.pos() != text.size())
            return std::nullopt;
        return value;
    } catch (const LexerFailure &) {
        return std::nullopt;
    }
}

} // namespace

std::optional<Envelope> parseEnvelope(QByteArrayView text, const ParserLimits &limits)
{
    return parseValue<Envelope>(text, limits, [](Lexer &lexer) { return parse::envelope(lexer); });
}

std::optional<BodyStructure> parseBodyStructure(QByteArrayView text, const ParserLimits &limits)
{
    return parseValue<BodyStructure>(text, limits, [](Lexer &lexer) { return parse::bodyStructure(lexer); });
}

} // namespace quire::imap
