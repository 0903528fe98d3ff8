#pragma once

// RFC 5322 / RFC 2045-2049 parsing of a whole message into a MimePart tree.

#include "core/mime/MimeMessage.h"

#include <QByteArray>
#include <QByteArrayView>

namespace quire::mime {

// Never fails: anything is a message, possibly with no headers and a
// text/plain body. Tolerates bare LF, header lines without a colon, a
// leading mbox "From " line, missing or wrong boundaries (a missing final
// boundary, trailing junk after a boundary, preamble and epilogue), and
// nested messages that were transfer-encoded against RFC 2046.
MimeMessage parseMessage(const QByteArray &source, const ParseLimits &limits = {});

// The header block at the start of `bytes`: fields plus where the body
// starts (after the empty line, or at the first line that cannot be a header).
struct HeaderBlock {
    HeaderList headers;
    qsizetype bodyOffset = 0;
};
HeaderBlock parseHeaderBlock(QByteArrayView bytes);

} // namespace quire::mime
