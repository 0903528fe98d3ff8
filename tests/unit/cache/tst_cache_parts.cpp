#include "CacheTestSupport.h"

#include <QDir>
#include <QFile>

namespace quire::cache::testing {
namespace {

class PartTest : public CacheTest
{
protected:
    void SetUp() override
    {
        CacheTest::SetUp();
        addMailbox(inbox, 7);
        QList<MessageRecord> records;
        for (quint32 uid = 1; uid <= 5; ++uid)
            records.append(sampleMessage(uid));
        ASSERT_TRUE(m_cache->upsertMessages(inbox, 7, records).ok());
    }

    PartRecord makePart(quint32 uid, const QByteArray &partId, qsizetype size, char fill = 'a') const
    {
        return PartRecord { inbox, 7, uid, partId, "application/octet-stream", QByteArray(size, fill), 0, {} };
    }

    QStringList partFiles() const { return QDir(m_cache->partsDirectory()).entryList(QDir::Files); }

    const QString inbox = QStringLiteral("INBOX");
};

TEST_F(PartTest, SmallPartLivesInTheDatabase)
{
    ASSERT_TRUE(m_cache->storePart({ inbox, 7, 1, "1.2", "text/plain", "Hello, world", 0, {} }).ok());
    reopen();
    const auto stored = m_cache->part(inbox, 7, 1, "1.2");
    ASSERT_TRUE(stored.ok() && stored->has_value());
    const PartRecord expected { inbox, 7, 1, "1.2", "text/plain", "Hello, world", 12, m_now };
    EXPECT_EQ(**stored, expected);
    EXPECT_TRUE(partFiles().isEmpty());
    EXPECT_TRUE(*m_cache->hasPart(inbox, 7, 1, "1.2"));
    EXPECT_FALSE(*m_cache->hasPart(inbox, 7, 1, "1.3"));
    EXPECT_FALSE(m_cache->part(inbox, 7, 1, "1.3")->has_value());
}

TEST_F(PartTest, LargePartLivesInAPrivateFile)
{
    const PartRecord big = makePart(2, "2", 200 * 1024, 'z');
    ASSERT_TRUE(m_cache->storePart(big).ok());
    ASSERT_EQ(partFiles().size(), 1);
    const QString path = QDir(m_cache->partsDirectory()).filePath(partFiles().front());
    EXPECT_EQ(fileMode(path), 0600u);

    const auto stored = m_cache->part(inbox, 7, 2, "2");
    ASSERT_TRUE(stored.ok() && stored->has_value());
    EXPECT_EQ((*stored)->data, big.data);
    EXPECT_EQ((*stored)->size, 200 * 1024);
}

TEST_F(PartTest, ReplacingALargePartWithASmallOneRemovesTheFile)
{
    ASSERT_TRUE(m_cache->storePart(makePart(2, "2", 100 * 1024)).ok());
    ASSERT_EQ(partFiles().size(), 1);
    ASSERT_TRUE(m_cache->storePart(makePart(2, "2", 10)).ok());
    EXPECT_TRUE(partFiles().isEmpty());
    EXPECT_EQ((*m_cache->part(inbox, 7, 2, "2"))->data, QByteArray(10, 'a'));
}

TEST_F(PartTest, RemovingTheMessageRemovesItsPartsAndFiles)
{
    ASSERT_TRUE(m_cache->storePart(makePart(3, "1", 100)).ok());
    ASSERT_TRUE(m_cache->storePart(makePart(3, "2", 100 * 1024)).ok());
    EXPECT_TRUE((*m_cache->message(inbox, 7, 3))->bodyCached);
    ASSERT_TRUE(m_cache->removeMessages(inbox, 7, { 3 }).ok());
    EXPECT_EQ(*m_cache->partsSize(), 0);
    EXPECT_TRUE(partFiles().isEmpty());
}

// A batch of bodies (make available offline) is stored in one transaction.
TEST_F(PartTest, OneTransactionKeepsEveryPartOrNone)
{
    const Result<void> failed = m_cache->inOneTransaction([&]() -> Result<void> {
        EXPECT_TRUE(m_cache->storePart(makePart(1, "1", 100)).ok());
        EXPECT_TRUE(m_cache->setBodyText(inbox, 7, 1, QStringLiteral("lost words")).ok());
        EXPECT_TRUE(m_cache->storePart(makePart(2, "1", 100)).ok());
        return Error { CacheError::WriteFailed, QStringLiteral("disk full") };
    });
    ASSERT_FALSE(failed.ok());
    EXPECT_EQ(failed.error().detail, QStringLiteral("disk full"));
    EXPECT_FALSE(m_cache->part(inbox, 7, 1, "1")->has_value());
    EXPECT_FALSE(m_cache->part(inbox, 7, 2, "1")->has_value());
    EXPECT_FALSE((*m_cache->message(inbox, 7, 1))->bodyCached);
    EXPECT_EQ(*m_cache->partsSize(), 0);
    EXPECT_TRUE(m_cache->search(inbox, QStringLiteral("lost")).value().isEmpty());

    ASSERT_TRUE(m_cache
                    ->inOneTransaction([&]() -> Result<void> {
                        if (auto stored = m_cache->storePart(makePart(1, "1", 100)); !stored)
                            return stored;
                        return m_cache->storePart(makePart(2, "1", 100 * 1024));
                    })
                    .ok());
    reopen();
    EXPECT_EQ((*m_cache->part(inbox, 7, 1, "1"))->data, QByteArray(100, 'a'));
    EXPECT_EQ((*m_cache->part(inbox, 7, 2, "1"))->data, QByteArray(100 * 1024, 'a'));
    EXPECT_EQ(*m_cache->partsSize(), 100 + 100 * 1024);
}

// The file of a part replaced inside a transaction goes only once that
// transaction commits: rolled back, the row points at it again.
TEST_F(PartTest, AFileReplacedInARolledBackTransactionStays)
{
    const PartRecord big = makePart(2, "2", 100 * 1024, 'b');
    ASSERT_TRUE(m_cache->storePart(big).ok());
    ASSERT_EQ(partFiles().size(), 1);

    const Result<void> failed = m_cache->inOneTransaction([&]() -> Result<void> {
        EXPECT_TRUE(m_cache->storePart(makePart(2, "2", 10)).ok());
        return Error { CacheError::WriteFailed, QStringLiteral("given up") };
    });
    ASSERT_FALSE(failed.ok());
    const auto kept = m_cache->part(inbox, 7, 2, "2");
    ASSERT_TRUE(kept.ok() && kept->has_value());
    EXPECT_EQ((*kept)->data, big.data);

    ASSERT_TRUE(m_cache->inOneTransaction([&]() { return m_cache->storePart(makePart(2, "2", 10)); }).ok());
    EXPECT_TRUE(partFiles().isEmpty());
    EXPECT_EQ((*m_cache->part(inbox, 7, 2, "2"))->data, QByteArray(10, 'a'));
}

TEST_F(PartTest, MissingFileMeansNotCached)
{
    ASSERT_TRUE(m_cache->storePart(makePart(4, "1", 100 * 1024)).ok());
    ASSERT_TRUE(QFile::remove(QDir(m_cache->partsDirectory()).filePath(partFiles().front())));
    EXPECT_FALSE(m_cache->part(inbox, 7, 4, "1")->has_value());
    EXPECT_FALSE(*m_cache->hasPart(inbox, 7, 4, "1"));
}

TEST_F(PartTest, EvictionDropsLeastRecentlyUsedPartsAndKeepsEnvelopes)
{
    m_cache->setSizeLimit(0);
    for (quint32 uid = 1; uid <= 5; ++uid) {
        m_now = m_now.addSecs(60);
        // Alternate inline and file-backed parts so both kinds are evicted.
        ASSERT_TRUE(m_cache->storePart(makePart(uid, "1", uid % 2 ? 40 * 1024 : 80 * 1024)).ok());
    }
    m_now = m_now.addSecs(60);
    ASSERT_TRUE(m_cache->part(inbox, 7, 1, "1")->has_value()); // UID 1 is now the most recent

    const qint64 before = *m_cache->partsSize();
    EXPECT_EQ(before, (40 + 80 + 40 + 80 + 40) * 1024);
    m_cache->setSizeLimit(130 * 1024);
    const auto freed = m_cache->evict();
    ASSERT_TRUE(freed.ok());
    // Oldest first: UID 2 (80K), then UID 3 (40K), then UID 4 (80K) -> 80K left.
    EXPECT_EQ(*freed, 200 * 1024);
    EXPECT_TRUE(*m_cache->hasPart(inbox, 7, 1, "1"));
    EXPECT_TRUE(*m_cache->hasPart(inbox, 7, 5, "1"));
    for (quint32 uid : { 2u, 3u, 4u })
        EXPECT_FALSE(*m_cache->hasPart(inbox, 7, uid, "1")) << uid;
    EXPECT_TRUE(partFiles().isEmpty()) << "UIDs 2 and 4 had files";

    const auto all = m_cache->messages(inbox, 7);
    ASSERT_TRUE(all.ok());
    ASSERT_EQ(all->size(), 5);
    for (const MessageRecord &record : *all) {
        MessageRecord expected = sampleMessage(record.uid);
        expected.bodyCached = record.uid == 1 || record.uid == 5;
        EXPECT_EQ(record, expected) << "envelope and flags survive eviction, uid " << record.uid;
    }
}

// The total is kept by triggers, so every way a part comes or goes counts:
// a replacement, a cascade from a removed message or mailbox, a missing file.
TEST_F(PartTest, PartsSizeFollowsEveryChange)
{
    EXPECT_EQ(*m_cache->partsSize(), 0);
    ASSERT_TRUE(m_cache->storePart(makePart(1, "1", 100)).ok());
    ASSERT_TRUE(m_cache->storePart(makePart(1, "2", 100 * 1024)).ok());
    ASSERT_TRUE(m_cache->storePart(makePart(2, "1", 300)).ok());
    EXPECT_EQ(*m_cache->partsSize(), 100 + 100 * 1024 + 300);
    ASSERT_TRUE(m_cache->storePart(makePart(1, "2", 50)).ok()); // replaced, smaller
    EXPECT_EQ(*m_cache->partsSize(), 100 + 50 + 300);
    ASSERT_TRUE(m_cache->removeMessages(inbox, 7, { 2 }).ok());
    EXPECT_EQ(*m_cache->partsSize(), 100 + 50);
    ASSERT_TRUE(m_cache->storePart(makePart(3, "1", 200 * 1024)).ok());
    ASSERT_TRUE(QFile::remove(QDir(m_cache->partsDirectory()).filePath(partFiles().front())));
    EXPECT_FALSE(m_cache->part(inbox, 7, 3, "1")->has_value());
    EXPECT_EQ(*m_cache->partsSize(), 100 + 50);
    reopen();
    EXPECT_EQ(*m_cache->partsSize(), 100 + 50);
    ASSERT_TRUE(m_cache->clearMailbox(inbox).ok());
    EXPECT_EQ(*m_cache->partsSize(), 0);
}

TEST_F(PartTest, UidsWithPartListsOneMailboxAndOnePartId)
{
    addMailbox(QStringLiteral("Other"), 9);
    ASSERT_TRUE(m_cache->upsertMessages(QStringLiteral("Other"), 9, { sampleMessage(2) }).ok());
    ASSERT_TRUE(m_cache->storePart(makePart(2, "whole", 10)).ok());
    ASSERT_TRUE(m_cache->storePart(makePart(4, "whole", 200 * 1024)).ok());
    ASSERT_TRUE(m_cache->storePart(makePart(3, "text", 10)).ok());
    ASSERT_TRUE(m_cache->storePart({ QStringLiteral("Other"), 9, 2, "text", "text/plain", "x", 0, {} }).ok());
    EXPECT_EQ(*m_cache->uidsWithPart(inbox, 7, "whole"), (QSet<quint32> { 2, 4 }));
    EXPECT_EQ(*m_cache->uidsWithPart(inbox, 7, "text"), (QSet<quint32> { 3 }));
    EXPECT_EQ(*m_cache->uidsWithPart(inbox, 6, "whole"), QSet<quint32> {}) << "another UIDVALIDITY";
    EXPECT_EQ(*m_cache->uidsWithPart(QStringLiteral("Other"), 9, "text"), (QSet<quint32> { 2 }));
    EXPECT_EQ(*m_cache->uidsWithPart(QStringLiteral("Nowhere"), 9, "text"), QSet<quint32> {});
}

TEST_F(PartTest, StoringPastTheLimitEvictsAutomatically)
{
    m_cache->setSizeLimit(100 * 1024);
    for (quint32 uid = 1; uid <= 5; ++uid) {
        m_now = m_now.addSecs(60);
        ASSERT_TRUE(m_cache->storePart(makePart(uid, "1", 30 * 1024)).ok());
    }
    EXPECT_LE(*m_cache->partsSize(), 100 * 1024);
    EXPECT_TRUE(*m_cache->hasPart(inbox, 7, 5, "1")) << "the newest part stays";
    EXPECT_FALSE(*m_cache->hasPart(inbox, 7, 1, "1"));
}

} // namespace
} // namespace quire::cache::testing
