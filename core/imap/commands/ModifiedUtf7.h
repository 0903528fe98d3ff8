#pragma once

// Mailbox names on the wire (RFC 3501 5.1.3): printable ASCII stays as it is,
// "&" becomes "&-", anything else is UTF-16 in modified base64 between "&"
// and "-".

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

namespace quire::imap {

QByteArray encodeMailboxName(const QString &name);

// Servers and other clients produce broken names; a shift sequence that is
// not valid modified UTF-7 is kept as its raw characters instead of being
// dropped, so the name still round-trips to the server unchanged.
QString decodeMailboxName(QByteArrayView encoded);

} // namespace quire::imap
