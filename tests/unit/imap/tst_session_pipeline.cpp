// Scenarios for the pipeline: the RFC 3501 5.5 ambiguity rule, barriers,
// synchronising literals, IDLE/DONE, timeouts and keep-alive.

#include "core/imap/tasks/ConnectionTasks.h"
#include "core/imap/tasks/IdleTask.h"
#include "core/imap/tasks/MailboxTasks.h"
#include "core/imap/tasks/MessageTasks.h"
#include "core/imap/tasks/SelectedTasks.h"
#include "tests/unit/imap/SessionScenario.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>

using namespace quire::imap;

namespace quire::test {
namespace {

Fetch uidFetch(QList<quint32> uids)
{
    return Fetch { UidSet::fromNumbers(uids), { FetchItem::flags() } };
}

using PipelineScenario = SessionScenario;

TEST_F(PipelineScenario, TwoUidFetchesArePipelined)
{
    ASSERT_EQ(runner.openWithInbox("IDLE", 3), "");
    auto *first = start<FetchTask>(uidFetch({ 10 }));
    auto *second = start<FetchTask>(uidFetch({ 20 }));
    EXPECT_EQ(runner.play(R"(
        C: A2 UID FETCH 10 FLAGS
        C: A3 UID FETCH 20 FLAGS
        S: * 1 FETCH (UID 10 FLAGS (\Seen))
        S: A2 OK done
        S: * 2 FETCH (UID 20 FLAGS ())
        S: A3 OK done
    )"),
        "");
    EXPECT_EQ(first->messages().value(10).flags, QList<QByteArray> { "\\Seen" });
    EXPECT_TRUE(second->messages().contains(20));
    EXPECT_EQ(finishCount(first), 1);
    EXPECT_EQ(finishCount(second), 1);
    EXPECT_EQ(runner.finish(), "");
}

TEST_F(PipelineScenario, SequenceFetchWaitsForUidCommandInFlight)
{
    ASSERT_EQ(runner.openWithInbox("", 3), "");
    start<FetchTask>(uidFetch({ 10 }));
    auto *bySequence = start<FetchTask>(Fetch { SequenceSet::single(2), { FetchItem::uid() } });
    // Only the UID FETCH is on the wire: during it an EXPUNGE may arrive
    // and change what "2" means.
    EXPECT_EQ(runner.play(R"(
        C: A2 UID FETCH 10 FLAGS
        S: A2 OK done
        C: A3 FETCH 2 UID
        S: * 2 FETCH (UID 20)
        S: A3 OK done
    )"),
        "");
    EXPECT_TRUE(bySequence->messages().contains(20));
    EXPECT_EQ(runner.finish(), "");
}

TEST_F(PipelineScenario, SequenceFetchesPipelineWithEachOtherButNotWithUidCommands)
{
    ASSERT_EQ(runner.openWithInbox("", 3), "");
    start<FetchTask>(Fetch { SequenceSet::single(1), { FetchItem::flags() } });
    start<FetchTask>(Fetch { SequenceSet::single(2), { FetchItem::flags() } });
    start<FetchTask>(uidFetch({ 30 }));
    EXPECT_EQ(runner.play(R"(
        C: A2 FETCH 1 FLAGS
        C: A3 FETCH 2 FLAGS
        S: A2 OK done
        S: A3 OK done
        C: A4 UID FETCH 30 FLAGS
        S: A4 OK done
    )"),
        "");
    EXPECT_EQ(runner.finish(), "");
}

TEST_F(PipelineScenario, SelectWaitsForInFlightAndHoldsBackLaterCommands)
{
    ASSERT_EQ(runner.openWithInbox("", 3), "");
    start<FetchTask>(uidFetch({ 10 }));
    auto *select = start<SelectTask>(Select { QStringLiteral("Archive") });
    auto *status = start<StatusTask>(QStringLiteral("INBOX"), QList<StatusItem> { StatusItem::Messages });
    EXPECT_EQ(runner.play(R"(
        C: A2 UID FETCH 10 FLAGS
        S: A2 OK done
        C: A3 SELECT Archive
        S: * 5 EXISTS
        S: * OK [UIDVALIDITY 99] ok
        S: A3 OK [READ-WRITE] done
        C: A4 STATUS INBOX (MESSAGES)
        S: * STATUS INBOX (MESSAGES 3)
        S: A4 OK done
    )"),
        "");
    EXPECT_EQ(select->mailbox().exists, 5u);
    EXPECT_EQ(select->mailbox().uidValidity, 99u);
    EXPECT_EQ(runner.session().mailbox()->name(), QStringLiteral("Archive"));
    EXPECT_EQ(status->status().messages, 3u);
    EXPECT_EQ(runner.finish(), "");
}

TEST_F(PipelineScenario, SynchronisingLiteralWaitsForContinuation)
{
    ASSERT_EQ(runner.openPreauthenticated(""), "");
    auto *append = start<AppendTask>(Append { QStringLiteral("INBOX"), {}, std::nullopt, "Hi\r\n" });
    auto *noop = start<NoopTask>();
    EXPECT_EQ(runner.play(R"(
        C: A1 APPEND INBOX {4}
        S: + go ahead
        C: Hi
        C:
        C: A2 NOOP
        S: A1 OK [APPENDUID 7 42] done
        S: A2 OK done
    )"),
        "");
    EXPECT_EQ(append->uid(), 42u);
    EXPECT_EQ(append->uidValidity(), 7u);
    EXPECT_EQ(noop->outcome(), Outcome::Succeeded);
    EXPECT_EQ(runner.finish(), "");
}

TEST_F(PipelineScenario, NoInsteadOfContinuationFailsThatCommandOnly)
{
    ASSERT_EQ(runner.openPreauthenticated(""), "");
    auto *append = start<AppendTask>(Append { QStringLiteral("INBOX"), {}, std::nullopt, "Hi\r\n" });
    auto *noop = start<NoopTask>();
    EXPECT_EQ(runner.play(R"(
        C: A1 APPEND INBOX {4}
        S: A1 NO [OVERQUOTA] too big
        C: A2 NOOP
        S: A2 OK done
    )"),
        "");
    EXPECT_EQ(errorKind(append), TaskErrorKind::ContinuationRefused);
    EXPECT_EQ(append->error()->serverText, "too big");
    EXPECT_EQ(finishCount(append), 1);
    EXPECT_EQ(noop->outcome(), Outcome::Succeeded);
    EXPECT_EQ(runner.finish(), "");
}

TEST_F(PipelineScenario, IdleEndsWithDoneBeforeTheNextCommandAndResumes)
{
    ASSERT_EQ(runner.openWithInbox("IDLE", 2), "");
    auto *idle = start<IdleTask>();
    QSignalSpy added(runner.session().mailbox(), &MailboxState::messagesAdded);
    EXPECT_EQ(runner.play(R"(
        C: A2 IDLE
        S: + idling
        S: * 3 EXISTS
    )"),
        "");
    EXPECT_TRUE(idle->isIdling());
    EXPECT_EQ(added.count(), 1);
    EXPECT_EQ(runner.session().mailbox()->exists(), 3u);
    auto *fetch = start<FetchTask>(Fetch { UidSet::fromRanges({ { 21, NumberSet::Star } }), { FetchItem::uid() } });
    EXPECT_EQ(runner.play(R"(
        C: DONE
        S: A2 OK idle done
        C: A3 UID FETCH 21:* UID
        S: * 3 FETCH (UID 31)
        S: A3 OK done
        C: A4 IDLE
        S: + idling
    )"),
        "");
    EXPECT_EQ(runner.session().mailbox()->uidAt(3), 31u);
    EXPECT_TRUE(fetch->messages().contains(31));
    idle->stop();
    EXPECT_EQ(runner.play(R"(
        C: DONE
        S: A4 OK done
    )"),
        "");
    EXPECT_EQ(idle->outcome(), Outcome::Succeeded);
    EXPECT_EQ(finishCount(idle), 1);
    EXPECT_EQ(runner.finish(), "");
}

TEST_F(PipelineScenario, IdleRestartsForKeepAlive)
{
    ASSERT_EQ(runner.openPreauthenticated("IDLE"), "");
    auto *idle = start<IdleTask>(std::chrono::milliseconds(20));
    EXPECT_EQ(runner.play("C: A1 IDLE\nS: + idling"), "");
    EXPECT_TRUE(QTest::qWaitFor([&] { return runner.transport().allWritten().endsWith("DONE\r\n"); }, 2000));
    EXPECT_EQ(runner.play("C: DONE\nS: A1 OK done\nC: A2 IDLE\nS: + again"), "");
    idle->cancel();
    EXPECT_EQ(runner.play("C: DONE\nS: A2 OK done"), "");
    EXPECT_EQ(idle->outcome(), Outcome::Cancelled);
    EXPECT_EQ(finishCount(idle), 1);
}

TEST(PipelineTimeouts, CommandWithoutProgressTimesOutAndClosesTheConnection)
{
    SessionConfig config = ScenarioRunner::defaultConfig();
    config.commandTimeout = std::chrono::milliseconds(30);
    ScenarioRunner runner(config);
    ASSERT_EQ(runner.openPreauthenticated(""), "");
    NoopTask noop;
    NoopTask queued;
    runner.session().start(&noop);
    runner.session().start(&queued);
    EXPECT_EQ(runner.play("C: A1 NOOP\nC: A2 NOOP"), "");
    EXPECT_TRUE(QTest::qWaitFor([&] { return noop.isFinished(); }, 2000));
    EXPECT_EQ(noop.error()->kind, TaskErrorKind::Timeout);
    EXPECT_EQ(queued.error()->kind, TaskErrorKind::Timeout);
    EXPECT_FALSE(runner.transport().isOpen());
    EXPECT_EQ(runner.session().state(), ConnectionState::Disconnected);
}

TEST(PipelineTimeouts, UntaggedDataDrippingSlowlyIsNoProgress)
{
    // A hostile server that answers a byte at a time (or streams untagged
    // junk) must not keep a command alive forever.
    SessionConfig config = ScenarioRunner::defaultConfig();
    config.commandTimeout = std::chrono::milliseconds(200);
    config.minProgressBytes = 1024;
    ScenarioRunner runner(config);
    ASSERT_EQ(runner.openPreauthenticated(""), "");
    NoopTask noop;
    runner.session().start(&noop);
    EXPECT_EQ(runner.play("C: A1 NOOP"), "");
    QElapsedTimer clock;
    clock.start();
    const QByteArray drip = "* OK still here\r\n";
    for (int i = 0; !noop.isFinished() && clock.elapsed() < 3000; ++i) {
        runner.transport().pushServerBytes(drip.mid(i % drip.size(), 1));
        QTest::qWait(10);
    }
    ASSERT_TRUE(noop.isFinished());
    EXPECT_EQ(noop.error()->kind, TaskErrorKind::Timeout);
    EXPECT_LT(clock.elapsed(), 2000);
}

TEST(PipelineTimeouts, AServerThatNeverGreetsTimesOut)
{
    SessionConfig config = ScenarioRunner::defaultConfig();
    config.commandTimeout = std::chrono::milliseconds(50);
    ScenarioRunner runner(config);
    QSignalSpy lost(&runner.session(), &Session::connectionLost);
    runner.session().open();
    ASSERT_TRUE(lost.wait(2000));
    EXPECT_EQ(lost.first().first().value<TaskError>().kind, TaskErrorKind::Timeout);
    EXPECT_EQ(runner.session().state(), ConnectionState::Disconnected);
}

TEST(PipelineTimeouts, ManyBytesAndTaggedRepliesAreProgress)
{
    SessionConfig config = ScenarioRunner::defaultConfig();
    config.commandTimeout = std::chrono::milliseconds(300);
    config.minProgressBytes = 64;
    ScenarioRunner runner(config);
    ASSERT_EQ(runner.openPreauthenticated(""), "");
    NoopTask first;
    NoopTask second;
    runner.session().start(&first);
    runner.session().start(&second);
    EXPECT_EQ(runner.play("C: A1 NOOP\nC: A2 NOOP"), "");
    // 64 bytes every 100 ms for longer than the timeout: a slow but honest link.
    for (int i = 0; i < 6; ++i) {
        QTest::qWait(100);
        runner.transport().pushServerBytes("* OK " + QByteArray(57, 'x') + "\r\n");
    }
    EXPECT_FALSE(first.isFinished());
    runner.transport().pushServerBytes("A1 OK done\r\n");
    QTest::qWait(200); // A2 gets a fresh period after A1 completed
    EXPECT_FALSE(second.isFinished());
    runner.transport().pushServerBytes("A2 OK done\r\n");
    EXPECT_TRUE(QTest::qWaitFor([&] { return second.isFinished(); }, 2000));
    EXPECT_EQ(second.outcome(), Outcome::Succeeded);
}

TEST(PipelineTimeouts, KeepAliveSendsNoopWhenQuiet)
{
    SessionConfig config = ScenarioRunner::defaultConfig();
    config.keepAliveInterval = std::chrono::milliseconds(20);
    ScenarioRunner runner(config);
    ASSERT_EQ(runner.openPreauthenticated(""), "");
    EXPECT_TRUE(QTest::qWaitFor([&] { return !runner.transport().allWritten().isEmpty(); }, 2000));
    EXPECT_EQ(runner.play("C: A1 NOOP\nS: * 4 RECENT\nS: A1 OK done"), "");
    EXPECT_EQ(runner.session().state(), ConnectionState::Authenticated);
}

} // namespace
} // namespace quire::test
