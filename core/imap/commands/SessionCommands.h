#pragma once

// Commands about the connection rather than a mailbox: valid in any state
// (CAPABILITY, NOOP, LOGOUT, ID, NOTIFY, ...) or before authentication
// (STARTTLS, LOGIN, AUTHENTICATE).

#include "core/imap/commands/FetchItem.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

namespace quire::imap {

struct Capability {
    friend bool operator==(const Capability &, const Capability &) = default;
};

struct Noop {
    friend bool operator==(const Noop &, const Noop &) = default;
};

struct Logout {
    friend bool operator==(const Logout &, const Logout &) = default;
};

struct StartTls {
    friend bool operator==(const StartTls &, const StartTls &) = default;
};

struct Login {
    QString user;
    QString password;
    friend bool operator==(const Login &, const Login &) = default;
};

// AUTHENTICATE with any SASL mechanism that needs at most one client message
// up front. With SASL-IR the initial response goes on the command line;
// without it the builder ends the line and the response follows the "+".
struct Authenticate {
    QByteArray mechanism;
    std::optional<QByteArray> initialResponse; // raw bytes; the builder base64-encodes them

    // RFC 4616: authzid NUL authcid NUL password.
    static Authenticate plain(const QString &user, const QString &password, const QString &authorizationId = {});
    // RFC 7628: the GS2 header names the user; host and port are optional
    // (left out when host is empty or port 0).
    static Authenticate oauthBearer(
        const QString &user, const QString &accessToken, const QString &host = {}, quint16 port = 0);
    // Google's and Microsoft's older XOAUTH2: user=U ^A auth=Bearer T ^A ^A.
    static Authenticate xoauth2(const QString &user, const QString &accessToken);
    friend bool operator==(const Authenticate &, const Authenticate &) = default;
};

// IDLE (RFC 2177). The session ends it with idleDone().
struct Idle {
    friend bool operator==(const Idle &, const Idle &) = default;
};

// ENABLE (RFC 5161), e.g. CONDSTORE, QRESYNC, UTF8=ACCEPT.
struct Enable {
    QList<QByteArray> capabilities;
    friend bool operator==(const Enable &, const Enable &) = default;
};

// ID (RFC 2971). No fields sends "ID NIL".
struct IdField {
    QString key;
    std::optional<QString> value;
    friend bool operator==(const IdField &, const IdField &) = default;
};

struct Id {
    QList<IdField> fields;
    friend bool operator==(const Id &, const Id &) = default;
};

struct Namespace {
    friend bool operator==(const Namespace &, const Namespace &) = default;
};

// COMPRESS DEFLATE (RFC 4978).
struct Compress {
    friend bool operator==(const Compress &, const Compress &) = default;
};

// NOTIFY (RFC 5465): which changes the server reports unasked, and for
// which mailboxes. Events of one group apply to its mailboxes; a group
// without events is "NONE" (nothing about those mailboxes).
enum class NotifyEvent { MessageNew, MessageExpunge, FlagChange, MailboxName, SubscriptionChange };

struct NotifyMailboxes {
    // Selected and SelectedDelayed are the selected mailbox; with neither,
    // RFC 5465 5.1 leaves the selected mailbox without EXPUNGE/FETCH reports.
    enum class Kind { Selected, SelectedDelayed, Inboxes, Personal, Subscribed, Subtree, Mailboxes };
    Kind kind = Kind::Personal;
    QList<QString> names; // Subtree and Mailboxes only
    friend bool operator==(const NotifyMailboxes &, const NotifyMailboxes &) = default;
};

struct NotifyGroup {
    NotifyMailboxes mailboxes;
    QList<NotifyEvent> events;
    // What the server FETCHes by itself for MessageNew in the selected
    // mailbox; empty: only EXISTS.
    QList<FetchItem> messageNewFetch;
    friend bool operator==(const NotifyGroup &, const NotifyGroup &) = default;
};

// NOTIFY SET [STATUS] groups..., or NOTIFY NONE when groups is empty.
// STATUS asks for one STATUS per non-selected mailbox at once, so the
// counts start right instead of from the next change.
struct Notify {
    bool status = false;
    QList<NotifyGroup> groups;
    friend bool operator==(const Notify &, const Notify &) = default;
};

} // namespace quire::imap
