#pragma once

// The in-memory form of one message-list row: a fixed-size struct of indexes
// into shared pools, so 100,000 rows cost a few megabytes and sorting touches
// no QVariant. MessageRows owns the rows (sorted by UID) and the pools.

#include "core/cache/CacheTypes.h"
#include "core/model/StringPool.h"

#include <QDateTime>
#include <QList>
#include <QStringList>

#include <vector>

namespace quire::model {

// The flags the list shows as columns and filters on. Other keywords are kept
// as text in MessageRow::otherFlags.
enum MessageFlag : quint16 {
    FlagSeen = 1 << 0,
    FlagFlagged = 1 << 1,
    FlagAnswered = 1 << 2,
    FlagDeleted = 1 << 3,
    FlagDraft = 1 << 4,
    FlagJunk = 1 << 5, // $Junk or Junk
    FlagForwarded = 1 << 6, // $Forwarded
};

enum MessageState : quint8 {
    StateHasEnvelope = 1 << 0,
    StateHasAttachments = 1 << 1,
    StateBodyCached = 1 << 2,
};

struct MessageRow {
    quint32 uid = 0;
    quint16 flags = 0; // MessageFlag bits
    quint8 state = 0; // MessageState bits
    qint64 dateMs = 0; // Date header, ms since the epoch (UTC); 0 when unknown
    qint64 internalDateMs = 0;
    qint32 dateOffsetSeconds = 0; // the Date header's zone, to show it as written
    quint32 size = 0; // saturates at 4 GiB
    // StringPool indexes
    quint32 subject = 0;
    quint32 baseSubject = 0; // case-folded, without Re:/Fwd:
    quint32 from = 0;
    quint32 fromAddress = 0;
    quint32 to = 0;
    quint32 cc = 0;
    quint32 otherFlags = 0; // keywords outside MessageFlag, space separated
    // ByteArena ids
    quint32 messageId = 0;
    quint32 inReplyTo = 0;
    quint32 references = 0; // ids space separated, oldest first

    bool has(MessageFlag flag) const { return flags & flag; }
    bool hasEnvelope() const { return state & StateHasEnvelope; }
};

class MessageRows
{
public:
    void clear();
    void reserve(qsizetype count);
    qsizetype capacity() const { return qsizetype(m_rows.capacity()); }
    // Converts a cache record (interning its strings).
    MessageRow makeRow(const cache::MessageRecord &record);
    // The same from a row the cache visits (Cache::visitMessageListRows).
    MessageRow makeRow(const cache::MessageListRow &listRow);
    void setFlags(MessageRow &row, const QStringList &flags);
    // After a bulk load: hands back the growth reserve of the vectors.
    void squeeze();

    std::vector<MessageRow> &rows() { return m_rows; }
    const std::vector<MessageRow> &rows() const { return m_rows; }
    qsizetype size() const { return qsizetype(m_rows.size()); }
    const MessageRow &at(qsizetype index) const { return m_rows[std::size_t(index)]; }

    // The position of `uid`, or -1. Rows are sorted by UID.
    qsizetype indexOf(quint32 uid) const;
    // Where `uid` would be inserted to keep the order.
    qsizetype insertionPoint(quint32 uid) const;

    const QString &text(quint32 id) const { return m_strings.at(id); }
    QByteArrayView bytesView(quint32 id) const { return m_bytes.at(id); }
    QByteArray bytes(quint32 id) const { return m_bytes.at(id).toByteArray(); }
    QStringList flagList(const MessageRow &row) const;
    QList<QByteArray> references(const MessageRow &row) const;
    QDateTime date(const MessageRow &row) const;
    QDateTime internalDate(const MessageRow &row) const;
    qsizetype stringPoolSize() const { return m_strings.size(); }
    qsizetype idBytesUsed() const { return m_bytes.bytesUsed(); }

private:
    quint32 baseSubjectOf(quint32 subject);
    void setFlagsUtf8(MessageRow &row, QByteArrayView flags);
    void setIds(MessageRow &row, QByteArrayView messageId, QByteArrayView inReplyTo, QByteArrayView references);

    std::vector<MessageRow> m_rows;
    StringPool m_strings;
    ByteArena m_bytes;
    // baseSubject id per subject id (kUnknown until computed): a thread's
    // subject is stripped and case-folded once, not once per reply.
    std::vector<quint32> m_baseSubjects;
};

} // namespace quire::model
