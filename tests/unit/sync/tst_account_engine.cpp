// AccountEngine against a scripted server: optimistic flag changes, the
// journal, rollback on NO, and offline changes replayed exactly once.

#include "core/sync/AccountEngine.h"
#include "core/sync/PendingLocalChanges.h"
#include "tests/support/FakeTransport.h"
#include "tests/unit/sync/AccountEngineScenario.h"
#include "tests/unit/sync/SyncTestSupport.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QFileInfo>
#include <QSignalSpy>
#include <QThread>

using namespace quire;
using namespace quire::sync;

namespace quire::test {
namespace {

TEST_F(AccountEngineScenario, FlagChangeIsOptimisticAndLeavesTheJournalOnOk)
{
    ASSERT_EQ(connectAndOpen(), "");
    QSignalSpy flags(engine.get(), &MailEngine::flagsChanged);
    engine->setFlags(kInbox, { 10 }, { QStringLiteral("\\Flagged") }, {});
    EXPECT_EQ(flagsOf(10), QStringList { QStringLiteral("\\Flagged") });
    EXPECT_EQ(flags.size(), 1);
    EXPECT_EQ(expect("A3 UID STORE 10 +FLAGS (\\Flagged)\r\n"), "");
    serve("* 1 FETCH (UID 10 FLAGS (\\Flagged))\r\nA3 OK done\r\n");
    EXPECT_TRUE(cachePtr->journal().value().isEmpty());
    EXPECT_EQ(flagsOf(10), QStringList { QStringLiteral("\\Flagged") });
}

// The write-ahead log goes into the database when the queue is empty, not
// inside the commits of the next sync.
TEST_F(AccountEngineScenario, IdleEngineCheckpointsTheCache)
{
    const QString database = directory.filePath(QStringLiteral("cache.sqlite"));
    const qint64 before = QFileInfo(database).size();
    ASSERT_EQ(connectAndOpen(), "");
    settle();
    // The checkpoint runs on the cache's worker thread.
    QDeadlineTimer deadline(10000);
    while (QFileInfo(database).size() <= before && !deadline.hasExpired())
        QThread::msleep(5);
    EXPECT_GT(QFileInfo(database).size(), before) << "the rows written so far are in the database file";
}

TEST_F(AccountEngineScenario, RefusedFlagChangeIsRolledBackAndReported)
{
    ASSERT_EQ(connectAndOpen(), "");
    QSignalSpy flags(engine.get(), &MailEngine::flagsChanged);
    QSignalSpy failures(engine.get(), &MailEngine::operationFailed);
    engine->setFlags(kInbox, { 20 }, {}, { QStringLiteral("\\Seen") });
    EXPECT_TRUE(flagsOf(20).isEmpty());
    EXPECT_EQ(expect("A3 UID STORE 20 -FLAGS (\\Seen)\r\n"), "");
    serve("A3 NO [CANNOT] mailbox is read-only\r\n");
    EXPECT_EQ(flagsOf(20), QStringList { QStringLiteral("\\Seen") });
    ASSERT_EQ(flags.size(), 2); // the optimistic change, then the rollback
    const auto rollback = flags.at(1).at(1).value<QList<cache::FlagUpdate>>();
    ASSERT_EQ(rollback.size(), 1);
    EXPECT_EQ(rollback.front().flags, QStringList { QStringLiteral("\\Seen") });
    ASSERT_EQ(failures.size(), 1);
    EXPECT_EQ(failures.front().front().value<EngineError>().kind, EngineErrorKind::ServerRefused);
    const auto journal = cachePtr->journal().value();
    ASSERT_EQ(journal.size(), 1);
    EXPECT_EQ(journal.front().state, cache::JournalEntry::State::Failed);
}

TEST_F(AccountEngineScenario, OfflineChangeIsReplayedOnceAfterConnecting)
{
    engine->setFlags(kInbox, { 10 }, { QStringLiteral("\\Seen") }, {});
    EXPECT_EQ(flagsOf(10), QStringList { QStringLiteral("\\Seen") });
    ASSERT_EQ(cachePtr->pendingJournal().value().size(), 1);
    QList<int> remaining; // what the window's progress bar is told
    QObject::connect(engine.get(), &MailEngine::journalReplayProgress, [&](int left) { remaining << left; });
    ASSERT_EQ(connectAndOpen(), "");
    // The replay selected INBOX already (A1/A2); the STORE follows once.
    EXPECT_EQ(expect("A3 UID STORE 10 +FLAGS (\\Seen)\r\n"), "");
    serve("* 1 FETCH (UID 10 FLAGS (\\Seen))\r\nA3 OK done\r\n");
    EXPECT_TRUE(cachePtr->journal().value().isEmpty());
    EXPECT_EQ(remaining, (QList<int> { 1, 0 }));
    // openMailbox asked for a refresh; no second STORE goes out.
    EXPECT_EQ(answerInboxSync(4, "\\Seen"), "");
    EXPECT_EQ(expect(""), "");
    EXPECT_TRUE(cachePtr->journal().value().isEmpty());
}

// The sync that opens the mailbox for the replay sees the server's state
// from before the user's changes; it must not undo them in the cache.
TEST_F(AccountEngineScenario, SyncBeforeTheReplayKeepsPendingChanges)
{
    ASSERT_TRUE(cachePtr->upsertMailboxes({ mailboxNamed(QStringLiteral("Archive")) }));
    engine->setFlags(kInbox, { 10 }, { QStringLiteral("\\Flagged") }, {});
    engine->setFlags(kInbox, { 20 }, {}, { QStringLiteral("\\Seen") });
    engine->moveMessages(kInbox, { 20 }, QStringLiteral("Archive"));
    ASSERT_EQ(cachePtr->uids(kInbox, 7).value(), QList<quint32> { 10 });
    QSignalSpy added(engine.get(), &MailEngine::messagesAdded);
    QSignalSpy flags(engine.get(), &MailEngine::flagsChanged);

    ASSERT_EQ(connectAndOpen(), "");
    // The server has neither change yet: the cache keeps the flag. The moved
    // row comes back until the move is replayed, which decides from it
    // whether the server still holds the message.
    EXPECT_EQ(flagsOf(10), QStringList { QStringLiteral("\\Flagged") });
    EXPECT_EQ(cachePtr->uids(kInbox, 7).value(), (QList<quint32> { 10, 20 }));
    for (const QList<QVariant> &change : std::as_const(flags))
        for (const cache::FlagUpdate &update : change.at(1).value<QList<cache::FlagUpdate>>())
            EXPECT_TRUE(update.flags.contains(QStringLiteral("\\Flagged"))) << update.uid;
    EXPECT_EQ(expect("A3 UID STORE 10 +FLAGS (\\Flagged)\r\n"), "");
}

TEST(PendingLocalChanges, LaterEntriesWinAndOtherMailboxesDoNotCount)
{
    using Kind = cache::JournalEntry::Kind;
    auto entry = [](Kind kind, QString mailbox, quint32 uidValidity, QStringList flags) {
        cache::JournalEntry e;
        e.kind = kind;
        e.mailbox = std::move(mailbox);
        e.uidValidity = uidValidity;
        e.uids = { 5 };
        e.flags = std::move(flags);
        return e;
    };
    const QString seen = QStringLiteral("\\Seen");
    const QString flagged = QStringLiteral("\\Flagged");
    const PendingLocalChanges changes = PendingLocalChanges::fromJournal(
        {
            entry(Kind::AddFlags, kInbox, 7, { seen, flagged }),
            entry(Kind::RemoveFlags, kInbox, 7, { seen }),
            entry(Kind::Delete, kInbox, 0, {}),
            entry(Kind::RemoveFlags, kInbox, 6, { flagged }), // another life of the mailbox
            entry(Kind::AddFlags, QStringLiteral("Other"), 7, { QStringLiteral("$Junk") }),
        },
        kInbox, 7);
    EXPECT_EQ(changes.applyTo(5, { QStringLiteral("\\seen") }), (QStringList { flagged, QStringLiteral("\\Deleted") }));
    EXPECT_EQ(changes.applyTo(6, { seen }), QStringList { seen });
    // A pending move changes nothing: the replay decides from the cache
    // whether the server still holds the rows, so they must stay as they are.
    cache::JournalEntry move = entry(Kind::Move, kInbox, 7, {});
    move.targetMailbox = QStringLiteral("Other");
    const PendingLocalChanges moving = PendingLocalChanges::fromJournal({ move }, kInbox, 7);
    EXPECT_TRUE(moving.isEmpty());
    EXPECT_EQ(moving.applyTo(5, { seen }), QStringList { seen });
}

// What SELECT says the user may change: PERMANENTFLAGS and [READ-ONLY].
TEST_F(AccountEngineScenario, SelectTellsWhichFlagsLastAndWhetherTheMailboxIsReadOnly)
{
    EXPECT_FALSE(engine->mailboxAccess(kInbox).known);
    EXPECT_TRUE(engine->mailboxAccess(kInbox).canStore(QStringLiteral("\\Flagged")));
    goOnline();
    engine->openMailbox(kInbox);
    ASSERT_EQ(expect("A1 SELECT INBOX\r\n"), "");
    serve("* 2 EXISTS\r\n* OK [UIDVALIDITY 7] ok\r\n* OK [UIDNEXT 40] ok\r\n"
          "* OK [PERMANENTFLAGS (\\Seen \\Deleted)] ok\r\nA1 OK [READ-WRITE] done\r\n");
    ASSERT_EQ(expect("A2 UID FETCH 1:* (UID FLAGS)\r\n"), "");
    serve("* 1 FETCH (UID 10 FLAGS ())\r\n* 2 FETCH (UID 20 FLAGS (\\Seen))\r\nA2 OK done\r\n");
    MailboxAccess access = engine->mailboxAccess(kInbox);
    EXPECT_TRUE(access.known);
    EXPECT_FALSE(access.readOnly);
    EXPECT_TRUE(access.canStore(QStringLiteral("\\Seen")));
    EXPECT_TRUE(access.canRemove());
    EXPECT_FALSE(access.canStore(QStringLiteral("\\Flagged")));
    EXPECT_FALSE(access.canStore(QStringLiteral("$Junk"))); // no \* for new keywords

    // Opened again, the server now says the mailbox is read-only.
    engine->openMailbox(kInbox);
    ASSERT_EQ(expect("A3 SELECT INBOX\r\n"), "");
    serve("* 2 EXISTS\r\n* OK [UIDVALIDITY 7] ok\r\n* OK [UIDNEXT 40] ok\r\n"
          "* OK [PERMANENTFLAGS ()] ok\r\nA3 OK [READ-ONLY] done\r\n");
    ASSERT_EQ(expect("A4 UID FETCH 1:* (UID FLAGS)\r\n"), "");
    serve("* 1 FETCH (UID 10 FLAGS ())\r\n* 2 FETCH (UID 20 FLAGS (\\Seen))\r\nA4 OK done\r\n");
    access = engine->mailboxAccess(kInbox);
    EXPECT_TRUE(access.readOnly);
    EXPECT_FALSE(access.canStore(QStringLiteral("\\Seen")));
    EXPECT_FALSE(access.canRemove());
}

TEST(MailboxAccess, KeywordsNeedBackslashStarAndNoListAllowsEverything)
{
    MailboxAccess access;
    access.known = true;
    EXPECT_TRUE(access.canStore(QStringLiteral("$Junk")));
    access.permanentFlagsSent = true;
    access.permanentFlags = { QStringLiteral("\\Seen"), QStringLiteral("\\*") };
    EXPECT_TRUE(access.canStore(QStringLiteral("$Junk")));
    EXPECT_TRUE(access.canStore(QStringLiteral("\\seen")));
    EXPECT_FALSE(access.canStore(QStringLiteral("\\Flagged")));
}

// The target UIDs of a move reach the UI, which needs them to undo it.
TEST_F(AccountEngineScenario, ConfirmedMoveNamesTheTargetUids)
{
    ASSERT_EQ(connectAndOpen("IMAP4rev1 MOVE UIDPLUS"), "");

    QSignalSpy moved(engine.get(), &MailEngine::messagesMoved);
    engine->moveMessages(kInbox, { 20, 10 }, QStringLiteral("Trash"));
    ASSERT_EQ(expect("A3 UID MOVE 10,20 Trash\r\n"), "");
    serve("* OK [COPYUID 99 10,20 5:6] moved\r\n* 1 EXPUNGE\r\n* 1 EXPUNGE\r\nA3 OK done\r\n");
    ASSERT_EQ(moved.size(), 1);
    EXPECT_EQ(moved.front().at(0).toString(), kInbox);
    EXPECT_EQ(moved.front().at(1).value<QList<quint32>>(), (QList<quint32> { 20, 10 }));
    EXPECT_EQ(moved.front().at(2).toString(), QStringLiteral("Trash"));
    EXPECT_EQ(moved.front().at(3).value<QList<quint32>>(), (QList<quint32> { 6, 5 }));
}

// A move sent in chunks: each chunk's COPYUID carries that chunk's rows,
// flags and all, into the target's cache. They were read, in one query, when
// the move was made and the rows left the source.
TEST_F(AccountEngineScenario, ChunkedMoveMapsEachChunksRowsIntoTheTarget)
{
    restartEngine([](AccountEngineOptions &options) { options.moveChunk = 1; });
    const cache::MailboxRecord trash = mailboxNamed(QStringLiteral("Trash"));
    ASSERT_TRUE(cachePtr->upsertMailboxes({ trash }));
    ASSERT_TRUE(cachePtr->setMailboxState(trash.name, { 99, 5, 0, 0, 0, 0 }));
    ASSERT_EQ(connectAndOpen("IMAP4rev1 MOVE UIDPLUS"), "");

    engine->moveMessages(kInbox, { 20, 10 }, trash.name);
    EXPECT_TRUE(cachePtr->uids(kInbox, 7).value().isEmpty());
    ASSERT_EQ(expect("A3 UID MOVE 20 Trash\r\n"), "");
    serve("* OK [COPYUID 99 20 5] moved\r\n* 2 EXPUNGE\r\nA3 OK done\r\n");
    EXPECT_EQ(
        cachedFlags(*cachePtr, trash.name, 99), (QMap<quint32, QStringList> { { 5, { QStringLiteral("\\Seen") } } }));
    ASSERT_EQ(expect("A4 UID MOVE 10 Trash\r\n"), "");
    serve("* OK [COPYUID 99 10 6] moved\r\n* 1 EXPUNGE\r\nA4 OK done\r\n");
    EXPECT_EQ(cachedFlags(*cachePtr, trash.name, 99),
        (QMap<quint32, QStringList> { { 5, { QStringLiteral("\\Seen") } }, { 6, {} } }));
    EXPECT_TRUE(cachePtr->journal().value().isEmpty());
}

// A move queued offline and replayed by the next run of Quire: COPYUID
// still puts the rows, with their flags, into the target's cache.
TEST_F(AccountEngineScenario, MoveReplayedAfterARestartMapsTheTargetUids)
{
    const cache::MailboxRecord trash = mailboxNamed(QStringLiteral("Trash"));
    ASSERT_TRUE(cachePtr->upsertMailboxes({ trash }));
    ASSERT_TRUE(cachePtr->setMailboxState(trash.name, { 99, 5, 0, 0, 0, 0 }));
    engine->moveMessages(kInbox, { 20 }, trash.name);
    ASSERT_EQ(cachePtr->pendingJournal().value().size(), 1);
    restartEngine();

    QList<quint32> addedToTrash;
    QObject::connect(engine.get(), &MailEngine::messagesAdded, [&](const QString &mailbox, const QList<quint32> &uids) {
        if (mailbox == QStringLiteral("Trash"))
            addedToTrash += uids;
    });
    goOnline("IMAP4rev1 MOVE UIDPLUS");
    // The replay opens INBOX first, which brings the row back until the move.
    ASSERT_EQ(answerInboxSync(1, "", "\\Seen $Later"), "");
    ASSERT_EQ(expect("A3 UID MOVE 20 Trash\r\n"), "");
    serve("* OK [COPYUID 99 20 5] moved\r\n* 2 EXPUNGE\r\nA3 OK done\r\n");
    EXPECT_TRUE(cachePtr->journal().value().isEmpty());
    EXPECT_EQ(cachePtr->uids(kInbox, 7).value(), QList<quint32> { 10 });
    EXPECT_EQ(cachedFlags(*cachePtr, QStringLiteral("Trash"), 99),
        (QMap<quint32, QStringList> { { 5, { QStringLiteral("$Later"), QStringLiteral("\\Seen") } } }));
    EXPECT_EQ(addedToTrash, QList<quint32> { 5 });
}

// With CONDSTORE state, a sync fetches only what changed, so the session does
// not know every UID. An EXPUNGE of one it never learned still reaches the
// cache: the engine asks again, and the count check finds which one left.
TEST_F(AccountEngineScenario, ExpungeOfAnUnknownUidStillLeavesTheCache)
{
    cachePtr->setMailboxState(kInbox, { 7, 40, 5, 2, 0, 0 });
    goOnline("IMAP4rev1 CONDSTORE");
    engine->openMailbox(kInbox);
    ASSERT_EQ(expect("A1 SELECT INBOX (CONDSTORE)\r\n"), "");
    serve("* 2 EXISTS\r\n* OK [UIDVALIDITY 7] ok\r\n* OK [UIDNEXT 40] ok\r\n* OK [HIGHESTMODSEQ 5] ok\r\n"
          "A1 OK [READ-WRITE] done\r\n");
    ASSERT_EQ(expect("A2 UID FETCH 1:* (UID FLAGS) (CHANGEDSINCE 5)\r\n"), "");
    serve("A2 OK done\r\n");
    ASSERT_EQ(expect("A3 UID SEARCH ALL\r\n"), "");
    serve("* SEARCH 10 20\r\nA3 OK done\r\n");
    ASSERT_EQ(engine->syncState(kInbox), SyncState::Synced);

    QSignalSpy removed(engine.get(), &MailEngine::messagesRemoved);
    serve("* 1 EXPUNGE\r\n");
    ASSERT_EQ(expect("A4 SELECT INBOX (CONDSTORE)\r\n"), "");
    serve("* 1 EXISTS\r\n* OK [UIDVALIDITY 7] ok\r\n* OK [UIDNEXT 40] ok\r\n* OK [HIGHESTMODSEQ 6] ok\r\n"
          "A4 OK [READ-WRITE] done\r\n");
    ASSERT_EQ(expect("A5 UID FETCH 1:* (UID FLAGS) (CHANGEDSINCE 5)\r\n"), "");
    serve("A5 OK done\r\n");
    ASSERT_EQ(expect("A6 UID SEARCH ALL\r\n"), "");
    serve("* SEARCH 20\r\nA6 OK done\r\n");
    EXPECT_EQ(cachePtr->uids(kInbox, 7).value(), (QList<quint32> { 20 }));
    ASSERT_EQ(removed.size(), 1);
    EXPECT_EQ(removed.front().at(1).value<QList<quint32>>(), QList<quint32> { 10 });
}

// One level of the folder tree (the model expanding a node): merged into the
// cache; only that level's folders the server no longer names are dropped.
TEST_F(AccountEngineScenario, ListingOneLevelKeepsTheOtherLevels)
{
    const auto folder = [](const char *name) {
        cache::MailboxRecord record;
        record.name = QString::fromUtf8(name);
        record.rawName = name;
        record.delimiter = QLatin1Char('/');
        return record;
    };
    ASSERT_TRUE(cachePtr->upsertMailboxes(
        { folder("a"), folder("a/old"), folder("a/b"), folder("a/b/deep"), folder("top"), folder("top/x") }));
    QSignalSpy listed(engine.get(), &MailEngine::childrenListed);
    engine->listChildren(QStringLiteral("a"), QLatin1Char('/')); // offline: refused at once
    ASSERT_EQ(listed.size(), 1);
    EXPECT_EQ(listed[0], (QList<QVariant> { QStringLiteral("a"), false }));
    EXPECT_FALSE(engine->knowsChildren(QStringLiteral("a")));

    goOnline();
    engine->listChildren(QStringLiteral("a"), QLatin1Char('/'));
    EXPECT_EQ(expect("A1 LIST \"\" a/%\r\n"), "");
    serve("* LIST (\\HasNoChildren) \"/\" a/c\r\n* LIST (\\HasChildren) \"/\" a/b\r\nA1 OK done\r\n");
    EXPECT_EQ(expect("A2 LSUB \"\" a/%\r\n"), "");
    serve("* LSUB () \"/\" a/c\r\nA2 OK done\r\n");
    EXPECT_EQ(expect("A3 STATUS a/c (MESSAGES UNSEEN RECENT)\r\n"), "");
    serve("* STATUS a/c (MESSAGES 3 UNSEEN 1 RECENT 0)\r\nA3 OK done\r\n");
    EXPECT_EQ(expect("A4 STATUS a/b (MESSAGES UNSEEN RECENT)\r\n"), "");
    serve("* STATUS a/b (MESSAGES 0 UNSEEN 0 RECENT 0)\r\nA4 OK done\r\n");

    ASSERT_EQ(listed.size(), 2);
    EXPECT_EQ(listed[1], (QList<QVariant> { QStringLiteral("a"), true }));
    EXPECT_TRUE(engine->knowsChildren(QStringLiteral("a")));
    EXPECT_FALSE(engine->knowsChildren(QStringLiteral("a/b")));
    EXPECT_FALSE(engine->knowsChildren(QString()));
    QStringList names;
    for (const cache::MailboxRecord &record : cachePtr->mailboxes().value())
        names.append(record.name);
    names.sort();
    // a/old was on the listed level and is gone; INBOX, a, a/b/deep, top and
    // top/x were not asked about and stay.
    EXPECT_EQ(names, (QStringList { "INBOX", "a", "a/b", "a/b/deep", "a/c", "top", "top/x" }));
    const auto c = cachePtr->mailbox(QStringLiteral("a/c")).value();
    ASSERT_TRUE(c.has_value());
    EXPECT_EQ(c->attributes, QStringList { QStringLiteral("\\HasNoChildren") });
    EXPECT_TRUE(c->subscribed);
    EXPECT_EQ(c->state.messages, 3u);
    EXPECT_FALSE(cachePtr->mailbox(QStringLiteral("a/b")).value()->subscribed);
}

// The top level ("%"): folders below it are not touched.
TEST_F(AccountEngineScenario, ListingTheTopLevelKeepsDeeperFolders)
{
    cache::MailboxRecord deep;
    deep.name = QStringLiteral("gone/deep");
    deep.rawName = "gone/deep";
    deep.delimiter = QLatin1Char('/');
    cache::MailboxRecord gone = deep;
    gone.name = QStringLiteral("gone");
    gone.rawName = "gone";
    ASSERT_TRUE(cachePtr->upsertMailboxes({ deep, gone }));
    goOnline("IMAP4rev1 LIST-EXTENDED LIST-STATUS");
    engine->listChildren(QString(), QChar());
    EXPECT_EQ(expect("A1 LIST \"\" % RETURN (SUBSCRIBED STATUS (MESSAGES UNSEEN RECENT))\r\n"), "");
    serve("* LIST (\\HasNoChildren \\Subscribed) \"/\" INBOX\r\nA1 OK done\r\n");
    EXPECT_TRUE(engine->knowsChildren(QString()));
    QStringList names;
    for (const cache::MailboxRecord &record : cachePtr->mailboxes().value())
        names.append(record.name);
    names.sort();
    EXPECT_EQ(names, (QStringList { "INBOX", "gone/deep" }));
}

// Cancel in the progress bar: the FETCH in flight is answered but ignored,
// the cache keeps its rows and the old UIDNEXT, and the folder is not synced
// again by itself; opening it again starts a sync over.
TEST_F(AccountEngineScenario, CancelledSyncLeavesTheCacheAsItWasAndIsNotRedoneByItself)
{
    goOnline();
    QSignalSpy added(engine.get(), &MailEngine::messagesAdded);
    QSignalSpy flags(engine.get(), &MailEngine::flagsChanged);
    QSignalSpy failures(engine.get(), &MailEngine::operationFailed);
    engine->openMailbox(kInbox);
    ASSERT_EQ(expect("A1 SELECT INBOX\r\n"), "");
    serve("* 3 EXISTS\r\n* OK [UIDVALIDITY 7] ok\r\n* OK [UIDNEXT 50] ok\r\nA1 OK [READ-WRITE] done\r\n");
    ASSERT_EQ(expect("A2 UID FETCH 1:* (UID FLAGS)\r\n"), "");
    ASSERT_EQ(engine->syncState(kInbox), SyncState::Syncing);

    engine->cancelSync(kInbox);
    EXPECT_EQ(engine->syncState(kInbox), SyncState::NotSynced);
    serve("* 1 FETCH (UID 10 FLAGS (\\Flagged))\r\n* 2 FETCH (UID 20 FLAGS (\\Seen))\r\n"
          "* 3 FETCH (UID 45 FLAGS ())\r\nA2 OK done\r\n");
    EXPECT_EQ(cachePtr->uids(kInbox, 7).value(), (QList<quint32> { 10, 20 }));
    EXPECT_TRUE(flagsOf(10).isEmpty());
    EXPECT_EQ(cachePtr->mailbox(kInbox).value()->state.uidNext, 40u);
    EXPECT_TRUE(added.isEmpty());
    EXPECT_TRUE(flags.isEmpty());
    EXPECT_TRUE(failures.isEmpty()); // the user's choice is no error
    EXPECT_EQ(expect(""), "");

    engine->openMailbox(kInbox);
    ASSERT_EQ(expect("A3 SELECT INBOX\r\n"), "");
    serve("* 3 EXISTS\r\n* OK [UIDVALIDITY 7] ok\r\n* OK [UIDNEXT 50] ok\r\nA3 OK [READ-WRITE] done\r\n");
    ASSERT_EQ(expect("A4 UID FETCH 1:* (UID FLAGS)\r\n"), "");
    serve("* 1 FETCH (UID 10 FLAGS (\\Flagged))\r\n* 2 FETCH (UID 20 FLAGS (\\Seen))\r\n"
          "* 3 FETCH (UID 45 FLAGS ())\r\nA4 OK done\r\n");
    EXPECT_EQ(engine->syncState(kInbox), SyncState::Synced);
    EXPECT_EQ(cachePtr->uids(kInbox, 7).value(), (QList<quint32> { 10, 20, 45 }));
    EXPECT_EQ(cachePtr->mailbox(kInbox).value()->state.uidNext, 50u);
}

// Pausing the replay lets the entry in flight finish; the rest stay in the
// journal and go out, in order, with the next change.
TEST_F(AccountEngineScenario, PausedReplayKeepsTheEntriesNotSentYet)
{
    engine->setFlags(kInbox, { 10 }, { QStringLiteral("\\Flagged") }, {});
    engine->setFlags(kInbox, { 20 }, {}, { QStringLiteral("\\Seen") });
    QSignalSpy paused(engine.get(), &MailEngine::journalReplayPaused);
    goOnline();
    ASSERT_EQ(answerInboxSync(1), "");
    ASSERT_EQ(expect("A3 UID STORE 10 +FLAGS (\\Flagged)\r\n"), "");

    engine->pauseJournalReplay();
    serve("* 1 FETCH (UID 10 FLAGS (\\Flagged))\r\nA3 OK done\r\n");
    ASSERT_EQ(paused.size(), 1);
    EXPECT_EQ(paused.front().front().toInt(), 1);
    EXPECT_EQ(expect(""), "");
    const auto waiting = cachePtr->pendingJournal().value();
    ASSERT_EQ(waiting.size(), 1);
    EXPECT_EQ(waiting.front().kind, cache::JournalEntry::Kind::RemoveFlags);
    EXPECT_TRUE(flagsOf(20).isEmpty()); // still the user's change, not the server's \Seen

    engine->setFlags(kInbox, { 10 }, { QStringLiteral("\\Seen") }, {});
    EXPECT_EQ(expect("A4 UID STORE 20 -FLAGS (\\Seen)\r\n"), "");
    serve("* 2 FETCH (UID 20 FLAGS ())\r\nA4 OK done\r\n");
    EXPECT_EQ(expect("A5 UID STORE 10 +FLAGS (\\Seen)\r\n"), "");
    serve("* 1 FETCH (UID 10 FLAGS (\\Flagged \\Seen))\r\nA5 OK done\r\n");
    EXPECT_TRUE(cachePtr->journal().value().isEmpty());
    EXPECT_EQ(paused.size(), 1);
}

// Paused while the replay still selects the entry's mailbox: the sync stops,
// and the entry is kept, not failed for "cannot open".
TEST_F(AccountEngineScenario, PausedReplayDuringItsSyncKeepsTheEntry)
{
    engine->setFlags(kInbox, { 10 }, { QStringLiteral("\\Flagged") }, {});
    QSignalSpy paused(engine.get(), &MailEngine::journalReplayPaused);
    QSignalSpy failures(engine.get(), &MailEngine::operationFailed);
    failures.clear();
    goOnline();
    ASSERT_EQ(expect("A1 SELECT INBOX\r\n"), "");
    engine->pauseJournalReplay();
    ASSERT_EQ(paused.size(), 1);
    EXPECT_EQ(paused.front().front().toInt(), 1);
    serve("* 2 EXISTS\r\n* OK [UIDVALIDITY 7] ok\r\n* OK [UIDNEXT 40] ok\r\nA1 OK [READ-WRITE] done\r\n");
    EXPECT_EQ(expect(""), "");
    const auto waiting = cachePtr->journal().value();
    ASSERT_EQ(waiting.size(), 1);
    EXPECT_EQ(waiting.front().state, cache::JournalEntry::State::Pending);
    EXPECT_EQ(flagsOf(10), QStringList { QStringLiteral("\\Flagged") });
    for (const QList<QVariant> &failure : std::as_const(failures))
        EXPECT_NE(failure.front().value<EngineError>().kind, EngineErrorKind::ServerRefused);
}

} // namespace
} // namespace quire::test
