#include "ModelTestSupport.h"
#include "core/model/ModelRoles.h"
#include "core/model/ThreadedMessageModel.h"

namespace quire::model::testing {
namespace {

QByteArray idOf(quint32 uid)
{
    return "<m" + QByteArray::number(uid) + "@example.org>";
}

class ThreadedModelTest : public ::testing::Test
{
protected:
    void open(const QList<cache::MessageRecord> &records, bool serverThreading = false)
    {
        engine = std::make_unique<FakeMailEngine>();
        engine->serverThreading = serverThreading;
        engine->addMailbox(mailboxRecord(kInbox), false);
        ASSERT_TRUE(engine->cache()->upsertMessages(kInbox, kUidValidity, records).ok());
        list.setMailbox(engine.get(), kInbox);
        threads.setSourceModel(&list);
        tester = attachTester(&threads);
    }
    quint32 parentUid(quint32 uid) const
    {
        return threads.parent(threads.indexOfUid(uid)).data(MessageUidRole).toUInt();
    }

    std::unique_ptr<FakeMailEngine> engine;
    MessageListModel list;
    ThreadedMessageModel threads;
    std::unique_ptr<QAbstractItemModelTester> tester;
};

TEST_F(ThreadedModelTest, BuildsThreadsFromTheCache)
{
    open({ messageRecord(1), messageRecord(2, {}, {}, { idOf(1) }), messageRecord(3, {}, {}, { idOf(1), idOf(2) }),
        messageRecord(4) });
    EXPECT_EQ(threads.rowCount(), 2);
    EXPECT_EQ(parentUid(2), 1u);
    EXPECT_EQ(parentUid(3), 2u);
    EXPECT_EQ(parentUid(4), 0u);
}

TEST_F(ThreadedModelTest, AParentArrivingLateAdoptsItsRepliesByMovingThem)
{
    open({ messageRecord(1), messageRecord(5, {}, {}, { idOf(1), idOf(3) }) });
    EXPECT_EQ(parentUid(5), 1u);
    const QPersistentModelIndex reply = threads.indexOfUid(5);
    QSignalSpy moved(&threads, &QAbstractItemModel::rowsMoved);
    QSignalSpy reset(&threads, &QAbstractItemModel::modelReset);
    engine->addMessages(kInbox, { messageRecord(3, {}, {}, { idOf(1) }) });
    EXPECT_EQ(parentUid(3), 1u);
    EXPECT_EQ(parentUid(5), 3u);
    EXPECT_EQ(moved.size(), 1);
    EXPECT_EQ(reset.size(), 0);
    ASSERT_TRUE(reply.isValid());
    EXPECT_EQ(reply.data(MessageUidRole).toUInt(), 5u);
}

TEST_F(ThreadedModelTest, AVanishedMessageHandsItsRepliesToItsParent)
{
    open({ messageRecord(1), messageRecord(2, {}, {}, { idOf(1) }), messageRecord(3, {}, {}, { idOf(1), idOf(2) }),
        messageRecord(4, {}, {}, { idOf(2) }) });
    const QPersistentModelIndex selected = threads.indexOfUid(3);
    engine->removeMessages(kInbox, { 2 });
    EXPECT_EQ(parentUid(3), 1u);
    EXPECT_EQ(parentUid(4), 0u); // its chain names only the vanished message
    ASSERT_TRUE(selected.isValid());
    EXPECT_EQ(selected.data(MessageUidRole).toUInt(), 3u);
}

TEST_F(ThreadedModelTest, AnEnvelopeArrivingPlacesThePlaceholderInItsThread)
{
    open({ messageRecord(1), placeholderRecord(2) });
    EXPECT_EQ(threads.rowCount(), 2);
    engine->deliverEnvelopes(kInbox, { messageRecord(2, {}, {}, { idOf(1) }) });
    EXPECT_EQ(threads.rowCount(), 1);
    EXPECT_EQ(parentUid(2), 1u);
}

// Server threading: "Re: Hello" without References, which the server's
// REFERENCES algorithm files under "Hello" by subject and local threading
// leaves alone.
TEST_F(ThreadedModelTest, OfflineOrWithoutServerThreadingLocalThreadingStays)
{
    open({ messageRecord(1, QStringLiteral("Hello")), messageRecord(2, QStringLiteral("Re: Hello")) });
    EXPECT_TRUE(engine->threadRequests.isEmpty());
    EXPECT_EQ(threads.rowCount(), 2);
    EXPECT_EQ(parentUid(2), 0u);
}

TEST_F(ThreadedModelTest, ServerThreadsMoveMessagesWithoutAReset)
{
    open({ messageRecord(1, QStringLiteral("Hello")), messageRecord(2, QStringLiteral("Re: Hello")), messageRecord(3) },
        true);
    EXPECT_EQ(engine->threadRequests, QStringList { kInbox });
    EXPECT_EQ(threads.rowCount(), 3);
    const QPersistentModelIndex selected = threads.indexOfUid(2);
    QSignalSpy moved(&threads, &QAbstractItemModel::rowsMoved);
    QSignalSpy reset(&threads, &QAbstractItemModel::modelReset);
    engine->deliverServerThreads(kInbox, { { 1, 0 }, { 2, 1 }, { 3, 0 } });
    EXPECT_EQ(parentUid(2), 1u);
    EXPECT_EQ(threads.rowCount(), 2);
    EXPECT_EQ(moved.size(), 1);
    EXPECT_EQ(reset.size(), 0);
    ASSERT_TRUE(selected.isValid());
    EXPECT_EQ(selected.data(MessageUidRole).toUInt(), 2u);
    // Another mailbox's answer changes nothing.
    engine->deliverServerThreads(QStringLiteral("Other"), { { 3, 1 } });
    EXPECT_EQ(parentUid(3), 0u);
}

TEST_F(ThreadedModelTest, ArrivalsAndRemovalsStayPreciseAndAskTheServerAgain)
{
    open({ messageRecord(1, QStringLiteral("Hello")), messageRecord(2, QStringLiteral("Re: Hello")) }, true);
    engine->deliverServerThreads(kInbox, { { 1, 0 }, { 2, 1 } });
    QSignalSpy inserted(&threads, &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(&threads, &QAbstractItemModel::rowsRemoved);
    QSignalSpy reset(&threads, &QAbstractItemModel::modelReset);
    QSignalSpy layout(&threads, &QAbstractItemModel::layoutChanged);

    engine->addMessages(kInbox, { messageRecord(3, QStringLiteral("Re: Hello")) });
    EXPECT_EQ(inserted.size(), 1);
    EXPECT_EQ(engine->threadRequests.size(), 2);
    EXPECT_EQ(parentUid(3), 0u); // local threading, until the server answers
    engine->deliverServerThreads(kInbox, { { 1, 0 }, { 2, 1 }, { 3, 1 } });
    EXPECT_EQ(parentUid(3), 1u);
    // Local threading does not undo the server's placement when an envelope
    // comes in again.
    engine->deliverEnvelopes(kInbox, { messageRecord(3, QStringLiteral("Re: Hello")) });
    EXPECT_EQ(parentUid(3), 1u);

    const QPersistentModelIndex reply = threads.indexOfUid(3);
    engine->removeMessages(kInbox, { 1 });
    EXPECT_EQ(removed.size(), 1);
    EXPECT_EQ(engine->threadRequests.size(), 3);
    EXPECT_EQ(threads.rowCount(), 2); // the replies became roots
    engine->deliverServerThreads(kInbox, { { 2, 0 }, { 3, 2 } });
    EXPECT_EQ(parentUid(3), 2u);
    ASSERT_TRUE(reply.isValid());
    EXPECT_EQ(reply.data(MessageUidRole).toUInt(), 3u);
    EXPECT_EQ(reset.size(), 0);
    EXPECT_EQ(layout.size(), 0);
}

TEST_F(ThreadedModelTest, ManyMovesAreOneLayoutChangeThatKeepsPersistentIndexes)
{
    QList<cache::MessageRecord> records;
    QHash<quint32, quint32> parents;
    for (quint32 uid = 1; uid <= 300; ++uid) {
        records.append(messageRecord(uid));
        parents.insert(uid, uid == 1 ? 0 : uid - 1); // one long chain
    }
    open(records, true);
    const QPersistentModelIndex last = threads.indexOfUid(300);
    const QPersistentModelIndex middleColumn = threads.indexOfUid(150, 1);
    QSignalSpy layout(&threads, &QAbstractItemModel::layoutChanged);
    QSignalSpy reset(&threads, &QAbstractItemModel::modelReset);
    engine->deliverServerThreads(kInbox, parents);
    EXPECT_EQ(layout.size(), 1);
    EXPECT_EQ(reset.size(), 0);
    EXPECT_EQ(threads.rowCount(), 1);
    EXPECT_EQ(parentUid(300), 299u);
    ASSERT_TRUE(last.isValid());
    EXPECT_EQ(last.data(MessageUidRole).toUInt(), 300u);
    EXPECT_EQ(last.parent().data(MessageUidRole).toUInt(), 299u);
    ASSERT_TRUE(middleColumn.isValid());
    EXPECT_EQ(middleColumn.column(), 1);
    EXPECT_EQ(QModelIndex(middleColumn).siblingAtColumn(0).data(MessageUidRole).toUInt(), 150u);
}

TEST_F(ThreadedModelTest, AServerLoopThroughALocallyPlacedMessageIsBroken)
{
    // 3 is threaded locally under 2 (its References); an answer that puts
    // 2 under 3 (a stale one, or a hostile server) would close a loop.
    open({ messageRecord(1, {}, {}, {}), messageRecord(2), messageRecord(3, {}, {}, { idOf(2) }) }, true);
    EXPECT_EQ(parentUid(3), 2u);
    engine->deliverServerThreads(kInbox, { { 2, 3 }, { 1, 0 } });
    // Whatever the outcome, the tree is a tree and every message is in it.
    int count = 0;
    std::function<void(const QModelIndex &)> walk = [&](const QModelIndex &parent) {
        for (int row = 0; row < threads.rowCount(parent); ++row) {
            ++count;
            walk(threads.index(row, 0, parent));
        }
    };
    walk({});
    EXPECT_EQ(count, 3);
}

TEST_F(ThreadedModelTest, GoingOnlineAsksForServerThreads)
{
    open({ messageRecord(1) }, false);
    EXPECT_TRUE(engine->threadRequests.isEmpty());
    engine->serverThreading = true;
    Q_EMIT engine->connectionStateChanged(sync::ConnectionState::Online);
    EXPECT_EQ(engine->threadRequests, QStringList { kInbox });
}

} // namespace
} // namespace quire::model::testing
