// libFuzzer target for the response parser. The input is fed in chunks whose
// sizes come from the input itself, so the fuzzer explores literal and line
// splits as well as content. Every response is also dumped to JSON, which
// walks every field the parser produced.
#include "core/imap/parser/ResponseJson.h"
#include "core/imap/parser/ResponseParser.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace quire::imap;
    ParserLimits limits;
    // Small limits so the fuzzer reaches the limit paths (and spooling) quickly.
    limits.maxLiteralSize = 4096;
    limits.literalFileThreshold = 512;
    limits.maxLineLength = 8192;
    limits.maxResponseSize = 16384;
    limits.maxNestingDepth = 64;
    limits.expectGreeting = size > 0 && (data[0] & 1);
    ResponseParser parser(limits);

    const QByteArrayView input(reinterpret_cast<const char *>(data), qsizetype(size));
    qsizetype pos = 0;
    size_t step = 0;
    while (pos < input.size()) {
        // Chunk length from a byte of the input: 1..64 bytes.
        const qsizetype chunk = 1 + qsizetype(data[(step * 7) % size] % 64);
        const qsizetype length = std::min(chunk, input.size() - pos);
        parser.feed(input.sliced(pos, length));
        pos += length;
        ++step;
        while (std::optional<Response> response = parser.next())
            (void)toJson(*response);
    }
    return 0;
}
