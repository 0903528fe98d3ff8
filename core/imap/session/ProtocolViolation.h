#pragma once

// Something a broken or hostile server did that the session survived. These
// are logged and reported, never fatal by themselves.

#include <QByteArray>
#include <QMetaType>

namespace quire::imap {

enum class ProtocolViolationKind {
    UnknownTag, // a tagged reply for a tag we never sent (or already completed)
    UnexpectedContinuation, // "+" when nothing waits for one
    UnparsableResponse, // the parser gave a ParseError
    ExpungeBeyondExists, // EXPUNGE n with n > EXISTS, or n == 0
    FetchBeyondExists, // FETCH for a sequence number > EXISTS, or 0
    ExistsTooLarge, // EXISTS above MailboxState::MaxExists
    ExistsDecreased, // EXISTS smaller than the count we had, without EXPUNGE
    InvalidUidValidity, // UIDVALIDITY 0
    UidValidityChanged, // UIDVALIDITY changed while the mailbox stayed selected
    VanishedUnknownUid, // VANISHED (not EARLIER) for UIDs we cannot place
    DataAfterStartTls, // bytes after "OK Begin TLS" in the same read: discarded
    UntaggedWithoutMailbox, // EXISTS/EXPUNGE/FETCH while no mailbox is selected
};

struct ProtocolViolation {
    ProtocolViolationKind kind = ProtocolViolationKind::UnknownTag;
    QByteArray detail; // the offending tag, number or response, for logs
    friend bool operator==(const ProtocolViolation &, const ProtocolViolation &) = default;
};

} // namespace quire::imap

Q_DECLARE_METATYPE(quire::imap::ProtocolViolation)
