// When new mail becomes a tray message: the decision, and what the notifier
// hears from an engine (a FakeMailEngine over a real cache), without a tray.

#include "tests/unit/model/FakeMailEngine.h"
#include "ui/AppSettings.h"
#include "ui/NewMailNotifier.h"

#include <QSettings>
#include <QSignalSpy>
#include <QWidget>

#include <gtest/gtest.h>

using namespace quire;
using namespace quire::model::testing;
using quire::ui::InboxArrivals;
using quire::ui::NewMailNotifier;
using quire::ui::shouldNotify;

namespace {

const QString kInbox = QStringLiteral("INBOX");

cache::MailboxRecord inbox(quint32 uidNext, quint32 unseen)
{
    cache::MailboxRecord record = mailboxRecord(kInbox);
    record.state.uidValidity = kUidValidity;
    record.state.uidNext = uidNext;
    record.state.unseen = unseen;
    return record;
}

} // namespace

// An empty cache knows no UIDNEXT: the inbox's first sync is not new mail,
// however many batches it comes in.
TEST(InboxArrivals, FirstDownloadIsNotNewMail)
{
    InboxArrivals arrivals;
    EXPECT_EQ(arrivals.messagesAdded({ 1, 2, 3 }), 0);
    EXPECT_EQ(arrivals.messagesAdded({ 4, 5 }), 0);
    EXPECT_FALSE(arrivals.uidNextKnown(6)); // the sync's end: now the baseline
    EXPECT_EQ(arrivals.messagesAdded({ 6 }), 1);
}

TEST(InboxArrivals, CountsOnlyUidsAtOrAboveUidNext)
{
    InboxArrivals arrivals(100);
    // Older rows coming into the cache (a resync) are not new.
    EXPECT_EQ(arrivals.messagesAdded({ 40, 41, 99 }), 0);
    EXPECT_EQ(arrivals.messagesAdded({ 98, 100, 101 }), 2);
    EXPECT_EQ(arrivals.messagesAdded({ 101 }), 0); // told once
    EXPECT_EQ(arrivals.messagesAdded({}), 0);
    // A message moved in from another folder gets a new UID: new in the inbox too.
    EXPECT_EQ(arrivals.messagesAdded({ 150 }), 1);
}

TEST(InboxArrivals, StatusReportsArrivalsOnce)
{
    InboxArrivals arrivals(10);
    EXPECT_FALSE(arrivals.uidNextKnown(10));
    EXPECT_FALSE(arrivals.uidNextKnown(0)); // not known: no change
    EXPECT_TRUE(arrivals.uidNextKnown(12)); // STATUS of an inbox not open: mail came
    EXPECT_FALSE(arrivals.uidNextKnown(12));
    // Opening the inbox then adds those rows: already told.
    EXPECT_EQ(arrivals.messagesAdded({ 10, 11 }), 0);
    // IDLE told first; the sync's UIDNEXT afterwards tells nothing new.
    EXPECT_EQ(arrivals.messagesAdded({ 12 }), 1);
    EXPECT_FALSE(arrivals.uidNextKnown(13));
    EXPECT_FALSE(arrivals.uidNextKnown(11)); // never backwards
}

TEST(NewMailDecision, NotifiesOnlyWhenWantedAndAway)
{
    EXPECT_TRUE(shouldNotify(1, true, true, false));
    EXPECT_TRUE(shouldNotify(5, true, true, false));
    EXPECT_FALSE(shouldNotify(0, true, true, false)); // nothing new
    EXPECT_FALSE(shouldNotify(1, false, true, false)); // switched off in Preferences
    EXPECT_FALSE(shouldNotify(1, true, false, false)); // no system tray
    EXPECT_FALSE(shouldNotify(1, true, true, true)); // the window is active: the list shows it
}

TEST(NewMailNotifier, HearsTheInboxOfEachEngine)
{
    QSettings().clear();
    QWidget window;
    FakeMailEngine engine;
    engine.addMailbox(inbox(10, 3));
    engine.addMailbox(mailboxRecord(QStringLiteral("Archive")));
    NewMailNotifier notifier(&window);
    // Offscreen there is no tray: no icon, whatever the setting says.
    EXPECT_FALSE(notifier.isActive());
    notifier.watch(&engine, QStringLiteral("Work"));
    EXPECT_EQ(notifier.unreadCount(), 3);
    QSignalSpy arrived(&notifier, &NewMailNotifier::newMailArrived);

    engine.addMessages(kInbox, { messageRecord(9), messageRecord(10), messageRecord(11) });
    ASSERT_EQ(arrived.size(), 1);
    EXPECT_EQ(arrived.at(0).at(0).toString(), QStringLiteral("Work"));
    EXPECT_EQ(arrived.at(0).at(1).toInt(), 2);
    // Other folders are not the inbox.
    engine.addMessages(QStringLiteral("Archive"), { messageRecord(50) });
    EXPECT_EQ(arrived.size(), 1);

    // STATUS raised UIDNEXT past what was added: mail came, count unknown.
    ASSERT_TRUE(engine.cache()->setMailboxState(kInbox, inbox(14, 5).state).ok());
    Q_EMIT engine.mailboxStatusChanged(kInbox);
    ASSERT_EQ(arrived.size(), 2);
    EXPECT_EQ(arrived.at(1).at(1).toInt(), -1);
    EXPECT_EQ(notifier.unreadCount(), 5);
    Q_EMIT engine.mailboxSynced(kInbox); // the same UIDNEXT again: nothing new
    EXPECT_EQ(arrived.size(), 2);

    // After clear() (accounts changed) the old engine is not heard.
    notifier.clear();
    engine.addMessages(kInbox, { messageRecord(20) });
    EXPECT_EQ(arrived.size(), 2);
    EXPECT_EQ(notifier.unreadCount(), 0);
}
