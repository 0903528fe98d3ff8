#include "MailboxTreeTestSupport.h"
#include "core/model/MessageDragData.h"

#include <QMimeData>
#include <QUrl>

namespace quire::model::testing {
namespace {

using MailboxTreeTest = MailboxTreeFixture;

TEST_F(MailboxTreeTest, BuildsTheHierarchyWithInboxAndSpecialUseFirst)
{
    add(mailboxRecord(QStringLiteral("zeta")));
    add(mailboxRecord(QStringLiteral("Alpha")));
    add(mailboxRecord(QStringLiteral("Trash"), QLatin1Char('/'), {}, QStringLiteral("\\trash")));
    add(mailboxRecord(QStringLiteral("Sent"), QLatin1Char('/'), { QStringLiteral("\\Sent") }));
    add(mailboxRecord(QStringLiteral("INBOX")));
    add(mailboxRecord(QStringLiteral("Alpha/Beta")));
    add(mailboxRecord(QStringLiteral("ghost/child"))); // "ghost" was never listed
    model.addAccount(&engine, { QStringLiteral("Work"), {} });
    EXPECT_EQ(model.rowCount(account()), 0); // lazy: nothing until a view expands it
    EXPECT_TRUE(model.hasChildren(account()));
    EXPECT_TRUE(model.canFetchMore(account()));
    auto tester = attachTester(&model); // the tester fetches

    EXPECT_EQ(account().data().toString(), QStringLiteral("Work"));
    EXPECT_TRUE(account().data(MailboxIsAccountRole).toBool());
    EXPECT_EQ(names(account()), (QStringList { "INBOX", "Sent", "Trash", "Alpha", "ghost", "zeta" }));
    EXPECT_EQ(child(account(), "Trash").data(MailboxSpecialUseRole).toInt(), int(SpecialUse::Trash));
    EXPECT_EQ(child(account(), "INBOX").data(MailboxSpecialUseRole).toInt(), int(SpecialUse::Inbox));
    const QModelIndex ghost = child(account(), "ghost");
    EXPECT_FALSE(ghost.data(MailboxSelectableRole).toBool());
    EXPECT_FALSE(ghost.data(MailboxExistsRole).toBool());
    EXPECT_EQ(ghost.data(MailboxFullNameRole).toString(), QStringLiteral("ghost"));
    EXPECT_EQ(names(ghost), QStringList { "child" });
    EXPECT_EQ(names(child(account(), "Alpha")), QStringList { "Beta" });
    EXPECT_EQ(
        child(child(account(), "Alpha"), "Beta").data(MailboxFullNameRole).toString(), QStringLiteral("Alpha/Beta"));
    EXPECT_FALSE(model.hasChildren(child(account(), "zeta")));
}

TEST_F(MailboxTreeTest, StripsThePersonalNamespacePrefixAndHonoursNoselect)
{
    add(mailboxRecord(QStringLiteral("INBOX"), QLatin1Char('.')));
    add(mailboxRecord(QStringLiteral("INBOX.Drafts"), QLatin1Char('.'), {}, QStringLiteral("\\Drafts")));
    add(mailboxRecord(QStringLiteral("INBOX.Lists.qt"), QLatin1Char('.')));
    add(mailboxRecord(QStringLiteral("INBOX.Archive"), QLatin1Char('.'), { QStringLiteral("\\Noselect") }));
    model.addAccount(&engine, { QStringLiteral("Cyrus"), QStringLiteral("INBOX.") });
    auto tester = attachTester(&model);
    EXPECT_EQ(names(account()), (QStringList { "INBOX", "Drafts", "Archive", "Lists" }));
    EXPECT_FALSE(model.hasChildren(child(account(), "INBOX")));
    EXPECT_FALSE(child(account(), "Archive").data(MailboxSelectableRole).toBool());
    EXPECT_EQ(child(account(), "Lists").data(MailboxFullNameRole).toString(), QStringLiteral("INBOX.Lists"));

    model.createMailbox(account(), QStringLiteral("New"));
    model.createMailbox(child(account(), "Drafts"), QStringLiteral("Sub"));
    ASSERT_EQ(engine.calls.size(), 2);
    EXPECT_EQ(engine.calls[0].mailbox, QStringLiteral("INBOX.New"));
    EXPECT_EQ(engine.calls[1].mailbox, QStringLiteral("INBOX.Drafts.Sub"));
}

TEST_F(MailboxTreeTest, FollowsTheEngineWithPreciseSignals)
{
    add(mailboxRecord(QStringLiteral("INBOX")));
    add(mailboxRecord(QStringLiteral("b")));
    add(mailboxRecord(QStringLiteral("d")));
    model.addAccount(&engine, { QStringLiteral("A"), {} });
    auto tester = attachTester(&model);
    names(account());
    const QPersistentModelIndex d = child(account(), "d");
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);

    engine.addMailbox(mailboxRecord(QStringLiteral("c"))); // emits mailboxesChanged
    EXPECT_EQ(names(account()), (QStringList { "INBOX", "b", "c", "d" }));
    ASSERT_EQ(inserted.size(), 1);
    EXPECT_EQ(inserted[0][1].toInt(), 2);

    ASSERT_TRUE(engine.cache()->removeMailbox(QStringLiteral("b")).ok());
    Q_EMIT engine.mailboxesChanged();
    EXPECT_EQ(names(account()), (QStringList { "INBOX", "c", "d" }));
    EXPECT_EQ(removed.size(), 1);

    cache::MailboxRecord updated = mailboxRecord(QStringLiteral("d"));
    updated.subscribed = false;
    engine.addMailbox(updated);
    EXPECT_FALSE(d.data(MailboxSubscribedRole).toBool());
    EXPECT_EQ(changed.size(), 1);
    EXPECT_EQ(reset.size(), 0);
    EXPECT_EQ(d.data().toString(), QStringLiteral("d"));

    cache::MailboxSyncState counts;
    counts.uidValidity = kUidValidity;
    counts.messages = 12;
    counts.unseen = 3;
    ASSERT_TRUE(engine.cache()->setMailboxState(QStringLiteral("d"), counts).ok());
    Q_EMIT engine.mailboxStatusChanged(QStringLiteral("d"));
    EXPECT_EQ(d.data(MailboxUnreadRole).toInt(), 3);
    EXPECT_EQ(d.data(MailboxTotalRole).toInt(), 12);
    engine.setSyncState(QStringLiteral("d"), sync::SyncState::Syncing);
    EXPECT_EQ(d.data(MailboxSyncStateRole).toInt(), int(sync::SyncState::Syncing));
}

TEST_F(MailboxTreeTest, RequestsGoToTheEngine)
{
    add(mailboxRecord(QStringLiteral("INBOX")));
    add(mailboxRecord(QStringLiteral("a")));
    model.addAccount(&engine, { QStringLiteral("A"), {} });
    const QModelIndex a = child(account(), "a");
    EXPECT_TRUE(model.setData(a, false, MailboxSubscribedRole));
    model.renameMailbox(a, QStringLiteral("b"));
    model.deleteMailbox(a);
    model.createMailbox(a, QStringLiteral("x"));
    EXPECT_EQ(engine.calls,
        (QList<FakeMailEngine::Call> { { "subscribe", "a", {}, { "0" } }, { "rename", "a", {}, { "b" } },
            { "delete", "a", {}, {} }, { "create", "a/x", {}, {} } }));
}

TEST_F(MailboxTreeTest, DropsCopyOrMoveMessagesAndAppendEmlFiles)
{
    add(mailboxRecord(QStringLiteral("INBOX")));
    add(mailboxRecord(QStringLiteral("Archive")));
    model.addAccount(&engine, { QStringLiteral("A"), {} });
    const QModelIndex archive = child(account(), "Archive");

    QMimeData messages;
    encodeMessageDrag({ &engine, kInbox, { 4, 5 } }, &messages);
    EXPECT_TRUE(model.canDropMimeData(&messages, Qt::MoveAction, -1, -1, archive));
    EXPECT_FALSE(model.canDropMimeData(&messages, Qt::MoveAction, -1, -1, account()));
    model.dropMimeData(&messages, Qt::MoveAction, -1, -1, archive);
    model.dropMimeData(&messages, Qt::CopyAction, -1, -1, archive);

    QMimeData files;
    files.setUrls({ QUrl::fromLocalFile(QStringLiteral("/tmp/a.eml")) });
    EXPECT_TRUE(model.dropMimeData(&files, Qt::CopyAction, -1, -1, archive));
    QMimeData other;
    other.setUrls({ QUrl::fromLocalFile(QStringLiteral("/tmp/a.txt")) });
    EXPECT_FALSE(model.canDropMimeData(&other, Qt::CopyAction, -1, -1, archive));

    EXPECT_EQ(engine.calls,
        (QList<FakeMailEngine::Call> { { "move", "INBOX", { 4, 5 }, { "Archive" } },
            { "copy", "INBOX", { 4, 5 }, { "Archive" } }, { "append", "Archive", {}, { "/tmp/a.eml" } } }));
}

TEST_F(MailboxTreeTest, ShowsSeveralAccounts)
{
    FakeMailEngine second;
    second.addMailbox(mailboxRecord(QStringLiteral("INBOX")), false);
    add(mailboxRecord(QStringLiteral("INBOX")));
    model.addAccount(&engine, { QStringLiteral("One"), {} });
    model.addAccount(&second, { QStringLiteral("Two"), {} });
    auto tester = attachTester(&model);
    EXPECT_EQ(model.rowCount(), 2);
    EXPECT_EQ(names(model.index(1, 0)), QStringList { "INBOX" });
    EXPECT_EQ(model.engineFor(child(model.index(1, 0), "INBOX")), &second);
    model.removeAccount(0);
    EXPECT_EQ(model.index(0, 0).data().toString(), QStringLiteral("Two"));
}

} // namespace
} // namespace quire::model::testing
