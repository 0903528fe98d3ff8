#include "CacheTestSupport.h"
#include "core/cache/BackgroundWriter.h"
#include "core/cache/ThreadPriority.h"
#include "tests/support/WriterWait.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QThread>

namespace quire::cache::testing {
namespace {

const QString inbox = QStringLiteral("INBOX");

// `done` is delivered through the event loop of the posting thread.
void ensureEventLoop()
{
    if (!QCoreApplication::instance()) {
        static int argc = 1;
        static char name[] = "tst_cache";
        static char *argv[] = { name, nullptr };
        static QCoreApplication app(argc, argv);
    }
}

class BackgroundWriterTest : public CacheTest
{
protected:
    static void SetUpTestSuite() { ensureEventLoop(); }

    static bool settle(BackgroundWriter *writer) { return test::waitForWrites(*writer); }

    static BackgroundWriter::Work upsert(QList<MessageRecord> records)
    {
        return [records = std::move(records)](Cache &cache) { return cache.upsertMessages(inbox, 1, records); };
    }
};

TEST_F(BackgroundWriterTest, WritesInOrderAndReportsOnThePostingThreadAfterTheCommit)
{
    addMailbox(inbox, 1);
    BackgroundWriter *writer = m_cache->backgroundWriter();
    ASSERT_NE(writer, nullptr);
    EXPECT_EQ(m_cache->backgroundWriter(), writer); // one per cache

    QObject context;
    QList<int> reported;
    QList<qsizetype> cachedWhenReported;
    for (int batch = 0; batch < 5; ++batch) {
        QList<MessageRecord> records;
        for (quint32 uid = batch * 100 + 1; uid <= quint32(batch + 1) * 100; ++uid)
            records.append(sampleMessage(uid, QStringLiteral("batch %1").arg(batch)));
        writer->post(upsert(records), &context, [&, batch](const Result<void> &result) {
            EXPECT_TRUE(result.ok());
            EXPECT_EQ(QThread::currentThread(), context.thread());
            reported.append(batch);
            // Committed before `done`: this thread's own connection sees it.
            cachedWhenReported.append(m_cache->messageCount(inbox, 1).value());
        });
    }
    // The same UID again, later: the later write wins.
    writer->post(upsert({ sampleMessage(1, QStringLiteral("rewritten")) }), &context, {});
    EXPECT_EQ(writer->pending(), 6);
    ASSERT_TRUE(settle(writer));

    EXPECT_EQ(reported, (QList<int> { 0, 1, 2, 3, 4 }));
    // Later batches may be in by then too, never fewer.
    ASSERT_EQ(cachedWhenReported.size(), 5);
    for (int batch = 0; batch < 5; ++batch)
        EXPECT_GE(cachedWhenReported[batch], (batch + 1) * 100) << "batch " << batch;
    EXPECT_EQ(m_cache->message(inbox, 1, 1).value()->subject, QStringLiteral("rewritten"));
    EXPECT_EQ(*m_cache->message(inbox, 1, 500).value(), sampleMessage(500, QStringLiteral("batch 4")));
}

TEST_F(BackgroundWriterTest, AFailedWriteIsReportedAndTheNextOnesStillRun)
{
    addMailbox(inbox, 1);
    BackgroundWriter *writer = m_cache->backgroundWriter();
    QObject context;
    QList<bool> results;
    QString error;
    writer->post([](Cache &cache) { return cache.upsertMessages(QStringLiteral("Nowhere"), 1, { sampleMessage(1) }); },
        &context,
        [&](const Result<void> &result) {
            results.append(result.ok());
            if (!result)
                error = result.error().detail;
        });
    writer->post(
        upsert({ sampleMessage(2) }), &context, [&](const Result<void> &result) { results.append(result.ok()); });
    ASSERT_TRUE(settle(writer));
    EXPECT_EQ(results, (QList<bool> { false, true }));
    EXPECT_FALSE(error.isEmpty());
    EXPECT_EQ(m_cache->uids(inbox, 1).value(), QList<quint32> { 2 });
}

TEST_F(BackgroundWriterTest, AGoneContextIsNotCalledButItsWriteIsKept)
{
    addMailbox(inbox, 1);
    BackgroundWriter *writer = m_cache->backgroundWriter();
    bool called = false;
    {
        QObject context;
        writer->post(upsert({ sampleMessage(7) }), &context, [&](const Result<void> &) { called = true; });
    }
    ASSERT_TRUE(settle(writer));
    EXPECT_FALSE(called);
    EXPECT_EQ(m_cache->uids(inbox, 1).value(), QList<quint32> { 7 });
}

TEST_F(BackgroundWriterTest, ClosingTheCacheFinishesTheQueuedWrites)
{
    addMailbox(inbox, 1);
    QObject context;
    for (quint32 first = 1; first <= 2000; first += 500) {
        QList<MessageRecord> records;
        for (quint32 uid = first; uid < first + 500; ++uid)
            records.append(sampleMessage(uid));
        m_cache->backgroundWriter()->post(upsert(records), &context, {});
    }
    reopen(); // destroys the cache, and with it the writer, at once
    EXPECT_EQ(m_cache->messageCount(inbox, 1).value(), 2000);
}

TEST_F(BackgroundWriterTest, WritesThroughTheOwnConnectionMeanwhileWait)
{
    // Both connections write the same database: SQLite lets one write at a
    // time and the other waits for it (busy timeout) instead of failing.
    addMailbox(inbox, 1);
    BackgroundWriter *writer = m_cache->backgroundWriter();
    QObject context;
    int failures = 0;
    for (quint32 first = 1; first <= 4000; first += 1000) {
        QList<MessageRecord> records;
        for (quint32 uid = first; uid < first + 1000; ++uid)
            records.append(sampleMessage(uid));
        writer->post(upsert(records), &context, [&](const Result<void> &result) { failures += result.ok() ? 0 : 1; });
    }
    for (quint32 uid = 10001; uid <= 10200; ++uid)
        ASSERT_TRUE(m_cache->upsertMessages(inbox, 1, { sampleMessage(uid) }).ok());
    ASSERT_TRUE(settle(writer));
    EXPECT_EQ(failures, 0);
    EXPECT_EQ(m_cache->messageCount(inbox, 1).value(), 4200);
}

TEST_F(BackgroundWriterTest, TheWriterThreadRunsAtTheNiceValueAsked)
{
    const int ownNice = currentThreadNice();
    SqliteCache::Options niced = options();
    niced.workerNice = 5;
    m_cache.reset();
    m_cache = std::move(SqliteCache::open(niced)).value();
    addMailbox(inbox, 1);
    QObject context;
    int writerNice = -100;
    QThread *writerThread = nullptr;
    m_cache->backgroundWriter()->post(
        [&](Cache &) {
            writerNice = currentThreadNice();
            writerThread = QThread::currentThread();
            return Result<void>();
        },
        &context, {});
    ASSERT_TRUE(settle(m_cache->backgroundWriter()));
    EXPECT_NE(writerThread, QThread::currentThread());
    EXPECT_EQ(writerNice, std::min(ownNice + 5, 19));
    EXPECT_EQ(currentThreadNice(), ownNice); // only the writer's thread
}

TEST_F(BackgroundWriterTest, AReadSeesTheWritesPostedBeforeIt)
{
    addMailbox(inbox, 1);
    BackgroundWriter *writer = m_cache->backgroundWriter();
    QObject context;
    test::WriterHold hold;
    hold.hold(*writer); // the writes below wait: the read must wait behind them
    writer->post(upsert({ sampleMessage(1), sampleMessage(2) }), &context, {});
    std::optional<Result<QList<quint32>>> read;
    writer->postRead([](Cache &cache) { return cache.uids(inbox, 1); }, &context,
        [&](Result<QList<quint32>> uids) { read.emplace(std::move(uids)); });
    writer->post(upsert({ sampleMessage(3) }), &context, {});
    hold.release();
    ASSERT_TRUE(settle(writer));
    ASSERT_TRUE(read.has_value() && read->ok());
    EXPECT_EQ(read->value(), (QList<quint32> { 1, 2 }));
}

TEST_F(BackgroundWriterTest, WhenCaughtUpWaitsUntilFewerThanBehindArePending)
{
    addMailbox(inbox, 1);
    BackgroundWriter *writer = m_cache->backgroundWriter();
    QObject context;
    int caughtUp = 0;
    writer->whenCaughtUp(&context, [&] { ++caughtUp; });
    EXPECT_EQ(caughtUp, 1); // nothing pending: at once

    test::WriterHold hold;
    hold.hold(*writer);
    for (int i = 1; i < BackgroundWriter::kBehind; ++i)
        writer->post(upsert({ sampleMessage(quint32(i)) }), &context, {});
    ASSERT_TRUE(writer->isBehind());
    QList<int> pendingWhenCalled;
    writer->whenCaughtUp(&context, [&] { pendingWhenCalled.append(writer->pending()); });
    {
        QObject gone;
        writer->whenCaughtUp(&gone, [&] { ADD_FAILURE() << "its context is gone"; });
    }
    EXPECT_TRUE(pendingWhenCalled.isEmpty());
    hold.release();
    ASSERT_TRUE(settle(writer));
    EXPECT_EQ(pendingWhenCalled, QList<int> { BackgroundWriter::kBehind - 1 }); // once, at the first post done
}

TEST(BackgroundWriterOpen, WhenTheConnectionCannotOpenEveryWorkFailsWithThatError)
{
    ensureEventLoop();
    BackgroundWriter writer([]() -> Result<std::unique_ptr<Cache>> {
        return Error { CacheError::OpenFailed, QStringLiteral("no disk") };
    });
    QObject context;
    int ran = 0;
    QList<Error> errors;
    for (int i = 0; i < 2; ++i) {
        writer.post(
            [&](Cache &) {
                ++ran;
                return Result<void>();
            },
            &context, [&](const Result<void> &result) { errors.append(result ? Error {} : result.error()); });
    }
    // A read gets the same error, not a default value.
    std::optional<Result<quint32>> read;
    writer.postRead([&](Cache &) -> Result<quint32> { return ++ran; }, &context,
        [&](Result<quint32> count) { read.emplace(std::move(count)); });
    ASSERT_TRUE(test::waitForWrites(writer));
    EXPECT_EQ(ran, 0);
    const Error expected { CacheError::OpenFailed, QStringLiteral("no disk") };
    EXPECT_EQ(errors, (QList<Error> { expected, expected }));
    ASSERT_TRUE(read.has_value());
    ASSERT_FALSE(read->ok());
    EXPECT_EQ(read->error(), expected);
}

} // namespace
} // namespace quire::cache::testing
