#include "ModelTestSupport.h"
#include "core/model/MessageDragData.h"
#include "core/model/MessageFilterModel.h"
#include "core/model/MessageListModel.h"
#include "core/model/ModelRoles.h"

#include <QElapsedTimer>
#include <QMimeData>
#include <QSignalSpy>
#include <QTest>

namespace quire::model::testing {
namespace {

class MessageListTest : public ::testing::Test
{
protected:
    void open(const QList<quint32> &uids)
    {
        engine = engineWithMessages(uids);
        model.setMailbox(engine.get(), kInbox);
        tester = attachTester(&model);
    }
    // A new engine whose INBOX caches rows first..last without envelopes.
    void cachePlaceholders(quint32 first, quint32 last)
    {
        engine = std::make_unique<FakeMailEngine>();
        engine->addMailbox(mailboxRecord(kInbox), false);
        QList<cache::MessageRecord> placeholders;
        for (quint32 uid = first; uid <= last; ++uid)
            placeholders.append(placeholderRecord(uid));
        ASSERT_TRUE(engine->cache()->upsertMessages(kInbox, kUidValidity, placeholders).ok());
    }
    // Rows 1-1,000 without envelopes, open, each read of a step its own slice.
    void openPlaceholdersReadInSlices()
    {
        ASSERT_NO_FATAL_FAILURE(cachePlaceholders(1, 1000));
        model.setEnvelopeStepSlice(std::chrono::milliseconds(0));
        model.setMailbox(engine.get(), kInbox);
        tester = attachTester(&model);
    }
    static QList<cache::MessageRecord> envelopesOf(quint32 first, quint32 last)
    {
        QList<cache::MessageRecord> records;
        for (quint32 uid = first; uid <= last; ++uid)
            records.append(messageRecord(uid));
        return records;
    }
    QList<quint32> rowUids() const
    {
        QList<quint32> uids;
        for (int row = 0; row < model.rowCount(); ++row)
            uids.append(model.uidAt(row));
        return uids;
    }

    std::unique_ptr<FakeMailEngine> engine;
    MessageListModel model;
    std::unique_ptr<QAbstractItemModelTester> tester;
};

TEST_F(MessageListTest, LoadsTheCachedRowsInUidOrderAndOpensTheMailbox)
{
    open({ 5, 3, 9, 1 });
    EXPECT_EQ(rowUids(), (QList<quint32> { 1, 3, 5, 9 }));
    EXPECT_EQ(engine->openedMailboxes, QStringList { kInbox });
    EXPECT_EQ(model.columnCount(), MessageListModel::ColumnCount);
}

// A first sync adds a large folder in batches; the rows grow once, to the
// count SELECT announced, instead of doubling several times.
TEST_F(MessageListTest, BatchesOfNewRowsGrowTheRowsOnceToTheAnnouncedCount)
{
    engine = std::make_unique<FakeMailEngine>();
    cache::MailboxRecord inbox = mailboxRecord(kInbox);
    inbox.state.messages = 1000;
    engine->addMailbox(inbox, false);
    model.setMailbox(engine.get(), kInbox);
    tester = attachTester(&model);

    // The newest screenful first, then the older ones below it.
    QList<cache::MessageRecord> batch;
    for (quint32 uid = 901; uid <= 1000; ++uid)
        batch.append(placeholderRecord(uid));
    engine->addMessages(kInbox, batch);
    EXPECT_EQ(model.rowCapacity(), 1000);
    for (quint32 first = 1; first <= 900; first += 300) {
        batch.clear();
        for (quint32 uid = first; uid < first + 300; ++uid)
            batch.append(placeholderRecord(uid));
        engine->addMessages(kInbox, batch);
    }
    EXPECT_EQ(rowUids(), uidRange(1, 1000));
    EXPECT_EQ(model.rowCapacity(), 1000);

    // Mail beyond the announced count still goes in, growing by half.
    engine->addMessages(kInbox, { placeholderRecord(1001) });
    EXPECT_EQ(model.rowCount(), 1001);
    EXPECT_EQ(model.rowCapacity(), 1500);
}

// EXISTS costs a hostile server nothing to claim: four billion announced
// messages must not reserve room for four billion rows.
TEST_F(MessageListTest, AHugeAnnouncedCountReservesNoMoreThanABoundedMargin)
{
    engine = std::make_unique<FakeMailEngine>();
    cache::MailboxRecord inbox = mailboxRecord(kInbox);
    inbox.state.messages = 4'000'000'000u;
    engine->addMailbox(inbox, false);
    model.setMailbox(engine.get(), kInbox);
    tester = attachTester(&model);

    engine->addMessages(kInbox, { placeholderRecord(1), placeholderRecord(2), placeholderRecord(3) });
    EXPECT_EQ(rowUids(), (QList<quint32> { 1, 2, 3 }));
    EXPECT_LE(model.rowCapacity(), 1000);
}

TEST_F(MessageListTest, IndexesExistOnlyForRowsAndColumnsOfTheTable)
{
    open({ 1, 2, 3 });
    const QModelIndex last = model.index(2, MessageListModel::ColumnCount - 1);
    ASSERT_TRUE(last.isValid());
    EXPECT_EQ(last.row(), 2);
    EXPECT_EQ(last.column(), MessageListModel::ColumnCount - 1);
    EXPECT_EQ(last.model(), &model);
    EXPECT_FALSE(model.index(3, 0).isValid());
    EXPECT_FALSE(model.index(-1, 0).isValid());
    EXPECT_FALSE(model.index(0, MessageListModel::ColumnCount).isValid());
    EXPECT_FALSE(model.index(0, -1).isValid());
    EXPECT_FALSE(model.index(0, 0, model.index(0, 0)).isValid()) << "a flat list: no children";
}

TEST_F(MessageListTest, RolesGiveEveryEnvelopeField)
{
    engine = std::make_unique<FakeMailEngine>();
    engine->addMailbox(mailboxRecord(kInbox), false);
    cache::MessageRecord record = messageRecord(10, QStringLiteral("Re: Hello"), "<a@x>", { "<r@x>", "<p@x>" });
    record.flags = { QStringLiteral("\\Flagged"), QStringLiteral("\\Answered"), QStringLiteral("$Junk"),
        QStringLiteral("$Label1") };
    record.cc = QStringLiteral("cc@example.org");
    record.date = QDateTime(QDate(2024, 5, 6), QTime(7, 8, 9), Qt::OffsetFromUTC, 7200);
    ASSERT_TRUE(engine->cache()->upsertMessages(kInbox, kUidValidity, { record }).ok());
    model.setMailbox(engine.get(), kInbox);
    tester = attachTester(&model);

    const QModelIndex index = model.index(0, MessageListModel::SubjectColumn);
    EXPECT_EQ(index.data().toString(), QStringLiteral("Re: Hello"));
    EXPECT_EQ(index.data(MessageUidRole).toUInt(), 10u);
    EXPECT_EQ(index.data(MessageSubjectRole).toString(), record.subject);
    EXPECT_EQ(index.data(MessageFromRole).toString(), record.from);
    EXPECT_EQ(index.data(MessageFromAddressRole).toString(), record.fromAddress);
    EXPECT_EQ(index.data(MessageToRole).toString(), record.to);
    EXPECT_EQ(index.data(MessageCcRole).toString(), record.cc);
    EXPECT_EQ(index.data(MessageDateRole).toDateTime(), record.date);
    EXPECT_EQ(index.data(MessageDateRole).toDateTime().offsetFromUtc(), 7200);
    EXPECT_EQ(index.data(MessageInternalDateRole).toDateTime(), record.internalDate);
    EXPECT_EQ(index.data(MessageSizeRole).toULongLong(), record.size);
    EXPECT_EQ(index.data(MessageIdRole).toByteArray(), QByteArray("<a@x>"));
    EXPECT_EQ(index.data(MessageInReplyToRole).toByteArray(), QByteArray("<p@x>"));
    EXPECT_EQ(index.data(MessageReferencesRole).value<QList<QByteArray>>(), record.references);
    EXPECT_EQ(
        index.data(MessageFlagsRole).toStringList(), (QStringList { "\\Flagged", "\\Answered", "$Junk", "$Label1" }));
    EXPECT_FALSE(index.data(MessageSeenRole).toBool());
    EXPECT_TRUE(index.data(MessageFlaggedRole).toBool());
    EXPECT_TRUE(index.data(MessageAnsweredRole).toBool());
    EXPECT_TRUE(index.data(MessageJunkRole).toBool());
    EXPECT_FALSE(index.data(MessageDeletedRole).toBool());
    EXPECT_FALSE(index.data(MessageDraftRole).toBool());
    EXPECT_TRUE(index.data(MessageHasAttachmentsRole).toBool());
    EXPECT_FALSE(index.data(MessageBodyCachedRole).toBool());
    EXPECT_TRUE(index.data(MessageHasEnvelopeRole).toBool());
}

TEST_F(MessageListTest, NewMessagesAreInsertedAsContiguousRangesWithoutReset)
{
    open({ 10, 20, 30 });
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    engine->addMessages(kInbox, { messageRecord(31), messageRecord(32), messageRecord(15), messageRecord(33) });
    EXPECT_EQ(rowUids(), (QList<quint32> { 10, 15, 20, 30, 31, 32, 33 }));
    ASSERT_EQ(inserted.size(), 2);
    EXPECT_EQ(inserted[0][1].toInt(), 1); // 15
    EXPECT_EQ(inserted[0][2].toInt(), 1);
    EXPECT_EQ(inserted[1][1].toInt(), 4); // 31..33 in one range
    EXPECT_EQ(inserted[1][2].toInt(), 6);
    EXPECT_EQ(reset.size(), 0);
}

TEST_F(MessageListTest, AUidAnnouncedTwiceInOneBatchIsOneRow)
{
    open({ 10, 20, 30 });
    engine->addMessages(kInbox, { messageRecord(40), messageRecord(12), messageRecord(40), messageRecord(20) });
    EXPECT_EQ(rowUids(), (QList<quint32> { 10, 12, 20, 30, 40 }));
}

// The first sync of a big folder announces thousands of UIDs at once, some
// of them already shown (its first screenful): those are refreshed in place,
// the others inserted in UID order, with no reset.
TEST_F(MessageListTest, ThousandsAddedAtOnceKeepTheRowsAlreadyShown)
{
    open({ 5000, 5001 });
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QList<cache::MessageRecord> records;
    for (quint32 uid = 1; uid <= 3000; ++uid)
        records.append(messageRecord(uid * 2));
    cache::MessageRecord seen = messageRecord(5000);
    seen.flags = { QStringLiteral("\\Seen") };
    records.append(seen);
    engine->addMessages(kInbox, records);
    ASSERT_EQ(model.rowCount(), 3001); // 2, 4, ... 6000 (5000 among them) and 5001
    EXPECT_EQ(model.uidAt(0), 2u);
    EXPECT_EQ(model.uidAt(2499), 5000u);
    EXPECT_EQ(model.uidAt(2500), 5001u);
    EXPECT_EQ(model.uidAt(3000), 6000u);
    EXPECT_EQ(reset.size(), 0);
    EXPECT_FALSE(changed.isEmpty());
    EXPECT_TRUE(model.index(2499, 0).data(MessageFlagsRole).toStringList().contains(QStringLiteral("\\Seen")));
}

TEST_F(MessageListTest, TheSelectionStaysOnItsMessageWhenRowsAboveAreExpunged)
{
    open(uidRange(1, 100));
    QPersistentModelIndex selected = model.index(59, MessageListModel::SubjectColumn);
    ASSERT_EQ(selected.data(MessageUidRole).toUInt(), 60u);
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);

    engine->removeMessages(kInbox, { 3, 11, 12, 13, 14, 99, 500 });
    EXPECT_EQ(model.rowCount(), 94);
    ASSERT_TRUE(selected.isValid());
    EXPECT_EQ(selected.data(MessageUidRole).toUInt(), 60u);
    EXPECT_EQ(selected.row(), 54);
    ASSERT_EQ(removed.size(), 3); // 99, 11..14, 3: bottom up, one signal per range
    EXPECT_EQ(removed[0][1].toInt(), 98);
    EXPECT_EQ(removed[1][1].toInt(), 10);
    EXPECT_EQ(removed[1][2].toInt(), 13);
    EXPECT_EQ(removed[2][1].toInt(), 2);
    EXPECT_EQ(reset.size(), 0);

    engine->removeMessages(kInbox, { 60 });
    EXPECT_FALSE(selected.isValid());
}

TEST_F(MessageListTest, FlagChangesBecomeDataChangedOverContiguousRows)
{
    open(uidRange(1, 20));
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    const QStringList flagged { QStringLiteral("\\Flagged") };
    engine->changeFlags(kInbox, { { 4, flagged, 0 }, { 5, flagged, 0 }, { 6, flagged, 0 }, { 10, flagged, 0 } });
    ASSERT_EQ(changed.size(), 2);
    EXPECT_EQ(changed[0][0].toModelIndex().row(), 3);
    EXPECT_EQ(changed[0][1].toModelIndex().row(), 5);
    EXPECT_EQ(changed[0][1].toModelIndex().column(), MessageListModel::ColumnCount - 1);
    EXPECT_EQ(changed[1][0].toModelIndex().row(), 9);
    EXPECT_TRUE(model.index(4, 0).data(MessageFlaggedRole).toBool());
    EXPECT_FALSE(model.index(6, 0).data(MessageFlaggedRole).toBool());
}

TEST_F(MessageListTest, SetDataOnAFlagRoleAsksTheEngineAndShowsItsRollback)
{
    open({ 1, 2 });
    const QModelIndex index = model.index(1, 0);
    ASSERT_FALSE(index.data(MessageFlaggedRole).toBool());
    EXPECT_TRUE(model.setData(index, true, MessageFlaggedRole));
    ASSERT_EQ(engine->calls.size(), 1);
    EXPECT_EQ(engine->calls[0].operation, QStringLiteral("setFlags"));
    EXPECT_EQ(engine->calls[0].uids, QList<quint32> { 2 });
    EXPECT_TRUE(index.data(MessageFlaggedRole).toBool());

    engine->refuseFlagChanges = true;
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    EXPECT_TRUE(model.setData(index, false, MessageFlaggedRole));
    EXPECT_EQ(changed.size(), 2); // optimistic, then rolled back
    EXPECT_TRUE(index.data(MessageFlaggedRole).toBool());
    EXPECT_FALSE(model.setData(index, true, MessageSubjectRole));
}

TEST_F(MessageListTest, SetDataRefusesFlagsTheServerWouldNotKeep)
{
    open({ 1, 2 });
    sync::MailboxAccess access;
    access.known = true;
    access.permanentFlagsSent = true;
    access.permanentFlags = { QStringLiteral("\\Seen") };
    engine->access.insert(kInbox, access);
    const QModelIndex index = model.index(0, 0);
    EXPECT_FALSE(model.setData(index, true, MessageFlaggedRole));
    EXPECT_TRUE(model.setData(index, true, MessageSeenRole));
    access.readOnly = true;
    engine->access.insert(kInbox, access);
    EXPECT_FALSE(model.setData(index, false, MessageSeenRole));
    ASSERT_EQ(engine->calls.size(), 1);
    EXPECT_EQ(engine->calls[0].arguments, QStringList { QStringLiteral("\\Seen") });
}

TEST_F(MessageListTest, PlaceholderRowsAreRequestedInBatchesThenFilledByDataChanged)
{
    ASSERT_NO_FATAL_FAILURE(cachePlaceholders(1, 600));
    model.setEnvelopeBatchSize(250);
    model.setMailbox(engine.get(), kInbox);

    const QModelIndex first = model.index(0, 0);
    EXPECT_FALSE(first.data(MessageHasEnvelopeRole).toBool());
    EXPECT_EQ(first.data(MessageSubjectRole).toString(), QString());
    for (int row = 0; row < 600; ++row)
        model.index(row, MessageListModel::FromColumn).data();
    EXPECT_TRUE(engine->envelopeRequests.isEmpty()); // nothing until the timer fires

    QSignalSpy requested(engine.get(), &FakeMailEngine::envelopesRequested);
    ASSERT_TRUE(requested.wait(2000));
    ASSERT_EQ(engine->envelopeRequests.size(), 3);
    EXPECT_EQ(engine->envelopeRequests[0], uidRange(1, 250));
    EXPECT_EQ(engine->envelopeRequests[2], uidRange(501, 600));

    // Asking again does not ask the engine again.
    model.index(5, 0).data();
    EXPECT_FALSE(requested.wait(100));

    tester = attachTester(&model);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    engine->deliverEnvelopes(kInbox, { messageRecord(1), messageRecord(2), messageRecord(7) });
    ASSERT_EQ(changed.size(), 2);
    EXPECT_EQ(changed[0][0].toModelIndex().row(), 0);
    EXPECT_EQ(changed[0][1].toModelIndex().row(), 1);
    EXPECT_EQ(changed[1][0].toModelIndex().row(), 6);
    EXPECT_TRUE(first.data(MessageHasEnvelopeRole).toBool());
    EXPECT_EQ(first.data(MessageSubjectRole).toString(), QStringLiteral("Subject 1"));
}

// A whole-folder fetch fills placeholders nobody looks at: each batch
// re-sorted and re-laid out the whole list, so they show in steps of
// kUnaskedEnvelopeInterval; rows the view asked for still show at once.
TEST_F(MessageListTest, EnvelopesOfUnaskedPlaceholdersShowInStepsAskedOnesAtOnce)
{
    ASSERT_NO_FATAL_FAILURE(cachePlaceholders(1, 300));
    model.setMailbox(engine.get(), kInbox);
    tester = attachTester(&model);
    model.index(299, 0).data(); // the view shows the last row: its envelope is asked for
    auto hasEnvelope
        = [this](quint32 uid) { return model.index(model.rowOfUid(uid), 0).data(MessageHasEnvelopeRole).toBool(); };

    QList<cache::MessageRecord> first, second;
    for (quint32 uid = 1; uid <= 100; ++uid)
        first.append(messageRecord(uid));
    for (quint32 uid = 101; uid <= 200; ++uid)
        second.append(messageRecord(uid));
    QElapsedTimer clock;
    clock.start();
    engine->deliverEnvelopes(kInbox, first);
    EXPECT_TRUE(hasEnvelope(1)); // the first batch at once
    engine->deliverEnvelopes(kInbox, second);
    engine->deliverEnvelopes(kInbox, { messageRecord(300) });
    EXPECT_TRUE(hasEnvelope(300)); // asked for: at once
    EXPECT_FALSE(hasEnvelope(101)); // waits for the interval's timer, which needs the event loop
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    ASSERT_TRUE(QTest::qWaitFor([&] { return hasEnvelope(101); }, 2000));
    // A coarse timer may fire up to 5% early.
    EXPECT_GE(clock.elapsed(), MessageListModel::kUnaskedEnvelopeInterval.count() * 9 / 10);
    EXPECT_TRUE(hasEnvelope(200));
    EXPECT_EQ(changed.size(), 1); // the 100 rows in one range
    EXPECT_FALSE(hasEnvelope(250));
}

// Reading a step of thousands of rows at once stalled the window: it is
// read in slices, with the event loop running between them, and shown in one go.
TEST_F(MessageListTest, AStepOfUnaskedEnvelopesIsReadInSlicesAndShownAtOnce)
{
    ASSERT_NO_FATAL_FAILURE(openPlaceholdersReadInSlices());
    auto hasEnvelope
        = [this](quint32 uid) { return model.index(model.rowOfUid(uid), 0).data(MessageHasEnvelopeRole).toBool(); };
    const QList<cache::MessageRecord> envelopes = envelopesOf(1, 1000);

    // The model tester has looked at the first rows: those show at once.
    engine->deliverEnvelopes(kInbox, envelopes);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    EXPECT_FALSE(hasEnvelope(500)); // the rest is read from the event loop
    ASSERT_TRUE(QTest::qWaitFor([&] { return hasEnvelope(1000); }, 2000));
    for (quint32 uid : { 250u, 251u, 500u, 999u })
        EXPECT_TRUE(hasEnvelope(uid)) << uid;
    EXPECT_EQ(changed.size(), 1); // in one go
}

// The rows of a step are read before changes that arrive while it is read:
// those are applied again once it shows, not undone by it.
TEST_F(MessageListTest, AFlagChangeWhileAStepIsReadStays)
{
    ASSERT_NO_FATAL_FAILURE(openPlaceholdersReadInSlices());
    const QList<cache::MessageRecord> envelopes = envelopesOf(1, 1000);
    engine->deliverEnvelopes(kInbox, envelopes); // reads rows 1-250, then waits for the event loop

    const QStringList flagged { QStringLiteral("\\Flagged") };
    engine->changeFlags(kInbox, { { 200, flagged, 0 }, { 900, flagged, 0 } });
    ASSERT_TRUE(QTest::qWaitFor(
        [&] { return model.index(model.rowOfUid(1000), 0).data(MessageHasEnvelopeRole).toBool(); }, 2000));
    for (quint32 uid : { 200u, 900u }) {
        const QModelIndex star = model.index(model.rowOfUid(uid), MessageListModel::FlaggedColumn);
        EXPECT_TRUE(star.data(MessageFlaggedRole).toBool()) << uid;
        EXPECT_TRUE(model.index(model.rowOfUid(uid), 0).data(MessageHasEnvelopeRole).toBool()) << uid;
    }
}

TEST_F(MessageListTest, AResetDropsAStepBeingRead)
{
    ASSERT_NO_FATAL_FAILURE(openPlaceholdersReadInSlices());
    const QList<cache::MessageRecord> envelopes = envelopesOf(1, 1000);
    engine->deliverEnvelopes(kInbox, envelopes);

    Q_EMIT engine->mailboxReset(kInbox); // reads every row again, envelopes included
    EXPECT_TRUE(model.index(model.rowOfUid(500), 0).data(MessageHasEnvelopeRole).toBool());
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QTest::qWait(50);
    EXPECT_EQ(changed.size(), 0); // nothing of the old step lands after the reset
}

TEST_F(MessageListTest, ASortingProxyGivesEveryRowTheListsFlags)
{
    open({ 1, 2, 3 });
    MessageFilterModel sorted;
    sorted.setSourceModel(&model);
    sorted.setSortKey(MessageFilterModel::SortKey::Date, Qt::DescendingOrder);
    for (int row = 0; row < sorted.rowCount(); ++row) {
        EXPECT_EQ(sorted.flags(sorted.index(row, 0)), model.flags(model.index(row, 0)));
        EXPECT_EQ(sorted.flags(sorted.index(row, MessageListModel::SizeColumn)), MessageListModel::kRowFlags);
    }
    EXPECT_EQ(sorted.flags({}), model.flags({}));
}

TEST_F(MessageListTest, AMailboxResetReloadsWithAModelReset)
{
    open({ 1, 2, 3 });
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    ASSERT_TRUE(engine->cache()->clearMailbox(kInbox).ok());
    Q_EMIT engine->mailboxReset(kInbox);
    EXPECT_EQ(reset.size(), 1);
    EXPECT_EQ(model.rowCount(), 0);
}

TEST_F(MessageListTest, SignalsForOtherMailboxesAreIgnored)
{
    open({ 1, 2, 3 });
    engine->addMailbox(mailboxRecord(QStringLiteral("Other")), false);
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    engine->removeMessages(QStringLiteral("Other"), { 1, 2 });
    EXPECT_EQ(removed.size(), 0);
    EXPECT_EQ(model.rowCount(), 3);
}

TEST_F(MessageListTest, DragDataNamesTheEngineMailboxAndUids)
{
    open({ 4, 8 });
    std::unique_ptr<QMimeData> data(model.mimeData({ model.index(1, 0), model.index(1, 2), model.index(0, 0) }));
    ASSERT_TRUE(data);
    const auto drag = decodeMessageDrag(data.get());
    ASSERT_TRUE(drag);
    EXPECT_EQ(drag->engine, engine.get());
    EXPECT_EQ(drag->mailbox, kInbox);
    EXPECT_EQ(drag->uids, (QList<quint32> { 8, 4 }));
}

} // namespace
} // namespace quire::model::testing
