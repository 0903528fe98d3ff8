// When a new-mail tray message is shown: the decision, without a real tray.

#include "ui/NewMailNotifier.h"

#include <QTest>

using quire::ui::InboxArrivals;
using quire::ui::shouldNotify;

class NewMailTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void firstDownloadIsNotNewMail();
    void countsOnlyUidsAboveUidNext();
    void statusReportsArrivalsOnce();
    void notifiesOnlyWhenWantedAndAway();
};

// An empty cache knows no UIDNEXT: the inbox's first sync is not new mail,
// however many batches it comes in.
void NewMailTest::firstDownloadIsNotNewMail()
{
    InboxArrivals arrivals;
    QCOMPARE(arrivals.messagesAdded({ 1, 2, 3 }), 0);
    QCOMPARE(arrivals.messagesAdded({ 4, 5 }), 0);
    QVERIFY(!arrivals.uidNextKnown(6)); // the sync's end: now the baseline
    QCOMPARE(arrivals.messagesAdded({ 6 }), 1);
}

void NewMailTest::countsOnlyUidsAboveUidNext()
{
    InboxArrivals arrivals(100);
    // A reload of older rows (a resync after UIDVALIDITY kept) is not new.
    QCOMPARE(arrivals.messagesAdded({ 40, 41, 99 }), 0);
    QCOMPARE(arrivals.messagesAdded({ 98, 100, 101 }), 2);
    QCOMPARE(arrivals.messagesAdded({ 101 }), 0); // reported once
    QCOMPARE(arrivals.messagesAdded({}), 0);
    // A message moved in from another folder with a high UID is new mail too.
    QCOMPARE(arrivals.messagesAdded({ 150 }), 1);
}

void NewMailTest::statusReportsArrivalsOnce()
{
    InboxArrivals arrivals(10);
    QVERIFY(!arrivals.uidNextKnown(10));
    QVERIFY(!arrivals.uidNextKnown(0)); // not known: no change
    QVERIFY(arrivals.uidNextKnown(12)); // STATUS of a folder not open: mail came
    QVERIFY(!arrivals.uidNextKnown(12));
    // Opening the inbox then adds those rows: already told.
    QCOMPARE(arrivals.messagesAdded({ 10, 11 }), 0);
    // IDLE reported first; the sync's UIDNEXT afterwards tells nothing new.
    QCOMPARE(arrivals.messagesAdded({ 12 }), 1);
    QVERIFY(!arrivals.uidNextKnown(13));
    QVERIFY(!arrivals.uidNextKnown(11)); // never backwards
}

void NewMailTest::notifiesOnlyWhenWantedAndAway()
{
    QVERIFY(shouldNotify(1, true, true, false));
    QVERIFY(shouldNotify(5, true, true, false));
    QVERIFY(!shouldNotify(0, true, true, false)); // nothing new
    QVERIFY(!shouldNotify(1, false, true, false)); // switched off in Preferences
    QVERIFY(!shouldNotify(1, true, false, false)); // no system tray
    QVERIFY(!shouldNotify(1, true, true, true)); // the window is active: the list shows it
}

QTEST_MAIN(NewMailTest)
#include "tst_newmail.moc"
