#pragma once

// Charset decoding through ICU, with the label handling browsers use
// (WHATWG Encoding Standard), because mail clients mis-declare charsets the
// same way web pages do.

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

namespace quire::mime {

// Decodes `bytes` declared as `charset`. Mis-declarations are handled as
// browsers do: gb2312 -> GBK, ks_c_5601 / euc-kr -> CP949, iso-8859-1 and
// us-ascii -> windows-1252. An empty or unknown charset means UTF-8 when the
// bytes are valid UTF-8, otherwise `fallback` (a user setting). Never fails:
// undecodable bytes become U+FFFD.
QString decodeCharset(QByteArrayView bytes, QByteArrayView charset, QByteArrayView fallback = "windows-1252");

// The name of the converter decodeCharset uses for `charset` (after the
// browser-compatible remapping), e.g. "x-sjis" -> "Shift_JIS",
// "latin1" -> "windows-1252". Empty if no converter is known.
QByteArray canonicalCharsetName(QByteArrayView charset);

} // namespace quire::mime
