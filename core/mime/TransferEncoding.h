#pragma once

// Content-Transfer-Encoding decoders (RFC 2045 section 6). Every decoder is
// tolerant: real mail has junk in base64, broken QP escapes and missing
// padding, and a reader must show what it can rather than nothing.

#include <QByteArray>
#include <QByteArrayView>

namespace quire::mime {

// Skips characters outside the base64 alphabet (line breaks, spaces, junk);
// bad or missing padding is accepted and a trailing partial group decodes to
// the bytes it fully covers. Both the standard and URL-safe alphabets work.
QByteArray decodeBase64(QByteArrayView in);

// Body quoted-printable: "=\r\n" / "=\n" soft breaks are removed, trailing
// whitespace before a line break is dropped, and an '=' not followed by two
// hex digits is kept literally.
QByteArray decodeQuotedPrintable(QByteArrayView in);

// The RFC 2047 "Q" encoding used in encoded words: like QP, but '_' is a
// space and there are no line breaks.
QByteArray decodeQEncoding(QByteArrayView in);

// Dispatches on a Content-Transfer-Encoding value (case-insensitive, spaces
// around it ignored): base64, quoted-printable, 7bit, 8bit, binary,
// x-uuencode / uuencode / x-uue. Unknown encodings return the body as is.
QByteArray decodeTransferEncoding(QByteArrayView body, QByteArrayView encoding);

// 0 to 15 for a hex digit of either case, else -1: for quoted-printable's
// "=XY" here and RFC 2231's "%XY" in parameter values.
int hexDigitValue(char c);

} // namespace quire::mime
