#pragma once

#include "core/imap/commands/SequenceSet.h"
#include "core/imap/parser/BodyStructure.h"
#include "core/imap/parser/Envelope.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <memory>
#include <optional>
#include <utility>
#include <variant>
#include <vector>

class QDebug;
class QTemporaryFile;

// The typed responses ResponseParser produces: one struct per kind of server
// response, all plain values with operator==, gathered in the Response variant.
namespace quire::imap {

enum class StatusKind { Ok, No, Bad, Preauth, Bye };

// resp-text-code (RFC 3501 7.1 plus UIDPLUS, CONDSTORE/QRESYNC, NOTIFY). One struct
// for every code keeps the type plain; which members are set depends on kind.
struct ResponseCode {
    enum class Kind {
        Alert,
        BadCharset,
        Capability,
        Parse,
        PermanentFlags,
        ReadOnly,
        ReadWrite,
        TryCreate,
        UidNext,
        UidValidity,
        Unseen,
        AppendUid,
        CopyUid,
        HighestModSeq,
        NoModSeq,
        Modified,
        Closed,
        // NOTIFY (RFC 5465): "an event was refused" (with a list of events),
        // and "notifications were dropped, NOTIFY is now off".
        BadEvent,
        NotificationOverflow,
        Other,
    };
    Kind kind = Kind::Other;
    // The code's atom, upper-cased ("UIDNEXT", "X-GM-FOO").
    QByteArray name;
    // BADCHARSET charsets, CAPABILITY capabilities, PERMANENTFLAGS flags, BADEVENT events.
    QList<QByteArray> list;
    // UIDNEXT, UIDVALIDITY, UNSEEN, HIGHESTMODSEQ; the UIDVALIDITY of APPENDUID/COPYUID.
    quint64 number = 0;
    // APPENDUID's new UIDs, COPYUID's destination UIDs.
    UidSet uids;
    // COPYUID's source UIDs.
    UidSet sourceUids;
    // MODIFIED: UIDs or sequence numbers, depending on the command.
    NumberSet modified;
    // Other codes, and known codes whose arguments were unreadable: the bytes after the name.
    QByteArray raw;

    bool operator==(const ResponseCode &) const = default;
};

// The first response of a connection (only when ParserLimits::expectGreeting).
struct Greeting {
    StatusKind status = StatusKind::Ok; // Ok, Preauth or Bye
    std::optional<ResponseCode> code;
    QByteArray text;
    bool operator==(const Greeting &) const = default;
};

struct TaggedStatus {
    QByteArray tag;
    StatusKind status = StatusKind::Ok; // Ok, No or Bad
    std::optional<ResponseCode> code;
    QByteArray text;
    bool operator==(const TaggedStatus &) const = default;
};

struct UntaggedStatus {
    StatusKind status = StatusKind::Ok;
    std::optional<ResponseCode> code;
    QByteArray text;
    bool operator==(const UntaggedStatus &) const = default;
};

// "+ text": text is raw (base64 during AUTHENTICATE).
struct ContinuationRequest {
    std::optional<ResponseCode> code;
    QByteArray text;
    bool operator==(const ContinuationRequest &) const = default;
};

struct CapabilityResponse {
    QList<QByteArray> capabilities;
    bool operator==(const CapabilityResponse &) const = default;
};

// LIST / LSUB with LIST-EXTENDED data. The mailbox name stays raw (modified
// UTF-7 or UTF-8); decoding it belongs to core/imap/commands.
struct ListResponse {
    bool lsub = false;
    QList<QByteArray> attributes;
    // NIL delimiter (flat namespace) -> nullopt.
    std::optional<char> delimiter;
    QByteArray mailbox;
    // CHILDINFO ("SUBSCRIBED") and OLDNAME from mbox-list-extended.
    QList<QByteArray> childInfo;
    std::optional<QByteArray> oldName;
    // Other extended items: tag and the raw bytes of the value.
    QList<std::pair<QByteArray, QByteArray>> otherExtended;
    bool operator==(const ListResponse &) const = default;
};

// STATUS; items the server did not send (or sent without a value) are nullopt.
struct StatusResponse {
    QByteArray mailbox;
    std::optional<quint64> messages;
    std::optional<quint64> recent;
    std::optional<quint64> uidNext;
    std::optional<quint64> uidValidity;
    std::optional<quint64> unseen;
    std::optional<quint64> highestModSeq;
    std::optional<quint64> size;
    std::optional<quint64> deleted;
    QList<std::pair<QByteArray, quint64>> other;
    bool operator==(const StatusResponse &) const = default;
};

// SEARCH and SORT (with the CONDSTORE "(MODSEQ n)" suffix).
struct SearchResponse {
    bool sort = false;
    QList<quint32> ids;
    std::optional<quint64> modSeq;
    bool operator==(const SearchResponse &) const = default;
};

// ESEARCH (RFC 4731).
struct ESearchResponse {
    QByteArray tag;
    bool uid = false;
    std::optional<quint32> min;
    std::optional<quint32> max;
    std::optional<quint64> count;
    std::optional<NumberSet> all;
    std::optional<quint64> modSeq;
    QList<std::pair<QByteArray, QByteArray>> other;
    bool operator==(const ESearchResponse &) const = default;
};

struct FlagsResponse {
    QList<QByteArray> flags;
    bool operator==(const FlagsResponse &) const = default;
};

struct ExistsResponse {
    quint32 count = 0;
    bool operator==(const ExistsResponse &) const = default;
};

struct RecentResponse {
    quint32 count = 0;
    bool operator==(const RecentResponse &) const = default;
};

struct ExpungeResponse {
    quint32 seq = 0;
    bool operator==(const ExpungeResponse &) const = default;
};

struct VanishedResponse {
    bool earlier = false;
    UidSet uids;
    bool operator==(const VanishedResponse &) const = default;
};

struct EnabledResponse {
    QList<QByteArray> capabilities;
    bool operator==(const EnabledResponse &) const = default;
};

struct NamespaceEntry {
    QByteArray prefix;
    std::optional<char> delimiter;
    // Namespace-Response-Extensions: name and values, raw.
    QList<std::pair<QByteArray, QList<QByteArray>>> extensions;
    bool operator==(const NamespaceEntry &) const = default;
};

struct NamespaceResponse {
    QList<NamespaceEntry> personal;
    QList<NamespaceEntry> otherUsers;
    QList<NamespaceEntry> shared;
    bool operator==(const NamespaceResponse &) const = default;
};

// ID (RFC 2971); "* ID NIL" gives an empty list.
struct IdResponse {
    QList<std::pair<QByteArray, std::optional<QByteArray>>> fields;
    bool operator==(const IdResponse &) const = default;
};

// THREAD (RFC 5256). "(3 6 (4 23)(44 7 96))" is the chain 3 6, each message
// the parent of the next, and two branches under 6: the chains 4 23 and
// 44 7 96. A chain is a flat list, so a reply thousands of messages deep
// costs no recursion; only branches nest, and the parser bounds that at
// ParserLimits::maxNestingDepth. An empty chain is a parent the server did
// not name, as in "((3)(5))": its branches are siblings.
struct ThreadNode {
    std::vector<quint32> chain;
    std::vector<ThreadNode> branches;
    bool operator==(const ThreadNode &) const = default;
};

struct ThreadResponse {
    std::vector<ThreadNode> threads;
    bool operator==(const ThreadResponse &) const = default;
};

// A literal or string value of a FETCH body item. Small values live in bytes;
// literals above ParserLimits::literalFileThreshold are written to a temporary
// file instead, and spoolPath names it. The file is removed when the last copy
// of this value is destroyed, so a consumer that wants to keep it renames or
// copies it first.
struct MessageData {
    bool nil = false;
    QByteArray bytes;
    QString spoolPath;
    qint64 size = 0;
    std::shared_ptr<QTemporaryFile> spool;

    bool isSpooled() const { return !spoolPath.isEmpty(); }
    // Equality is by content location, not by who holds the file.
    bool operator==(const MessageData &other) const
    {
        return nil == other.nil && bytes == other.bytes && spoolPath == other.spoolPath && size == other.size;
    }
};

// BODY[section]<origin>, BINARY[section], RFC822, RFC822.HEADER, RFC822.TEXT.
struct FetchBodySection {
    enum class Kind { Body, Binary, Rfc822, Rfc822Header, Rfc822Text };
    Kind kind = Kind::Body;
    // Text between the brackets, as sent, e.g. "1.2.MIME" or "HEADER.FIELDS (FROM TO)".
    QByteArray section;
    std::optional<quint64> origin;
    MessageData data;
    bool operator==(const FetchBodySection &) const = default;
};

struct FetchResponse {
    quint32 seq = 0;
    std::optional<quint32> uid;
    std::optional<QList<QByteArray>> flags;
    // Raw date-time, e.g. "17-Jul-1996 02:44:25 -0700".
    std::optional<QByteArray> internalDate;
    std::optional<quint64> rfc822Size;
    std::optional<Envelope> envelope;
    // BODY (non-extensible form) and BODYSTRUCTURE.
    std::optional<BodyStructure> body;
    std::optional<BodyStructure> bodyStructure;
    // The ENVELOPE and BODYSTRUCTURE values as sent, literals included (a
    // literal too large to stay in memory fails the response), which
    // parseEnvelope/parseBodyStructure read back: a cache can keep these
    // instead of encoding the parsed form again. Empty when absent.
    QByteArray envelopeSource;
    QByteArray bodyStructureSource;
    std::optional<quint64> modSeq;
    QList<FetchBodySection> sections;
    // BINARY.SIZE[section]
    QList<std::pair<QByteArray, quint64>> binarySizes;
    // Items this parser does not know (X-GM-LABELS, X-GM-MSGID, ...): name as
    // sent and the raw bytes of the value.
    QList<std::pair<QByteArray, QByteArray>> unknown;
    bool operator==(const FetchResponse &) const = default;
};

// An untagged response of a kind this parser does not know (QUOTA, METADATA,
// vendor extensions): kept so the session can log it rather than drop it.
struct UnknownResponse {
    QByteArray name;
    QByteArray line;
    bool operator==(const UnknownResponse &) const = default;
};

// A response that could not be parsed or exceeded a limit. offset is the
// position in the whole byte stream (counting from the first byte fed) where
// the problem was found. The parser has already skipped to the next response.
struct ParseError {
    QString message;
    qint64 offset = 0;
    // Nothing after it can be read (a literal too large to skip): the
    // connection must go.
    bool fatal = false;
    bool operator==(const ParseError &) const = default;
};

using Response = std::variant<Greeting, TaggedStatus, UntaggedStatus, ContinuationRequest, CapabilityResponse,
    ListResponse, StatusResponse, SearchResponse, ESearchResponse, FlagsResponse, ExistsResponse, RecentResponse,
    ExpungeResponse, VanishedResponse, EnabledResponse, NamespaceResponse, IdResponse, ThreadResponse, FetchResponse,
    UnknownResponse, ParseError>;

// A one-line description for logs and test failures (compact JSON).
QString dump(const Response &response);
QDebug operator<<(QDebug debug, const Response &response);

} // namespace quire::imap
