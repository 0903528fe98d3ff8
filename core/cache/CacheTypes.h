#pragma once

// Plain values the cache stores. They deliberately do not use core/imap or
// core/mime types: the sync layer converts, so the cache builds and tests on
// its own and its schema does not change when the parser's types do.

#include <QByteArray>
#include <QByteArrayView>
#include <QChar>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace quire::cache {

// What SELECT/STATUS taught us about a mailbox. Zero means "not known yet";
// a zero uidValidity in particular means no message of this mailbox is cached.
struct MailboxSyncState {
    quint32 uidValidity = 0;
    quint32 uidNext = 0;
    quint64 highestModSeq = 0;
    quint32 messages = 0;
    quint32 unseen = 0;
    quint32 recent = 0;
    bool operator==(const MailboxSyncState &) const = default;
};

struct MailboxRecord {
    QString name; // decoded from modified UTF-7; the key callers use
    QByteArray rawName; // exactly as on the wire, for commands
    QChar delimiter; // null when the server has a flat namespace (NIL)
    QStringList attributes; // "\\HasChildren", "\\Noselect", ...
    QString specialUse; // "\\Sent", "\\Trash", ... or empty
    bool subscribed = false;
    MailboxSyncState state;
    bool operator==(const MailboxRecord &) const = default;
};

// One message row. The envelope fields are denormalised copies so that the
// list can be sorted, threaded and searched without decoding blobs.
struct MessageRecord {
    quint32 uid = 0;
    QStringList flags;
    quint64 modSeq = 0;

    // Everything below arrives with the envelope fetch; it is only meaningful
    // when hasEnvelope is true. Upserting a record without an envelope updates
    // flags and modseq and keeps an envelope that is already cached.
    bool hasEnvelope = false;
    QDateTime internalDate;
    quint64 size = 0;
    QString subject;
    QString from; // display form: "Name <addr>" or "Name"
    QString fromAddress; // bare addr-spec, for sorting and filters
    QString to; // display form, comma separated
    QString cc;
    QDateTime date; // the Date header, with its offset
    QByteArray messageId;
    QByteArray inReplyTo;
    QList<QByteArray> references;
    bool hasAttachments = false;
    QByteArray envelopeBlob; // opaque, serialised by the sync layer
    QByteArray bodyStructureBlob; // opaque, serialised by the sync layer

    // Maintained by the cache: true while at least one part of this message
    // is stored. Ignored on write.
    bool bodyCached = false;

    bool operator==(const MessageRecord &) const = default;
};

struct FlagUpdate {
    quint32 uid = 0;
    QStringList flags;
    quint64 modSeq = 0;
    bool operator==(const FlagUpdate &) const = default;
};

// A fetched body part ("1", "1.2", "TEXT", ...), already transfer-decoded or
// not: the cache does not care, the sync layer decides.
struct PartRecord {
    QString mailbox;
    quint32 uidValidity = 0;
    quint32 uid = 0;
    QByteArray partId;
    QByteArray mimeType; // "text/plain"
    QByteArray data;
    qint64 size = 0; // filled in by the cache on read: data.size()
    QDateTime lastAccess; // filled in by the cache on read; ignored on write
    bool operator==(const PartRecord &) const = default;
};

struct SearchHit {
    QString mailbox;
    quint32 uidValidity = 0;
    quint32 uid = 0;
    bool operator==(const SearchHit &) const = default;
};

// A change the user made that the server has not confirmed yet. The sync layer
// replays these in id order and marks each one; nothing is lost on a crash
// because every journal write is committed (and synced) before it returns.
struct JournalEntry {
    enum class Kind {
        AddFlags,
        RemoveFlags,
        Copy,
        Move,
        Delete, // mark \Deleted (and expunge those UIDs when UIDPLUS allows)
        Expunge,
        Append,
        CreateMailbox,
        RenameMailbox,
        DeleteMailbox,
        Subscribe,
        Unsubscribe,
    };
    enum class State {
        Pending, // not sent yet
        InFlight, // sent, no tagged answer yet: after a crash, check before resending
        Done,
        Failed, // the server said NO/BAD; kept so the user can be told
    };

    qint64 id = 0; // assigned by appendJournal
    Kind kind = Kind::AddFlags;
    QString mailbox; // the source mailbox; the old name for RenameMailbox
    quint32 uidValidity = 0; // of mailbox, when uids are given
    QList<quint32> uids;
    QStringList flags; // for AddFlags/RemoveFlags, and the flags of an Append
    QString targetMailbox; // Copy/Move destination; the new name for RenameMailbox
    QString filePath; // Append: the message file to upload
    QDateTime created;
    int attempts = 0; // how many times it went InFlight
    State state = State::Pending;
    QString lastError;

    bool operator==(const JournalEntry &) const = default;
};

// Which columns messages() reads. A list model needs no blobs, and skipping
// them roughly halves the time to read a large mailbox.
enum class MessageColumns {
    Summary, // everything except envelopeBlob and bodyStructureBlob
    Full,
};

// One message as the list model needs it, read straight from the cache's row
// buffers: no QString, QDateTime or QStringList per row. The views are valid
// only during the visitor call (Cache::visitMessageListRows).
struct MessageListRow {
    quint32 uid = 0;
    bool hasEnvelope = false;
    bool hasAttachments = false;
    bool bodyCached = false;
    bool hasInternalDate = false;
    bool hasDate = false;
    qint64 internalDateMs = 0; // ms since the epoch, UTC
    qint64 dateMs = 0;
    int dateOffsetSeconds = 0; // the Date header's zone
    quint64 size = 0;
    QByteArrayView flags; // UTF-8, space separated
    QByteArrayView subject; // UTF-8
    QByteArrayView from;
    QByteArrayView fromAddress;
    QByteArrayView to;
    QByteArrayView cc;
    QByteArrayView messageId;
    QByteArrayView inReplyTo;
    QByteArrayView references; // space separated, oldest first
};

} // namespace quire::cache
