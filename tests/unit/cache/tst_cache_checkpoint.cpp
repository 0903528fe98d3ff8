#include "CacheTestSupport.h"

#include <QDeadlineTimer>
#include <QFileInfo>
#include <QThread>

namespace quire::cache::testing {
namespace {

using CheckpointTest = CacheTest;

TEST_F(CheckpointTest, TheWalIsCheckpointedByTheWorkerAndNothingIsLost)
{
    SqliteCache::Options small = options();
    small.walCheckpointPages = 20;
    m_cache.reset();
    auto opened = SqliteCache::open(small);
    ASSERT_TRUE(opened.ok()) << opened.error().detail.toStdString();
    m_cache = std::move(opened).value();
    addMailbox(QStringLiteral("INBOX"), 1);
    ASSERT_EQ(m_cache->walCheckpoints(), 0);
    const qint64 before = QFileInfo(m_cache->databasePath()).size();

    constexpr quint32 count = 3000;
    for (quint32 first = 1; first <= count; first += 300) {
        QList<MessageRecord> batch;
        for (quint32 uid = first; uid < first + 300; ++uid)
            batch.append(sampleMessage(uid));
        ASSERT_TRUE(m_cache->upsertMessages(QStringLiteral("INBOX"), 1, batch).ok());
    }
    // The commits return at once; the checkpoint follows on the worker.
    const QDeadlineTimer deadline(10000);
    while (m_cache->walCheckpoints() == 0 && !deadline.hasExpired())
        QThread::msleep(5);
    EXPECT_GE(m_cache->walCheckpoints(), 1);
    // It copied the log into the database (a connection that had read
    // nothing used to report success having copied nothing).
    m_cache->waitForCheckpoint();
    EXPECT_GT(QFileInfo(m_cache->databasePath()).size(), before);

    reopen(); // waits for a checkpoint still running
    EXPECT_EQ(*m_cache->messageCount(QStringLiteral("INBOX"), 1), qsizetype(count));
    const auto last = m_cache->message(QStringLiteral("INBOX"), 1, count);
    ASSERT_TRUE(last.ok() && last->has_value());
    EXPECT_EQ(**last, sampleMessage(count));
}

TEST_F(CheckpointTest, BelowTheThresholdNothingIsCheckpointed)
{
    addMailbox(QStringLiteral("INBOX"), 1);
    ASSERT_TRUE(m_cache->upsertMessages(QStringLiteral("INBOX"), 1, { sampleMessage(1) }).ok());
    EXPECT_EQ(m_cache->walCheckpoints(), 0);
}

} // namespace
} // namespace quire::cache::testing
