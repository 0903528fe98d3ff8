#include "CacheTestSupport.h"

#include <QFileInfo>
#include <QThread>

namespace quire::cache::testing {
namespace {

class MessageTest : public CacheTest
{
protected:
    void SetUp() override
    {
        CacheTest::SetUp();
        addMailbox(inbox, 7);
        addMailbox(archive, 9);
    }
    const QString inbox = QStringLiteral("INBOX");
    const QString archive = QStringLiteral("Archive");
};

TEST_F(MessageTest, RoundTripsEveryFieldAcrossReopen)
{
    QList<MessageRecord> records = { sampleMessage(1), sampleMessage(2), sampleMessage(30) };
    records[2].date = QDateTime(); // a message without a parsable Date header
    records[2].references.clear();
    ASSERT_TRUE(m_cache->upsertMessages(inbox, 7, records).ok());

    reopen();
    const auto full = m_cache->messages(inbox, 7);
    ASSERT_TRUE(full.ok());
    EXPECT_EQ(*full, records);
    EXPECT_EQ((*full)[1].date.offsetFromUtc(), 3600) << "the sender's offset survives";

    const auto single = m_cache->message(inbox, 7, 2);
    ASSERT_TRUE(single.ok() && single->has_value());
    EXPECT_EQ(**single, records[1]);
    EXPECT_FALSE(m_cache->message(inbox, 7, 99)->has_value());
}

TEST_F(MessageTest, SummaryLeavesOutOnlyTheBlobs)
{
    const MessageRecord record = sampleMessage(5);
    ASSERT_TRUE(m_cache->upsertMessages(inbox, 7, { record }).ok());
    const auto summary = m_cache->messages(inbox, 7, MessageColumns::Summary);
    ASSERT_TRUE(summary.ok());
    ASSERT_EQ(summary->size(), 1);
    MessageRecord expected = record;
    expected.envelopeBlob.clear();
    expected.bodyStructureBlob.clear();
    EXPECT_EQ(summary->front(), expected);
}

TEST_F(MessageTest, RowsWithoutEnvelopeKeepAnEnvelopeCachedEarlier)
{
    const MessageRecord withEnvelope = sampleMessage(3);
    ASSERT_TRUE(m_cache->upsertMessages(inbox, 7, { withEnvelope }).ok());

    MessageRecord flagsOnly;
    flagsOnly.uid = 3;
    flagsOnly.flags = { QStringLiteral("\\Flagged") };
    flagsOnly.modSeq = 5000;
    MessageRecord newUid;
    newUid.uid = 4;
    ASSERT_TRUE(m_cache->upsertMessages(inbox, 7, { flagsOnly, newUid }).ok());

    const auto stored = m_cache->message(inbox, 7, 3);
    ASSERT_TRUE(stored.ok() && stored->has_value());
    MessageRecord expected = withEnvelope;
    expected.flags = flagsOnly.flags;
    expected.modSeq = 5000;
    EXPECT_EQ(**stored, expected);
    EXPECT_EQ(*m_cache->uidsWithoutEnvelope(inbox, 7), QList<quint32> { 4 });
    EXPECT_EQ(*m_cache->uids(inbox, 7), (QList<quint32> { 3, 4 }));
}

TEST_F(MessageTest, AnEnvelopeFillsTheRowListedWithoutOne)
{
    MessageRecord listed;
    listed.uid = 3;
    listed.flags = { QStringLiteral("\\Seen") };
    ASSERT_TRUE(m_cache->upsertMessages(inbox, 7, { listed }).ok());
    ASSERT_TRUE(m_cache->upsertMessages(archive, 9, { sampleMessage(3) }).ok());

    // One batch: a row listed earlier, a new one, and the first again with other values.
    MessageRecord fetchedAgain = sampleMessage(3);
    fetchedAgain.subject = QStringLiteral("Second fetch");
    ASSERT_TRUE(m_cache->upsertMessages(inbox, 7, { sampleMessage(3), sampleMessage(4), fetchedAgain }).ok());

    EXPECT_EQ(*m_cache->messages(inbox, 7), (QList<MessageRecord> { fetchedAgain, sampleMessage(4) }));
    EXPECT_TRUE(m_cache->uidsWithoutEnvelope(inbox, 7)->isEmpty());
    EXPECT_EQ(*m_cache->messages(archive, 9), QList<MessageRecord> { sampleMessage(3) }) << "another folder's UID 3";
}

TEST_F(MessageTest, UnseenCountCountsOneFolderOfOneUidValidity)
{
    auto withFlags = [](quint32 uid, QStringList flags) {
        MessageRecord record;
        record.uid = uid;
        record.flags = std::move(flags);
        return record;
    };
    const QString seen = QStringLiteral("\\Seen");
    ASSERT_TRUE(m_cache
                    ->upsertMessages(inbox, 7,
                        { withFlags(1, {}), withFlags(2, { seen }), withFlags(3, { QStringLiteral("\\Flagged"), seen }),
                            withFlags(4, { QStringLiteral("$Seen-ish"), QStringLiteral("\\Answered") }),
                            withFlags(5, { QStringLiteral("\\Flagged") }) })
                    .ok());
    ASSERT_TRUE(m_cache->upsertMessages(archive, 9, { withFlags(1, {}), withFlags(2, {}) }).ok());
    EXPECT_EQ(*m_cache->unseenCount(inbox, 7), 3u);
    EXPECT_EQ(*m_cache->unseenCount(archive, 9), 2u);
    EXPECT_EQ(*m_cache->unseenCount(inbox, 8), 0u); // another life of the folder

    ASSERT_TRUE(m_cache->updateFlags(inbox, 7, { { 1, { seen }, 0 }, { 2, {}, 0 } }).ok());
    ASSERT_TRUE(m_cache->removeMessages(inbox, 7, { 5 }).ok());
    EXPECT_EQ(*m_cache->unseenCount(inbox, 7), 2u); // 2 and 4
    EXPECT_FALSE(m_cache->unseenCount(QStringLiteral("Nowhere"), 7).ok());
}

TEST_F(MessageTest, UpdateFlagsChangesOnlyFlagsAndModSeq)
{
    ASSERT_TRUE(m_cache->upsertMessages(inbox, 7, { sampleMessage(1), sampleMessage(2) }).ok());
    const auto updated = m_cache->updateFlags(
        inbox, 7, { { 2, { QStringLiteral("\\Answered") }, 9999 }, { 77, { QStringLiteral("\\Seen") }, 1 } });
    ASSERT_TRUE(updated.ok());
    EXPECT_EQ(*updated, 1) << "UID 77 is not cached";

    const auto all = m_cache->messages(inbox, 7);
    ASSERT_TRUE(all.ok());
    EXPECT_EQ((*all)[0], sampleMessage(1));
    MessageRecord expected = sampleMessage(2);
    expected.flags = { QStringLiteral("\\Answered") };
    expected.modSeq = 9999;
    EXPECT_EQ((*all)[1], expected);
}

TEST_F(MessageTest, RemoveMessagesDropsOnlyThoseUids)
{
    ASSERT_TRUE(m_cache->upsertMessages(inbox, 7, { sampleMessage(1), sampleMessage(2), sampleMessage(3) }).ok());
    const auto removed = m_cache->removeMessages(inbox, 7, { 1, 3, 50 });
    ASSERT_TRUE(removed.ok());
    EXPECT_EQ(*removed, 2);
    EXPECT_EQ(*m_cache->uids(inbox, 7), QList<quint32> { 2 });
}

TEST_F(MessageTest, MessageCountCountsOneUidValidity)
{
    ASSERT_TRUE(m_cache->upsertMessages(inbox, 7, { sampleMessage(1), sampleMessage(2), sampleMessage(5) }).ok());
    ASSERT_TRUE(m_cache->upsertMessages(inbox, 8, { sampleMessage(9) }).ok());
    ASSERT_TRUE(m_cache->upsertMessages(archive, 7, { sampleMessage(1) }).ok());
    EXPECT_EQ(*m_cache->messageCount(inbox, 7), 3);
    EXPECT_EQ(*m_cache->messageCount(inbox, 8), 1);
    EXPECT_EQ(*m_cache->messageCount(archive, 9), 0);
    ASSERT_TRUE(m_cache->removeMessages(inbox, 7, { 2 }).ok());
    EXPECT_EQ(*m_cache->messageCount(inbox, 7), 2);
    EXPECT_FALSE(m_cache->messageCount(QStringLiteral("Nowhere"), 7).ok());
}

// A commit no longer copies the log into the database once it passes
// SQLite's default 1,000 pages; checkpoint() does, and keeps every row.
TEST_F(MessageTest, WritesStayInTheLogUntilCheckpoint)
{
    const QString database = m_cache->databasePath();
    QList<MessageRecord> records;
    for (quint32 uid = 1; uid <= 3000; ++uid) {
        MessageRecord record = sampleMessage(uid);
        record.bodyStructureBlob = QByteArray(1500, char('a' + uid % 26));
        records.append(record);
    }
    const qint64 before = QFileInfo(database).size();
    for (qsizetype first = 0; first < records.size(); first += 500)
        ASSERT_TRUE(m_cache->upsertMessages(inbox, 7, records.mid(first, 500)).ok());
    ASSERT_GT(QFileInfo(database + QStringLiteral("-wal")).size(), 1000 * 4096) << "more than the default bound";
    EXPECT_EQ(QFileInfo(database).size(), before) << "no commit checkpointed";

    ASSERT_TRUE(m_cache->checkpoint().ok());
    m_cache->waitForCheckpoint();
    EXPECT_GT(QFileInfo(database).size(), before + 3000 * 1500);
    reopen();
    EXPECT_EQ(*m_cache->messageCount(inbox, 7), 3000);
    EXPECT_EQ(m_cache->message(inbox, 7, 3000)->value(), records.last());
}

TEST_F(MessageTest, ListRowsBetweenTwoUidsComeInUidOrder)
{
    ASSERT_TRUE(
        m_cache->upsertMessages(inbox, 7, { sampleMessage(9), sampleMessage(2), sampleMessage(5), sampleMessage(12) })
            .ok());
    ASSERT_TRUE(m_cache->upsertMessages(inbox, 8, { sampleMessage(6) }).ok());
    QList<quint32> seen;
    QStringList subjects;
    ASSERT_TRUE(m_cache
                    ->visitMessageListRowsBetween(inbox, 7, 3, 9,
                        [&](const MessageListRow &row) {
                            seen.append(row.uid);
                            subjects.append(QString::fromUtf8(row.subject));
                        })
                    .ok());
    EXPECT_EQ(seen, (QList<quint32> { 5, 9 }));
    EXPECT_EQ(subjects, (QStringList { QStringLiteral("Subject 5"), QStringLiteral("Subject 9") }));
    EXPECT_EQ(m_cache->visitMessageListRowsBetween(QStringLiteral("Nowhere"), 7, 1, 2, [](const MessageListRow &) {})
                  .error()
                  .code,
        CacheError::NoSuchMailbox);
}

TEST_F(MessageTest, MessagesWithUidsReadsThoseCachedInUidOrder)
{
    const QList<MessageRecord> records = { sampleMessage(2), sampleMessage(5), sampleMessage(9), sampleMessage(12) };
    ASSERT_TRUE(m_cache->upsertMessages(inbox, 7, records).ok());
    ASSERT_TRUE(m_cache->upsertMessages(inbox, 8, { sampleMessage(3) }).ok());
    ASSERT_TRUE(m_cache->upsertMessages(archive, 9, { sampleMessage(4) }).ok());
    // Out of order, one twice, and UIDs cached only under another
    // UIDVALIDITY, in another mailbox or not at all.
    const auto read = m_cache->messagesWithUids(inbox, 7, { 12, 3, 2, 4, 12, 99 });
    ASSERT_TRUE(read.ok());
    EXPECT_EQ(*read, (QList<MessageRecord> { records[0], records[3] }));

    const auto summary = m_cache->messagesWithUids(inbox, 7, { 5 }, MessageColumns::Summary);
    ASSERT_TRUE(summary.ok());
    MessageRecord withoutBlobs = records[1];
    withoutBlobs.envelopeBlob.clear();
    withoutBlobs.bodyStructureBlob.clear();
    EXPECT_EQ(*summary, QList<MessageRecord> { withoutBlobs });

    EXPECT_TRUE(m_cache->messagesWithUids(inbox, 7, {})->isEmpty());
    EXPECT_EQ(m_cache->messagesWithUids(QStringLiteral("Nowhere"), 7, { 2 }).error().code, CacheError::NoSuchMailbox);
}

TEST_F(MessageTest, MessagesWithUidsTakesAWholeFolderOfUidsAtOnce)
{
    // More UIDs than SQLite takes parameters in one statement (32,766).
    QList<MessageRecord> records;
    for (quint32 uid = 1; uid <= 1000; ++uid)
        records.append(sampleMessage(uid));
    ASSERT_TRUE(m_cache->upsertMessages(inbox, 7, records).ok());
    QList<quint32> odd;
    for (quint32 uid = 1; uid <= 100'001; uid += 2)
        odd.append(uid);
    const auto read = m_cache->messagesWithUids(inbox, 7, odd, MessageColumns::Summary);
    ASSERT_TRUE(read.ok());
    ASSERT_EQ(read->size(), 500);
    for (qsizetype i = 0; i < read->size(); ++i)
        EXPECT_EQ(read->at(i).uid, quint32(2 * i + 1));
}

TEST_F(MessageTest, MessagesAreKeyedByUidValidity)
{
    ASSERT_TRUE(m_cache->upsertMessages(inbox, 7, { sampleMessage(1) }).ok());
    EXPECT_TRUE(m_cache->uids(inbox, 8)->isEmpty());
    EXPECT_FALSE(m_cache->message(inbox, 8, 1)->has_value());
}

TEST_F(MessageTest, UidValidityResetClearsOnlyThatMailbox)
{
    ASSERT_TRUE(m_cache->upsertMessages(inbox, 7, { sampleMessage(1), sampleMessage(2) }).ok());
    ASSERT_TRUE(m_cache->upsertMessages(archive, 9, { sampleMessage(1), sampleMessage(2) }).ok());
    ASSERT_TRUE(m_cache->setMailboxState(inbox, { 7, 3, 100, 2, 0, 0 }).ok());
    ASSERT_TRUE(m_cache->storePart({ inbox, 7, 1, "1", "text/plain", "hello", 0, {} }).ok());
    ASSERT_TRUE(m_cache->storePart({ archive, 9, 1, "1", "text/plain", "kept", 0, {} }).ok());
    ASSERT_TRUE(m_cache->setBodyText(archive, 9, 2, QStringLiteral("archived words")).ok());

    ASSERT_TRUE(m_cache->clearMailbox(inbox).ok());

    EXPECT_TRUE(m_cache->uids(inbox, 7)->isEmpty());
    EXPECT_EQ((*m_cache->mailbox(inbox))->state.uidValidity, 0u);
    EXPECT_FALSE(*m_cache->hasPart(inbox, 7, 1, "1"));
    EXPECT_EQ(*m_cache->uids(archive, 9), (QList<quint32> { 1, 2 }));
    EXPECT_EQ((*m_cache->part(archive, 9, 1, "1"))->data, QByteArray("kept"));
    EXPECT_EQ(m_cache->search({}, QStringLiteral("archived"))->size(), 1);
    EXPECT_EQ(m_cache->search({}, QStringLiteral("Subject"))->size(), 2) << "only Archive's headers are left";
}

// The sync engine and the UI may each open the account's cache: WAL lets the
// second connection read what the first committed.
TEST_F(MessageTest, TwoInstancesOnOneDirectoryShareCommittedData)
{
    auto second = SqliteCache::open(options());
    ASSERT_TRUE(second.ok()) << second.error().detail.toStdString();
    ASSERT_TRUE(m_cache->upsertMessages(inbox, 7, { sampleMessage(1) }).ok());
    EXPECT_EQ(*second.value()->uids(inbox, 7), QList<quint32> { 1 });
    ASSERT_TRUE(second.value()->updateFlags(inbox, 7, { { 1, { QStringLiteral("\\Deleted") }, 2 } }).ok());
    EXPECT_EQ((*m_cache->message(inbox, 7, 1))->flags, QStringList { QStringLiteral("\\Deleted") });
}

TEST_F(MessageTest, UnknownMailboxWritesNothing)
{
    EXPECT_EQ(m_cache->upsertMessages(QStringLiteral("nope"), 1, { sampleMessage(1) }).error().code,
        CacheError::NoSuchMailbox);
    EXPECT_EQ(
        m_cache->storePart({ inbox, 7, 1, "1", "text/plain", "x", 0, {} }).error().code, CacheError::NoSuchMessage);
    EXPECT_EQ(m_cache->setBodyText(inbox, 7, 1, QStringLiteral("x")).error().code, CacheError::NoSuchMessage);
}

// A visited row back as a record, to compare with messages(Summary).
MessageRecord recordFrom(const MessageListRow &row)
{
    MessageRecord record;
    record.uid = row.uid;
    record.flags = QString::fromUtf8(row.flags).split(u' ', Qt::SkipEmptyParts);
    record.hasEnvelope = row.hasEnvelope;
    record.hasAttachments = row.hasAttachments;
    record.bodyCached = row.bodyCached;
    if (row.hasInternalDate)
        record.internalDate = QDateTime::fromMSecsSinceEpoch(row.internalDateMs, Qt::UTC);
    if (row.hasDate)
        record.date = QDateTime::fromMSecsSinceEpoch(row.dateMs, Qt::OffsetFromUTC, row.dateOffsetSeconds);
    record.size = row.size;
    record.subject = QString::fromUtf8(row.subject);
    record.from = QString::fromUtf8(row.from);
    record.fromAddress = QString::fromUtf8(row.fromAddress);
    record.to = QString::fromUtf8(row.to);
    record.cc = QString::fromUtf8(row.cc);
    record.messageId = row.messageId.toByteArray();
    record.inReplyTo = row.inReplyTo.toByteArray();
    for (const QByteArray &id : row.references.toByteArray().split(' ')) {
        if (!id.isEmpty())
            record.references.append(id);
    }
    return record;
}

// What the list needs of a record: everything but blobs, modseq and the
// internal date's zone.
void expectSameListFields(const MessageRecord &visited, const MessageRecord &stored)
{
    EXPECT_EQ(visited.uid, stored.uid);
    EXPECT_EQ(visited.flags, stored.flags);
    EXPECT_EQ(visited.hasEnvelope, stored.hasEnvelope);
    EXPECT_EQ(visited.hasAttachments, stored.hasAttachments);
    EXPECT_EQ(visited.bodyCached, stored.bodyCached);
    EXPECT_EQ(visited.internalDate.toMSecsSinceEpoch(), stored.internalDate.toMSecsSinceEpoch());
    EXPECT_EQ(visited.internalDate.isValid(), stored.internalDate.isValid());
    EXPECT_EQ(visited.date, stored.date);
    EXPECT_EQ(visited.date.offsetFromUtc(), stored.date.offsetFromUtc());
    EXPECT_EQ(visited.size, stored.size);
    EXPECT_EQ(visited.subject, stored.subject);
    EXPECT_EQ(visited.from, stored.from);
    EXPECT_EQ(visited.fromAddress, stored.fromAddress);
    EXPECT_EQ(visited.to, stored.to);
    EXPECT_EQ(visited.cc, stored.cc);
    EXPECT_EQ(visited.messageId, stored.messageId);
    EXPECT_EQ(visited.inReplyTo, stored.inReplyTo);
    EXPECT_EQ(visited.references, stored.references);
}

TEST_F(MessageTest, VisitMessageListRowsShowsWhatSummaryReads)
{
    MessageRecord flagsOnly;
    flagsOnly.uid = 9;
    flagsOnly.flags = { QStringLiteral("\\Seen"), QStringLiteral("$Label1") };
    ASSERT_TRUE(m_cache->upsertMessages(inbox, 7, { sampleMessage(5), sampleMessage(2), flagsOnly }).ok());
    const auto summary = m_cache->messages(inbox, 7, MessageColumns::Summary);
    ASSERT_TRUE(summary.ok());
    ASSERT_EQ(summary->size(), 3);

    // SqliteCache's direct read, and the Cache default through messages().
    for (const bool direct : { true, false }) {
        SCOPED_TRACE(direct ? "SqliteCache" : "Cache default");
        QList<MessageRecord> visited;
        const auto collect = [&visited](const MessageListRow &row) { visited.append(recordFrom(row)); };
        const auto result = direct ? m_cache->visitMessageListRows(inbox, 7, collect)
                                   : m_cache->Cache::visitMessageListRows(inbox, 7, collect);
        ASSERT_TRUE(result.ok());
        ASSERT_EQ(visited.size(), summary->size());
        for (qsizetype i = 0; i < visited.size(); ++i)
            expectSameListFields(visited[i], (*summary)[i]);
    }
    EXPECT_FALSE(m_cache->visitMessageListRows(QStringLiteral("Nowhere"), 7, [](const MessageListRow &) {}).ok());
}

TEST_F(MessageTest, VisitNewestMessageListRowsGivesTheHighestUidsInUidOrder)
{
    ASSERT_TRUE(m_cache
                    ->upsertMessages(inbox, 7,
                        { sampleMessage(5), sampleMessage(2), sampleMessage(9), sampleMessage(30), sampleMessage(12) })
                    .ok());
    for (const bool direct : { true, false }) {
        SCOPED_TRACE(direct ? "SqliteCache" : "Cache default");
        const auto newest = [&](int count) {
            QList<quint32> uids;
            const auto collect = [&uids](const MessageListRow &row) { uids.append(row.uid); };
            const auto result = direct ? m_cache->visitNewestMessageListRows(inbox, 7, count, collect)
                                       : m_cache->Cache::visitNewestMessageListRows(inbox, 7, count, collect);
            EXPECT_TRUE(result.ok());
            return uids;
        };
        EXPECT_EQ(newest(3), (QList<quint32> { 9, 12, 30 }));
        EXPECT_EQ(newest(10), (QList<quint32> { 2, 5, 9, 12, 30 }));
        EXPECT_EQ(newest(0), QList<quint32> {});
    }
}

TEST_F(MessageTest, TheListReaderReadsOnAnotherThreadWithItsOwnConnection)
{
    ASSERT_TRUE(m_cache->upsertMessages(inbox, 7, { sampleMessage(5), sampleMessage(2) }).ok());
    const Cache::MessageListReader reader = m_cache->messageListReader();
    ASSERT_TRUE(bool(reader));
    QList<MessageRecord> visited;
    bool ok = false;
    bool missingFails = false;
    std::unique_ptr<QThread> thread(QThread::create([&] {
        ok = reader(inbox, 7, [&visited](const MessageListRow &row) { visited.append(recordFrom(row)); }).ok();
        missingFails = !reader(QStringLiteral("Nowhere"), 7, [](const MessageListRow &) {}).ok();
    }));
    thread->start();
    ASSERT_TRUE(thread->wait(10000));
    EXPECT_TRUE(ok);
    EXPECT_TRUE(missingFails);
    const auto summary = m_cache->messages(inbox, 7, MessageColumns::Summary);
    ASSERT_TRUE(summary.ok());
    ASSERT_EQ(visited.size(), 2);
    for (qsizetype i = 0; i < visited.size(); ++i)
        expectSameListFields(visited[i], (*summary)[i]);
    // The reader's connection is gone; the cache's own one still works.
    EXPECT_TRUE(m_cache->upsertMessages(inbox, 7, { sampleMessage(6) }).ok());
}

} // namespace
} // namespace quire::cache::testing
