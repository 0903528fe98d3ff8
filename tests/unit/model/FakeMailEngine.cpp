#include "FakeMailEngine.h"

#include <gtest/gtest.h>

namespace quire::model::testing {

FakeMailEngine::FakeMailEngine(QObject *parent)
    : MailEngine(parent)
{
    cache::SqliteCache::Options options;
    options.directory = m_directory.path();
    auto opened = cache::SqliteCache::open(options);
    if (!opened)
        ADD_FAILURE() << "cannot open the cache: " << opened.error().detail.toStdString();
    else
        m_cache = std::move(opened).value();
}

sync::SyncState FakeMailEngine::syncState(const QString &mailbox) const
{
    return m_syncStates.value(mailbox, sync::SyncState::NotSynced);
}

quint32 FakeMailEngine::uidValidity(const QString &mailbox) const
{
    auto record = m_cache->mailbox(mailbox);
    return record && record->has_value() ? (*record)->state.uidValidity : 0;
}

void FakeMailEngine::listChildren(const QString &parent, QChar delimiter)
{
    listRequests.append(parent + delimiter + u'%');
}

void FakeMailEngine::answerChildren(const QString &parent, const QList<cache::MailboxRecord> &children)
{
    EXPECT_TRUE(m_cache->upsertMailboxes(children).ok());
    listedLevels.insert(parent);
    Q_EMIT mailboxesChanged();
    Q_EMIT childrenListed(parent, true);
}

void FakeMailEngine::setConnectionState(sync::ConnectionState state)
{
    m_connectionState = state;
    Q_EMIT connectionStateChanged(state);
}

void FakeMailEngine::requestEnvelopes(const QString &mailbox, const QList<quint32> &uids)
{
    envelopeRequests.append(uids);
    Q_EMIT envelopesRequested(uids);
    calls.append({ QStringLiteral("requestEnvelopes"), mailbox, uids, {} });
}

void FakeMailEngine::setFlags(
    const QString &mailbox, const QList<quint32> &uids, const QStringList &add, const QStringList &remove)
{
    calls.append({ QStringLiteral("setFlags"), mailbox, uids, add + remove });
    QList<cache::FlagUpdate> applied;
    QList<cache::FlagUpdate> original;
    for (quint32 uid : uids) {
        auto record = m_cache->message(mailbox, uidValidity(mailbox), uid);
        if (!record || !record->has_value())
            continue;
        QStringList flags = (*record)->flags;
        original.append({ uid, flags, (*record)->modSeq });
        for (const QString &flag : add) {
            if (!flags.contains(flag))
                flags.append(flag);
        }
        for (const QString &flag : remove)
            flags.removeAll(flag);
        applied.append({ uid, flags, (*record)->modSeq });
    }
    changeFlags(mailbox, applied);
    if (refuseFlagChanges) {
        changeFlags(mailbox, original);
        Q_EMIT operationFailed({ sync::EngineErrorKind::ServerRefused, mailbox, QStringLiteral("NO no") });
    }
}

void FakeMailEngine::copyMessages(const QString &from, const QList<quint32> &uids, const QString &to)
{
    calls.append({ QStringLiteral("copy"), from, uids, { to } });
}

void FakeMailEngine::deleteMessages(const QString &mailbox, const QList<quint32> &uids)
{
    calls.append({ QStringLiteral("delete"), mailbox, uids, {} });
}

void FakeMailEngine::moveMessages(const QString &from, const QList<quint32> &uids, const QString &to)
{
    calls.append({ QStringLiteral("move"), from, uids, { to } });
}

void FakeMailEngine::expungeMailbox(const QString &mailbox)
{
    calls.append({ QStringLiteral("expunge"), mailbox, {}, {} });
}

void FakeMailEngine::appendMessage(const QString &mailbox, const QString &emlFilePath)
{
    calls.append({ QStringLiteral("append"), mailbox, {}, { emlFilePath } });
}

void FakeMailEngine::createMailbox(const QString &name)
{
    calls.append({ QStringLiteral("create"), name, {}, {} });
}

void FakeMailEngine::renameMailbox(const QString &from, const QString &to)
{
    calls.append({ QStringLiteral("rename"), from, {}, { to } });
}

void FakeMailEngine::deleteMailbox(const QString &name)
{
    calls.append({ QStringLiteral("delete"), name, {}, {} });
}

void FakeMailEngine::setSubscribed(const QString &name, bool subscribed)
{
    calls.append({ QStringLiteral("subscribe"), name, {}, { subscribed ? QStringLiteral("1") : QStringLiteral("0") } });
}

void FakeMailEngine::fetchMessageSource(const QString &mailbox, quint32 uid)
{
    calls.append({ QStringLiteral("fetchSource"), mailbox, { uid }, {} });
}

void FakeMailEngine::downloadForOffline(const QStringList &mailboxes, bool attachments)
{
    calls.append({ QStringLiteral("downloadForOffline"), {}, {},
        mailboxes + QStringList { attachments ? QStringLiteral("attachments") : QStringLiteral("text") } });
}

void FakeMailEngine::cancelOfflineDownload()
{
    calls.append({ QStringLiteral("cancelOfflineDownload"), {}, {}, {} });
}

void FakeMailEngine::cancelSync(const QString &mailbox)
{
    calls.append({ QStringLiteral("cancelSync"), mailbox, {}, {} });
}

void FakeMailEngine::pauseJournalReplay()
{
    calls.append({ QStringLiteral("pauseJournalReplay"), {}, {}, {} });
}

void FakeMailEngine::addMailbox(const cache::MailboxRecord &record, bool notify)
{
    EXPECT_TRUE(m_cache->upsertMailboxes({ record }).ok());
    EXPECT_TRUE(m_cache->setMailboxState(record.name, record.state).ok());
    if (notify)
        Q_EMIT mailboxesChanged();
}

void FakeMailEngine::addMessages(const QString &mailbox, const QList<cache::MessageRecord> &records)
{
    EXPECT_TRUE(m_cache->upsertMessages(mailbox, uidValidity(mailbox), records).ok());
    QList<quint32> uids;
    for (const cache::MessageRecord &record : records)
        uids.append(record.uid);
    Q_EMIT messagesAdded(mailbox, uids);
}

void FakeMailEngine::removeMessages(const QString &mailbox, const QList<quint32> &uids)
{
    EXPECT_TRUE(m_cache->removeMessages(mailbox, uidValidity(mailbox), uids).ok());
    Q_EMIT messagesRemoved(mailbox, uids);
}

void FakeMailEngine::changeFlags(const QString &mailbox, const QList<cache::FlagUpdate> &updates)
{
    EXPECT_TRUE(m_cache->updateFlags(mailbox, uidValidity(mailbox), updates).ok());
    Q_EMIT flagsChanged(mailbox, updates);
}

void FakeMailEngine::deliverEnvelopes(const QString &mailbox, const QList<cache::MessageRecord> &records)
{
    EXPECT_TRUE(m_cache->upsertMessages(mailbox, uidValidity(mailbox), records).ok());
    QList<quint32> uids;
    for (const cache::MessageRecord &record : records)
        uids.append(record.uid);
    Q_EMIT envelopesArrived(mailbox, uids);
}

void FakeMailEngine::setSyncState(const QString &mailbox, sync::SyncState state)
{
    m_syncStates.insert(mailbox, state);
    Q_EMIT syncStateChanged(mailbox, state);
}

cache::MailboxRecord mailboxRecord(
    const QString &name, QChar delimiter, const QStringList &attributes, const QString &specialUse)
{
    cache::MailboxRecord record;
    record.name = name;
    record.rawName = name.toUtf8();
    record.delimiter = delimiter;
    record.attributes = attributes;
    record.specialUse = specialUse;
    record.subscribed = true;
    record.state.uidValidity = kUidValidity;
    return record;
}

cache::MessageRecord messageRecord(
    quint32 uid, const QString &subject, const QByteArray &messageId, const QList<QByteArray> &references)
{
    cache::MessageRecord record;
    record.uid = uid;
    record.flags = uid % 3 == 0 ? QStringList { QStringLiteral("\\Seen") } : QStringList();
    record.hasEnvelope = true;
    record.internalDate = QDateTime(QDate(2024, 1, 1), QTime(0, 0), Qt::UTC).addSecs(qint64(uid) * 60);
    record.date = QDateTime(QDate(2024, 1, 1), QTime(0, 0), Qt::UTC).addSecs(qint64((uid * 7919) % 100000) * 60);
    record.size = 1000 + (uid * 31) % 5000;
    record.subject = subject.isNull() ? QStringLiteral("Subject %1").arg(uid % 1000) : subject;
    record.from = QStringLiteral("Sender %1 <s%1@example.org>").arg(uid % 50);
    record.fromAddress = QStringLiteral("s%1@example.org").arg(uid % 50);
    record.to = QStringLiteral("me@example.org");
    record.messageId = messageId.isNull() ? "<m" + QByteArray::number(uid) + "@example.org>" : messageId;
    record.references = references;
    if (!references.isEmpty())
        record.inReplyTo = references.last();
    record.hasAttachments = uid % 5 == 0;
    return record;
}

cache::MessageRecord placeholderRecord(quint32 uid)
{
    cache::MessageRecord record;
    record.uid = uid;
    return record;
}

} // namespace quire::model::testing
