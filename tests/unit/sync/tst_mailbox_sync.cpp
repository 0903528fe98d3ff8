// MailboxSync against scripted servers: the QRESYNC, CONDSTORE and full
// paths, a UIDVALIDITY change, and the sanity checks that force a full resync.

#include "core/imap/tasks/ConnectionTasks.h"
#include "core/sync/MailboxSync.h"
#include "tests/support/WriterWait.h"
#include "tests/unit/sync/SyncTestSupport.h"

#include <QCoreApplication>
#include <QSignalSpy>

using namespace quire;
using namespace quire::sync;

namespace quire::test {
namespace {

const QString kInbox = QStringLiteral("INBOX");
const QStringList kSeen { QStringLiteral("\\Seen") };
const QStringList kNone {};
// What the client asks for a message it shows in the list.
const QByteArray kEnvelopeItems
    = "UID FLAGS ENVELOPE INTERNALDATE RFC822.SIZE BODYSTRUCTURE BODY.PEEK[HEADER.FIELDS (REFERENCES)]";

class MailboxSyncScenario : public SyncScenario
{
protected:
    // Opens the session and ENABLEs QRESYNC when asked to (tag A1).
    std::string open(const QByteArray &capabilities, bool enableQresync)
    {
        if (std::string error = runner.openPreauthenticated(capabilities); !error.empty())
            return error;
        if (!enableQresync)
            return {};
        auto *enable = new imap::EnableTask({ "QRESYNC" }, &owner);
        runner.session().start(enable);
        return runner.play("C: A1 ENABLE QRESYNC\nS: * ENABLED QRESYNC\nS: A1 OK enabled");
    }

    MailboxSync *startSync(bool wantsEnvelopes = false)
    {
        auto *sync = new MailboxSync(&runner.session(), cache.get(), kInbox, &owner);
        sync->setWantsEnvelopes(wantsEnvelopes);
        QObject::connect(sync, &MailboxSync::finished, [this](bool ok) { results.append(ok); });
        QObject::connect(
            sync, &MailboxSync::messagesAdded, [this](const QString &, const QList<quint32> &uids) { added += uids; });
        QObject::connect(sync, &MailboxSync::messagesRemoved,
            [this](const QString &, const QList<quint32> &uids) { removed += uids; });
        QObject::connect(
            sync, &MailboxSync::flagsChanged, [this](const QString &, const QList<cache::FlagUpdate> &updates) {
                for (const cache::FlagUpdate &u : updates)
                    flagged.append(u.uid);
            });
        QObject::connect(sync, &MailboxSync::mailboxReset, [this] { ++resets; });
        sync->start();
        return sync;
    }

    // INBOX as the cache last saw it: UIDVALIDITY 7, UIDNEXT 40, this
    // HIGHESTMODSEQ (0: none), and these messages.
    void seedInbox(const QList<std::pair<quint32, QStringList>> &messages, quint64 highestModSeq = 100)
    {
        seedMailbox(kInbox, { 7, 40, highestModSeq, quint32(messages.size()), 0, 0 }, messages);
    }

    // Plays the script, then checks the client sent nothing more: "" or
    // the first mismatch.
    std::string playToTheEnd(QByteArrayView script)
    {
        if (std::string error = runner.play(script); !error.empty())
            return error;
        settleWrites();
        return runner.finish();
    }

    // Runs the event loop until the cache's writer thread has written
    // everything posted to it and reported back: the envelope batches of a
    // sync are written there, and the sync finishes after them.
    void settleWrites() { waitForWrites(*cache->backgroundWriter()); }

    // The client's `select` (tag A1) of an INBOX the cache knows nothing of,
    // and the server's answer: UIDVALIDITY 7 and these counts
    // (HIGHESTMODSEQ only when not 0).
    static QByteArray freshSelect(const QByteArray &select, quint32 exists, quint32 uidNext, quint64 highestModSeq = 0)
    {
        QByteArray script = "C: A1 " + select + "\nS: * " + QByteArray::number(exists)
            + " EXISTS\nS: * OK [UIDVALIDITY 7] ok\nS: * OK [UIDNEXT " + QByteArray::number(uidNext) + "] ok\n";
        if (highestModSeq != 0)
            script += "S: * OK [HIGHESTMODSEQ " + QByteArray::number(highestModSeq) + "] ok\n";
        return script + "S: A1 OK [READ-WRITE] selected\n";
    }

    QObject owner;
    QList<bool> results;
    QList<quint32> added, removed, flagged;
    int resets = 0;
};

TEST_F(MailboxSyncScenario, QresyncAppliesVanishedChangedFlagsAndNewMail)
{
    seedInbox({ { 10, kNone }, { 20, kNone }, { 30, kNone } });
    ASSERT_EQ(open("ENABLE CONDSTORE QRESYNC", true), "");
    auto *sync = startSync();
    EXPECT_EQ(playToTheEnd(R"(
        C: A2 SELECT INBOX (QRESYNC (7 100))
        S: * 3 EXISTS
        S: * OK [UIDVALIDITY 7] ok
        S: * OK [UIDNEXT 50] ok
        S: * OK [HIGHESTMODSEQ 120] ok
        S: * VANISHED (EARLIER) 20
        S: * 2 FETCH (UID 30 FLAGS (\Seen) MODSEQ (110))
        S: A2 OK [READ-WRITE] selected
        C: A3 UID FETCH 40:* (UID FLAGS MODSEQ)
        S: * 3 FETCH (UID 40 FLAGS () MODSEQ (115))
        S: A3 OK done
    )"),
        "");
    ASSERT_EQ(results, QList<bool> { true });
    EXPECT_EQ(sync->strategy(), MailboxSync::Strategy::Qresync);
    EXPECT_EQ(removed, QList<quint32> { 20 });
    EXPECT_EQ(flagged, QList<quint32> { 30 });
    EXPECT_EQ(added, QList<quint32> { 40 });
    EXPECT_EQ(cachedFlags(kInbox, 7), (QMap<quint32, QStringList> { { 10, kNone }, { 30, kSeen }, { 40, kNone } }));
    const auto state = cache->mailbox(kInbox).value()->state;
    EXPECT_EQ(state.uidNext, 50u);
    EXPECT_EQ(state.highestModSeq, 120u);
    EXPECT_EQ(state.messages, 3u);
}

// With every envelope wanted (quire-cli sync), new mail comes whole in the
// same UID FETCH, not as flags first and envelopes in a second round trip.
TEST_F(MailboxSyncScenario, QresyncWantingEnvelopesFetchesNewMailWhole)
{
    seedInbox({ { 10, kNone }, { 30, kNone } });
    ASSERT_EQ(open("ENABLE CONDSTORE QRESYNC", true), "");
    startSync(true);
    EXPECT_EQ(playToTheEnd(R"(
        C: A2 SELECT INBOX (QRESYNC (7 100))
        S: * 3 EXISTS
        S: * OK [UIDVALIDITY 7] ok
        S: * OK [UIDNEXT 42] ok
        S: * OK [HIGHESTMODSEQ 120] ok
        S: * 2 FETCH (UID 30 FLAGS (\Seen) MODSEQ (110))
        S: A2 OK [READ-WRITE] selected
        C: A3 UID FETCH 40:* (UID FLAGS ENVELOPE INTERNALDATE RFC822.SIZE BODYSTRUCTURE BODY.PEEK[HEADER.FIELDS (REFERENCES)] MODSEQ)
        S: * 3 FETCH (UID 41 FLAGS () ENVELOPE (NIL "New one" NIL NIL NIL NIL NIL NIL NIL NIL) MODSEQ (115))
        S: A3 OK done
    )"),
        "");
    settleWrites();
    ASSERT_EQ(results, QList<bool> { true });
    EXPECT_EQ(added, QList<quint32> { 41 });
    EXPECT_EQ(flagged, QList<quint32> { 30 });
    auto fresh = cache->message(kInbox, 7, 41);
    ASSERT_TRUE(fresh && fresh.value());
    EXPECT_TRUE(fresh.value()->hasEnvelope);
    EXPECT_EQ(fresh.value()->subject, QStringLiteral("New one"));
    EXPECT_EQ(cachedFlags(kInbox, 7), (QMap<quint32, QStringList> { { 10, kNone }, { 30, kSeen }, { 41, kNone } }));
    EXPECT_EQ(cache->mailbox(kInbox).value()->state.uidNext, 42u);
}

TEST_F(MailboxSyncScenario, QresyncWithNothingChangedSendsOnlySelect)
{
    seedInbox({ { 10, kNone }, { 30, kSeen } });
    ASSERT_EQ(open("ENABLE CONDSTORE QRESYNC", true), "");
    startSync();
    EXPECT_EQ(playToTheEnd(R"(
        C: A2 SELECT INBOX (QRESYNC (7 100))
        S: * 2 EXISTS
        S: * OK [UIDVALIDITY 7] ok
        S: * OK [UIDNEXT 40] ok
        S: * OK [HIGHESTMODSEQ 100] ok
        S: A2 OK [READ-WRITE] selected
    )"),
        "");
    EXPECT_EQ(results, QList<bool> { true });
    EXPECT_TRUE(added.isEmpty() && removed.isEmpty() && flagged.isEmpty());
}

TEST_F(MailboxSyncScenario, CondstoreFetchesChangesAndSearchesForExpunged)
{
    seedInbox({ { 10, kNone }, { 20, kNone }, { 30, kNone } });
    ASSERT_EQ(open("CONDSTORE", false), "");
    auto *sync = startSync();
    EXPECT_EQ(playToTheEnd(R"(
        C: A1 SELECT INBOX (CONDSTORE)
        S: * 3 EXISTS
        S: * OK [UIDVALIDITY 7] ok
        S: * OK [UIDNEXT 45] ok
        S: * OK [HIGHESTMODSEQ 130] ok
        S: A1 OK [READ-WRITE] selected
        C: A2 UID FETCH 1:* (UID FLAGS) (CHANGEDSINCE 100)
        S: * 1 FETCH (UID 10 FLAGS (\Seen) MODSEQ (120))
        S: * 3 FETCH (UID 41 FLAGS () MODSEQ (125))
        S: A2 OK done
        C: A3 UID SEARCH ALL
        S: * SEARCH 10 30 41
        S: A3 OK done
    )"),
        "");
    ASSERT_EQ(results, QList<bool> { true });
    EXPECT_EQ(sync->strategy(), MailboxSync::Strategy::Condstore);
    EXPECT_EQ(removed, QList<quint32> { 20 });
    EXPECT_EQ(flagged, QList<quint32> { 10 });
    EXPECT_EQ(added, QList<quint32> { 41 });
    EXPECT_EQ(cachedFlags(kInbox, 7), (QMap<quint32, QStringList> { { 10, kSeen }, { 30, kNone }, { 41, kNone } }));
    EXPECT_EQ(cache->mailbox(kInbox).value()->state.highestModSeq, 130u);
}

// SEARCH answers in any order, a UID possibly twice (RFC 3501 promises
// neither order nor uniqueness); the diff against the cache is the same.
TEST_F(MailboxSyncScenario, AnUnorderedSearchAnswerGivesTheSameDiff)
{
    seedInbox({ { 10, kNone }, { 20, kNone }, { 30, kNone }, { 35, kNone } });
    ASSERT_EQ(open("CONDSTORE", false), "");
    startSync();
    EXPECT_EQ(playToTheEnd(R"(
        C: A1 SELECT INBOX (CONDSTORE)
        S: * 4 EXISTS
        S: * OK [UIDVALIDITY 7] ok
        S: * OK [UIDNEXT 45] ok
        S: * OK [HIGHESTMODSEQ 130] ok
        S: A1 OK [READ-WRITE] selected
        C: A2 UID FETCH 1:* (UID FLAGS) (CHANGEDSINCE 100)
        S: * 4 FETCH (UID 44 FLAGS () MODSEQ (125))
        S: A2 OK done
        C: A3 UID SEARCH ALL
        S: * SEARCH 44 30 10 42 30
        S: A3 OK done
    )"),
        "");
    ASSERT_EQ(results, QList<bool> { true });
    EXPECT_EQ(removed, (QList<quint32> { 20, 35 }));
    EXPECT_EQ(added, (QList<quint32> { 44, 42 })); // 44 came with the FETCH, 42 only with the SEARCH
    EXPECT_EQ(cachedFlags(kInbox, 7),
        (QMap<quint32, QStringList> { { 10, kNone }, { 30, kNone }, { 42, kNone }, { 44, kNone } }));
}

TEST_F(MailboxSyncScenario, PlainServerGetsUidAndFlagsDiff)
{
    seedInbox({ { 10, kNone }, { 20, kNone }, { 30, kSeen } }, 0);
    ASSERT_EQ(open("", false), "");
    auto *sync = startSync();
    EXPECT_EQ(playToTheEnd(R"(
        C: A1 SELECT INBOX
        S: * 3 EXISTS
        S: * OK [UIDVALIDITY 7] ok
        S: * OK [UIDNEXT 51] ok
        S: A1 OK [READ-WRITE] selected
        C: A2 UID FETCH 1:* (UID FLAGS)
        S: * 1 FETCH (UID 10 FLAGS (\Seen))
        S: * 2 FETCH (UID 30 FLAGS (\Seen))
        S: * 3 FETCH (UID 50 FLAGS (\Flagged))
        S: A2 OK done
    )"),
        "");
    ASSERT_EQ(results, QList<bool> { true });
    EXPECT_EQ(sync->strategy(), MailboxSync::Strategy::Full);
    EXPECT_EQ(removed, QList<quint32> { 20 });
    EXPECT_EQ(flagged, QList<quint32> { 10 }); // 30 did not change
    EXPECT_EQ(added, QList<quint32> { 50 });
    EXPECT_EQ(cachedFlags(kInbox, 7),
        (QMap<quint32, QStringList> { { 10, kSeen }, { 30, kSeen }, { 50, { QStringLiteral("\\Flagged") } } }));
}

// A first sync larger than one write batch (2,000 records), where the
// server answers some messages in two FETCH responses (flags, then MODSEQ):
// every message reaches the cache with what each response said, and the
// model hears of them in one messagesAdded.
TEST_F(MailboxSyncScenario, FirstSyncOfManyMessagesWritesThemAllAndAnnouncesThemOnce)
{
    constexpr int kCount = 4500;
    ASSERT_EQ(open("CONDSTORE", false), "");
    startSync();
    QByteArray script
        = freshSelect("SELECT INBOX (CONDSTORE)", kCount, 9000) + "C: A2 UID FETCH 1:* (UID FLAGS MODSEQ)\n";
    for (int seq = 1; seq <= kCount; ++seq) {
        const QByteArray uid = QByteArray::number(seq * 2);
        const QByteArray flags = seq % 3 == 0 ? "\\Seen" : "";
        if (seq % 1000 == 0) {
            script += "S: * " + QByteArray::number(seq) + " FETCH (UID " + uid + " FLAGS (" + flags + "))\n";
            script += "S: * " + QByteArray::number(seq) + " FETCH (UID " + uid + " MODSEQ (77))\n";
        } else {
            script += "S: * " + QByteArray::number(seq) + " FETCH (UID " + uid + " FLAGS (" + flags + ") MODSEQ (5))\n";
        }
    }
    script += "S: A2 OK done\n";
    EXPECT_EQ(playToTheEnd(script), "");
    ASSERT_EQ(results, QList<bool> { true });
    ASSERT_EQ(added.size(), kCount);
    EXPECT_EQ(added.front(), 2u);
    EXPECT_EQ(added.back(), quint32(kCount * 2));
    const QMap<quint32, QStringList> cached = cachedFlags(kInbox, 7);
    ASSERT_EQ(cached.size(), kCount);
    EXPECT_EQ(cached.value(6), kSeen);
    EXPECT_EQ(cached.value(8), kNone);
    EXPECT_EQ(cached.value(6000), kSeen); // seq 3000: flags and MODSEQ in separate responses
    auto rows = cache->messages(kInbox, 7, cache::MessageColumns::Summary);
    ASSERT_TRUE(rows);
    QHash<quint32, quint64> modSeqs;
    for (const cache::MessageRecord &row : rows.value())
        modSeqs.insert(row.uid, row.modSeq);
    EXPECT_EQ(modSeqs.value(2000), 77u);
    EXPECT_EQ(modSeqs.value(2002), 5u);
}

// A first sync of a big mailbox: the newest screenful comes whole first,
// with the UIDVALIDITY recorded, so the list can show it while 6,000 UIDs
// are listed; then the listing adds the rest without touching those rows.
TEST_F(MailboxSyncScenario, FirstSyncOfALargeMailboxFetchesTheNewestScreenfulFirst)
{
    constexpr quint32 kCount = 6000;
    static_assert(kCount > MailboxSync::kFirstScreenfulFrom);
    ASSERT_EQ(open("", false), "");
    startSync();
    QByteArray script = freshSelect("SELECT INBOX", kCount, 20000) + "C: A2 FETCH 5951:6000 (" + kEnvelopeItems + ")\n";
    for (quint32 seq = kCount - MailboxSync::kFirstScreenful + 1; seq <= kCount; ++seq) {
        const QByteArray n = QByteArray::number(seq);
        script += "S: * " + n + " FETCH (UID " + QByteArray::number(seq * 2)
            + " FLAGS (\\Seen) ENVELOPE (\"Mon, 1 Jan 2024 "
              "10:00:00 +0000\" \"Subject "
            + n + "\" NIL NIL NIL NIL NIL NIL NIL \"<" + n + "@x>\") RFC822.SIZE 100)\n";
    }
    script += "S: A2 OK done\n";
    EXPECT_EQ(runner.play(script), "");
    ASSERT_EQ(added.size(), int(MailboxSync::kFirstScreenful));
    EXPECT_TRUE(results.isEmpty());
    auto state = cache->mailbox(kInbox);
    ASSERT_TRUE(state && state.value());
    EXPECT_EQ(state.value()->state.uidValidity, 7u);
    EXPECT_EQ(state.value()->state.uidNext, 0u); // a sync cut short here starts over
    auto newest = cache->message(kInbox, 7, kCount * 2);
    ASSERT_TRUE(newest && newest.value());
    EXPECT_TRUE(newest.value()->hasEnvelope);
    EXPECT_EQ(newest.value()->subject, QStringLiteral("Subject 6000"));

    script = "C: A3 UID FETCH 1:* (UID FLAGS)\n";
    for (quint32 seq = 1; seq <= kCount; ++seq)
        script
            += "S: * " + QByteArray::number(seq) + " FETCH (UID " + QByteArray::number(seq * 2) + " FLAGS (\\Seen))\n";
    script += "S: A3 OK done\n";
    EXPECT_EQ(playToTheEnd(script), "");
    ASSERT_EQ(results, QList<bool> { true });
    EXPECT_EQ(added.size(), int(kCount));
    EXPECT_EQ(QSet<quint32>(added.cbegin(), added.cend()).size(), qsizetype(kCount));
    EXPECT_TRUE(flagged.isEmpty()); // the screenful's flags were already right
    newest = cache->message(kInbox, 7, kCount * 2);
    EXPECT_TRUE(newest.value()->hasEnvelope);
    EXPECT_EQ(cache->mailbox(kInbox).value()->state.uidNext, 20000u);
    EXPECT_EQ(cachedFlags(kInbox, 7).size(), qsizetype(kCount));
}

// quire-cli sync wants every envelope: into an empty cache the mailbox is
// listed with them in one UID FETCH 1:*, written in batches as they stream
// (more than one batch here), instead of a flag listing and a second fetch.
TEST_F(MailboxSyncScenario, FirstSyncWantingEnvelopesListsTheMailboxWithThemInOneFetch)
{
    constexpr quint32 kCount = MailboxSync::kEnvelopeWriteBatch + 500;
    ASSERT_EQ(open("CONDSTORE", false), "");
    startSync(true);
    QByteArray script = freshSelect("SELECT INBOX (CONDSTORE)", kCount, 9000, 40) + "C: A2 UID FETCH 1:* ("
        + kEnvelopeItems + " MODSEQ)\n";
    for (quint32 seq = 1; seq <= kCount; ++seq) {
        const QByteArray n = QByteArray::number(seq);
        script += "S: * " + n + " FETCH (UID " + QByteArray::number(seq * 3) + " FLAGS (" + (seq % 2 ? "\\Seen" : "")
            + ") ENVELOPE (\"Mon, 1 Jan 2024 10:00:00 +0000\" \"Subject " + n + "\" NIL NIL NIL NIL NIL NIL NIL \"<" + n
            + "@x>\") RFC822.SIZE 100 MODSEQ (" + n + "))\n";
    }
    script += "S: A2 OK done\n";
    EXPECT_EQ(playToTheEnd(script), "");
    settleWrites();
    ASSERT_EQ(results, QList<bool> { true });
    ASSERT_EQ(added.size(), int(kCount));
    EXPECT_EQ(QSet<quint32>(added.cbegin(), added.cend()).size(), qsizetype(kCount));
    const QMap<quint32, QStringList> cached = cachedFlags(kInbox, 7);
    ASSERT_EQ(cached.size(), qsizetype(kCount));
    EXPECT_EQ(cached.value(3), kSeen);
    EXPECT_EQ(cached.value(6), kNone);
    auto last = cache->message(kInbox, 7, kCount * 3);
    ASSERT_TRUE(last && last.value());
    EXPECT_TRUE(last.value()->hasEnvelope);
    EXPECT_EQ(last.value()->subject, QStringLiteral("Subject %1").arg(kCount));
    EXPECT_EQ(last.value()->modSeq, quint64(kCount));
    auto missing = cache->uidsWithoutEnvelope(kInbox, 7);
    ASSERT_TRUE(missing);
    EXPECT_TRUE(missing.value().isEmpty());
    const auto state = cache->mailbox(kInbox).value()->state;
    EXPECT_EQ(state.uidNext, 9000u);
    EXPECT_EQ(state.highestModSeq, 40u);
}

// Cut short while the envelopes stream in: what was written stays, and the
// state says nothing of UIDNEXT or HIGHESTMODSEQ, so the next sync lists
// the whole mailbox again rather than trusting a half-done one.
TEST_F(MailboxSyncScenario, FirstSyncWantingEnvelopesCutShortKeepsRowsButNoState)
{
    constexpr quint32 kCount = MailboxSync::kEnvelopeWriteBatch + 10;
    ASSERT_EQ(open("CONDSTORE", false), "");
    startSync(true);
    QByteArray script = freshSelect("SELECT INBOX (CONDSTORE)", kCount, 9000, 40) + "C: A2 UID FETCH 1:* ("
        + kEnvelopeItems + " MODSEQ)\n";
    for (quint32 seq = 1; seq <= MailboxSync::kEnvelopeWriteBatch + 5; ++seq) {
        const QByteArray n = QByteArray::number(seq);
        script
            += "S: * " + n + " FETCH (UID " + n + " FLAGS () ENVELOPE (NIL \"S\" NIL NIL NIL NIL NIL NIL NIL NIL))\n";
    }
    script += "S: * BYE going away\n";
    EXPECT_EQ(runner.play(script), "");
    ASSERT_EQ(results, QList<bool> { false });
    settleWrites(); // the batch written before the BYE is kept
    EXPECT_EQ(cachedFlags(kInbox, 7).size(), qsizetype(MailboxSync::kEnvelopeWriteBatch));
    const auto state = cache->mailbox(kInbox).value()->state;
    EXPECT_EQ(state.uidValidity, 7u);
    EXPECT_EQ(state.uidNext, 0u);
    EXPECT_EQ(state.highestModSeq, 0u);
}

TEST_F(MailboxSyncScenario, UidValidityChangeDropsTheCacheAndRefetches)
{
    seedInbox({ { 10, kNone }, { 20, kNone } });
    ASSERT_EQ(open("ENABLE CONDSTORE QRESYNC", true), "");
    auto *sync = startSync();
    EXPECT_EQ(playToTheEnd(R"(
        C: A2 SELECT INBOX (QRESYNC (7 100))
        S: * 1 EXISTS
        S: * OK [UIDVALIDITY 8] ok
        S: * OK [UIDNEXT 2] ok
        S: * OK [HIGHESTMODSEQ 3] ok
        S: A2 OK [READ-WRITE] selected
        C: A3 UID FETCH 1:* (UID FLAGS MODSEQ)
        S: * 1 FETCH (UID 1 FLAGS () MODSEQ (3))
        S: A3 OK done
    )"),
        "");
    ASSERT_EQ(results, QList<bool> { true });
    EXPECT_TRUE(sync->wasReset());
    EXPECT_EQ(resets, 1);
    EXPECT_EQ(added, QList<quint32> { 1 });
    EXPECT_TRUE(cachedFlags(kInbox, 7).isEmpty());
    EXPECT_EQ(cachedFlags(kInbox, 8), (QMap<quint32, QStringList> { { 1, kNone } }));
    EXPECT_EQ(cache->mailbox(kInbox).value()->state.uidValidity, 8u);
}

TEST_F(MailboxSyncScenario, UidNextGoingBackwardsForcesAFullResync)
{
    seedInbox({ { 10, kNone }, { 20, kNone } });
    ASSERT_EQ(open("CONDSTORE", false), "");
    auto *sync = startSync();
    EXPECT_EQ(playToTheEnd(R"(
        C: A1 SELECT INBOX (CONDSTORE)
        S: * 1 EXISTS
        S: * OK [UIDVALIDITY 7] ok
        S: * OK [UIDNEXT 30] ok
        S: * OK [HIGHESTMODSEQ 100] ok
        S: A1 OK [READ-WRITE] selected
        C: A2 UID FETCH 1:* (UID FLAGS MODSEQ)
        S: * 1 FETCH (UID 10 FLAGS () MODSEQ (90))
        S: A2 OK done
    )"),
        "");
    ASSERT_EQ(results, QList<bool> { true });
    EXPECT_EQ(sync->strategy(), MailboxSync::Strategy::Full);
    EXPECT_FALSE(sync->fallbackReason().isEmpty());
    EXPECT_EQ(removed, QList<quint32> { 20 });
}

TEST_F(MailboxSyncScenario, CountMismatchAfterQresyncForcesAFullResync)
{
    // The server "forgot" to report that 20 vanished: EXISTS gives it away.
    seedInbox({ { 10, kNone }, { 20, kNone } });
    ASSERT_EQ(open("ENABLE CONDSTORE QRESYNC", true), "");
    auto *sync = startSync();
    EXPECT_EQ(playToTheEnd(R"(
        C: A2 SELECT INBOX (QRESYNC (7 100))
        S: * 1 EXISTS
        S: * OK [UIDVALIDITY 7] ok
        S: * OK [UIDNEXT 40] ok
        S: * OK [HIGHESTMODSEQ 100] ok
        S: A2 OK [READ-WRITE] selected
        C: A3 UID FETCH 1:* (UID FLAGS MODSEQ)
        S: * 1 FETCH (UID 10 FLAGS () MODSEQ (90))
        S: A3 OK done
    )"),
        "");
    ASSERT_EQ(results, QList<bool> { true });
    EXPECT_EQ(sync->strategy(), MailboxSync::Strategy::Full);
    EXPECT_EQ(removed, QList<quint32> { 20 });
}

// A server that sends one new message's envelope twice, and hides another
// (EXISTS gives it away): the full resync that follows keeps the message
// it heard of twice.
TEST_F(MailboxSyncScenario, AnEnvelopeSentTwiceIsNotTakenForAnExpungedMessage)
{
    seedInbox({ { 10, kNone }, { 30, kNone } });
    ASSERT_EQ(open("ENABLE CONDSTORE QRESYNC", true), "");
    auto *sync = startSync(true);
    EXPECT_EQ(playToTheEnd(R"(
        C: A2 SELECT INBOX (QRESYNC (7 100))
        S: * 4 EXISTS
        S: * OK [UIDVALIDITY 7] ok
        S: * OK [UIDNEXT 42] ok
        S: * OK [HIGHESTMODSEQ 120] ok
        S: A2 OK [READ-WRITE] selected
        C: A3 UID FETCH 40:* (UID FLAGS ENVELOPE INTERNALDATE RFC822.SIZE BODYSTRUCTURE BODY.PEEK[HEADER.FIELDS (REFERENCES)] MODSEQ)
        S: * 4 FETCH (UID 41 FLAGS () ENVELOPE (NIL "New one" NIL NIL NIL NIL NIL NIL NIL NIL) MODSEQ (115))
        S: * 4 FETCH (UID 41 FLAGS () ENVELOPE (NIL "New one" NIL NIL NIL NIL NIL NIL NIL NIL) MODSEQ (115))
        S: A3 OK done
        C: A4 UID FETCH 1:* (UID FLAGS MODSEQ)
        S: * 1 FETCH (UID 10 FLAGS () MODSEQ (90))
        S: * 2 FETCH (UID 30 FLAGS () MODSEQ (90))
        S: * 3 FETCH (UID 35 FLAGS () MODSEQ (95))
        S: * 4 FETCH (UID 41 FLAGS () MODSEQ (115))
        S: A4 OK done
    )"),
        "");
    settleWrites();
    ASSERT_EQ(results, QList<bool> { true });
    EXPECT_EQ(sync->strategy(), MailboxSync::Strategy::Full);
    EXPECT_TRUE(removed.isEmpty()) << removed.size();
    EXPECT_EQ(cachedFlags(kInbox, 7),
        (QMap<quint32, QStringList> { { 10, kNone }, { 30, kNone }, { 35, kNone }, { 41, kNone } }));
}

TEST_F(MailboxSyncScenario, SelectRefusedFailsTheSync)
{
    ASSERT_EQ(open("", false), "");
    auto *sync = startSync();
    EXPECT_EQ(runner.play("C: A1 SELECT INBOX\nS: A1 NO no such mailbox"), "");
    EXPECT_EQ(results, QList<bool> { false });
    EXPECT_FALSE(sync->errorText().isEmpty());
}

} // namespace
} // namespace quire::test
