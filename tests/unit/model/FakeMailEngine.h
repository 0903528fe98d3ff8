#pragma once

// A MailEngine with no network: a real SqliteCache in a temporary directory,
// plus methods a test calls to play the server (messages arrive, vanish,
// change flags, envelopes come in). User requests are recorded.

#include "core/cache/SqliteCache.h"
#include "core/sync/MailEngine.h"

#include <QHash>
#include <QSet>
#include <QTemporaryDir>

#include <memory>

namespace quire::model::testing {

class FakeMailEngine : public sync::MailEngine
{
    Q_OBJECT

public:
    explicit FakeMailEngine(QObject *parent = nullptr);

    cache::Cache *cache() const override { return m_cache.get(); }
    sync::ConnectionState connectionState() const override { return m_connectionState; }
    sync::SyncState syncState(const QString &mailbox) const override;
    quint32 uidValidity(const QString &mailbox) const override;
    sync::MailboxAccess mailboxAccess(const QString &mailbox) const override { return access.value(mailbox); }

    void refreshMailboxes() override { ++refreshCount; }
    // Recorded; the test answers with answerChildren or failChildren.
    void listChildren(const QString &parent, QChar delimiter) override;
    bool knowsChildren(const QString &parent) const override
    {
        return listedEverything || listedLevels.contains(parent);
    }
    void openMailbox(const QString &mailbox) override { openedMailboxes.append(mailbox); }
    void requestEnvelopes(const QString &mailbox, const QList<quint32> &uids) override;
    bool offersServerThreading() const override { return serverThreading; }
    void requestServerThreads(const QString &mailbox) override { threadRequests.append(mailbox); }
    void setFlags(
        const QString &mailbox, const QList<quint32> &uids, const QStringList &add, const QStringList &remove) override;
    void copyMessages(const QString &from, const QList<quint32> &uids, const QString &to) override;
    void moveMessages(const QString &from, const QList<quint32> &uids, const QString &to) override;
    void deleteMessages(const QString &mailbox, const QList<quint32> &uids) override;
    void expungeMailbox(const QString &mailbox) override;
    void appendMessage(const QString &mailbox, const QString &emlFilePath) override;
    void createMailbox(const QString &name) override;
    void renameMailbox(const QString &from, const QString &to) override;
    void deleteMailbox(const QString &name) override;
    void setSubscribed(const QString &name, bool subscribed) override;
    void fetchMessageSource(const QString &mailbox, quint32 uid) override;
    void downloadForOffline(const QStringList &mailboxes, bool attachments) override;
    void cancelOfflineDownload() override;
    void cancelSync(const QString &mailbox) override;
    void pauseJournalReplay() override;

    // --- the server side
    void addMailbox(const cache::MailboxRecord &record, bool notify = true);
    void addMessages(const QString &mailbox, const QList<cache::MessageRecord> &records);
    void removeMessages(const QString &mailbox, const QList<quint32> &uids);
    void changeFlags(const QString &mailbox, const QList<cache::FlagUpdate> &updates);
    void deliverEnvelopes(const QString &mailbox, const QList<cache::MessageRecord> &records);
    void setSyncState(const QString &mailbox, sync::SyncState state);
    void setConnectionState(sync::ConnectionState state);
    // The server's answer to listChildren: the level's folders reach the
    // cache (merged: other levels stay), then mailboxesChanged and
    // childrenListed(parent, true).
    void answerChildren(const QString &parent, const QList<cache::MailboxRecord> &children);
    // The LIST failed (NO, or the connection went): childrenListed(parent, false).
    void failChildren(const QString &parent) { Q_EMIT childrenListed(parent, false); }
    // The answer to requestServerThreads.
    void deliverServerThreads(const QString &mailbox, const QHash<quint32, quint32> &parents)
    {
        Q_EMIT serverThreadsArrived(mailbox, parents);
    }

Q_SIGNALS:
    void envelopesRequested(const QList<quint32> &uids);

public:
    // --- what the models asked for
    struct Call {
        QString operation;
        QString mailbox;
        QList<quint32> uids;
        QStringList arguments;
        bool operator==(const Call &) const = default;
    };
    QList<Call> calls;
    QList<QList<quint32>> envelopeRequests;
    QStringList openedMailboxes;
    int refreshCount = 0;
    // What mailboxAccess() answers, per mailbox (unknown when absent).
    QHash<QString, sync::MailboxAccess> access;
    bool refuseFlagChanges = false; // setFlags then rolls back like a tagged NO
    bool serverThreading = false; // what offersServerThreading() answers
    // listChildren requests: "parent<delimiter>%".
    QStringList listRequests;
    // What knowsChildren() answers: every level (as after a full LIST), or these.
    bool listedEverything = false;
    QSet<QString> listedLevels;
    QStringList threadRequests;

private:
    QTemporaryDir m_directory;
    std::unique_ptr<cache::SqliteCache> m_cache;
    QHash<QString, sync::SyncState> m_syncStates;
    sync::ConnectionState m_connectionState = sync::ConnectionState::Offline;
};

// Records as a sync would write them.
cache::MailboxRecord mailboxRecord(const QString &name, QChar delimiter = QLatin1Char('/'),
    const QStringList &attributes = {}, const QString &specialUse = {});
cache::MessageRecord messageRecord(quint32 uid, const QString &subject = {}, const QByteArray &messageId = {},
    const QList<QByteArray> &references = {});
cache::MessageRecord placeholderRecord(quint32 uid);

inline constexpr quint32 kUidValidity = 777;

} // namespace quire::model::testing
