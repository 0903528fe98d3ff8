#pragma once

// Commands on messages of the selected mailbox. Each takes either message
// sequence numbers or UIDs; a UidSet makes it the UID form ("UID FETCH").

#include "core/imap/commands/FetchItem.h"
#include "core/imap/commands/SearchKey.h"
#include "core/imap/commands/SequenceSet.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>
#include <variant>

namespace quire::imap {

using MessageSet = std::variant<SequenceSet, UidSet>;

// EXPUNGE, or UID EXPUNGE (UIDPLUS) with uids, which only removes those.
struct Expunge {
    std::optional<UidSet> uids;
    friend bool operator==(const Expunge &, const Expunge &) = default;
};

// ESEARCH (RFC 4731) result options; SAVE is RFC 5182.
enum class SearchReturnOption { Min, Max, All, Count, Save };

struct Search {
    bool byUid = false;
    std::optional<QByteArray> charset; // e.g. "UTF-8" for non-ASCII text
    std::optional<QList<SearchReturnOption>> returnOptions; // RETURN (...)
    QList<SearchKey> keys; // all must match; empty means ALL
    friend bool operator==(const Search &, const Search &) = default;
};

struct Fetch {
    MessageSet set;
    QList<FetchItem> items;
    std::optional<quint64> changedSince; // CONDSTORE
    bool vanished = false; // QRESYNC; needs changedSince and a UID set
    friend bool operator==(const Fetch &, const Fetch &) = default;
};

enum class StoreMode { Replace, Add, Remove };

struct Store {
    MessageSet set;
    StoreMode mode = StoreMode::Add;
    bool silent = false;
    QList<QByteArray> flags;
    std::optional<quint64> unchangedSince; // CONDSTORE
    friend bool operator==(const Store &, const Store &) = default;
};

struct Copy {
    MessageSet set;
    QString mailbox;
    friend bool operator==(const Copy &, const Copy &) = default;
};

// MOVE (RFC 6851).
struct Move {
    MessageSet set;
    QString mailbox;
    friend bool operator==(const Move &, const Move &) = default;
};

// SORT (RFC 5256).
struct SortCriterion {
    enum class Key { Arrival, Cc, Date, From, Size, Subject, To, DisplayFrom, DisplayTo };
    Key key = Key::Arrival;
    bool reverse = false;
    friend bool operator==(const SortCriterion &, const SortCriterion &) = default;
};

struct Sort {
    bool byUid = false;
    QList<SortCriterion> criteria;
    QByteArray charset = "UTF-8"; // mandatory in SORT
    QList<SearchKey> keys; // empty means ALL
    friend bool operator==(const Sort &, const Sort &) = default;
};

// THREAD (RFC 5256).
struct Thread {
    enum class Algorithm { OrderedSubject, References, Refs };
    bool byUid = false;
    Algorithm algorithm = Algorithm::References;
    QByteArray charset = "UTF-8"; // mandatory in THREAD
    QList<SearchKey> keys; // empty means ALL
    friend bool operator==(const Thread &, const Thread &) = default;
};

// The algorithm's name in the command and in its THREAD=<name> capability.
QByteArrayView threadAlgorithmName(Thread::Algorithm algorithm);

} // namespace quire::imap
