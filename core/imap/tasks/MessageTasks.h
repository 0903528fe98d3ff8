#pragma once

// Tasks on the messages of the selected mailbox: SEARCH, FETCH, STORE, COPY.
// Above the session everything speaks UIDs, so callers normally use the UID
// forms. Each also has its RFC 3501 form by sequence number (for the first
// look at a mailbox whose UIDs are not known yet, and for completeness);
// the session's pipeline keeps those away from anything an EXPUNGE could
// renumber, and their results are still keyed by UID where MailboxState
// knows it.

#include "core/imap/tasks/CharsetSearchTask.h"

#include <QMap>

namespace quire::imap {

// Whether a SEARCH answers with UIDs (UID SEARCH) or sequence numbers.
enum class SearchBy { Uid, SequenceNumber };

// UID SEARCH (or SEARCH), with CharsetSearchTask's charset rule; without a
// charset when the text is ASCII, as RFC 3501's default. With ESEARCH the
// answer is ESEARCH (RETURN (ALL)).
class SearchTask : public CharsetSearchTask
{
    Q_OBJECT
public:
    explicit SearchTask(QList<SearchKey> keys, QObject *parent = nullptr);
    SearchTask(QList<SearchKey> keys, SearchBy by, QObject *parent = nullptr);
    bool offerUntagged(const Response &response) override;

    // The matches' UIDs. By sequence number: those whose UID MailboxState
    // knows, translated when the answer arrived (no EXPUNGE may come during
    // a SEARCH, RFC 3501 7.4.1, so the numbers were current then).
    const QList<quint32> &uids() const { return m_uids; }
    // By sequence number: the server's answer as it was.
    const QList<quint32> &sequenceNumbers() const { return m_sequenceNumbers; }
    std::optional<quint64> modSeq() const { return m_modSeq; }

protected:
    Command command(bool utf8) const override;
    void clearResults() override;

private:
    void addMatches(const QList<quint32> &numbers);

    SearchBy m_by = SearchBy::Uid;
    QList<quint32> m_uids;
    QList<quint32> m_sequenceNumbers;
    std::optional<quint64> m_modSeq;
};

// FETCH of some items; the UID form for a UidSet. With changedSince it adds
// (CHANGEDSINCE n), and with vanished (QRESYNC) VANISHED (EARLIER) answers
// are collected too. Results are keyed by UID; responses for messages whose
// UID is still unknown are keyed by 0 and kept in order in unplaced().
class FetchTask : public Task
{
    Q_OBJECT
public:
    explicit FetchTask(Fetch command, QObject *parent = nullptr);
    bool offerUntagged(const Response &response) override;
    void commandCompleted(CommandId id, const TaggedStatus &status) override;

    // When streaming, each response is only emitted, not kept: for large
    // envelope fetches whose consumer writes them out as they come.
    void setStreaming(bool streaming) { m_streaming = streaming; }
    const QMap<quint32, FetchResponse> &messages() const { return m_messages; }
    const QList<FetchResponse> &unplaced() const { return m_unplaced; }
    const UidSet &vanished() const { return m_vanished; }

Q_SIGNALS:
    void messageFetched(quint32 uid, const quire::imap::FetchResponse &response);

protected:
    void run() override;

private:
    Fetch m_command;
    bool m_streaming = false;
    QMap<quint32, FetchResponse> m_messages;
    QList<FetchResponse> m_unplaced;
    UidSet m_vanished;
    QList<NumberRange> m_vanishedRanges;
};

// UID STORE, or STORE for a SequenceSet. Result: the flags the server
// reported per UID (for a STORE by sequence number, of the messages whose
// UID MailboxState knows), and with UNCHANGEDSINCE the UIDs (or sequence
// numbers) it did not change ([MODIFIED]).
class StoreTask : public Task
{
    Q_OBJECT
public:
    // unchangedSince: CONDSTORE's conditional store.
    StoreTask(MessageSet set, StoreMode mode, QList<QByteArray> flags,
        std::optional<quint64> unchangedSince = std::nullopt, bool silent = false, QObject *parent = nullptr);
    bool offerUntagged(const Response &response) override;
    void commandCompleted(CommandId id, const TaggedStatus &status) override;

    const QMap<quint32, QList<QByteArray>> &flags() const { return m_flags; }
    const NumberSet &modified() const { return m_modified; }

protected:
    void run() override;

private:
    Store m_command;
    QMap<quint32, QList<QByteArray>> m_flags;
    NumberSet m_modified;
};

// What [COPYUID] says: where each source UID went.
struct CopyUidResult {
    quint32 uidValidity = 0;
    UidSet sourceUids;
    UidSet destinationUids;
    friend bool operator==(const CopyUidResult &, const CopyUidResult &) = default;
};

std::optional<CopyUidResult> copyUidFrom(const std::optional<ResponseCode> &code);

// UID COPY, or COPY for a SequenceSet. A NO with [TRYCREATE] (in
// error()->code) means the target mailbox does not exist.
class CopyTask : public SingleCommandTask
{
    Q_OBJECT
public:
    CopyTask(MessageSet set, const QString &mailbox, QObject *parent = nullptr);
    const std::optional<CopyUidResult> &copyUid() const { return m_copyUid; }

protected:
    void completedOk(const TaggedStatus &status) override;

private:
    std::optional<CopyUidResult> m_copyUid;
};

} // namespace quire::imap
