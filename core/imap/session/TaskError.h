#pragma once

// Why a task did not succeed, as a typed value: core never formats messages
// for people. The UI turns the kind into words and may show the server's text.

#include "core/imap/parser/Response.h"
#include "core/imap/transport/TransportError.h"

#include <QByteArray>
#include <QMetaType>

#include <optional>

namespace quire::imap {

enum class TaskErrorKind {
    No, // the server answered NO
    Bad, // the server answered BAD
    ContinuationRefused, // a tagged NO/BAD came instead of the "+" a literal waited for
    ConnectionLost, // the transport dropped or failed
    ServerBye, // the server said BYE outside of LOGOUT
    Timeout, // no progress for SessionConfig::commandTimeout
    LoginDisabled, // LOGINDISABLED advertised: LOGIN refused client-side
    StartTlsUnavailable, // STARTTLS configured but not offered; we never fall back
    CapabilityMissing, // the operation needs an extension the server lacks
    CredentialsUnavailable, // the credential provider had nothing
    OAuthTokenRejected, // AUTHENTICATE OAUTHBEARER/XOAUTH2 refused the access token
    WrongState, // e.g. a mailbox operation with no mailbox selected
    ProtocolViolation, // the server's answer made no sense for this command
};

struct TaskError {
    TaskErrorKind kind = TaskErrorKind::No;
    QByteArray serverText; // the server's resp-text, when it said something
    std::optional<ResponseCode> code; // the response code of a NO/BAD/BYE
    std::optional<TransportError> transport; // for ConnectionLost
    friend bool operator==(const TaskError &, const TaskError &) = default;
};

// A failure from a tagged NO or BAD.
TaskError errorFromStatus(const TaggedStatus &status);

} // namespace quire::imap

Q_DECLARE_METATYPE(quire::imap::TaskError)
