// A read-only folder, end to end over a scripted server (Dovecot here has no
// ACLs to make one): the real AccountEngine reads SELECT's [READ-ONLY] and
// PERMANENTFLAGS, and the list's actions follow them. Read-only: the status
// bar says so, and flag, delete, move and expunge are disabled (copying out
// stays); a star click sends nothing. Read-write with a short PERMANENTFLAGS:
// only the flags the server keeps can be changed.
#include "core/imap/session/CredentialProvider.h"
#include "core/model/MessageListModel.h"
#include "core/model/ModelRoles.h"
#include "tests/support/FakeTransport.h"
#include "tests/unit/sync/SyncTestSupport.h"
#include "ui/MessageActions.h"
#include "ui/MessageListPane.h"

#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QMainWindow>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>

#include <gtest/gtest.h>

using namespace quire;
using quire::ui::MessageActions;

namespace {

const QString kInbox = QStringLiteral("INBOX");

class ReadOnlyFolderTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        std::unique_ptr<cache::SqliteCache> opened = test::openCache(directory.path());
        ASSERT_TRUE(opened);
        opened->upsertMailboxes({ test::mailboxNamed(kInbox) });
        opened->setMailboxState(kInbox, { 7, 40, 0, 2, 0, 0 });
        cache::MessageRecord a, b;
        a.uid = 10;
        a.hasEnvelope = b.hasEnvelope = true;
        a.subject = QStringLiteral("first");
        b.uid = 20;
        b.subject = QStringLiteral("second");
        b.flags = { QStringLiteral("\\Seen") };
        opened->upsertMessages(kInbox, 7, { a, b });

        sync::AccountEngineOptions engineOptions = test::scriptedEngineOptions([this] {
            auto fake = std::make_unique<test::FakeTransport>();
            transport = fake.get();
            return fake;
        });
        engineOptions.backgroundConnection = false; // one scripted transport
        engine = std::make_unique<sync::AccountEngine>(std::move(opened), &credentials, engineOptions);

        list = new ui::MessageListPane(&window);
        window.setCentralWidget(list);
        actions = new MessageActions(list, &window);
        window.statusBar()->addPermanentWidget(actions->readOnlyIndicator());
        QObject::connect(actions, &MessageActions::statusMessage, [this](const QString &text) { notes << text; });
        window.resize(700, 300);
        window.show();
    }

    QByteArray written()
    {
        test::settle();
        return transport->takeWritten();
    }
    void serve(const QByteArray &lines)
    {
        transport->pushServerBytes(lines);
        test::settle();
    }

    // Online, INBOX opened by the list; the SELECT ends with `selectEnd`.
    void openWith(const QByteArray &permanentFlags, const QByteArray &selectEnd)
    {
        engine->goOnline();
        test::settle();
        serve("* PREAUTH [CAPABILITY IMAP4rev1] ready\r\n");
        list->setMailbox(engine.get(), kInbox);
        ASSERT_EQ(written(), QByteArray("A1 SELECT INBOX\r\n"));
        serve("* 2 EXISTS\r\n* OK [UIDVALIDITY 7] ok\r\n* OK [UIDNEXT 40] ok\r\n"
              "* FLAGS (\\Seen \\Flagged \\Deleted \\Answered \\Draft)\r\n"
              "* OK [PERMANENTFLAGS "
            + permanentFlags + "] ok\r\n" + selectEnd);
        ASSERT_EQ(written(), QByteArray("A2 UID FETCH 1:* (UID FLAGS)\r\n"));
        serve("* 1 FETCH (UID 10 FLAGS ())\r\n* 2 FETCH (UID 20 FLAGS (\\Seen))\r\nA2 OK done\r\n");
        ASSERT_EQ(engine->syncState(kInbox), sync::SyncState::Synced);
        ASSERT_EQ(list->model()->rowCount(), 2);
        ASSERT_TRUE(list->selectUid(10)); // unread, not starred
        ASSERT_EQ(list->selectionModel()->selectedRows().size(), 1);
    }

    QTemporaryDir directory;
    imap::FixedCredentialProvider credentials { { QStringLiteral("u"), QStringLiteral("p") } };
    test::FakeTransport *transport = nullptr;
    std::unique_ptr<sync::AccountEngine> engine;
    QMainWindow window;
    ui::MessageListPane *list = nullptr;
    MessageActions *actions = nullptr;
    QStringList notes;
};

TEST_F(ReadOnlyFolderTest, SelectAnsweredReadOnlyDisablesEveryChangeAndSaysSo)
{
    EXPECT_FALSE(actions->readOnlyIndicator()->isVisible());
    openWith("()", "A1 OK [READ-ONLY] done\r\n");
    EXPECT_TRUE(engine->mailboxAccess(kInbox).readOnly);
    EXPECT_TRUE(actions->readOnlyIndicator()->isVisible());
    EXPECT_FALSE(actions->readOnlyIndicator()->text().isEmpty());
    for (QAction *action : { actions->markRead(), actions->markUnread(), actions->toggleStar(), actions->markJunk(),
             actions->markNotJunk(), actions->deleteMessages(), actions->moveTo(), actions->expunge() })
        EXPECT_FALSE(action->isEnabled()) << action->text().toStdString();
    EXPECT_TRUE(actions->copyTo()->isEnabled()); // copying out changes nothing here
    EXPECT_TRUE(actions->saveAs()->isEnabled());

    // A click on the star and the keys send nothing to the server.
    const QModelIndex star = list->currentIndex().siblingAtColumn(model::MessageListModel::FlaggedColumn);
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, list->visualRect(star).center());
    list->setFocus();
    QTest::keyClick(list, Qt::Key_S);
    QTest::keyClick(list, Qt::Key_Delete);
    EXPECT_EQ(written(), QByteArray());
    EXPECT_FALSE(star.data(model::MessageFlaggedRole).toBool());
    ASSERT_FALSE(notes.isEmpty());
    EXPECT_TRUE(notes.last().contains(QStringLiteral("does not allow")));
    if (const QString dir = qEnvironmentVariable("QUIRE_SCREENSHOT_DIR"); !dir.isEmpty())
        window.grab().save(dir + QStringLiteral("/readonly-folder.png"));
}

TEST_F(ReadOnlyFolderTest, OnlyFlagsInPermanentFlagsCanBeChanged)
{
    openWith("(\\Seen \\Deleted)", "A1 OK [READ-WRITE] done\r\n");
    EXPECT_FALSE(actions->readOnlyIndicator()->isVisible());
    EXPECT_TRUE(actions->markRead()->isEnabled());
    EXPECT_TRUE(actions->markUnread()->isEnabled());
    EXPECT_TRUE(actions->deleteMessages()->isEnabled());
    EXPECT_TRUE(actions->moveTo()->isEnabled());
    EXPECT_FALSE(actions->toggleStar()->isEnabled()); // \Flagged would not last
    EXPECT_FALSE(actions->markJunk()->isEnabled()); // no \* for new keywords
    EXPECT_FALSE(actions->markNotJunk()->isEnabled());

    const QModelIndex star = list->currentIndex().siblingAtColumn(model::MessageListModel::FlaggedColumn);
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, list->visualRect(star).center());
    EXPECT_EQ(written(), QByteArray());
    actions->markRead()->trigger();
    EXPECT_EQ(written(), QByteArray("A3 UID STORE 10 +FLAGS (\\Seen)\r\n"));
}

} // namespace
