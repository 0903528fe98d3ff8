// Scenarios for the message tasks: SEARCH (charset, BADCHARSET fallback,
// ESEARCH), FETCH (CHANGEDSINCE/VANISHED), STORE (UNCHANGEDSINCE/MODIFIED),
// COPY (COPYUID), the sequence-number forms of SEARCH, STORE, COPY and MOVE,
// MOVE and its fallbacks, EXPUNGE and UID EXPUNGE.

#include "core/imap/tasks/MessageTasks.h"
#include "core/imap/tasks/MoveTask.h"
#include "core/imap/tasks/SelectedTasks.h"
#include "tests/unit/imap/SessionScenario.h"

#include <QSignalSpy>

using namespace quire::imap;

namespace quire::test {
namespace {

using MessageTaskScenario = SessionScenario;

TEST_F(MessageTaskScenario, AsciiSearchSendsNoCharset)
{
    ASSERT_EQ(runner.openWithInbox("", 3), "");
    auto *search = start<SearchTask>(QList<SearchKey> { SearchKey::unseen(), SearchKey::from(QStringLiteral("bob")) });
    EXPECT_EQ(runner.play("C: A2 UID SEARCH UNSEEN FROM bob\nS: * SEARCH 10 30\nS: A2 OK done"), "");
    EXPECT_EQ(search->uids(), (QList<quint32> { 10, 30 }));
    EXPECT_FALSE(search->usedAsciiFallback());
}

TEST_F(MessageTaskScenario, NonAsciiSearchUsesUtf8AndFallsBackOnlyOnBadCharset)
{
    ASSERT_EQ(runner.openWithInbox("", 3), "");
    auto *search = start<SearchTask>(QList<SearchKey> { SearchKey::subject(QStringLiteral("Привет")) });
    EXPECT_EQ(runner.play(R"(
        C: A2 UID SEARCH CHARSET UTF-8 SUBJECT {12}
        S: + go
        C: Привет
        S: A2 NO [BADCHARSET (US-ASCII)] no utf-8 here
        C: A3 UID SEARCH SUBJECT {12}
        S: + go
        C: Привет
        S: * SEARCH
        S: A3 OK done
    )"),
        "");
    EXPECT_EQ(search->outcome(), Outcome::Succeeded);
    EXPECT_TRUE(search->usedAsciiFallback());
    EXPECT_TRUE(search->uids().isEmpty());
    EXPECT_EQ(finishCount(search), 1);
}

TEST_F(MessageTaskScenario, SearchNoWithoutBadCharsetFails)
{
    ASSERT_EQ(runner.openWithInbox("", 1), "");
    auto *search = start<SearchTask>(QList<SearchKey> { SearchKey::subject(QStringLiteral("Привет")) });
    EXPECT_EQ(runner.play(R"(
        C: A2 UID SEARCH CHARSET UTF-8 SUBJECT {12}
        S: + go
        C: Привет
        S: A2 NO search failed
    )"),
        "");
    EXPECT_EQ(errorKind(search), TaskErrorKind::No);
    EXPECT_EQ(runner.finish(), "");
}

TEST_F(MessageTaskScenario, EsearchMatchesItsTag)
{
    ASSERT_EQ(runner.openWithInbox("ESEARCH", 3), "");
    auto *search = start<SearchTask>(QList<SearchKey> { SearchKey::flagged() });
    EXPECT_EQ(runner.play(R"(
        C: A2 UID SEARCH RETURN (ALL) FLAGGED
        S: * ESEARCH (TAG "other") UID ALL 1:3
        S: * ESEARCH (TAG "A2") UID ALL 10,20
        S: A2 OK done
    )"),
        "");
    EXPECT_EQ(search->uids(), (QList<quint32> { 10, 20 }));
    EXPECT_EQ(runner.unsolicited().size(), 1);
}

TEST_F(MessageTaskScenario, FetchChangedSinceCollectsVanished)
{
    ASSERT_EQ(runner.openWithInbox("QRESYNC", 2), "");
    Fetch fetch { UidSet::fromRanges({ { 1, NumberSet::Star } }), { FetchItem::flags() } };
    fetch.changedSince = 50;
    fetch.vanished = true;
    QSignalSpy stateFlags(runner.session().mailbox(), &MailboxState::flagsChanged);
    auto *task = start<FetchTask>(fetch);
    EXPECT_EQ(runner.play(R"(
        C: A2 UID FETCH 1:* FLAGS (CHANGEDSINCE 50 VANISHED)
        S: * VANISHED (EARLIER) 5:7
        S: * 2 FETCH (UID 20 FLAGS (\Answered) MODSEQ (60))
        S: A2 OK done
    )"),
        "");
    EXPECT_EQ(task->vanished(), UidSet::fromRanges({ { 5, 7 } }));
    ASSERT_TRUE(task->messages().contains(20));
    EXPECT_EQ(task->messages().value(20).modSeq, 60u);
    ASSERT_EQ(stateFlags.size(), 1);
    EXPECT_EQ(stateFlags.front().at(0).toUInt(), 20u);
    EXPECT_EQ(stateFlags.front().at(2).toULongLong(), 60u);
}

TEST_F(MessageTaskScenario, FetchBodyLiteralAndMergedResponses)
{
    ASSERT_EQ(runner.openWithInbox("", 1), "");
    auto *task = start<FetchTask>(
        Fetch { UidSet::single(10), { FetchItem::bodySection(BodySection {}), FetchItem::rfc822Size() } });
    EXPECT_EQ(runner.play(R"(
        C: A2 UID FETCH 10 (BODY.PEEK[] RFC822.SIZE)
        S: * 1 FETCH (UID 10 RFC822.SIZE 5)
        S: * 1 FETCH (UID 10 BODY[] {5}
        S: hello)
        S: A2 OK done
    )"),
        "");
    const FetchResponse message = task->messages().value(10);
    EXPECT_EQ(message.rfc822Size, 5u);
    ASSERT_EQ(message.sections.size(), 1);
    EXPECT_EQ(message.sections[0].data.bytes, "hello");
}

TEST_F(MessageTaskScenario, StoreReportsFlagsAndModified)
{
    ASSERT_EQ(runner.openWithInbox("CONDSTORE", 2), "");
    QSignalSpy stateFlags(runner.session().mailbox(), &MailboxState::flagsChanged);
    auto *store = start<StoreTask>(
        UidSet::fromNumbers({ 10, 20 }), StoreMode::Add, QList<QByteArray> { "\\Flagged" }, quint64(30));
    EXPECT_EQ(runner.play(R"(
        C: A2 UID STORE 10,20 (UNCHANGEDSINCE 30) +FLAGS (\Flagged)
        S: * 1 FETCH (UID 10 FLAGS (\Flagged) MODSEQ (31))
        S: A2 OK [MODIFIED 20] conditional store failed
    )"),
        "");
    EXPECT_EQ(store->flags().value(10), QList<QByteArray> { "\\Flagged" });
    EXPECT_EQ(store->modified(), NumberSet::fromNumbers({ 20 }));
    ASSERT_EQ(stateFlags.size(), 1);
    EXPECT_EQ(stateFlags.front().at(1).value<QList<QByteArray>>(), QList<QByteArray> { "\\Flagged" });
}

TEST_F(MessageTaskScenario, CopyReportsCopyUid)
{
    ASSERT_EQ(runner.openWithInbox("UIDPLUS", 2), "");
    auto *copy = start<CopyTask>(UidSet::fromNumbers({ 10, 20 }), QStringLiteral("Archive"));
    EXPECT_EQ(runner.play("C: A2 UID COPY 10,20 Archive\nS: A2 OK [COPYUID 9 10,20 100:101] done"), "");
    ASSERT_TRUE(copy->copyUid().has_value());
    EXPECT_EQ(copy->copyUid()->uidValidity, 9u);
    EXPECT_EQ(copy->copyUid()->destinationUids, UidSet::fromRanges({ { 100, 101 } }));
}

TEST_F(MessageTaskScenario, SearchBySequenceNumberTranslatesToUids)
{
    ASSERT_EQ(runner.openWithInbox("", 3), "");
    auto *search = start<SearchTask>(QList<SearchKey> { SearchKey::flagged() }, SearchBy::SequenceNumber);
    EXPECT_EQ(runner.play("C: A2 SEARCH FLAGGED\nS: * SEARCH 1 3\nS: A2 OK done"), "");
    EXPECT_EQ(search->sequenceNumbers(), (QList<quint32> { 1, 3 }));
    EXPECT_EQ(search->uids(), (QList<quint32> { 10, 30 }));
    EXPECT_EQ(finishCount(search), 1);
}

TEST_F(MessageTaskScenario, EsearchBySequenceNumber)
{
    ASSERT_EQ(runner.openWithInbox("ESEARCH", 3), "");
    auto *search = start<SearchTask>(QList<SearchKey> { SearchKey::deleted() }, SearchBy::SequenceNumber);
    EXPECT_EQ(runner.play(R"(
        C: A2 SEARCH RETURN (ALL) DELETED
        S: * ESEARCH (TAG "A2") ALL 2:3
        S: A2 OK done
    )"),
        "");
    EXPECT_EQ(search->sequenceNumbers(), (QList<quint32> { 2, 3 }));
    EXPECT_EQ(search->uids(), (QList<quint32> { 20, 30 }));
}

TEST_F(MessageTaskScenario, StoreAndCopyBySequenceNumberPipelineAndReportByUid)
{
    ASSERT_EQ(runner.openWithInbox("", 3), "");
    QSignalSpy stateFlags(runner.session().mailbox(), &MailboxState::flagsChanged);
    auto *store = start<StoreTask>(SequenceSet::single(2), StoreMode::Add, QList<QByteArray> { "\\Seen" });
    auto *copy = start<CopyTask>(SequenceSet::fromNumbers({ 2, 3 }), QStringLiteral("Archive"));
    // No EXPUNGE may come during a STORE, so the COPY, which also names
    // sequence numbers, may share the wire with it (RFC 3501 5.5).
    EXPECT_EQ(runner.play(R"(
        C: A2 STORE 2 +FLAGS (\Seen)
        C: A3 COPY 2:3 Archive
        S: * 2 FETCH (FLAGS (\Seen))
        S: * 1 FETCH (FLAGS (\Answered))
        S: A2 OK stored
        S: A3 OK copied
    )"),
        "");
    EXPECT_EQ(store->flags().keys(), QList<quint32> { 20 });
    EXPECT_EQ(store->flags().value(20), QList<QByteArray> { "\\Seen" });
    // Every FETCH reaches the mailbox state, the one no task asked for too.
    ASSERT_EQ(stateFlags.size(), 2);
    EXPECT_EQ(stateFlags.at(1).at(0).toUInt(), 10u);
    EXPECT_EQ(stateFlags.at(1).at(1).value<QList<QByteArray>>(), QList<QByteArray> { "\\Answered" });
    EXPECT_EQ(copy->outcome(), Outcome::Succeeded);
    EXPECT_EQ(finishCount(store), 1);
    EXPECT_EQ(finishCount(copy), 1);
    EXPECT_EQ(runner.finish(), "");
}

TEST_F(MessageTaskScenario, MoveUsesMoveWhenOfferedByUidAndBySequenceNumber)
{
    ASSERT_EQ(runner.openWithInbox("MOVE UIDPLUS", 3), "");
    auto *byUid = start<MoveTask>(UidSet::single(20), QStringLiteral("Archive"));
    auto *byNumber = start<MoveTask>(SequenceSet::single(2), QStringLiteral("Archive"));
    // MOVE 2 waits: the EXPUNGE of UID MOVE 20 makes 2 mean UID 30.
    EXPECT_EQ(runner.play(R"(
        C: A2 UID MOVE 20 Archive
        S: * OK [COPYUID 9 20 100] moved
        S: * 2 EXPUNGE
        S: A2 OK done
        C: A3 MOVE 2 Archive
        S: * OK [COPYUID 9 30 101] moved
        S: * 2 EXPUNGE
        S: A3 OK done
    )"),
        "");
    EXPECT_TRUE(byUid->usedMoveCommand());
    EXPECT_EQ(byUid->copyUid()->destinationUids, UidSet::single(100));
    ASSERT_TRUE(byNumber->copyUid());
    EXPECT_EQ(byNumber->copyUid()->sourceUids, UidSet::single(30));
    EXPECT_EQ(runner.session().mailbox()->exists(), 1u);
    EXPECT_EQ(runner.session().mailbox()->uidAt(1), 10u);
    EXPECT_EQ(runner.finish(), "");
}

TEST_F(MessageTaskScenario, MoveBySequenceNumberFallbackLearnsUidsFirst)
{
    ASSERT_EQ(runner.openWithInbox("UIDPLUS", 3), "");
    auto *move = start<MoveTask>(SequenceSet::fromNumbers({ 1, 3 }), QStringLiteral("Archive"));
    // An EXPUNGE during the COPY would renumber what a STORE by number
    // names, so everything after the FETCH goes by UID.
    EXPECT_EQ(runner.play(R"(
        C: A2 FETCH 1,3 UID
        S: * 1 FETCH (UID 10)
        S: * 3 FETCH (UID 30)
        S: A2 OK done
        C: A3 UID COPY 10,30 Archive
        S: * 2 EXPUNGE
        S: A3 OK [COPYUID 9 10,30 100:101] copied
        C: A4 UID STORE 10,30 +FLAGS.SILENT (\Deleted)
        S: A4 OK stored
        C: A5 UID EXPUNGE 10,30
        S: * 2 EXPUNGE
        S: * 1 EXPUNGE
        S: A5 OK expunged
    )"),
        "");
    EXPECT_EQ(move->outcome(), Outcome::Succeeded);
    EXPECT_FALSE(move->usedMoveCommand());
    EXPECT_EQ(runner.session().mailbox()->exists(), 0u);
    EXPECT_EQ(finishCount(move), 1);
    EXPECT_EQ(runner.finish(), "");
}

TEST_F(MessageTaskScenario, MoveBySequenceNumberFailsWhenFetchGivesNoUid)
{
    ASSERT_EQ(runner.openWithInbox("UIDPLUS", 3), "");
    EXPECT_EQ(runner.play("S: * 4 EXISTS"), "");
    auto *move = start<MoveTask>(SequenceSet::single(4), QStringLiteral("Archive"));
    EXPECT_EQ(runner.play("C: A2 FETCH 4 UID\nS: * 4 FETCH (FLAGS ())\nS: A2 OK done"), "");
    EXPECT_EQ(errorKind(move), TaskErrorKind::ProtocolViolation);
    EXPECT_EQ(finishCount(move), 1);
    EXPECT_EQ(runner.finish(), "");
}

TEST_F(MessageTaskScenario, ExpungeReportsExpungedUids)
{
    ASSERT_EQ(runner.openWithInbox("", 3), "");
    auto *expunge = start<ExpungeTask>();
    EXPECT_EQ(runner.play("C: A2 EXPUNGE\nS: * 3 EXPUNGE\nS: * 1 EXPUNGE\nS: A2 OK done"), "");
    EXPECT_EQ(expunge->expunged(), (QList<quint32> { 30, 10 }));
    EXPECT_EQ(runner.session().mailbox()->uidAt(1), 20u);
}

TEST_F(MessageTaskScenario, UidExpungeNeedsUidPlus)
{
    ASSERT_EQ(runner.openWithInbox("", 1), "");
    auto *expunge = start<ExpungeTask>(UidSet::single(10));
    EXPECT_EQ(errorKind(expunge), TaskErrorKind::CapabilityMissing);
    EXPECT_EQ(runner.finish(), "");
}

TEST_F(MessageTaskScenario, UidExpungeWithUidPlus)
{
    ASSERT_EQ(runner.openWithInbox("UIDPLUS", 1), "");
    auto *expunge = start<ExpungeTask>(UidSet::single(10));
    EXPECT_EQ(runner.play("C: A2 UID EXPUNGE 10\nS: * 1 EXPUNGE\nS: A2 OK done"), "");
    EXPECT_EQ(expunge->expunged(), QList<quint32> { 10 });
}

TEST_F(MessageTaskScenario, CancelledExpungeStopsCollecting)
{
    ASSERT_EQ(runner.openWithInbox("", 2), "");
    auto *expunge = start<ExpungeTask>();
    EXPECT_EQ(runner.play("C: A2 EXPUNGE"), "");
    expunge->cancel();
    EXPECT_EQ(runner.play("S: * 1 EXPUNGE\nS: A2 OK done"), "");
    EXPECT_EQ(expunge->outcome(), Outcome::Cancelled);
    EXPECT_TRUE(expunge->expunged().isEmpty());
    EXPECT_EQ(runner.session().mailbox()->uidAt(1), 20u);
    EXPECT_EQ(finishCount(expunge), 1);
}

} // namespace
} // namespace quire::test
