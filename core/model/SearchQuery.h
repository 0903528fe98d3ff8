#pragma once

// A search as the user puts it together (the advanced search dialog, the
// quick filter bar): a list of criteria, each one RFC 3501 search key,
// possibly negated, that must all match or of which any must match.
// toSearchKeys() turns it into the keys of a UID SEARCH; matchesCached()
// answers it offline from a cached row, with the cache's full-text index
// standing in for BODY and TEXT.

#include "core/cache/CacheTypes.h"
#include "core/imap/commands/SearchKey.h"

#include <QDate>
#include <QList>
#include <QSet>
#include <QString>

#include <optional>

namespace quire::model {

struct SearchCriterion {
    enum class Field {
        // text
        From,
        To,
        Cc,
        Bcc,
        Subject,
        Body,
        Text,
        Header, // headerName: value
        Keyword,
        Unkeyword,
        // dates: internal date, and the Date: header for the Sent* keys
        Before,
        On,
        Since,
        SentBefore,
        SentOn,
        SentSince,
        // sizes in bytes
        Larger,
        Smaller,
        // flags
        Answered,
        Deleted,
        Draft,
        Flagged,
        Seen,
        Recent,
        New,
        Old,
        Unanswered,
        Undeleted,
        Undraft,
        Unflagged,
        Unseen,
        // a UID set such as "1:100,205"
        Uid,
        All,
    };
    // What the value of a field is.
    enum class ValueKind { None, Text, HeaderAndText, Date, Size, UidSet };

    Field field = Field::All;
    bool negated = false;
    QString text; // the text, keyword, header value or UID set
    QString headerName; // HEADER only
    QDate date;
    quint64 size = 0;

    static ValueKind valueKind(Field field);
    bool operator==(const SearchCriterion &) const = default;
};

struct SearchQuery {
    enum class Match { All, Any };
    Match match = Match::All;
    QList<SearchCriterion> criteria;

    // Why this query cannot be sent: an empty text, an invalid date or UID
    // set. Empty when it is fine.
    enum class Problem { None, NoCriteria, EmptyText, EmptyHeaderName, InvalidDate, InvalidUidSet };
    Problem problem() const;

    // Every criterion must hold, or (Any) at least one, as one OR tree.
    QList<imap::SearchKey> toSearchKeys() const;

    // The words BODY and TEXT criteria look for, for the cache's FTS index.
    QStringList fullTextTerms() const;

    // The offline answer for one cached row. bodyMatches: the UIDs of this
    // mailbox the full-text index found for each term of fullTextTerms() in
    // turn. HEADER looks at the fields the cache keeps (From, To, Cc, Subject)
    // and fails for others; Bcc is never cached, so BCC never matches.
    bool matchesCached(const cache::MessageRecord &record, const QList<QSet<quint32>> &bodyMatches) const;

    bool operator==(const SearchQuery &) const = default;
};

// The UID SEARCH keys of the quick filter bar: every word in TEXT.
QList<imap::SearchKey> quickSearchKeys(const QString &text);

// "1:100,205,300:*" as a UID set; nullopt when it is not one.
std::optional<imap::UidSet> parseUidSet(const QString &text);

} // namespace quire::model
