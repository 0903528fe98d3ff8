// libFuzzer target for Content-Type / Content-Disposition parameters: RFC
// 2045 quoting, RFC 2231 continuations, charsets and languages, and the RFC
// 2047 words Outlook puts in parameter values. The first byte picks the
// fallback charset for raw 8-bit values.
#include "core/mime/HeaderParams.h"

#include <cstddef>
#include <cstdint>

namespace {

constexpr const char *fallbackCharsets[]
    = { "", "utf-8", "windows-1251", "iso-2022-jp", "shift_jis", "gb18030", "utf-16", "x-unknown" };

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace quire::mime;
    if (size == 0)
        return 0;
    const QByteArrayView input(reinterpret_cast<const char *>(data + 1), qsizetype(size - 1));
    const ParameterizedHeader header
        = parseParameterizedHeader(input, fallbackCharsets[data[0] % std::size(fallbackCharsets)]);
    // Parsing is deterministic and lookups agree with the list.
    if (!(header == parseParameterizedHeader(input, fallbackCharsets[data[0] % std::size(fallbackCharsets)])))
        __builtin_trap();
    for (const auto &[name, value] : header.params) {
        if (header.param(name).isNull())
            __builtin_trap();
    }
    return 0;
}
