#pragma once

#include "core/imap/parser/ParserLimits.h"
#include "core/imap/parser/Response.h"

#include <QByteArrayView>

#include <memory>
#include <optional>
#include <vector>

namespace quire::imap {

class ResponseFramer;

// Incremental IMAP response parser.
//
//     ResponseParser parser;
//     parser.feed(socket.readAll());          // any chunking, literals split anywhere
//     while (auto response = parser.next())
//         handle(*response);
//
// Every complete response becomes one Response; one that cannot be parsed, or
// that exceeds a ParserLimits bound, becomes a ParseError and parsing resumes
// with the next response. feed() is linear in the number of bytes fed.
class ResponseParser
{
public:
    explicit ResponseParser(ParserLimits limits = {});
    ~ResponseParser();
    ResponseParser(const ResponseParser &) = delete;
    ResponseParser &operator=(const ResponseParser &) = delete;

    void feed(QByteArrayView bytes);

    bool hasResponse() const { return m_readyFront < m_ready.size(); }
    // The oldest complete response not yet taken, or nullopt.
    std::optional<Response> next();

    // Bytes fed so far; ParseError offsets count from the first of them.
    qint64 bytesConsumed() const;
    const ParserLimits &limits() const { return m_limits; }

private:
    ParserLimits m_limits;
    std::unique_ptr<ResponseFramer> m_framer;
    // Parsed and not yet taken, from m_readyFront on. A vector that keeps
    // its capacity, not a deque: a Response is over 1.5 KB, so a deque
    // allocated and freed a node per response, of a size glibc's malloc
    // serves on its slow path (a tenth of the parsing thread's malloc time).
    std::vector<Response> m_ready;
    size_t m_readyFront = 0;
    bool m_greetingPending;
};

// Parses one complete response (line(s) plus literals, CRLF included), for
// callers that have already framed their input. ParseError offsets count from
// the start of bytes.
Response parseSingleResponse(QByteArrayView bytes, const ParserLimits &limits = {});

// One ENVELOPE or BODYSTRUCTURE value alone, as FetchResponse::envelopeSource
// and bodyStructureSource keep it; nullopt unless the text is exactly one
// value (read as tolerantly as in a FETCH response).
std::optional<Envelope> parseEnvelope(QByteArrayView text, const ParserLimits &limits = {});
std::optional<BodyStructure> parseBodyStructure(QByteArrayView text, const ParserLimits &limits = {});

} // namespace quire::imap
