// libFuzzer target: the TNEF (winmail.dat) reader on raw bytes. The valid
// signature is prepended half of the time so the fuzzer reaches the
// attribute and property parsers without having to discover it.
#include "core/mime/Tnef.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace quire::mime;
    QByteArray input(reinterpret_cast<const char *>(data), qsizetype(size));
    if (size % 2)
        input.prepend(QByteArray("\x78\x9f\x3e\x22\x01\x00", 6));
    const TnefContent tnef = unpackTnef(input);
    qsizetype total = tnef.htmlBody.size() + tnef.plainBody.size() + tnef.rtfBody.size();
    for (const TnefAttachment &attachment : tnef.attachments)
        total += attachment.fileName.size() + attachment.data.size();
    if (total < 0) // never true; keeps the reading from being optimised away
        __builtin_trap();
    return 0;
}
