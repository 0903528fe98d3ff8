// Scenarios for routing: untagged data to MailboxState first, EXPUNGE
// renumbering, BYE and dropped connections, unknown tags, ALERT, a hostile
// server, and LOGOUT.

#include "core/imap/tasks/ConnectionTasks.h"
#include "core/imap/tasks/MailboxTasks.h"
#include "core/imap/tasks/MessageTasks.h"
#include "core/imap/tasks/SelectedTasks.h"
#include "tests/unit/imap/SessionScenario.h"

#include <QCoreApplication>
#include <QSignalSpy>

using namespace quire::imap;

namespace quire::test {
namespace {

using RoutingScenario = SessionScenario;

// A slice so short that every response of a read is handled in a turn of its own.
class SlicedRoutingScenario : public SessionScenario
{
protected:
    SlicedRoutingScenario()
        : SessionScenario(slicedConfig())
    {
    }
    static SessionConfig slicedConfig()
    {
        SessionConfig config = ScenarioRunner::defaultConfig();
        config.handlingSlice = std::chrono::nanoseconds(1);
        return config;
    }
};

TEST_F(SlicedRoutingScenario, TheResponsesOfOneReadAreHandledInSlicesInOrder)
{
    ASSERT_EQ(runner.openPreauthenticated(""), "");
    auto *list = start<ListTask>();
    QSignalSpy finished(list, &Task::finished);
    ASSERT_EQ(runner.play(R"(
        C: A1 LIST "" *
        S: * LIST () "/" INBOX
        S: * LIST () "/" Archive
        S: * LIST () "/" Sent
        S: A1 OK done
    )"),
        "");
    // One read of four responses: nothing is handled inside the read itself
    // (QSslSocket may call it again before the event loop runs), then one
    // response per slice from the event loop.
    EXPECT_TRUE(list->mailboxes().isEmpty());
    EXPECT_TRUE(finished.isEmpty());
    QCoreApplication::processEvents();
    EXPECT_EQ(list->mailboxes().size(), 1);
    EXPECT_TRUE(finished.isEmpty());
    ASSERT_TRUE(finished.wait(2000));
    ASSERT_EQ(list->mailboxes().size(), 3);
    EXPECT_EQ(list->mailboxes().at(0).name, QStringLiteral("INBOX"));
    EXPECT_EQ(list->mailboxes().at(1).name, QStringLiteral("Archive"));
    EXPECT_EQ(list->mailboxes().at(2).name, QStringLiteral("Sent"));
    EXPECT_EQ(list->outcome(), Outcome::Succeeded);
    EXPECT_EQ(finishCount(list), 1);
    EXPECT_EQ(runner.finish(), "");
}

TEST_F(SlicedRoutingScenario, ABurstOfInputIsParsedAChunkAtATimeFromTheEventLoop)
{
    ASSERT_EQ(runner.openPreauthenticated(""), "");
    auto *list = start<ListTask>();
    QSignalSpy finished(list, &Task::finished);
    ASSERT_EQ(runner.play("C: A1 LIST \"\" *\n"), "");
    // About 300 KB in one read, as TLS hands over what it decrypted at once.
    constexpr int kCount = 6000;
    QByteArray burst;
    for (int i = 0; i < kCount; ++i)
        burst += "* LIST () \"/\" \"Folder number " + QByteArray::number(i) + " with a long enough name\"\r\n";
    burst += "A1 OK done\r\n";
    ASSERT_GT(burst.size(), 4 * 64 * 1024);
    runner.transport().pushServerBytes(burst);
    EXPECT_TRUE(list->mailboxes().isEmpty());
    // Each turn of the event loop handles one response (the slice is 1 ns)
    // and parses more only when the parsed ones are handled.
    int turns = 0;
    while (finished.isEmpty() && turns < 3 * kCount) {
        QCoreApplication::processEvents();
        ++turns;
    }
    ASSERT_EQ(finished.size(), 1);
    EXPECT_GE(turns, kCount);
    ASSERT_EQ(list->mailboxes().size(), kCount);
    EXPECT_EQ(list->mailboxes().front().name, QStringLiteral("Folder number 0 with a long enough name"));
    EXPECT_EQ(list->mailboxes().back().name, QStringLiteral("Folder number 5999 with a long enough name"));
    EXPECT_EQ(list->outcome(), Outcome::Succeeded);
}

TEST_F(SlicedRoutingScenario, WhatArrivedBeforeTheConnectionDroppedIsStillHandled)
{
    ASSERT_EQ(runner.openPreauthenticated(""), "");
    auto *list = start<ListTask>();
    ASSERT_EQ(runner.play("C: A1 LIST \"\" *\n"), "");
    runner.transport().pushServerBytes("* LIST () \"/\" INBOX\r\n* LIST () \"/\" Sent\r\nA1 OK done\r\n");
    runner.transport().dropConnection(); // before the event loop ran
    EXPECT_EQ(list->mailboxes().size(), 2);
    EXPECT_EQ(list->outcome(), Outcome::Succeeded);
    EXPECT_EQ(finishCount(list), 1);
}

// A consumer behind (the cache's writer) pauses the input: nothing more is
// handled, in either mode, until it resumes; then all of it, in order.
class PausedInputScenario : public SessionScenario, public ::testing::WithParamInterface<bool>
{
protected:
    PausedInputScenario()
        : SessionScenario(config(GetParam()))
    {
    }
    static SessionConfig config(bool sliced)
    {
        SessionConfig config = ScenarioRunner::defaultConfig();
        if (sliced)
            config.handlingSlice = std::chrono::milliseconds(10);
        return config;
    }
};

TEST_P(PausedInputScenario, NothingIsHandledWhilePausedAndEverythingAfter)
{
    ASSERT_EQ(runner.openWithInbox("", 3), "");
    auto *fetch = start<FetchTask>(Fetch { UidSet::fromNumbers({ 1, 2, 3 }), { FetchItem::flags() } });
    fetch->setStreaming(true);
    QSignalSpy finished(fetch, &Task::finished);
    QList<quint32> seen;
    // Paused by whoever handles the first response, as the envelope fetcher does.
    QObject::connect(fetch, &FetchTask::messageFetched, &owner, [&](quint32 uid) {
        seen.append(uid);
        if (seen.size() == 1)
            runner.session().pauseInput();
    });
    QCoreApplication::processEvents();
    runner.transport().takeWritten();
    runner.transport().pushServerBytes("* 1 FETCH (UID 1 FLAGS ())\r\n* 2 FETCH (UID 2 FLAGS ())\r\n");
    runner.transport().pushServerBytes("* 3 FETCH (UID 3 FLAGS (\\Seen))\r\nA2 OK done\r\n");
    for (int i = 0; i < 20; ++i)
        QCoreApplication::processEvents();
    EXPECT_TRUE(runner.session().inputPaused());
    EXPECT_EQ(seen, QList<quint32> { 1 });
    EXPECT_TRUE(finished.isEmpty());

    runner.session().resumeInput();
    ASSERT_TRUE(finished.size() == 1 || finished.wait(2000));
    EXPECT_EQ(seen, (QList<quint32> { 1, 2, 3 }));
    EXPECT_EQ(fetch->outcome(), Outcome::Succeeded);
    EXPECT_EQ(finishCount(fetch), 1);
}

TEST_P(PausedInputScenario, InputWaitsUntilEveryPauseIsResumed)
{
    ASSERT_EQ(runner.openPreauthenticated(""), "");
    auto *list = start<ListTask>();
    ASSERT_EQ(runner.play("C: A1 LIST \"\" *\n"), "");
    // Two consumers, as a sync and the envelope fetcher on one connection.
    runner.session().pauseInput();
    runner.session().pauseInput();
    runner.transport().pushServerBytes("* LIST () \"/\" INBOX\r\n* LIST () \"/\" Sent\r\nA1 OK done\r\n");
    runner.session().resumeInput();
    for (int i = 0; i < 20; ++i)
        QCoreApplication::processEvents();
    EXPECT_TRUE(runner.session().inputPaused());
    EXPECT_TRUE(list->mailboxes().isEmpty());

    runner.session().resumeInput();
    EXPECT_FALSE(runner.session().inputPaused());
    for (int i = 0; i < 20 && list->outcome() != Outcome::Succeeded; ++i)
        QCoreApplication::processEvents();
    EXPECT_EQ(list->mailboxes().size(), 2);
    EXPECT_EQ(list->outcome(), Outcome::Succeeded);
    // A resume too many does not pause or resume anything.
    runner.session().resumeInput();
    EXPECT_FALSE(runner.session().inputPaused());
}

TEST_P(PausedInputScenario, WhatWaitedUnreadIsHandledWhenTheConnectionCloses)
{
    ASSERT_EQ(runner.openPreauthenticated(""), "");
    auto *list = start<ListTask>();
    ASSERT_EQ(runner.play("C: A1 LIST \"\" *\n"), "");
    runner.session().pauseInput();
    runner.transport().pushServerBytes("* LIST () \"/\" INBOX\r\n* LIST () \"/\" Sent\r\nA1 OK done\r\n");
    QCoreApplication::processEvents();
    EXPECT_TRUE(list->mailboxes().isEmpty());
    runner.transport().dropConnection();
    EXPECT_EQ(list->mailboxes().size(), 2);
    EXPECT_EQ(list->outcome(), Outcome::Succeeded);
    EXPECT_EQ(finishCount(list), 1);
}

INSTANTIATE_TEST_SUITE_P(SlicedOrNot, PausedInputScenario, ::testing::Bool());

TEST_F(RoutingScenario, WithoutASliceOneReadIsHandledAtOnce)
{
    ASSERT_EQ(runner.openPreauthenticated(""), "");
    auto *list = start<ListTask>();
    ASSERT_EQ(runner.play(R"(
        C: A1 LIST "" *
        S: * LIST () "/" INBOX
        S: * LIST () "/" Archive
        S: A1 OK done
    )"),
        "");
    EXPECT_EQ(list->mailboxes().size(), 2);
    EXPECT_EQ(finishCount(list), 1);
}

TEST_F(RoutingScenario, UntaggedExpungeExistsFetchDuringAnotherCommandUpdateStateFirst)
{
    ASSERT_EQ(runner.openWithInbox("", 3), "");
    MailboxState *mailbox = runner.session().mailbox();
    QSignalSpy expunged(mailbox, &MailboxState::messagesExpunged);
    QSignalSpy flags(mailbox, &MailboxState::flagsChanged);
    auto *list = start<ListTask>();
    EXPECT_EQ(runner.play(R"(
        C: A2 LIST "" *
        S: * LIST () "/" INBOX
        S: * 1 EXPUNGE
        S: * 3 EXISTS
        S: * 3 FETCH (UID 40 FLAGS (\Flagged))
        S: * LIST () "/" Archive
        S: A2 OK done
    )"),
        "");
    ASSERT_EQ(expunged.count(), 1);
    EXPECT_EQ(expunged.front().front().value<QList<quint32>>(), QList<quint32> { 10 });
    EXPECT_EQ(mailbox->exists(), 3u);
    EXPECT_EQ(mailbox->uidAt(1), 20u);
    EXPECT_EQ(mailbox->uidAt(3), 40u);
    ASSERT_EQ(flags.count(), 1);
    EXPECT_EQ(flags.front().front().toUInt(), 40u);
    EXPECT_EQ(list->mailboxes().size(), 2);
    // Nobody asked for the FETCH: it is reported, not dropped.
    ASSERT_EQ(runner.unsolicited().size(), 1);
    EXPECT_TRUE(std::holds_alternative<FetchResponse>(runner.unsolicited().front()));
    EXPECT_EQ(runner.finish(), "");
}

TEST_F(RoutingScenario, ExpungeShiftsEveryLaterSequenceNumber)
{
    ASSERT_EQ(runner.openWithInbox("", 5), "");
    MailboxState *mailbox = runner.session().mailbox();
    QSignalSpy flags(mailbox, &MailboxState::flagsChanged);
    EXPECT_EQ(runner.play(R"(
        S: * 2 EXPUNGE
        S: * 2 EXPUNGE
        S: * 2 FETCH (FLAGS (\Seen))
    )"),
        "");
    // 10 20 30 40 50 -> 10 30 40 50 -> 10 40 50: seq 2 is now UID 40.
    EXPECT_EQ(mailbox->exists(), 3u);
    EXPECT_EQ(mailbox->uidAt(2), 40u);
    EXPECT_EQ(mailbox->sequenceOf(50), 3u);
    EXPECT_FALSE(mailbox->sequenceOf(20).has_value());
    ASSERT_EQ(flags.count(), 1);
    EXPECT_EQ(flags.front().front().toUInt(), 40u);
    EXPECT_EQ(flags.front().at(1).value<QList<QByteArray>>(), QList<QByteArray> { "\\Seen" });
}

TEST_F(RoutingScenario, VanishedRemovesByUid)
{
    ASSERT_EQ(runner.openWithInbox("", 4), "");
    MailboxState *mailbox = runner.session().mailbox();
    QSignalSpy expunged(mailbox, &MailboxState::messagesExpunged);
    EXPECT_EQ(runner.play("S: * VANISHED 20,30"), "");
    EXPECT_EQ(mailbox->exists(), 2u);
    EXPECT_EQ(mailbox->uidAt(2), 40u);
    EXPECT_EQ(expunged.count(), 1);
}

// After SELECT (QRESYNC ...) only the UIDs fetched since are placed; a message
// expunged elsewhere still leaves, from the run of unknown slots it sits in.
TEST_F(RoutingScenario, VanishedUidsThatWereNeverFetchedStillLeave)
{
    ASSERT_EQ(runner.openPreauthenticated("QRESYNC"), "");
    start<SelectTask>(Select { QStringLiteral("INBOX") });
    ASSERT_EQ(runner.play(R"(
        C: A1 SELECT INBOX
        S: * 6 EXISTS
        S: * OK [UIDVALIDITY 7] ok
        S: * 3 FETCH (UID 30)
        S: * 6 FETCH (UID 60)
        S: A1 OK [READ-WRITE] selected
    )"),
        "");
    MailboxState *mailbox = runner.session().mailbox();
    QSignalSpy expunged(mailbox, &MailboxState::messagesExpunged);
    EXPECT_EQ(runner.play("S: * VANISHED 40,10"), "");
    EXPECT_TRUE(runner.violations().isEmpty());
    EXPECT_EQ(mailbox->exists(), 4u);
    EXPECT_EQ(mailbox->uidAt(2), 30u);
    EXPECT_EQ(mailbox->uidAt(4), 60u);
    ASSERT_EQ(expunged.count(), 1);
    EXPECT_EQ(expunged.front().front().value<QList<quint32>>(), (QList<quint32> { 10, 40 }));

    // More than the run of two unknown slots can hold: reported, run kept.
    EXPECT_EQ(runner.play("S: * VANISHED 31:39"), "");
    ASSERT_EQ(runner.violations().size(), 1);
    EXPECT_EQ(runner.violations().front().kind, ProtocolViolationKind::VanishedUnknownUid);
    EXPECT_EQ(mailbox->exists(), 4u);
    // A hostile "1:4294967295" costs one pass: the known UIDs go, the unknown
    // slots cannot be told apart and stay.
    EXPECT_EQ(runner.play("S: * VANISHED 1:4294967295"), "");
    EXPECT_EQ(mailbox->exists(), 2u);
    EXPECT_EQ(mailbox->uidAt(1), 0u);
    EXPECT_EQ(mailbox->uidAt(2), 0u);
}

TEST_F(RoutingScenario, HostileServerIsSurvivedAndReported)
{
    ASSERT_EQ(runner.openWithInbox("", 2), "");
    MailboxState *mailbox = runner.session().mailbox();
    QSignalSpy validity(mailbox, &MailboxState::uidValidityChanged);
    EXPECT_EQ(runner.play(R"(
        S: * 9 EXPUNGE
        S: * 0 EXPUNGE
        S: * 7 FETCH (UID 700 FLAGS ())
        S: * 4000000000 EXISTS
        S: * OK [UIDVALIDITY 0] zero
        S: * OK [UIDVALIDITY 8] changed
        S: X99 OK who am I
        S: + unexpected
    )"),
        "");
    QList<ProtocolViolationKind> kinds;
    for (const ProtocolViolation &violation : runner.violations())
        kinds.append(violation.kind);
    EXPECT_EQ(kinds,
        (QList<ProtocolViolationKind> { ProtocolViolationKind::ExpungeBeyondExists,
            ProtocolViolationKind::ExpungeBeyondExists, ProtocolViolationKind::FetchBeyondExists,
            ProtocolViolationKind::ExistsTooLarge, ProtocolViolationKind::InvalidUidValidity,
            ProtocolViolationKind::UidValidityChanged, ProtocolViolationKind::UnknownTag,
            ProtocolViolationKind::UnexpectedContinuation }));
    EXPECT_EQ(mailbox->exists(), 2u);
    EXPECT_EQ(mailbox->uidAt(1), 0u); // UIDs of the old UIDVALIDITY are forgotten
    EXPECT_EQ(validity.count(), 1);
    EXPECT_EQ(runner.finish(), "");
}

TEST_F(RoutingScenario, ByeMidCommandFailsEveryTaskOnce)
{
    ASSERT_EQ(runner.openWithInbox("", 1), "");
    auto *inFlight = start<FetchTask>(Fetch { UidSet::single(10), { FetchItem::envelope() } });
    auto *select = start<SelectTask>(Select { QStringLiteral("Other") });
    QSignalSpy lost(&runner.session(), &Session::connectionLost);
    EXPECT_EQ(runner.play(R"(
        C: A2 UID FETCH 10 ENVELOPE
        S: * BYE shutting down
    )"),
        "");
    for (Task *task : { static_cast<Task *>(inFlight), static_cast<Task *>(select) }) {
        EXPECT_EQ(task->outcome(), Outcome::Failed);
        EXPECT_EQ(errorKind(task), TaskErrorKind::ServerBye);
        EXPECT_EQ(task->error()->serverText, "shutting down");
        EXPECT_EQ(finishCount(task), 1);
    }
    EXPECT_EQ(lost.count(), 1);
    EXPECT_FALSE(runner.transport().isOpen());
    EXPECT_EQ(runner.finish(), "");
}

// A literal of 4 GB cannot be skipped to find the next response: the
// connection goes at once with a typed error, instead of a timeout later.
TEST_F(RoutingScenario, LiteralTooLargeToSkipClosesTheConnectionAtOnce)
{
    ASSERT_EQ(runner.openWithInbox("", 1), "");
    auto *fetch = start<FetchTask>(Fetch { UidSet::single(10), { FetchItem::bodySection(BodySection {}) } });
    QSignalSpy lost(&runner.session(), &Session::connectionLost);
    EXPECT_EQ(runner.play(R"(
        C: A2 UID FETCH 10 BODY.PEEK[]
        S: * 1 FETCH (UID 10 BODY[] {4294967295}
    )"),
        "");
    EXPECT_EQ(errorKind(fetch), TaskErrorKind::ProtocolViolation);
    EXPECT_TRUE(fetch->error()->serverText.contains("4294967295"));
    EXPECT_EQ(finishCount(fetch), 1);
    EXPECT_EQ(lost.count(), 1);
    EXPECT_FALSE(runner.transport().isOpen());
}

TEST_F(RoutingScenario, DroppedConnectionFailsEveryTaskOnce)
{
    ASSERT_EQ(runner.openWithInbox("", 1), "");
    auto *first = start<NoopTask>();
    auto *second = start<StoreTask>(UidSet::single(10), StoreMode::Add, QList<QByteArray> { "\\Seen" });
    EXPECT_EQ(runner.play(R"(
        C: A2 NOOP
        C: A3 UID STORE 10 +FLAGS (\Seen)
        S: * 1 FETCH (FLAGS (\Seen))
        S! DROP
    )"),
        "");
    for (Task *task : { static_cast<Task *>(first), static_cast<Task *>(second) }) {
        EXPECT_EQ(errorKind(task), TaskErrorKind::ConnectionLost);
        EXPECT_EQ(finishCount(task), 1);
    }
    // Starting a task on a dead session fails it at once, never hangs.
    auto *late = start<NoopTask>();
    EXPECT_EQ(errorKind(late), TaskErrorKind::ConnectionLost);
    EXPECT_EQ(runner.session().state(), ConnectionState::Disconnected);
}

TEST_F(RoutingScenario, AlertIsShownAndOtherWarningsAreUnsolicited)
{
    ASSERT_EQ(runner.openPreauthenticated(""), "");
    auto *noop = start<NoopTask>();
    EXPECT_EQ(runner.play(R"(
        C: A1 NOOP
        S: * OK [ALERT] Server going down at noon
        S: * NO disk almost full
        S: A1 OK [ALERT] really
    )"),
        "");
    EXPECT_EQ(runner.alerts(), (QStringList { QStringLiteral("Server going down at noon"), QStringLiteral("really") }));
    ASSERT_EQ(runner.unsolicited().size(), 1);
    EXPECT_EQ(noop->outcome(), Outcome::Succeeded);
}

TEST_F(RoutingScenario, BadFailsTyped)
{
    ASSERT_EQ(runner.openPreauthenticated(""), "");
    auto *create = start<CreateTask>(QStringLiteral("x"));
    EXPECT_EQ(runner.play("C: A1 CREATE x\nS: A1 BAD [PARSE] what"), "");
    EXPECT_EQ(errorKind(create), TaskErrorKind::Bad);
    EXPECT_EQ(create->error()->code->kind, ResponseCode::Kind::Parse);
}

TEST_F(RoutingScenario, LogoutEndsCleanly)
{
    ASSERT_EQ(runner.openPreauthenticated(""), "");
    QSignalSpy lost(&runner.session(), &Session::connectionLost);
    auto *logout = start<LogoutTask>();
    EXPECT_EQ(runner.play(R"(
        C: A1 LOGOUT
        S: * BYE see you
        S: A1 OK bye
    )"),
        "");
    EXPECT_EQ(logout->outcome(), Outcome::Succeeded);
    EXPECT_EQ(finishCount(logout), 1);
    EXPECT_EQ(lost.count(), 0);
    EXPECT_EQ(runner.session().state(), ConnectionState::Disconnected);
}

TEST_F(RoutingScenario, LogoutSucceedsWhenServerClosesAfterByeWithoutOk)
{
    ASSERT_EQ(runner.openPreauthenticated(""), "");
    auto *logout = start<LogoutTask>();
    EXPECT_EQ(runner.play("C: A1 LOGOUT\nS: * BYE see you\nS! DROP"), "");
    EXPECT_EQ(logout->outcome(), Outcome::Succeeded);
}

} // namespace
} // namespace quire::test
