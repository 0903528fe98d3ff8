// libFuzzer target for modified UTF-7 mailbox names (RFC 3501 5.1.3). Beyond
// not crashing, names must round-trip: whatever a server sends decodes to a
// name that encodes and decodes back to itself, and any well-formed Unicode
// name survives encode then decode unchanged (a mismatch would make Quire
// address a different mailbox than the one the user picked).
#include "core/imap/commands/ModifiedUtf7.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace quire::imap;
    const QByteArrayView input(reinterpret_cast<const char *>(data), qsizetype(size));

    const QString fromServer = decodeMailboxName(input);
    if (decodeMailboxName(encodeMailboxName(fromServer)) != fromServer)
        __builtin_trap();

    // fromUtf8 replaces malformed sequences, so the name is valid UTF-16.
    const QString typed = QString::fromUtf8(input);
    const QByteArray wire = encodeMailboxName(typed);
    for (char c : wire) {
        if (c < 0x20 || c > 0x7e)
            __builtin_trap(); // the wire form is printable ASCII only
    }
    if (decodeMailboxName(wire) != typed)
        __builtin_trap();
    return 0;
}
