#pragma once

// What the server lets the user change in a mailbox, as its last SELECT
// said: [READ-ONLY] (EXAMINE, or no write rights) and PERMANENTFLAGS. The UI
// disables what is not allowed instead of letting the server refuse it.

#include <QStringList>

namespace quire::imap {
struct MailboxSnapshot;
}

namespace quire::sync {

struct MailboxAccess {
    // False until the mailbox was selected in this session: nothing is known,
    // so nothing is forbidden (the server's answer to a STORE still rules).
    bool known = false;
    bool readOnly = false;
    // Without PERMANENTFLAGS every flag may be stored (RFC 3501, 7.1).
    bool permanentFlagsSent = false;
    QStringList permanentFlags; // as listed; "\\*" allows new keywords

    // Whether a STORE of `flag` (a system flag or a keyword) would last.
    bool canStore(const QString &flag) const;
    // Whether messages may leave the mailbox (move, delete, expunge).
    bool canRemove() const { return canStore(QStringLiteral("\\Deleted")); }

    static MailboxAccess fromSnapshot(const imap::MailboxSnapshot &snapshot);
    bool operator==(const MailboxAccess &) const = default;
};

} // namespace quire::sync
