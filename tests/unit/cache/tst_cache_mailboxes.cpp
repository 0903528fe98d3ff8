#include "CacheTestSupport.h"

namespace quire::cache::testing {
namespace {

using MailboxTest = CacheTest;

TEST_F(MailboxTest, RoundTripsEveryField)
{
    MailboxRecord inbox = sampleMailbox(QStringLiteral("INBOX"), 7);
    inbox.delimiter = QLatin1Char('.');
    inbox.state = { 7, 120, 9'000'000'000ULL, 100, 3, 1 };
    MailboxRecord sent = sampleMailbox(QStringLiteral("Отправленные"));
    sent.rawName = "&BB4EQgQ,BEAEMAQyBDsENQQ9BD0ESwQ1-";
    sent.specialUse = QStringLiteral("\\Sent");
    sent.subscribed = false;
    sent.delimiter = QChar();
    sent.attributes = { QStringLiteral("\\HasChildren"), QStringLiteral("\\Sent") };
    ASSERT_TRUE(m_cache->upsertMailboxes({ inbox, sent }).ok());

    reopen();
    const auto all = m_cache->mailboxes();
    ASSERT_TRUE(all.ok());
    EXPECT_EQ(*all, (QList<MailboxRecord> { inbox, sent }));
    const auto one = m_cache->mailbox(QStringLiteral("Отправленные"));
    ASSERT_TRUE(one.ok());
    EXPECT_EQ(one->value(), sent);
    EXPECT_FALSE(m_cache->mailbox(QStringLiteral("missing"))->has_value());
}

TEST_F(MailboxTest, UpsertKeepsSyncStateOfExistingMailbox)
{
    addMailbox(QStringLiteral("INBOX"), 0);
    const MailboxSyncState state { 42, 1001, 77, 1000, 10, 0 };
    ASSERT_TRUE(m_cache->setMailboxState(QStringLiteral("INBOX"), state).ok());

    MailboxRecord listed = sampleMailbox(QStringLiteral("INBOX"));
    listed.subscribed = false;
    listed.specialUse = QStringLiteral("\\Inbox");
    ASSERT_TRUE(m_cache->upsertMailboxes({ listed }).ok());

    const auto stored = m_cache->mailbox(QStringLiteral("INBOX"));
    ASSERT_TRUE(stored.ok() && stored->has_value());
    EXPECT_EQ((*stored)->state, state);
    EXPECT_FALSE((*stored)->subscribed);
    EXPECT_EQ((*stored)->specialUse, QStringLiteral("\\Inbox"));
}

TEST_F(MailboxTest, StateOfUnknownMailboxIsAnError)
{
    const auto result = m_cache->setMailboxState(QStringLiteral("nope"), {});
    ASSERT_FALSE(result.ok());
    EXPECT_EQ(result.error().code, CacheError::NoSuchMailbox);
    const auto messages = m_cache->messages(QStringLiteral("nope"), 1);
    ASSERT_FALSE(messages.ok());
    EXPECT_EQ(messages.error().code, CacheError::NoSuchMailbox);
}

TEST_F(MailboxTest, RenameKeepsMessages)
{
    addMailbox(QStringLiteral("Old"), 5);
    ASSERT_TRUE(m_cache->upsertMessages(QStringLiteral("Old"), 5, { sampleMessage(1) }).ok());
    ASSERT_TRUE(m_cache->renameMailbox(QStringLiteral("Old"), QStringLiteral("New"), "New").ok());

    EXPECT_FALSE(m_cache->mailbox(QStringLiteral("Old"))->has_value());
    const auto moved = m_cache->uids(QStringLiteral("New"), 5);
    ASSERT_TRUE(moved.ok());
    EXPECT_EQ(*moved, QList<quint32> { 1 });
    EXPECT_EQ(m_cache->uids(QStringLiteral("Old"), 5).error().code, CacheError::NoSuchMailbox);
}

TEST_F(MailboxTest, RemoveDropsMessagesAndParts)
{
    addMailbox(QStringLiteral("Gone"), 5);
    ASSERT_TRUE(m_cache->upsertMessages(QStringLiteral("Gone"), 5, { sampleMessage(1) }).ok());
    PartRecord big { QStringLiteral("Gone"), 5, 1, "2", "application/pdf", QByteArray(100 * 1024, 'x'), 0, {} };
    ASSERT_TRUE(m_cache->storePart(big).ok());
    ASSERT_TRUE(m_cache->removeMailbox(QStringLiteral("Gone")).ok());

    EXPECT_TRUE(m_cache->mailboxes()->isEmpty());
    EXPECT_EQ(*m_cache->partsSize(), 0);
    EXPECT_TRUE(QDir(m_cache->partsDirectory()).entryList(QDir::Files).isEmpty());
}

} // namespace
} // namespace quire::cache::testing
