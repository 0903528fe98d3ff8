// One scenario (at least) per task that works on mailboxes or the
// connection: CAPABILITY, NOOP, CREATE, DELETE, RENAME, (UN)SUBSCRIBE, LIST,
// LSUB, STATUS, APPEND, SELECT/EXAMINE, CHECK, CLOSE, UNSELECT, ENABLE, ID,
// NAMESPACE, COMPRESS refusal, NOTIFY.

#include "core/imap/tasks/ConnectionTasks.h"
#include "core/imap/tasks/MailboxTasks.h"
#include "core/imap/tasks/SelectedTasks.h"
#include "tests/unit/imap/SessionScenario.h"

using namespace quire::imap;

namespace quire::test {
namespace {

using MailboxTaskScenario = SessionScenario;

TEST_F(MailboxTaskScenario, CapabilityAndNoop)
{
    ASSERT_EQ(runner.openPreauthenticated(""), "");
    auto *capability = start<CapabilityTask>();
    auto *noop = start<NoopTask>();
    EXPECT_EQ(runner.play(R"(
        C: A1 CAPABILITY
        C: A2 NOOP
        S: * CAPABILITY IMAP4rev1 MOVE
        S: A1 OK done
        S: A2 OK done
    )"),
        "");
    EXPECT_EQ(capability->advertised(), (QList<QByteArray> { "IMAP4rev1", "MOVE" }));
    EXPECT_TRUE(runner.session().hasCapability("MOVE"));
    EXPECT_EQ(noop->outcome(), Outcome::Succeeded);
}

TEST_F(MailboxTaskScenario, CreateDeleteRenameSubscribeUnsubscribe)
{
    ASSERT_EQ(runner.openPreauthenticated(""), "");
    auto *create = start<CreateTask>(QStringLiteral("Entwürfe"));
    auto *rename = start<RenameTask>(QStringLiteral("Entwürfe"), QStringLiteral("Drafts"));
    auto *subscribe = start<SubscribeTask>(QStringLiteral("Drafts"));
    auto *unsubscribe = start<UnsubscribeTask>(QStringLiteral("Drafts"));
    auto *remove = start<DeleteTask>(QStringLiteral("Drafts"));
    EXPECT_EQ(runner.play(R"(
        C: A1 CREATE Entw&APw-rfe
        C: A2 RENAME Entw&APw-rfe Drafts
        C: A3 SUBSCRIBE Drafts
        C: A4 UNSUBSCRIBE Drafts
        C: A5 DELETE Drafts
        S: A1 OK done
        S: A2 OK done
        S: A3 OK done
        S: A4 NO [NONEXISTENT] not subscribed
        S: A5 OK done
    )"),
        "");
    for (Task *task : std::initializer_list<Task *> { create, rename, subscribe, remove })
        EXPECT_EQ(task->outcome(), Outcome::Succeeded);
    EXPECT_EQ(errorKind(unsubscribe), TaskErrorKind::No);
    EXPECT_EQ(runner.finish(), "");
}

TEST_F(MailboxTaskScenario, ListAndLsubDecodeNames)
{
    ASSERT_EQ(runner.openPreauthenticated(""), "");
    auto *list = start<ListTask>();
    auto *lsub = start<LsubTask>();
    EXPECT_EQ(runner.play(R"(
        C: A1 LIST "" *
        C: A2 LSUB "" *
        S: * LIST (\HasNoChildren) "/" "Entw&APw-rfe"
        S: * LIST (\Noselect) NIL Shared
        S: A1 OK done
        S: * LSUB () "/" INBOX
        S: A2 OK done
    )"),
        "");
    ASSERT_EQ(list->mailboxes().size(), 2);
    EXPECT_EQ(list->mailboxes()[0].name, QStringLiteral("Entwürfe"));
    EXPECT_EQ(list->mailboxes()[0].rawName, "Entw&APw-rfe");
    EXPECT_EQ(list->mailboxes()[0].delimiter, '/');
    EXPECT_FALSE(list->mailboxes()[1].delimiter.has_value());
    ASSERT_EQ(lsub->mailboxes().size(), 1);
    EXPECT_EQ(lsub->mailboxes()[0].name, QStringLiteral("INBOX"));
}

TEST_F(MailboxTaskScenario, ListDecodesUtf8WhenEnabled)
{
    ASSERT_EQ(runner.openPreauthenticated("ENABLE UTF8=ACCEPT"), "");
    auto *enable = start<EnableTask>(QList<QByteArray> { "UTF8=ACCEPT" });
    auto *list = start<ListTask>();
    EXPECT_EQ(runner.play(R"(
        C: A1 ENABLE UTF8=ACCEPT
        S: * ENABLED UTF8=ACCEPT
        S: A1 OK done
        C: A2 LIST "" *
        S: * LIST () "/" "Черновики"
        S: A2 OK done
    )"),
        "");
    EXPECT_EQ(enable->enabled(), QList<QByteArray> { "UTF8=ACCEPT" });
    ASSERT_EQ(list->mailboxes().size(), 1);
    EXPECT_EQ(list->mailboxes()[0].name, QStringLiteral("Черновики"));
}

TEST_F(MailboxTaskScenario, Status)
{
    ASSERT_EQ(runner.openPreauthenticated(""), "");
    auto *status
        = start<StatusTask>(QStringLiteral("Archive"), QList<StatusItem> { StatusItem::Messages, StatusItem::UidNext });
    EXPECT_EQ(runner.play(R"(
        C: A1 STATUS Archive (MESSAGES UIDNEXT)
        S: * STATUS Archive (MESSAGES 12 UIDNEXT 40)
        S: A1 OK done
    )"),
        "");
    EXPECT_EQ(status->status().messages, 12u);
    EXPECT_EQ(status->status().uidNext, 40u);
}

TEST_F(MailboxTaskScenario, AppendWithLiteralPlusAndTryCreate)
{
    ASSERT_EQ(runner.openPreauthenticated("LITERAL+"), "");
    auto *append = start<AppendTask>(Append { QStringLiteral("Nowhere"), { "\\Seen" }, std::nullopt, "x" });
    EXPECT_EQ(runner.play(R"(
        C: A1 APPEND Nowhere (\Seen) {1+}
        C: x
        S: A1 NO [TRYCREATE] no such mailbox
    )"),
        "");
    EXPECT_EQ(append->error()->code->kind, ResponseCode::Kind::TryCreate);
}

TEST_F(MailboxTaskScenario, SelectWithQresyncCollectsVanishedEarlier)
{
    ASSERT_EQ(runner.openPreauthenticated("QRESYNC"), "");
    Select command { QStringLiteral("INBOX") };
    command.qresync = QresyncParameters { 7, 100 };
    auto *select = start<SelectTask>(command);
    EXPECT_EQ(runner.play(R"(
        C: A1 SELECT INBOX (QRESYNC (7 100))
        S: * 2 EXISTS
        S: * OK [UIDVALIDITY 7] ok
        S: * OK [HIGHESTMODSEQ 120] ok
        S: * FLAGS (\Seen \Deleted)
        S: * OK [PERMANENTFLAGS (\Seen \Deleted \*)] ok
        S: * VANISHED (EARLIER) 3:5
        S: * 2 FETCH (UID 8 FLAGS (\Seen) MODSEQ (110))
        S: * 2 FETCH (MODSEQ (111))
        S: * 2 FETCH (FLAGS (\Seen \Flagged) MODSEQ (112))
        S: A1 OK [READ-WRITE] done
    )"),
        "");
    EXPECT_EQ(select->vanishedEarlier(), UidSet::fromRanges({ { 3, 5 } }));
    // A FETCH without UID is placed by its sequence number; the last one wins.
    const QHash<quint32, MessageFlagState> expectedFlags { { 8, { { "\\Seen", "\\Flagged" }, 112 } } };
    EXPECT_EQ(select->changedFlags(), expectedFlags);
    const MailboxSnapshot &box = select->mailbox();
    EXPECT_EQ(box.exists, 2u);
    EXPECT_EQ(box.highestModSeq, 120u);
    EXPECT_EQ(box.uids, (std::vector<quint32> { 0, 8 }));
    EXPECT_FALSE(box.readOnly);
    EXPECT_EQ(box.permanentFlags.size(), 3);
    EXPECT_TRUE(box.permanentFlagsSent);
    EXPECT_EQ(runner.session().state(), ConnectionState::Selected);
}

TEST_F(MailboxTaskScenario, ExamineIsReadOnlyAndFailedSelectLeavesNothingSelected)
{
    ASSERT_EQ(runner.openWithInbox("", 1), "");
    auto *examine = start<SelectTask>(Select { QStringLiteral("Archive"), true });
    EXPECT_EQ(runner.play("C: A2 EXAMINE Archive\nS: A2 OK [READ-ONLY] done"), "");
    EXPECT_TRUE(examine->mailbox().readOnly);
    EXPECT_FALSE(examine->mailbox().permanentFlagsSent);
    auto *missing = start<SelectTask>(Select { QStringLiteral("Missing") });
    EXPECT_EQ(runner.play("C: A3 SELECT Missing\nS: A3 NO no such mailbox"), "");
    EXPECT_EQ(errorKind(missing), TaskErrorKind::No);
    EXPECT_EQ(runner.session().mailbox(), nullptr);
    EXPECT_EQ(runner.session().state(), ConnectionState::Authenticated);
}

TEST_F(MailboxTaskScenario, CheckAndClose)
{
    ASSERT_EQ(runner.openWithInbox("", 1), "");
    auto *check = start<CheckTask>();
    auto *close = start<CloseTask>();
    EXPECT_EQ(runner.play("C: A2 CHECK\nS: A2 OK done\nC: A3 CLOSE\nS: A3 OK done"), "");
    EXPECT_EQ(check->outcome(), Outcome::Succeeded);
    EXPECT_EQ(close->outcome(), Outcome::Succeeded);
    EXPECT_EQ(runner.session().mailbox(), nullptr);
    EXPECT_EQ(runner.session().state(), ConnectionState::Authenticated);
}

TEST_F(MailboxTaskScenario, UnselectWhenOffered)
{
    ASSERT_EQ(runner.openWithInbox("UNSELECT", 1), "");
    auto *unselect = start<UnselectTask>();
    EXPECT_EQ(runner.play("C: A2 UNSELECT\nS: A2 OK done"), "");
    EXPECT_EQ(unselect->outcome(), Outcome::Succeeded);
    EXPECT_EQ(runner.session().state(), ConnectionState::Authenticated);
}

TEST_F(MailboxTaskScenario, UnselectFallbackExaminesThenClosesSoNothingIsExpunged)
{
    ASSERT_EQ(runner.openWithInbox("", 1), "");
    auto *unselect = start<UnselectTask>();
    EXPECT_EQ(runner.play(R"(
        C: A2 EXAMINE INBOX
        S: * 1 EXISTS
        S: A2 OK [READ-ONLY] done
        C: A3 CLOSE
        S: A3 OK done
    )"),
        "");
    EXPECT_EQ(unselect->outcome(), Outcome::Succeeded);
    EXPECT_EQ(runner.session().mailbox(), nullptr);
    EXPECT_EQ(runner.finish(), "");
}

TEST_F(MailboxTaskScenario, IdAndNamespace)
{
    ASSERT_EQ(runner.openPreauthenticated("ID NAMESPACE"), "");
    auto *id = start<IdTask>(QList<IdField> { { QStringLiteral("name"), QStringLiteral("Quire") } });
    auto *namespaces = start<NamespaceTask>();
    EXPECT_EQ(runner.play(R"(
        C: A1 ID ("name" "Quire")
        C: A2 NAMESPACE
        S: * ID ("name" "Cyrus")
        S: A1 OK done
        S: * NAMESPACE (("" "/")) NIL (("Shared/" "/"))
        S: A2 OK done
    )"),
        "");
    ASSERT_EQ(id->serverId().fields.size(), 1);
    EXPECT_EQ(id->serverId().fields[0].second, "Cyrus");
    EXPECT_EQ(namespaces->namespaces().personal.size(), 1);
    EXPECT_EQ(namespaces->namespaces().shared.front().prefix, "Shared/");
}

TEST_F(MailboxTaskScenario, ExtensionsNotOfferedAreRefusedClientSide)
{
    ASSERT_EQ(runner.openPreauthenticated(""), "");
    auto *compress = start<CompressTask>();
    auto *enable = start<EnableTask>(QList<QByteArray> { "CONDSTORE" });
    auto *tls = start<StartTlsTask>();
    auto *notify = start<NotifyTask>(Notify {});
    EXPECT_EQ(errorKind(notify), TaskErrorKind::CapabilityMissing);
    EXPECT_EQ(errorKind(compress), TaskErrorKind::CapabilityMissing);
    EXPECT_EQ(errorKind(enable), TaskErrorKind::CapabilityMissing);
    EXPECT_EQ(errorKind(tls), TaskErrorKind::StartTlsUnavailable);
    EXPECT_EQ(runner.finish(), "");
}

// NOTIFY's answers: STATUS for other mailboxes come unasked, also while
// the NOTIFY runs (with STATUS); BADEVENT names what the server cannot do;
// NOTIFICATIONOVERFLOW is announced however it arrives.
TEST_F(MailboxTaskScenario, NotifySetBadEventAndOverflow)
{
    ASSERT_EQ(runner.openPreauthenticated("NOTIFY"), "");
    QList<Response> unsolicited;
    QObject::connect(&runner.session(), &Session::unsolicitedResponse,
        [&](const Response &response) { unsolicited.append(response); });
    int overflows = 0;
    QObject::connect(&runner.session(), &Session::notificationOverflow, [&] { ++overflows; });
    const NotifyGroup personal { { NotifyMailboxes::Kind::Personal, {} },
        { NotifyEvent::MessageNew, NotifyEvent::MessageExpunge, NotifyEvent::FlagChange }, {} };
    auto *set = start<NotifyTask>(Notify { true, { personal } });
    EXPECT_EQ(runner.play(R"(
        C: A1 NOTIFY SET STATUS (PERSONAL (MessageNew MessageExpunge FlagChange))
        S: * STATUS Sent (MESSAGES 3 UNSEEN 1)
        S: A1 OK NOTIFY completed
        S: * STATUS Sent (MESSAGES 4 UIDNEXT 9 UNSEEN 2)
    )"),
        "");
    EXPECT_EQ(set->outcome(), Outcome::Succeeded);
    EXPECT_TRUE(set->badEvents().isEmpty());
    ASSERT_EQ(unsolicited.size(), 2);
    const auto *status = std::get_if<StatusResponse>(&unsolicited.back());
    ASSERT_TRUE(status);
    EXPECT_EQ(status->mailbox, "Sent");
    EXPECT_EQ(status->unseen, 2u);

    NotifyGroup annotations = personal;
    annotations.events.append(NotifyEvent::MailboxName);
    auto *refused = start<NotifyTask>(Notify { false, { annotations } });
    EXPECT_EQ(runner.play(R"(
        C: A2 NOTIFY SET (PERSONAL (MessageNew MessageExpunge FlagChange MailboxName))
        S: A2 NO [BADEVENT (MessageNew MessageExpunge FlagChange)] MailboxName unsupported
        S: * OK [NOTIFICATIONOVERFLOW] ...A2 NOTIFY NONE
    )"),
        "");
    EXPECT_EQ(errorKind(refused), TaskErrorKind::No);
    EXPECT_EQ(refused->badEvents(), (QList<QByteArray> { "MessageNew", "MessageExpunge", "FlagChange" }));
    EXPECT_EQ(overflows, 1);
    EXPECT_EQ(finishCount(refused), 1);
    EXPECT_EQ(runner.finish(), "");
}

TEST_F(MailboxTaskScenario, CancelDropsUnsentCommandsAndFinishesOnce)
{
    ASSERT_EQ(runner.openWithInbox("", 1), "");
    start<SelectTask>(Select { QStringLiteral("Archive") });
    auto *status = start<StatusTask>(QStringLiteral("INBOX"), QList<StatusItem> { StatusItem::Messages });
    status->cancel();
    status->cancel();
    EXPECT_EQ(status->outcome(), Outcome::Cancelled);
    EXPECT_EQ(finishCount(status), 1);
    EXPECT_EQ(runner.play("C: A2 SELECT Archive\nS: A2 OK done"), "");
    EXPECT_EQ(runner.finish(), "");
}

} // namespace
} // namespace quire::test
