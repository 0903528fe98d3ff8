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
    void open(const QList<cache::MessageRecord> &records)
    {
        engine = std::make_unique<FakeMailEngine>();
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

} // namespace
} // namespace quire::model::testing
