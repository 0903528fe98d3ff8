#pragma once

// The selected mailbox as the server has described it so far. Sequence
// numbers live here and nowhere else: every untagged EXISTS, EXPUNGE,
// VANISHED, FETCH and status code goes through MailboxState first, whoever
// asked for it, and the signals tell the layers above in UIDs.

#include "core/imap/parser/Response.h"
#include "core/imap/session/ProtocolViolation.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QObject>
#include <QString>

#include <optional>
#include <vector>

namespace quire::imap {

struct MessageFlagState {
    QList<QByteArray> flags;
    quint64 modSeq = 0; // 0: not known (no CONDSTORE, or not fetched)
    friend bool operator==(const MessageFlagState &, const MessageFlagState &) = default;
};

// A plain copy of the state, for task results and tests.
struct MailboxSnapshot {
    QString name;
    quint32 exists = 0;
    quint32 recent = 0;
    quint32 uidValidity = 0;
    quint32 uidNext = 0;
    quint64 highestModSeq = 0;
    bool noModSeq = false;
    bool readOnly = false;
    QList<QByteArray> flags;
    QList<QByteArray> permanentFlags;
    // Whether PERMANENTFLAGS was sent at all: without it every flag in FLAGS
    // may be stored permanently (RFC 3501, 7.1); with an empty list none may.
    bool permanentFlagsSent = false;
    std::vector<quint32> uids; // index seq-1; 0 = not yet known
    friend bool operator==(const MailboxSnapshot &, const MailboxSnapshot &) = default;
};

class MailboxState : public QObject
{
    Q_OBJECT

public:
    // A hostile EXISTS must not make us allocate gigabytes.
    static constexpr quint32 MaxExists = 50'000'000;

    explicit MailboxState(QString name, bool readOnly, QObject *parent = nullptr);

    const QString &name() const { return m_snapshot.name; }
    quint32 exists() const { return m_snapshot.exists; }
    quint32 recent() const { return m_snapshot.recent; }
    quint32 uidValidity() const { return m_snapshot.uidValidity; }
    quint32 uidNext() const { return m_snapshot.uidNext; }
    quint64 highestModSeq() const { return m_snapshot.highestModSeq; }
    bool isReadOnly() const { return m_snapshot.readOnly; }
    const QList<QByteArray> &flags() const { return m_snapshot.flags; }
    const QList<QByteArray> &permanentFlags() const { return m_snapshot.permanentFlags; }
    const MailboxSnapshot &snapshot() const { return m_snapshot; }

    // 0 when seq is out of range or its UID is not known yet.
    quint32 uidAt(quint32 seq) const;
    std::optional<quint32> sequenceOf(quint32 uid) const;

    // The session feeds every untagged response through here.
    // Returns true when the response was entirely about mailbox state (so
    // nobody else needs to see it).
    bool apply(const Response &response);
    void applyCode(const ResponseCode &code);

Q_SIGNALS:
    void existsChanged(quint32 exists);
    // New messages at the end: sequence numbers first..exists.
    void messagesAdded(quint32 firstSeq, quint32 count);
    // Known UIDs that left.
    void messagesExpunged(const QList<quint32> &uids);
    // EXPUNGE of a message whose UID we never learned: whoever mirrors the
    // mailbox must find out which one by asking again.
    void unplacedMessageExpunged();
    // A FETCH that named FLAGS (with MODSEQ when the server sent it). The
    // state passes flags on and keeps none: the cache holds them, and a copy
    // per message would cost a cold 100k open 20 MB.
    void flagsChanged(quint32 uid, const QList<QByteArray> &flags, quint64 modSeq);
    void uidValidityChanged(quint32 previous, quint32 current);
    void highestModSeqChanged(quint64 modSeq);
    void protocolViolation(const quire::imap::ProtocolViolation &violation);

private:
    void setExists(quint32 count);
    void expunge(quint32 seq);
    void vanish(const VanishedResponse &vanished);
    void fetched(const FetchResponse &fetch);
    void setUidValidity(quint64 value);
    QList<quint32> removeVanished(const NumberSet &sorted);
    void violation(ProtocolViolationKind kind, QByteArray detail);

    MailboxSnapshot m_snapshot;
};

} // namespace quire::imap
