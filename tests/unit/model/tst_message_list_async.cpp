// MessageListModel with asynchronous loading: the newest rows at once, the
// rest from a worker, and no engine change lost while the worker reads.

#include "ModelTestSupport.h"
#include "core/cache/ThreadPriority.h"
#include "core/model/MessageListModel.h"
#include "core/model/ModelRoles.h"

#include <QSemaphore>
#include <QSignalSpy>

#include <atomic>

namespace quire::model::testing {
namespace {

// Wraps the cache's own reader so a test decides when the worker may go on:
// either before it reads (its snapshot then includes what the test does
// meanwhile) or after its first row (the snapshot is taken, the test's
// changes come after it).
struct PacedReader {
    enum class Hold { None, BeforeSnapshot, AfterSnapshot };

    cache::Cache::MessageListReader wrap(cache::Cache::MessageListReader real)
    {
        return [this, real](const QString &mailbox, quint32 uidValidity,
                   const std::function<void(const cache::MessageListRow &)> &visit) {
            const Hold mode = hold.exchange(Hold::None);
            if (mode == Hold::BeforeSnapshot) {
                waiting.release();
                gate.acquire();
            }
            bool first = true;
            return real(mailbox, uidValidity, [&](const cache::MessageListRow &row) {
                if (first && mode == Hold::AfterSnapshot) {
                    waiting.release();
                    gate.acquire();
                }
                first = false;
                visit(row);
            });
        };
    }

    std::atomic<Hold> hold = Hold::None;
    QSemaphore waiting; // released when the worker stops at the gate
    QSemaphore gate;
};

class MessageListAsyncTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        model = std::make_unique<MessageListModel>();
        model->setAsyncLoading(true);
        model->setFirstScreenfulRows(10);
        tester = attachTester(model.get());
    }
    void TearDown() override
    {
        pace.gate.release(100); // never leave the worker waiting: the model waits for it
        tester.reset();
        model.reset();
    }
    void useEngine(std::unique_ptr<FakeMailEngine> fake)
    {
        engine = std::move(fake);
        model->setListReader(pace.wrap(engine->cache()->messageListReader()));
    }
    bool waitForLoad()
    {
        QSignalSpy finished(model.get(), &MessageListModel::loadFinished);
        return !model->isLoading() || finished.wait(10000);
    }
    QList<quint32> rowUids() const
    {
        QList<quint32> uids;
        for (int row = 0; row < model->rowCount(); ++row)
            uids.append(model->uidAt(row));
        return uids;
    }
    QList<quint32> without(QList<quint32> uids, const QList<quint32> &gone)
    {
        for (quint32 uid : gone)
            uids.removeAll(uid);
        return uids;
    }

    std::unique_ptr<FakeMailEngine> engine;
    std::unique_ptr<MessageListModel> model;
    std::unique_ptr<QAbstractItemModelTester> tester;
    PacedReader pace;
};

TEST_F(MessageListAsyncTest, TheRowsAreReadAtTheNiceValueAsked)
{
    engine = engineWithMessages(uidRange(1, 50));
    cache::Cache::MessageListReader cacheReader = engine->cache()->messageListReader();
    const int ownNice = cache::currentThreadNice();
    QList<int> readerNice;
    model->setLoadThreadNice(5);
    model->setListReader([&](const QString &mailbox, quint32 uidValidity,
                             const std::function<void(const cache::MessageListRow &)> &visit) {
        readerNice.append(cache::currentThreadNice());
        return cacheReader(mailbox, uidValidity, visit);
    });
    for (int load = 0; load < 2; ++load) { // the second load on the same thread: not lowered again
        model->setMailbox(engine.get(), kInbox);
        ASSERT_TRUE(waitForLoad());
    }
    EXPECT_EQ(readerNice, (QList<int> { std::min(ownNice + 5, 19), std::min(ownNice + 5, 19) }));
    EXPECT_EQ(cache::currentThreadNice(), ownNice); // only the worker's
    EXPECT_EQ(rowUids(), uidRange(1, 50));
}

TEST_F(MessageListAsyncTest, ShowsTheNewestRowsAtOnceThenAllOfThem)
{
    useEngine(engineWithMessages(uidRange(1, 50)));
    pace.hold = PacedReader::Hold::BeforeSnapshot;
    QSignalSpy resets(model.get(), &QAbstractItemModel::modelReset);
    model->setMailbox(engine.get(), kInbox);

    EXPECT_EQ(rowUids(), uidRange(41, 50));
    EXPECT_TRUE(model->isLoading());
    EXPECT_EQ(engine->openedMailboxes, QStringList { kInbox }); // the sync does not wait for the rows
    EXPECT_EQ(model->index(9, MessageListModel::SubjectColumn).data().toString(), QStringLiteral("Subject 50"));

    pace.gate.release();
    ASSERT_TRUE(waitForLoad());
    EXPECT_FALSE(model->isLoading());
    EXPECT_EQ(rowUids(), uidRange(1, 50));
    EXPECT_EQ(resets.count(), 2); // the open, then the one swap
    EXPECT_EQ(model->index(2, 0).data(MessageSeenRole).toBool(), true); // UID 3
}

TEST_F(MessageListAsyncTest, AFolderNoLargerThanTheFirstScreenfulIsCompleteAtOnce)
{
    useEngine(engineWithMessages({ 4, 2, 9 }));
    QSignalSpy finished(model.get(), &MessageListModel::loadFinished);
    model->setMailbox(engine.get(), kInbox);
    EXPECT_EQ(rowUids(), (QList<quint32> { 2, 4, 9 }));
    EXPECT_FALSE(model->isLoading());
    QCoreApplication::processEvents();
    EXPECT_EQ(finished.count(), 0);
}

TEST_F(MessageListAsyncTest, SynchronousLoadingStaysTheDefault)
{
    MessageListModel plain;
    auto fake = engineWithMessages(uidRange(1, 500));
    plain.setMailbox(fake.get(), kInbox);
    EXPECT_FALSE(plain.isLoading());
    EXPECT_EQ(plain.rowCount(), 500);
}

// Run twice: the worker's snapshot taken before the changes, and after them.
class MessageListAsyncChangesTest : public MessageListAsyncTest, public ::testing::WithParamInterface<PacedReader::Hold>
{
};

TEST_P(MessageListAsyncChangesTest, ChangesDuringTheLoadAreKept)
{
    useEngine(engineWithMessages(uidRange(1, 50)));
    pace.hold = GetParam();
    model->setMailbox(engine.get(), kInbox);
    ASSERT_TRUE(model->isLoading());
    ASSERT_TRUE(pace.waiting.tryAcquire(1, 10000));

    // Rows in the first screenful (41..50) and rows only the worker reads.
    engine->addMessages(kInbox, { messageRecord(60), messageRecord(61) });
    engine->removeMessages(kInbox, { 3, 45 });
    engine->changeFlags(kInbox, { { 2, { QStringLiteral("\\Seen") }, 0 }, { 48, { QStringLiteral("\\Flagged") }, 0 } });
    engine->deliverEnvelopes(kInbox, { messageRecord(5, QStringLiteral("Updated five")) });
    engine->deliverEnvelopes(kInbox, { messageRecord(49, QStringLiteral("Updated forty-nine")) });
    // While loading, the rows shown change at once.
    EXPECT_EQ(rowUids(), (without(uidRange(41, 50), { 45 }) + QList<quint32> { 60, 61 }));

    pace.gate.release();
    ASSERT_TRUE(waitForLoad());
    EXPECT_EQ(rowUids(), (without(uidRange(1, 50), { 3, 45 }) + QList<quint32> { 60, 61 }));
    auto rowOf = [&](quint32 uid) { return model->rowOfUid(uid); };
    EXPECT_TRUE(model->index(rowOf(2), 0).data(MessageSeenRole).toBool());
    EXPECT_TRUE(model->index(rowOf(48), 0).data(MessageFlaggedRole).toBool());
    EXPECT_EQ(
        model->index(rowOf(5), MessageListModel::SubjectColumn).data().toString(), QStringLiteral("Updated five"));
    EXPECT_EQ(model->index(rowOf(49), MessageListModel::SubjectColumn).data().toString(),
        QStringLiteral("Updated forty-nine"));
    EXPECT_EQ(rowOf(3), -1);
    EXPECT_EQ(rowOf(45), -1);
}

INSTANTIATE_TEST_SUITE_P(Snapshot, MessageListAsyncChangesTest,
    ::testing::Values(PacedReader::Hold::BeforeSnapshot, PacedReader::Hold::AfterSnapshot));

TEST_F(MessageListAsyncTest, SwitchingFoldersMidLoadDropsTheStaleRows)
{
    useEngine(engineWithMessages(uidRange(1, 50)));
    engine->addMailbox(mailboxRecord(QStringLiteral("Other")), false);
    QList<cache::MessageRecord> others;
    for (quint32 uid : uidRange(100, 129))
        others.append(messageRecord(uid));
    ASSERT_TRUE(engine->cache()->upsertMessages(QStringLiteral("Other"), kUidValidity, others).ok());

    pace.hold = PacedReader::Hold::AfterSnapshot;
    model->setMailbox(engine.get(), kInbox);
    ASSERT_TRUE(pace.waiting.tryAcquire(1, 10000));
    // A change to INBOX while its load runs must not follow the list to Other.
    engine->removeMessages(kInbox, { 50 });
    model->setMailbox(engine.get(), QStringLiteral("Other"));
    EXPECT_EQ(rowUids(), uidRange(120, 129));
    ASSERT_TRUE(model->isLoading());

    // One worker thread: INBOX's stale result arrives first, then Other's.
    QSignalSpy finished(model.get(), &MessageListModel::loadFinished);
    pace.gate.release();
    ASSERT_TRUE(finished.wait(10000));
    QCoreApplication::processEvents();
    EXPECT_EQ(finished.count(), 1);
    EXPECT_EQ(rowUids(), uidRange(100, 129));
    EXPECT_EQ(model->mailbox(), QStringLiteral("Other"));
}

TEST_F(MessageListAsyncTest, AResetMidLoadStartsAFreshLoad)
{
    useEngine(engineWithMessages(uidRange(1, 50)));
    pace.hold = PacedReader::Hold::AfterSnapshot;
    model->setMailbox(engine.get(), kInbox);
    ASSERT_TRUE(pace.waiting.tryAcquire(1, 10000));
    // The server's UIDVALIDITY changed: the cache now holds other messages.
    ASSERT_TRUE(engine->cache()->clearMailbox(kInbox).ok());
    ASSERT_TRUE(engine->cache()->setMailboxState(kInbox, mailboxRecord(kInbox).state).ok());
    ASSERT_TRUE(engine->cache()->upsertMessages(kInbox, kUidValidity, { messageRecord(7), messageRecord(8) }).ok());
    Q_EMIT engine->mailboxReset(kInbox);
    EXPECT_EQ(rowUids(), (QList<quint32> { 7, 8 }));
    EXPECT_FALSE(model->isLoading());

    pace.gate.release();
    // The stale load's result is delivered and must be ignored.
    for (int i = 0; i < 50; ++i) {
        QCoreApplication::processEvents();
        QThread::msleep(2);
    }
    EXPECT_EQ(rowUids(), (QList<quint32> { 7, 8 }));
}

TEST_F(MessageListAsyncTest, DestroyingTheModelMidLoadIsSafe)
{
    useEngine(engineWithMessages(uidRange(1, 50)));
    pace.hold = PacedReader::Hold::AfterSnapshot;
    model->setMailbox(engine.get(), kInbox);
    ASSERT_TRUE(pace.waiting.tryAcquire(1, 10000));
    pace.gate.release();
    tester.reset();
    model.reset(); // waits for the worker; its posted result dies with the model
    QCoreApplication::processEvents();
    SUCCEED();
}

} // namespace
} // namespace quire::model::testing
