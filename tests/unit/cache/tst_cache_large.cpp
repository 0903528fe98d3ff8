#include "CacheTestSupport.h"

namespace quire::cache::testing {
namespace {

using LargeMailboxTest = CacheTest;

// Correctness only; bench_cache measures the time.
TEST_F(LargeMailboxTest, HundredThousandMessagesRoundTrip)
{
    constexpr quint32 count = 100'000;
    constexpr quint32 batchSize = 5'000;
    addMailbox(QStringLiteral("INBOX"), 1);
    for (quint32 first = 1; first <= count; first += batchSize) {
        QList<MessageRecord> batch;
        batch.reserve(batchSize);
        for (quint32 uid = first; uid < first + batchSize; ++uid)
            batch.append(sampleMessage(uid));
        ASSERT_TRUE(m_cache->upsertMessages(QStringLiteral("INBOX"), 1, batch).ok());
    }

    reopen();
    const auto all = m_cache->messages(QStringLiteral("INBOX"), 1, MessageColumns::Summary);
    ASSERT_TRUE(all.ok());
    ASSERT_EQ(all->size(), qsizetype(count));
    for (quint32 i = 0; i < count; i += 997) {
        MessageRecord expected = sampleMessage(i + 1);
        expected.envelopeBlob.clear();
        expected.bodyStructureBlob.clear();
        ASSERT_EQ((*all)[i], expected) << "uid " << i + 1;
    }
    EXPECT_EQ(all->back().uid, count);
    EXPECT_EQ(m_cache->uids(QStringLiteral("INBOX"), 1)->size(), qsizetype(count));
    const auto hits = m_cache->search(QStringLiteral("INBOX"), QStringLiteral("\"Subject 99999\""));
    ASSERT_TRUE(hits.ok());
    EXPECT_EQ(*hits, (QList<SearchHit> { { QStringLiteral("INBOX"), 1, 99999 } }));
}

} // namespace
} // namespace quire::cache::testing
