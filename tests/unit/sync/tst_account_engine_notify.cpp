// AccountEngine's second connection against a scripted server that offers
// NOTIFY: pushed STATUS becomes the other folders' counts, and when the
// server refuses NOTIFY or overflows, the status timer takes over.

#include "core/sync/AccountEngine.h"
#include "tests/support/FakeTransport.h"
#include "tests/unit/sync/SyncTestSupport.h"

#include <QCoreApplication>
#include <QSignalSpy>
#include <QTest>

using namespace quire;
using namespace quire::sync;

namespace quire::test {
namespace {

const QString kArchive = QStringLiteral("Archive");
const QByteArray kNotify = "A1 NOTIFY SET STATUS (PERSONAL (MessageNew MessageExpunge FlagChange MailboxName "
                           "SubscriptionChange))\r\n";
const QByteArray kStatus = "STATUS Archive (MESSAGES UNSEEN RECENT)\r\n";

class NotifyScenario : public ::testing::Test
{
protected:
    NotifyScenario()
    {
        std::unique_ptr<cache::SqliteCache> opened = openCache(directory.path());
        opened->upsertMailboxes({ mailboxNamed(kArchive) });
        cache::MailboxSyncState state;
        state.uidValidity = 3;
        state.uidNext = 10;
        state.messages = 2;
        state.unseen = 1;
        opened->setMailboxState(kArchive, state);
        cachePtr = opened.get();

        // The first transport is the first connection, the second the background one.
        AccountEngineOptions engineOptions = scriptedEngineOptions([this] {
            auto transport = std::make_unique<FakeTransport>();
            transports.append(transport.get());
            return transport;
        });
        engineOptions.statusInterval = std::chrono::milliseconds(100);
        engine = std::make_unique<AccountEngine>(std::move(opened), &credentials, engineOptions);
    }

    FakeTransport *background() const { return transports.size() > 1 ? transports[1] : nullptr; }

    void serveBackground(const QByteArray &lines)
    {
        background()->pushServerBytes(lines);
        settle();
    }

    // The background connection must have written exactly this by now.
    std::string expectBackground(const QByteArray &expected)
    {
        settle();
        return compareWritten(background()->takeWritten(), expected);
    }

    // The background connection writes this within two seconds (the status
    // timer runs every 100 ms).
    std::string awaitBackground(const QByteArray &expected)
    {
        QByteArray written;
        // A timeout shows as the mismatch below.
        (void)QTest::qWaitFor(
            [&] {
                written += background()->takeWritten();
                return written.size() >= expected.size();
            },
            2000);
        return compareWritten(written, expected);
    }

    // Both connections up; the background one has sent NOTIFY.
    std::string connectAndNotify()
    {
        engine->goOnline();
        settle();
        transports[0]->pushServerBytes("* PREAUTH [CAPABILITY IMAP4rev1 IDLE NOTIFY] ready\r\n");
        settle();
        if (!background())
            return "no background connection";
        serveBackground("* PREAUTH [CAPABILITY IMAP4rev1 NOTIFY] ready\r\n");
        return expectBackground(kNotify);
    }

    cache::MailboxSyncState archiveState() const { return cachePtr->mailbox(kArchive).value()->state; }

    QTemporaryDir directory;
    imap::FixedCredentialProvider credentials { { QStringLiteral("u"), QStringLiteral("p") } };
    cache::Cache *cachePtr = nullptr;
    QList<FakeTransport *> transports;
    std::unique_ptr<AccountEngine> engine;
};

TEST_F(NotifyScenario, PushedStatusIsTheCountsUntilTheServerOverflows)
{
    ASSERT_EQ(connectAndNotify(), "");
    QSignalSpy changed(engine.get(), &MailEngine::mailboxStatusChanged);
    serveBackground("* STATUS Archive (MESSAGES 2 UIDVALIDITY 3 UIDNEXT 10 UNSEEN 1)\r\nA1 OK NOTIFY completed\r\n");
    EXPECT_TRUE(engine->isNotifying());
    EXPECT_EQ(changed.count(), 0); // the counts were already right

    // Another client appends, then reads a message.
    serveBackground("* STATUS Archive (MESSAGES 4 UIDNEXT 11 UNSEEN 3)\r\n");
    EXPECT_EQ(archiveState().messages, 4u);
    EXPECT_EQ(archiveState().unseen, 3u);
    serveBackground("* STATUS Archive (UNSEEN 2)\r\n");
    EXPECT_EQ(archiveState().messages, 4u);
    EXPECT_EQ(archiveState().unseen, 2u);
    EXPECT_EQ(changed.count(), 2);
    EXPECT_EQ(changed.last().first().toString(), kArchive);
    // The sync's own fields stay what the last sync saw.
    EXPECT_EQ(archiveState().uidNext, 10u);
    // No polling while the server pushes.
    EXPECT_EQ(expectBackground(""), "");

    // Notifications were lost: ask at once, then poll on the timer.
    serveBackground("* OK [NOTIFICATIONOVERFLOW] too many changes\r\n");
    EXPECT_FALSE(engine->isNotifying());
    ASSERT_EQ(expectBackground("A2 " + kStatus), "");
    serveBackground("* STATUS Archive (MESSAGES 7 UNSEEN 5 RECENT 0)\r\nA2 OK done\r\n");
    EXPECT_EQ(archiveState().messages, 7u);
    EXPECT_EQ(archiveState().unseen, 5u);
    ASSERT_EQ(awaitBackground("A3 " + kStatus), "");
    serveBackground("* STATUS Archive (MESSAGES 8 UNSEEN 5 RECENT 0)\r\nA3 OK done\r\n");
    EXPECT_EQ(archiveState().messages, 8u);
}

TEST_F(NotifyScenario, RefusedNotifyFallsBackToTheStatusTimer)
{
    ASSERT_EQ(connectAndNotify(), "");
    serveBackground("A1 NO [BADEVENT (MessageNew MessageExpunge FlagChange)] no MailboxName here\r\n");
    EXPECT_FALSE(engine->isNotifying());
    ASSERT_EQ(awaitBackground("A2 " + kStatus), "");
    serveBackground("* STATUS Archive (MESSAGES 5 UNSEEN 4 RECENT 0)\r\nA2 OK done\r\n");
    EXPECT_EQ(archiveState().messages, 5u);
    EXPECT_EQ(archiveState().unseen, 4u);
}

TEST_F(NotifyScenario, RenamedFolderElsewhereRefreshesTheFolderList)
{
    ASSERT_EQ(connectAndNotify(), "");
    serveBackground("A1 OK NOTIFY completed\r\n");
    ASSERT_TRUE(engine->isNotifying());
    QSignalSpy listed(engine.get(), &MailEngine::mailboxesChanged);
    // Two events, one LIST.
    serveBackground("* LIST () \"/\" Old (\"OLDNAME\" (Archive))\r\n* LIST () \"/\" Fresh\r\n");
    ASSERT_EQ(awaitBackground("A2 LIST \"\" *\r\n"), "");
    serveBackground("* LIST () \"/\" Old\r\n* LIST () \"/\" Fresh\r\nA2 OK done\r\n");
    ASSERT_EQ(expectBackground("A3 LSUB \"\" *\r\n"), "");
    serveBackground("* LSUB () \"/\" Fresh\r\nA3 OK done\r\n");
    EXPECT_EQ(listed.count(), 1);
    EXPECT_FALSE(cachePtr->mailbox(kArchive).value().has_value());
    ASSERT_TRUE(cachePtr->mailbox(QStringLiteral("Fresh")).value().has_value());
    EXPECT_TRUE(cachePtr->mailbox(QStringLiteral("Fresh")).value()->subscribed);
    // The counts of the listed folders come by STATUS, NOTIFY or not (no LIST-STATUS here).
    ASSERT_EQ(expectBackground("A4 STATUS Old (MESSAGES UNSEEN RECENT)\r\n"), "");
}

} // namespace
} // namespace quire::test
