// libFuzzer target for RFC 2047 encoded words (decodeHeaderValue) and the
// header and body decoders around them: every decoder gets the same bytes;
// none may crash, hang or read out of bounds. RFC 2231 parameters have their
// own target (fuzz_rfc2231).

#include "core/mime/Address.h"
#include "core/mime/Charset.h"
#include "core/mime/DateTime.h"
#include "core/mime/EncodedWords.h"
#include "core/mime/FormatFlowed.h"
#include "core/mime/MessageIds.h"
#include "core/mime/TransferEncoding.h"

#include <cstddef>
#include <cstdint>

namespace {

// The charsets with the most involved ICU converters (stateful, multibyte).
constexpr const char *fuzzedCharsets[] = { "utf-8", "iso-8859-1", "windows-1251", "koi8-r", "iso-2022-jp", "shift_jis",
    "euc-jp", "gb2312", "gb18030", "big5", "euc-kr", "utf-7", "utf-16", "x-unknown", "" };

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArrayView input(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    using namespace quire::mime;

    decodeHeaderValue(input);
    if (size > 0)
        decodeHeaderValue(input.sliced(1), fuzzedCharsets[data[0] % std::size(fuzzedCharsets)]);
    const AddressList addresses = parseAddressList(input);
    for (const MailAddress &address : addresses.allMailboxes())
        formatAddress(address);
    parseMailDate(input);
    parseMessageIds(input);
    decodeQuotedPrintable(input);
    decodeBase64(input);
    decodeTransferEncoding(input, "x-uuencode");

    if (size > 0) {
        const char *charset = fuzzedCharsets[data[0] % std::size(fuzzedCharsets)];
        const QString text = decodeCharset(input.sliced(1), charset);
        unflowText(text, (data[0] & 0x80) != 0);
    }
    return 0;
}
