#include "CacheTestSupport.h"

#include <QProcess>

namespace quire::cache::testing {
namespace {

using Kind = JournalEntry::Kind;
using State = JournalEntry::State;

JournalEntry makeEntry(Kind kind, QList<quint32> uids = {})
{
    JournalEntry entry;
    entry.kind = kind;
    entry.mailbox = QStringLiteral("INBOX");
    entry.uidValidity = 7;
    entry.uids = std::move(uids);
    entry.created = QDateTime(QDate(2024, 5, 1), QTime(9, 0, 0), Qt::UTC);
    return entry;
}

using JournalTest = CacheTest;

// A flag shown in the cache and the journal entry that sends it: both or neither.
TEST_F(JournalTest, AtomicallyKeepsEveryWriteOrNone)
{
    const QString inbox = QStringLiteral("INBOX");
    addMailbox(inbox, 7);
    ASSERT_TRUE(m_cache->upsertMessages(inbox, 7, { sampleMessage(1) }).ok());
    const QStringList before = m_cache->message(inbox, 7, 1).value()->flags;
    const QStringList flagged { QStringLiteral("\\Flagged") };

    // The work fails after both writes: neither stays.
    const Result<void> failed = m_cache->atomically([&]() -> Result<void> {
        EXPECT_TRUE(m_cache->updateFlags(inbox, 7, { { 1, flagged, 0 } }).ok());
        EXPECT_TRUE(m_cache->appendJournal(makeEntry(Kind::AddFlags, { 1 })).ok());
        return Error { CacheError::WriteFailed, QStringLiteral("given up") };
    });
    ASSERT_FALSE(failed.ok());
    EXPECT_EQ(failed.error().detail, QStringLiteral("given up"));
    EXPECT_EQ(m_cache->message(inbox, 7, 1).value()->flags, before);
    EXPECT_TRUE(m_cache->journal().value().isEmpty());

    // It succeeds: both stay, across a reopen.
    ASSERT_TRUE(m_cache
                    ->atomically([&]() -> Result<void> {
                        if (auto shown = m_cache->updateFlags(inbox, 7, { { 1, flagged, 0 } }); !shown)
                            return shown.error();
                        if (auto id = m_cache->appendJournal(makeEntry(Kind::AddFlags, { 1 })); !id)
                            return id.error();
                        return {};
                    })
                    .ok());
    reopen();
    EXPECT_EQ(m_cache->message(inbox, 7, 1).value()->flags, flagged);
    EXPECT_EQ(m_cache->journal().value().size(), 1);
    // Writes after it are their own transactions again.
    ASSERT_TRUE(m_cache->appendJournal(makeEntry(Kind::Expunge)).ok());
    reopen();
    EXPECT_EQ(m_cache->journal().value().size(), 2);
}

TEST_F(JournalTest, EveryKindRoundTripsInOrderAcrossReopen)
{
    JournalEntry flag = makeEntry(Kind::AddFlags, { 1, 2, 3, 7, 9, 10 });
    flag.flags = { QStringLiteral("\\Seen"), QStringLiteral("$Important") };
    JournalEntry move = makeEntry(Kind::Move, { 4 });
    move.targetMailbox = QStringLiteral("Архив");
    JournalEntry append = makeEntry(Kind::Append);
    append.filePath = QStringLiteral("/tmp/outgoing/1.eml");
    append.flags = { QStringLiteral("\\Draft") };
    JournalEntry rename = makeEntry(Kind::RenameMailbox);
    rename.targetMailbox = QStringLiteral("Renamed");
    QList<JournalEntry> written = { flag, move, append, rename };
    for (Kind kind : { Kind::RemoveFlags, Kind::Copy, Kind::Delete, Kind::Expunge, Kind::CreateMailbox,
             Kind::DeleteMailbox, Kind::Subscribe, Kind::Unsubscribe })
        written.append(makeEntry(kind, { 5 }));

    for (JournalEntry &entry : written) {
        const auto id = m_cache->appendJournal(entry);
        ASSERT_TRUE(id.ok()) << id.error().detail.toStdString();
        entry.id = *id;
    }
    reopen();
    const auto pending = m_cache->pendingJournal();
    ASSERT_TRUE(pending.ok());
    EXPECT_EQ(*pending, written);
}

TEST_F(JournalTest, MarkingMovesEntriesOutOfPending)
{
    const qint64 first = *m_cache->appendJournal(makeEntry(Kind::AddFlags, { 1 }));
    const qint64 second = *m_cache->appendJournal(makeEntry(Kind::Delete, { 2 }));
    const qint64 third = *m_cache->appendJournal(makeEntry(Kind::Expunge));

    ASSERT_TRUE(m_cache->markJournal(first, State::InFlight).ok());
    ASSERT_TRUE(m_cache->markJournal(first, State::Done).ok());
    ASSERT_TRUE(m_cache->markJournal(second, State::InFlight).ok());
    ASSERT_TRUE(m_cache->markJournal(second, State::Failed, QStringLiteral("NO [CANNOT] read-only")).ok());
    ASSERT_TRUE(m_cache->markJournal(third, State::InFlight).ok());

    reopen();
    const auto pending = m_cache->pendingJournal();
    ASSERT_TRUE(pending.ok());
    ASSERT_EQ(pending->size(), 1);
    EXPECT_EQ(pending->front().id, third);
    EXPECT_EQ(pending->front().state, State::InFlight);
    EXPECT_EQ(pending->front().attempts, 1);

    const auto all = m_cache->journal();
    ASSERT_EQ(all->size(), 3);
    EXPECT_EQ((*all)[1].state, State::Failed);
    EXPECT_EQ((*all)[1].lastError, QStringLiteral("NO [CANNOT] read-only"));

    ASSERT_TRUE(m_cache->removeJournal(first).ok());
    EXPECT_EQ(m_cache->journal()->size(), 2);
    EXPECT_EQ(m_cache->markJournal(first, State::Done).error().code, CacheError::InvalidArgument);
}

TEST_F(JournalTest, IdsAreNeverReused)
{
    const qint64 first = *m_cache->appendJournal(makeEntry(Kind::Expunge));
    ASSERT_TRUE(m_cache->removeJournal(first).ok());
    reopen();
    EXPECT_GT(*m_cache->appendJournal(makeEntry(Kind::Expunge)), first);
}

// A helper process writes entries and then abort()s without closing the
// database: the entries must be there, in order, for the next open.
TEST_F(JournalTest, EntriesSurviveAProcessThatAborts)
{
    m_cache.reset();
    QProcess helper;
    helper.start(QStringLiteral(QUIRE_CACHE_CRASH_HELPER), { cacheDirectory(), QStringLiteral("25") });
    ASSERT_TRUE(helper.waitForFinished(30000));
    ASSERT_EQ(helper.exitStatus(), QProcess::CrashExit) << helper.readAllStandardError().toStdString();

    reopen();
    const auto pending = m_cache->pendingJournal();
    ASSERT_TRUE(pending.ok()) << pending.error().detail.toStdString();
    ASSERT_EQ(pending->size(), 25);
    for (int i = 0; i < 25; ++i) {
        EXPECT_EQ((*pending)[i].uids, QList<quint32> { quint32(i + 1) });
        EXPECT_EQ((*pending)[i].state, i == 0 ? State::InFlight : State::Pending);
    }
}

} // namespace
} // namespace quire::cache::testing
