#pragma once

// Tasks on the messages of the selected mailbox: SEARCH, FETCH, STORE, COPY.
// Above the session everything speaks UIDs, so these send the UID forms;
// FetchTask alone also takes sequence numbers, for the first look at a
// mailbox whose UIDs are not known yet.

#include "core/imap/tasks/CharsetSearchTask.h"

#include <QMap>

namespace quire::imap {

// UID SEARCH, with CharsetSearchTask's charset rule; without a charset when
// the text is ASCII, as RFC 3501's default. With ESEARCH the answer is
// ESEARCH (RETURN (ALL)).
class SearchTask : public CharsetSearchTask
{
    Q_OBJECT
public:
    explicit SearchTask(QList<SearchKey> keys, QObject *parent = nullptr);
    bool offerUntagged(const Response &response) override;

    const QList<quint32> &uids() const { return m_uids; }
    std::optional<quint64> modSeq() const { return m_modSeq; }

protected:
    Command command(bool utf8) const override;
    void clearResults() override;

private:
    QList<quint32> m_uids;
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
    bool wants(const FetchResponse &fetch, quint32 uid) const;

    Fetch m_command;
    bool m_streaming = false;
    QMap<quint32, FetchResponse> m_messages;
    QList<FetchResponse> m_unplaced;
    UidSet m_vanished;
    QList<NumberRange> m_vanishedRanges;
};

// UID STORE. Result: the flags the server reported per UID, and with
// UNCHANGEDSINCE the UIDs it did not change ([MODIFIED]).
class StoreTask : public Task
{
    Q_OBJECT
public:
    // unchangedSince: CONDSTORE's conditional store.
    StoreTask(UidSet uids, StoreMode mode, QList<QByteArray> flags,
        std::optional<quint64> unchangedSince = std::nullopt, bool silent = false, QObject *parent = nullptr);
    bool offerUntagged(const Response &response) override;
    void commandCompleted(CommandId id, const TaggedStatus &status) override;

    const QMap<quint32, QList<QByteArray>> &flags() const { return m_flags; }
    const NumberSet &modified() const { return m_modified; }

protected:
    void run() override;

private:
    Store m_command;
    UidSet m_uids;
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

// UID COPY. A NO with [TRYCREATE] (in error()->code) means the target
// mailbox does not exist.
class CopyTask : public SingleCommandTask
{
    Q_OBJECT
public:
    CopyTask(UidSet uids, const QString &mailbox, QObject *parent = nullptr);
    const std::optional<CopyUidResult> &copyUid() const { return m_copyUid; }

protected:
    void completedOk(const TaggedStatus &status) override;

private:
    std::optional<CopyUidResult> m_copyUid;
};

} // namespace quire::imap
