#pragma once

// Unstructured header values: RFC 2047 encoded words and RFC 6532 UTF-8.

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

namespace quire::mime {

// Unfolds and decodes a header value such as a Subject. Handles B and Q
// encoded words (with RFC 2231 "charset*lang"), drops whitespace between
// adjacent encoded words, and tolerates the broken forms real mail uses:
// encoded words inside quoted strings or glued to other text, and multibyte
// sequences split across adjacent words of the same charset (their bytes are
// joined before decoding). Raw 8-bit text is taken as UTF-8 when valid
// (RFC 6532), otherwise decoded with `fallbackCharset` (windows-1252 when
// empty).
QString decodeHeaderValue(QByteArrayView raw, QByteArrayView fallbackCharset = {});

} // namespace quire::mime
