// Scenarios for UID SORT and UID THREAD (RFC 5256): the charset rule, the
// capability checks, results in the server's order, and every ending: OK,
// NO, BAD, BYE in the middle of the command and a dropped connection.

#include "core/imap/tasks/SortThreadTasks.h"
#include "tests/unit/imap/SessionScenario.h"

using namespace quire::imap;

namespace quire::test {
namespace {

using SortThreadScenario = SessionScenario;

const QList<SortCriterion> kNewestFirst { { SortCriterion::Key::Date, true } };

TEST_F(SortThreadScenario, SortReturnsUidsInServerOrder)
{
    ASSERT_EQ(runner.openWithInbox("SORT", 3), "");
    auto *sort = start<SortTask>(kNewestFirst);
    EXPECT_EQ(runner.play(R"(
        C: A2 UID SORT (REVERSE DATE) US-ASCII ALL
        S: * SORT 30 10 20
        S: A2 OK sorted
    )"),
        "");
    EXPECT_EQ(sort->outcome(), Outcome::Succeeded);
    EXPECT_EQ(sort->uids(), (QList<quint32> { 30, 10, 20 }));
    EXPECT_FALSE(sort->usedAsciiFallback());
    EXPECT_EQ(finishCount(sort), 1);
    EXPECT_EQ(runner.finish(), "");
}

TEST_F(SortThreadScenario, SortWithKeysAndModSeq)
{
    ASSERT_EQ(runner.openWithInbox("SORT CONDSTORE", 3), "");
    auto *sort = start<SortTask>(
        QList<SortCriterion> { { SortCriterion::Key::Subject, false }, { SortCriterion::Key::Size, true } },
        QList<SearchKey> { SearchKey::unseen(), SearchKey::modSeq(5) });
    EXPECT_EQ(runner.play(R"(
        C: A2 UID SORT (SUBJECT REVERSE SIZE) US-ASCII UNSEEN MODSEQ 5
        S: * SORT 20 10 (MODSEQ 9)
        S: A2 OK sorted
    )"),
        "");
    EXPECT_EQ(sort->uids(), (QList<quint32> { 20, 10 }));
    EXPECT_EQ(sort->modSeq(), 9u);
}

TEST_F(SortThreadScenario, SortNonAsciiUsesUtf8AndFallsBackOnBadCharset)
{
    ASSERT_EQ(runner.openWithInbox("SORT", 2), "");
    auto *sort = start<SortTask>(kNewestFirst, QList<SearchKey> { SearchKey::subject(QStringLiteral("Привет")) });
    EXPECT_EQ(runner.play(R"(
        C: A2 UID SORT (REVERSE DATE) UTF-8 SUBJECT {12}
        S: + go
        C: Привет
        S: * SORT 20
        S: A2 NO [BADCHARSET (US-ASCII)] no utf-8 here
        C: A3 UID SORT (REVERSE DATE) US-ASCII SUBJECT {12}
        S: + go
        C: Привет
        S: * SORT 10
        S: A3 OK sorted
    )"),
        "");
    EXPECT_EQ(sort->outcome(), Outcome::Succeeded);
    EXPECT_TRUE(sort->usedAsciiFallback());
    // What the failed attempt sent is not part of the result.
    EXPECT_EQ(sort->uids(), QList<quint32> { 10 });
    EXPECT_EQ(finishCount(sort), 1);
}

TEST_F(SortThreadScenario, SortNeedsTheExtension)
{
    ASSERT_EQ(runner.openWithInbox("", 1), "");
    auto *plain = start<SortTask>(kNewestFirst);
    EXPECT_EQ(errorKind(plain), TaskErrorKind::CapabilityMissing);
    EXPECT_EQ(plain->error()->serverText, "SORT");
    EXPECT_EQ(runner.finish(), "");
}

TEST_F(SortThreadScenario, DisplayFromNeedsSortDisplay)
{
    ASSERT_EQ(runner.openWithInbox("SORT", 1), "");
    auto *display = start<SortTask>(QList<SortCriterion> { { SortCriterion::Key::DisplayFrom, false } });
    EXPECT_EQ(errorKind(display), TaskErrorKind::CapabilityMissing);
    EXPECT_EQ(display->error()->serverText, "SORT=DISPLAY");
    EXPECT_EQ(runner.finish(), "");
}

TEST_F(SortThreadScenario, DisplayFromWithSortDisplay)
{
    ASSERT_EQ(runner.openWithInbox("SORT SORT=DISPLAY", 2), "");
    auto *display = start<SortTask>(QList<SortCriterion> { { SortCriterion::Key::DisplayFrom, false } });
    EXPECT_EQ(runner.play("C: A2 UID SORT (DISPLAYFROM) US-ASCII ALL\nS: * SORT 20 10\nS: A2 OK sorted"), "");
    EXPECT_EQ(display->uids(), (QList<quint32> { 20, 10 }));
}

TEST_F(SortThreadScenario, ThreadReferencesGivesChainsAndBranchesOfUids)
{
    ASSERT_EQ(runner.openWithInbox("THREAD=REFERENCES THREAD=ORDEREDSUBJECT", 6), "");
    auto *thread = start<ThreadTask>(Thread::Algorithm::References);
    EXPECT_EQ(runner.play(R"(
        C: A2 UID THREAD REFERENCES US-ASCII ALL
        S: * THREAD (10 20 (30)(40 50))(60)
        S: A2 OK threaded
    )"),
        "");
    EXPECT_EQ(thread->outcome(), Outcome::Succeeded);
    const std::vector<ThreadNode> expected {
        ThreadNode { { 10, 20 }, { ThreadNode { { 30 }, {} }, ThreadNode { { 40, 50 }, {} } } },
        ThreadNode { { 60 }, {} },
    };
    EXPECT_EQ(thread->threads(), expected);
    EXPECT_EQ(finishCount(thread), 1);
    EXPECT_EQ(runner.finish(), "");
}

TEST_F(SortThreadScenario, ThreadWithKeysAndOtherAlgorithm)
{
    ASSERT_EQ(runner.openWithInbox("THREAD=ORDEREDSUBJECT", 2), "");
    auto *thread = start<ThreadTask>(Thread::Algorithm::OrderedSubject, QList<SearchKey> { SearchKey::undeleted() });
    EXPECT_EQ(runner.play(R"(
        C: A2 UID THREAD ORDEREDSUBJECT US-ASCII UNDELETED
        S: * THREAD
        S: A2 OK threaded
    )"),
        "");
    EXPECT_EQ(thread->outcome(), Outcome::Succeeded);
    EXPECT_TRUE(thread->threads().empty());
}

TEST_F(SortThreadScenario, ThreadNeedsItsAlgorithm)
{
    ASSERT_EQ(runner.openWithInbox("THREAD=ORDEREDSUBJECT", 1), "");
    auto *thread = start<ThreadTask>(Thread::Algorithm::References);
    EXPECT_EQ(errorKind(thread), TaskErrorKind::CapabilityMissing);
    EXPECT_EQ(thread->error()->serverText, "THREAD=REFERENCES");
    EXPECT_EQ(runner.finish(), "");
}

TEST_F(SortThreadScenario, ThreadNonAsciiFallsBackOnBadCharset)
{
    ASSERT_EQ(runner.openWithInbox("THREAD=REFS", 1), "");
    auto *thread
        = start<ThreadTask>(Thread::Algorithm::Refs, QList<SearchKey> { SearchKey::from(QStringLiteral("Jürgen")) });
    EXPECT_EQ(runner.play(R"(
        C: A2 UID THREAD REFS UTF-8 FROM {7}
        S: + go
        C: Jürgen
        S: A2 NO [BADCHARSET] no
        C: A3 UID THREAD REFS US-ASCII FROM {7}
        S: + go
        C: Jürgen
        S: * THREAD (10)
        S: A3 OK threaded
    )"),
        "");
    EXPECT_TRUE(thread->usedAsciiFallback());
    EXPECT_EQ(thread->threads(), (std::vector<ThreadNode> { ThreadNode { { 10 }, {} } }));
}

TEST_F(SortThreadScenario, UntaggedExpungeDuringThreadUpdatesStateFirst)
{
    ASSERT_EQ(runner.openWithInbox("THREAD=REFERENCES", 3), "");
    auto *thread = start<ThreadTask>(Thread::Algorithm::References);
    EXPECT_EQ(runner.play(R"(
        C: A2 UID THREAD REFERENCES US-ASCII ALL
        S: * 2 EXPUNGE
        S: * 3 EXISTS
        S: * 3 FETCH (UID 40 FLAGS (\Seen))
        S: * THREAD (10 30)(40)
        S: A2 OK threaded
    )"),
        "");
    EXPECT_EQ(thread->outcome(), Outcome::Succeeded);
    EXPECT_EQ(runner.session().mailbox()->uidAt(2), 30u);
    EXPECT_EQ(runner.session().mailbox()->uidAt(3), 40u);
    EXPECT_EQ(thread->threads().size(), 2u);
}

// The endings every task must survive, for both commands.
struct Ending {
    const char *name;
    const char *serverLines;
    TaskErrorKind kind;
};

const Ending kEndings[] = {
    { "no", "S: A2 NO [CANNOT] no such thing", TaskErrorKind::No },
    { "bad", "S: A2 BAD [PARSE] what", TaskErrorKind::Bad },
    { "bye", "S: * SORT 10\nS: * THREAD (10)\nS: * BYE shutting down", TaskErrorKind::ServerBye },
    { "drop", "S: * SORT 10\nS: * THREAD (10)\nS! DROP", TaskErrorKind::ConnectionLost },
};

TEST_F(SortThreadScenario, EveryEndingFailsTypedAndOnce)
{
    for (const Ending &ending : kEndings) {
        for (bool threading : { false, true }) {
            SCOPED_TRACE(std::string(ending.name) + (threading ? " thread" : " sort"));
            ScenarioRunner fresh;
            ASSERT_EQ(fresh.openWithInbox("SORT THREAD=REFERENCES", 1), "");
            Task *task = threading ? static_cast<Task *>(new ThreadTask(Thread::Algorithm::References))
                                   : static_cast<Task *>(new SortTask(kNewestFirst));
            task->setParent(&owner);
            int finished = 0;
            QObject::connect(task, &Task::finished, [&finished] { ++finished; });
            fresh.session().start(task);
            const QByteArray command = threading ? "C: A2 UID THREAD REFERENCES US-ASCII ALL\n"
                                                 : "C: A2 UID SORT (REVERSE DATE) US-ASCII ALL\n";
            EXPECT_EQ(fresh.play(command + ending.serverLines), "");
            EXPECT_EQ(task->outcome(), Outcome::Failed);
            EXPECT_EQ(errorKind(task), ending.kind);
            EXPECT_EQ(finished, 1);
            EXPECT_EQ(fresh.finish(), "");
        }
    }
}

} // namespace
} // namespace quire::test
