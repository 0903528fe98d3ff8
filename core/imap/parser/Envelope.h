#pragma once

#include <QByteArray>
#include <QList>

#include <optional>

namespace quire::imap {

// One element of an ENVELOPE address list, exactly as RFC 3501 7.4.2 encodes
// it. Fields stay raw (RFC 2047 encoded words are decoded by core/mime).
// Groups are flattened the RFC way: a group starts with an address whose host
// is NIL and whose mailbox is the group name, and ends with one whose mailbox
// and host are both NIL. NIL and "" differ here, hence std::optional.
struct Address {
    std::optional<QByteArray> name;
    std::optional<QByteArray> adl;
    std::optional<QByteArray> mailbox;
    std::optional<QByteArray> host;

    bool operator==(const Address &) const = default;

    bool isGroupStart() const { return !host && mailbox; }
    bool isGroupEnd() const { return !host && !mailbox; }
};

// ENVELOPE (RFC 3501 7.4.2). NIL strings become empty, NIL lists empty lists.
struct Envelope {
    QByteArray date;
    QByteArray subject;
    QList<Address> from;
    QList<Address> sender;
    QList<Address> replyTo;
    QList<Address> to;
    QList<Address> cc;
    QList<Address> bcc;
    QByteArray inReplyTo;
    QByteArray messageId;

    bool operator==(const Envelope &) const = default;
};

} // namespace quire::imap
