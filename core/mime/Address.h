#pragma once

// RFC 5322 address lists (From, To, Cc, Reply-To ...).

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QString>

namespace quire::mime {

struct MailAddress {
    QString name; // decoded display name; empty when there is none
    QString address; // addr-spec "local@domain" (may lack a domain in broken mail)

    bool operator==(const MailAddress &) const = default;
};

// A group such as "undisclosed-recipients:;" or "Team: a@b, c@d;".
struct AddressGroup {
    QString name;
    QList<MailAddress> members;
    // How many ungrouped addresses (AddressList::addresses) came before this
    // group in the header, so the original order can be rebuilt.
    qsizetype position = 0;

    bool operator==(const AddressGroup &) const = default;
};

struct AddressList {
    QList<MailAddress> addresses; // mailboxes outside any group, in header order
    QList<AddressGroup> groups; // in header order

    // Every mailbox, group members included, in header order.
    QList<MailAddress> allMailboxes() const;
    bool isEmpty() const { return addresses.isEmpty() && groups.isEmpty(); }

    bool operator==(const AddressList &) const = default;
};

// Parses groups, quoted display names, comments (the name is taken from a
// comment when there is no phrase: "a@b (John)"), encoded words and broken
// forms: a missing '>', unquoted commas in display names where recoverable,
// bare addresses. `fallbackCharset` decodes raw 8-bit that is not UTF-8.
AddressList parseAddressList(QByteArrayView raw, QByteArrayView fallbackCharset = {});

// "Name <a@b>", quoting the name when it contains specials; just "a@b" when
// there is no name.
QString formatAddress(const MailAddress &address);

} // namespace quire::mime
