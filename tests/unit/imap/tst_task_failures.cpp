// Every task against a server that lets it down, as one table: a row per
// task (and per step, where a task sends several commands) times four
// failures, each arriving while the row's command is in flight:
//
//   No    the server answers the command with a tagged NO
//   Bad   ... with a tagged BAD
//   Bye   "* BYE" in the middle of the command, then the server closes
//   Drop  the connection drops without a word
//
// Each case asserts that the task finishes exactly once, with the typed
// error the failure calls for, and that a NOOP started behind it (on the
// wire with it when the pipeline allows, queued otherwise) finishes exactly
// once too: normally after a NO or BAD, with the same error after a BYE or
// a drop. Scripts are fully consumed: nothing is sent after the end.

#include "core/imap/session/CredentialProvider.h"
#include "core/imap/tasks/ConnectTask.h"
#include "core/imap/tasks/ConnectionTasks.h"
#include "core/imap/tasks/IdleTask.h"
#include "core/imap/tasks/MailboxTasks.h"
#include "core/imap/tasks/MessageTasks.h"
#include "core/imap/tasks/MoveTask.h"
#include "core/imap/tasks/OAuthAuthenticateTask.h"
#include "core/imap/tasks/SelectedTasks.h"
#include "core/imap/tasks/SortThreadTasks.h"
#include "tests/unit/imap/SessionScenario.h"

#include <functional>

using namespace quire::imap;

namespace quire::test {
namespace {

enum class Failure { No, Bad, Bye, Drop };

// NotAuthenticated: greeted with OK; Authenticated: PREAUTH; Selected:
// INBOX selected with A1 (messages 1..3 are UIDs 10, 20, 30).
enum class Setup { NotAuthenticated, Authenticated, Selected };

struct Expectation {
    Outcome outcome = Outcome::Failed;
    std::optional<TaskErrorKind> kind;
};

Expectation usual(Failure failure)
{
    switch (failure) {
    case Failure::No:
        return { Outcome::Failed, TaskErrorKind::No };
    case Failure::Bad:
        return { Outcome::Failed, TaskErrorKind::Bad };
    case Failure::Bye:
        return { Outcome::Failed, TaskErrorKind::ServerBye };
    case Failure::Drop:
        break;
    }
    return { Outcome::Failed, TaskErrorKind::ConnectionLost };
}

const Expectation kSucceeds { Outcome::Succeeded, std::nullopt };

struct FailureRow {
    const char *name;
    Setup setup;
    QByteArray capabilities;
    std::function<Task *()> make;
    QByteArray command; // the C: lines of the command that fails
    QByteArray tag; // its tag, or its owner's for DONE
    bool noopPipelines = false; // a NOOP may go out while it is in flight
    QByteArray prelude; // what the task does before, with the server's OKs
    bool endsSession = false; // LOGOUT: whatever its answer, the connection closes
    QList<std::pair<Failure, Expectation>> unusual; // where the task expects otherwise

    // For a command line without a tag of its own (DONE).
    FailureRow taggedAs(QByteArray owner) const
    {
        FailureRow row = *this;
        row.tag = std::move(owner);
        return row;
    }
    FailureRow after(QByteArray script) const
    {
        FailureRow row = *this;
        row.prelude = std::move(script);
        return row;
    }
    FailureRow expect(Failure failure, Expectation expectation) const
    {
        FailureRow row = *this;
        row.unusual.append({ failure, expectation });
        return row;
    }
    Expectation expected(Failure failure) const
    {
        for (const auto &[which, expectation] : unusual) {
            if (which == failure)
                return expectation;
        }
        return usual(failure);
    }
};

FailureRow row(const char *name, Setup setup, QByteArray capabilities, std::function<Task *()> make, QByteArray command,
    bool noopPipelines)
{
    const QByteArray tag = command.left(command.indexOf(' '));
    return { name, setup, std::move(capabilities), std::move(make), "C: " + command + '\n', tag, noopPipelines };
}

CredentialProvider *alice()
{
    static FixedCredentialProvider provider({ QStringLiteral("alice"), QStringLiteral("s3cret") });
    return &provider;
}

const QString kArchive = QStringLiteral("Archive");
constexpr auto NotAuthenticated = Setup::NotAuthenticated;
constexpr auto Authenticated = Setup::Authenticated;
constexpr auto Selected = Setup::Selected;
constexpr bool Pipelined = true;
constexpr bool Queued = false;

QList<FailureRow> connectionRows()
{
    return {
        row(
            "Capability", Authenticated, "", [] { return new CapabilityTask; }, "A1 CAPABILITY", Pipelined),
        row(
            "Noop", Authenticated, "", [] { return new NoopTask; }, "A1 NOOP", Pipelined),
        [] {
            // BYE is LOGOUT's normal answer, and the close that follows it (or
            // comes instead of the OK) is what LOGOUT asked for.
            FailureRow logout = row(
                "Logout", Authenticated, "", [] { return new LogoutTask; }, "A1 LOGOUT", Queued)
                                    .expect(Failure::Bye, kSucceeds)
                                    .expect(Failure::Drop, kSucceeds);
            logout.endsSession = true;
            return logout;
        }(),
        row(
            "Login", NotAuthenticated, "",
            [] { return new LoginTask(QStringLiteral("alice"), QStringLiteral("s3cret")); }, "A1 LOGIN alice s3cret",
            Queued),
        row(
            "AuthenticatePlain", NotAuthenticated, "AUTH=PLAIN SASL-IR",
            [] { return new AuthenticateTask(QStringLiteral("alice"), QStringLiteral("s3cret")); },
            "A1 AUTHENTICATE PLAIN AGFsaWNlAHMzY3JldA==", Queued),
        row(
            "OAuthBearer", NotAuthenticated, "AUTH=OAUTHBEARER SASL-IR",
            [] {
                return new OAuthAuthenticateTask(
                    OAuthMechanism::OAuthBearer, QStringLiteral("alice"), QStringLiteral("tok1"));
            },
            "A1 AUTHENTICATE OAUTHBEARER bixhPWFsaWNlLAFhdXRoPUJlYXJlciB0b2sxAQE=", Queued)
            // A NO is about the token: the caller refreshes it.
            .expect(Failure::No, { Outcome::Failed, TaskErrorKind::OAuthTokenRejected }),
        row(
            "StartTls", NotAuthenticated, "STARTTLS", [] { return new StartTlsTask; }, "A1 STARTTLS", Queued),
        row(
            "Compress", Authenticated, "COMPRESS=DEFLATE", [] { return new CompressTask; }, "A1 COMPRESS DEFLATE",
            Queued),
        row(
            "Enable", Authenticated, "ENABLE CONDSTORE",
            [] { return new EnableTask(QList<QByteArray> { "CONDSTORE" }); }, "A1 ENABLE CONDSTORE", Queued),
        row(
            "Notify", Authenticated, "NOTIFY", [] { return new NotifyTask(Notify {}); }, "A1 NOTIFY NONE", Queued),
        row(
            "Id", Authenticated, "ID",
            [] {
                return new IdTask(QList<IdField> { { QStringLiteral("name"), QStringLiteral("Quire") } });
            },
            R"(A1 ID ("name" "Quire"))", Pipelined),
        row(
            "Namespace", Authenticated, "NAMESPACE", [] { return new NamespaceTask; }, "A1 NAMESPACE", Pipelined),
        row(
            "ConnectAtLogin", NotAuthenticated, "AUTH=PLAIN SASL-IR",
            [] {
                ConnectOptions options;
                options.sendId = false;
                return new ConnectTask(options, alice());
            },
            "A1 AUTHENTICATE PLAIN AGFsaWNlAHMzY3JldA==", Queued),
    };
}

QList<FailureRow> mailboxRows()
{
    return {
        row(
            "Create", Authenticated, "", [] { return new CreateTask(kArchive); }, "A1 CREATE Archive", Pipelined),
        row(
            "Delete", Authenticated, "", [] { return new DeleteTask(kArchive); }, "A1 DELETE Archive", Pipelined),
        row(
            "Rename", Authenticated, "", [] { return new RenameTask(kArchive, QStringLiteral("Old")); },
            "A1 RENAME Archive Old", Pipelined),
        row(
            "Subscribe", Authenticated, "", [] { return new SubscribeTask(kArchive); }, "A1 SUBSCRIBE Archive",
            Pipelined),
        row(
            "Unsubscribe", Authenticated, "", [] { return new UnsubscribeTask(kArchive); }, "A1 UNSUBSCRIBE Archive",
            Pipelined),
        row(
            "List", Authenticated, "", [] { return new ListTask; }, R"(A1 LIST "" *)", Pipelined),
        row(
            "Lsub", Authenticated, "", [] { return new LsubTask; }, R"(A1 LSUB "" *)", Pipelined),
        row(
            "Status", Authenticated, "",
            [] { return new StatusTask(kArchive, QList<StatusItem> { StatusItem::Messages }); },
            "A1 STATUS Archive (MESSAGES)", Pipelined),
        row(
            "AppendLiteralPlus", Authenticated, "LITERAL+",
            [] {
                return new AppendTask(Append { kArchive, {}, std::nullopt, "Hi" });
            },
            "A1 APPEND Archive {2+}\nC: Hi", Pipelined),
        // A NO or BAD instead of the "+" the literal waits for.
        row(
            "AppendSynchronising", Authenticated, "",
            [] {
                return new AppendTask(Append { kArchive, {}, std::nullopt, "Hi" });
            },
            "A1 APPEND Archive {2}", Queued)
            .expect(Failure::No, { Outcome::Failed, TaskErrorKind::ContinuationRefused })
            .expect(Failure::Bad, { Outcome::Failed, TaskErrorKind::ContinuationRefused }),
    };
}

QList<FailureRow> selectedRows()
{
    const auto unselect = [] { return new UnselectTask; };
    return {
        row(
            "Select", Authenticated, "", [] { return new SelectTask(Select { kArchive }); }, "A1 SELECT Archive",
            Queued),
        row(
            "Examine", Authenticated, "",
            [] {
                return new SelectTask(Select { kArchive, true });
            },
            "A1 EXAMINE Archive", Queued),
        row(
            "Check", Selected, "", [] { return new CheckTask; }, "A2 CHECK", Pipelined),
        row(
            "Close", Selected, "", [] { return new CloseTask; }, "A2 CLOSE", Queued),
        row("Unselect", Selected, "UNSELECT", unselect, "A2 UNSELECT", Queued),
        // A failed EXAMINE has left the mailbox too (RFC 3501 6.3.2).
        row("UnselectFallbackExamine", Selected, "", unselect, "A2 EXAMINE INBOX", Queued)
            .expect(Failure::No, kSucceeds)
            .expect(Failure::Bad, kSucceeds),
        row("UnselectFallbackClose", Selected, "", unselect, "A3 CLOSE", Queued)
            .after("C: A2 EXAMINE INBOX\nS: A2 OK [READ-ONLY] examined"),
        row(
            "Expunge", Selected, "", [] { return new ExpungeTask; }, "A2 EXPUNGE", Pipelined),
        row(
            "UidExpunge", Selected, "UIDPLUS", [] { return new ExpungeTask(UidSet::single(10)); }, "A2 UID EXPUNGE 10",
            Pipelined),
    };
}

QList<FailureRow> messageRows()
{
    const auto fallbackMove = [] { return new MoveTask(UidSet::single(10), kArchive); };
    const QList<QByteArray> seen { "\\Seen" };
    return {
        row(
            "UidSearch", Selected, "", [] { return new SearchTask({ SearchKey::flagged() }); }, "A2 UID SEARCH FLAGGED",
            Pipelined),
        row(
            "SequenceSearch", Selected, "",
            [] { return new SearchTask({ SearchKey::flagged() }, SearchBy::SequenceNumber); }, "A2 SEARCH FLAGGED",
            Queued),
        row(
            "UidFetch", Selected, "",
            [] {
                return new FetchTask(Fetch { UidSet::single(10), { FetchItem::flags() } });
            },
            "A2 UID FETCH 10 FLAGS", Pipelined),
        row(
            "SequenceFetch", Selected, "",
            [] {
                return new FetchTask(Fetch { SequenceSet::single(1), { FetchItem::flags() } });
            },
            "A2 FETCH 1 FLAGS", Queued),
        row(
            "UidStore", Selected, "", [seen] { return new StoreTask(UidSet::single(10), StoreMode::Add, seen); },
            R"(A2 UID STORE 10 +FLAGS (\Seen))", Pipelined),
        row(
            "SequenceStore", Selected, "",
            [seen] { return new StoreTask(SequenceSet::single(1), StoreMode::Add, seen); },
            R"(A2 STORE 1 +FLAGS (\Seen))", Queued),
        row(
            "UidCopy", Selected, "", [] { return new CopyTask(UidSet::single(10), kArchive); },
            "A2 UID COPY 10 Archive", Pipelined),
        row(
            "SequenceCopy", Selected, "", [] { return new CopyTask(SequenceSet::single(1), kArchive); },
            "A2 COPY 1 Archive", Queued),
        row(
            "Move", Selected, "MOVE", [] { return new MoveTask(UidSet::single(10), kArchive); },
            "A2 UID MOVE 10 Archive", Pipelined),
        row(
            "SequenceMove", Selected, "MOVE", [] { return new MoveTask(SequenceSet::single(1), kArchive); },
            "A2 MOVE 1 Archive", Queued),
        row(
            "SequenceMoveLearnsUids", Selected, "UIDPLUS",
            [] { return new MoveTask(SequenceSet::single(1), kArchive); }, "A2 FETCH 1 UID", Queued),
        row("MoveFallbackCopy", Selected, "UIDPLUS", fallbackMove, "A2 UID COPY 10 Archive", Pipelined),
        row("MoveFallbackStore", Selected, "UIDPLUS", fallbackMove, R"(A3 UID STORE 10 +FLAGS.SILENT (\Deleted))",
            Pipelined)
            .after("C: A2 UID COPY 10 Archive\nS: A2 OK [COPYUID 9 10 100] copied"),
        row("MoveFallbackExpunge", Selected, "UIDPLUS", fallbackMove, "A4 UID EXPUNGE 10", Pipelined).after(R"(
                C: A2 UID COPY 10 Archive
                S: A2 OK [COPYUID 9 10 100] copied
                C: A3 UID STORE 10 +FLAGS.SILENT (\Deleted)
                S: A3 OK stored)"),
        row(
            "Sort", Selected, "SORT",
            [] {
                return new SortTask(QList<SortCriterion> { { SortCriterion::Key::Date, false } });
            },
            "A2 UID SORT (DATE) US-ASCII ALL", Pipelined),
        row(
            "Thread", Selected, "THREAD=REFERENCES", [] { return new ThreadTask(Thread::Algorithm::References); },
            "A2 UID THREAD REFERENCES US-ASCII ALL", Pipelined),
        row(
            "IdleBeforeContinuation", Selected, "IDLE", [] { return new IdleTask; }, "A2 IDLE", Queued),
        // The NOOP behind it makes the session end IDLE with DONE.
        row(
            "IdleWhileIdling", Selected, "IDLE", [] { return new IdleTask; }, "DONE", Queued)
            .taggedAs("A2")
            .after("C: A2 IDLE\nS: + idling"),
    };
}

QList<FailureRow> allRows()
{
    QList<FailureRow> rows = connectionRows();
    rows += mailboxRows();
    rows += selectedRows();
    rows += messageRows();
    return rows;
}

QByteArray tagAfter(const QByteArray &tag)
{
    return "A" + QByteArray::number(tag.mid(1).toUInt() + 1);
}

class TaskFailure : public SessionScenario, public ::testing::WithParamInterface<std::tuple<FailureRow, Failure>>
{
protected:
    std::string setUp(const FailureRow &row)
    {
        switch (row.setup) {
        case Setup::NotAuthenticated:
            runner.session().open();
            return runner.play("S: * OK [CAPABILITY IMAP4rev1 " + row.capabilities + "] ready");
        case Setup::Authenticated:
            return runner.openPreauthenticated(row.capabilities);
        case Setup::Selected:
            break;
        }
        return runner.openWithInbox(row.capabilities, 3);
    }

    Task *track(Task *task)
    {
        task->setParent(&owner);
        QObject::connect(task, &Task::finished, [this](Task *finished) { ++finishCounts[finished]; });
        runner.session().start(task);
        return task;
    }

    // The command, the failure, and the NOOP's exchange where it has one.
    static QByteArray failingScript(const FailureRow &row, Failure failure)
    {
        const QByteArray noop = tagAfter(row.tag) + " NOOP";
        QByteArray script = row.command;
        if (row.noopPipelines)
            script += "C: " + noop + '\n';
        switch (failure) {
        case Failure::No:
        case Failure::Bad:
            script += "S: " + row.tag + (failure == Failure::No ? " NO" : " BAD") + " refused\n";
            if (row.endsSession)
                return script;
            if (!row.noopPipelines)
                script += "C: " + noop + '\n';
            return script + "S: " + tagAfter(row.tag) + " OK done\n";
        case Failure::Bye:
            return script + "S: * BYE going away\nS! DROP\n";
        case Failure::Drop:
            break;
        }
        return script + "S! DROP\n";
    }

    void expectFinished(Task *task, Expectation expected, const char *what)
    {
        SCOPED_TRACE(what);
        EXPECT_EQ(finishCount(task), 1);
        EXPECT_EQ(task->outcome(), expected.outcome);
        if (expected.kind) {
            ASSERT_TRUE(task->error().has_value());
            EXPECT_EQ(task->error()->kind, *expected.kind);
            if (*expected.kind == TaskErrorKind::ServerBye) {
                EXPECT_EQ(task->error()->serverText, "going away");
            }
            if (*expected.kind == TaskErrorKind::No || *expected.kind == TaskErrorKind::Bad) {
                EXPECT_EQ(task->error()->serverText, "refused");
            }
        }
    }
};

TEST_P(TaskFailure, FinishesOnceWithTypedErrorAndSoDoesTheTaskBehind)
{
    const auto &[row, failure] = GetParam();
    ASSERT_EQ(setUp(row), "");
    Task *task = track(row.make());
    ASSERT_EQ(runner.play(row.prelude), "");
    ASSERT_FALSE(task->isFinished());
    Task *noop = track(new NoopTask);
    EXPECT_EQ(runner.play(failingScript(row, failure)), "");
    expectFinished(task, row.expected(failure), "the task");
    Expectation behind = failure == Failure::No || failure == Failure::Bad ? kSucceeds : usual(failure);
    if (row.endsSession)
        behind = usual(Failure::Drop);
    expectFinished(noop, behind, "the NOOP behind it");
    EXPECT_EQ(runner.finish(), "");
}

std::string caseName(const ::testing::TestParamInfo<std::tuple<FailureRow, Failure>> &info)
{
    static const char *const failures[] = { "No", "Bad", "Bye", "Drop" };
    return std::string(std::get<0>(info.param).name) + "_" + failures[int(std::get<1>(info.param))];
}

INSTANTIATE_TEST_SUITE_P(EveryTask, TaskFailure,
    ::testing::Combine(::testing::ValuesIn(allRows().toVector()),
        ::testing::Values(Failure::No, Failure::Bad, Failure::Bye, Failure::Drop)),
    caseName);

} // namespace
} // namespace quire::test
