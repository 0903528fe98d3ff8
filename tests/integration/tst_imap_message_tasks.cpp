// The tasks on the selected mailbox against a real server: FETCH, STORE,
// SEARCH, COPY, MOVE, EXPUNGE in their UID and sequence-number forms, SORT
// and THREAD, and all of it without extensions. See ImapTasksTest.h.

#include "core/imap/tasks/MailboxTasks.h"
#include "core/imap/tasks/MessageTasks.h"
#include "core/imap/tasks/MoveTask.h"
#include "core/imap/tasks/SelectedTasks.h"
#include "core/imap/tasks/SortThreadTasks.h"
#include "tests/integration/ImapTasksTest.h"

#include <QTest>

#include <algorithm>

using namespace quire::imap;

namespace {

// A message in a thread: its own Message-ID, the ids it answers, a date.
QByteArray threadMessage(const QByteArray &id, const QByteArray &references, const QString &subject, int day)
{
    QByteArray headers = "From: Quire Test <test@example.org>\r\nTo: alice@example.org\r\nDate: "
        + QByteArray::number(day) + " Jan 2020 10:00:00 +0000\r\nMessage-ID: <" + id + "@quire.test>\r\n";
    if (!references.isEmpty()) {
        QByteArray ids;
        for (const QByteArray &reference : references.split(' '))
            ids += (ids.isEmpty() ? "<" : " <") + reference + "@quire.test>";
        headers += "References: " + ids + "\r\nIn-Reply-To: " + ids.mid(ids.lastIndexOf('<')) + "\r\n";
    }
    return headers + "Subject: =?UTF-8?B?" + subject.toUtf8().toBase64()
        + "?=\r\nMIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\n\r\nbody\r\n";
}

QByteArray subjectOf(quint32 n)
{
    return "number " + QByteArray::number(n);
}

// A plain ASCII message whose subject says which one it is.
QByteArray numberedMessage(quint32 n)
{
    return "From: Quire Test <test@example.org>\r\nTo: alice@example.org\r\nSubject: " + subjectOf(n)
        + "\r\n\r\nbody\r\n";
}

} // namespace

void ImapTasksTest::messageTasks()
{
    auto session = loggedIn();
    QVERIFY(session);
    const QString box = uniqueMailbox("messages");
    const QString other = uniqueMailbox("target");
    QVERIFY(createMailbox(*session, box));
    QVERIFY(createMailbox(*session, other));
    QVERIFY(append(*session, box, testMessage(QStringLiteral("Hello"), QStringLiteral("plain body"))) != 0);
    QVERIFY(append(*session, box, testMessage(QStringLiteral("Привет мир"), QStringLiteral("Тело письма"))) != 0);
    QVERIFY(append(*session, box, testMessage(QStringLiteral("Third"), QStringLiteral("three"))) != 0);

    SelectTask select(Select { box });
    QVERIFY(run(*session, select));
    QCOMPARE(select.mailbox().exists, 3u);
    QVERIFY(select.mailbox().uidValidity != 0);

    FetchTask uids(Fetch { SequenceSet::all(), { FetchItem::uid(), FetchItem::flags() } });
    QVERIFY(run(*session, uids));
    QCOMPARE(uids.messages().size(), 3);
    const QList<quint32> all = uids.messages().keys();
    QCOMPARE(session->mailbox()->uidAt(1), all[0]);

    FetchTask body(Fetch { UidSet::single(all[0]), { FetchItem::bodySection(BodySection {}) } });
    QVERIFY(run(*session, body));
    QVERIFY(body.messages().value(all[0]).sections.value(0).data.bytes.contains("plain body"));

    StoreTask flag(UidSet::single(all[0]), StoreMode::Add, { "\\Flagged" });
    QVERIFY(run(*session, flag));
    FetchTask flags(Fetch { UidSet::single(all[0]), { FetchItem::flags() } });
    QVERIFY(run(*session, flags));
    QVERIFY(flags.messages().value(all[0]).flags.value_or(QList<QByteArray>()).contains("\\Flagged"));

    SearchTask cyrillic(QList<SearchKey> { SearchKey::subject(QStringLiteral("Привет")) });
    QVERIFY(run(*session, cyrillic));
    QCOMPARE(cyrillic.uids(), QList<quint32> { all[1] });
    SearchTask flagged(QList<SearchKey> { SearchKey::flagged() });
    QVERIFY(run(*session, flagged));
    QCOMPARE(flagged.uids(), QList<quint32> { all[0] });

    CopyTask copy(UidSet::single(all[0]), other);
    QVERIFY(run(*session, copy));
    MoveTask move(UidSet::single(all[2]), other);
    QVERIFY(run(*session, move));
    QCOMPARE(session->mailbox()->exists(), 2u);

    StoreTask deleted(UidSet::single(all[1]), StoreMode::Add, { "\\Deleted" });
    QVERIFY(run(*session, deleted));
    ExpungeTask expunge(session->hasCapability("UIDPLUS") ? std::optional(UidSet::single(all[1])) : std::nullopt);
    QVERIFY(run(*session, expunge));
    QCOMPARE(expunge.expunged(), QList<quint32> { all[1] });
    CheckTask check;
    QVERIFY(run(*session, check));

    StatusTask status(other, { StatusItem::Messages });
    QVERIFY(run(*session, status));
    QCOMPARE(status.status().messages, 2u);

    SelectTask examine(Select { other, true });
    QVERIFY(run(*session, examine));
    QVERIFY(examine.mailbox().readOnly);
    QCOMPARE(examine.mailbox().exists, 2u);
    UnselectTask unselect;
    QVERIFY(run(*session, unselect));
    QCOMPARE(session->state(), ConnectionState::Authenticated);
    SelectTask reselect(Select { other });
    QVERIFY(run(*session, reselect));
    CloseTask close;
    QVERIFY(run(*session, close));
    QCOMPARE(session->state(), ConnectionState::Authenticated);

    QVERIFY(deleteMailboxes(*session, { box, other }));
}

void ImapTasksTest::sequenceNumberForms()
{
    // FETCH, STORE, SEARCH, COPY, EXPUNGE and MOVE by sequence number, each
    // checked by UID afterwards, and MailboxState renumbering as the server
    // does.
    auto session = loggedIn();
    QVERIFY(session);
    const QString box = uniqueMailbox("sequence");
    const QString other = uniqueMailbox("sequence-target");
    QVERIFY(createMailbox(*session, box));
    QVERIFY(createMailbox(*session, other));
    for (int n = 1; n <= 5; ++n)
        QVERIFY(append(*session, box, numberedMessage(n)) != 0);
    SelectTask select(Select { box });
    QVERIFY(run(*session, select));
    QCOMPARE(select.mailbox().exists, 5u);

    FetchTask numbers(Fetch { SequenceSet::all(), { FetchItem::uid(), FetchItem::envelope() } });
    QVERIFY(run(*session, numbers));
    QCOMPARE(numbers.messages().size(), 5);
    const QList<quint32> uid = numbers.messages().keys(); // ascending: in append order
    for (quint32 seq = 1; seq <= 5; ++seq) {
        QCOMPARE(session->mailbox()->uidAt(seq), uid[seq - 1]);
        QCOMPARE(numbers.messages().value(uid[seq - 1]).envelope->subject, subjectOf(seq));
    }

    StoreTask deleted(SequenceSet::fromNumbers({ 2, 4 }), StoreMode::Add, { "\\Deleted" });
    QVERIFY(run(*session, deleted));
    QCOMPARE(deleted.flags().keys(), (QList<quint32> { uid[1], uid[3] }));
    StoreTask flagged(SequenceSet::single(3), StoreMode::Add, { "\\Flagged" });
    QVERIFY(run(*session, flagged));
    FetchTask flags(Fetch { UidSet::fromNumbers(uid), { FetchItem::flags() } });
    QVERIFY(run(*session, flags));
    for (qsizetype i = 0; i < uid.size(); ++i) {
        const QList<QByteArray> set = flags.messages().value(uid[i]).flags.value_or(QList<QByteArray>());
        QCOMPARE(set.contains("\\Deleted"), i == 1 || i == 3);
        QCOMPARE(set.contains("\\Flagged"), i == 2);
    }

    SearchTask searchDeleted(QList<SearchKey> { SearchKey::deleted() }, SearchBy::SequenceNumber);
    QVERIFY(run(*session, searchDeleted));
    QCOMPARE(searchDeleted.sequenceNumbers(), (QList<quint32> { 2, 4 }));
    QCOMPARE(searchDeleted.uids(), (QList<quint32> { uid[1], uid[3] }));

    CopyTask copy(SequenceSet::single(3), other);
    QVERIFY(run(*session, copy));
    QVERIFY(copy.copyUid());
    QCOMPARE(copy.copyUid()->sourceUids, UidSet::single(uid[2]));

    // A plain EXPUNGE removes exactly the \Deleted messages, and the
    // numbers of those behind them shift down.
    ExpungeTask expunge;
    QVERIFY(run(*session, expunge));
    QList<quint32> gone = expunge.expunged();
    std::sort(gone.begin(), gone.end());
    QCOMPARE(gone, (QList<quint32> { uid[1], uid[3] }));
    QCOMPARE(session->mailbox()->exists(), 3u);
    QCOMPARE(session->mailbox()->uidAt(1), uid[0]);
    QCOMPARE(session->mailbox()->uidAt(2), uid[2]);
    QCOMPARE(session->mailbox()->uidAt(3), uid[4]);
    FetchTask renumbered(Fetch { SequenceSet::single(2), { FetchItem::uid(), FetchItem::envelope() } });
    QVERIFY(run(*session, renumbered));
    QCOMPARE(renumbered.messages().keys(), QList<quint32> { uid[2] });
    QCOMPARE(renumbered.messages().value(uid[2]).envelope->subject, subjectOf(3));
    SearchTask searchFlagged(QList<SearchKey> { SearchKey::flagged() }, SearchBy::SequenceNumber);
    QVERIFY(run(*session, searchFlagged));
    QCOMPARE(searchFlagged.sequenceNumbers(), QList<quint32> { 2 });

    // MOVE 3 takes what was the fifth message.
    MoveTask move(SequenceSet::single(3), other);
    QVERIFY(run(*session, move));
    QVERIFY(move.usedMoveCommand());
    QCOMPARE(session->mailbox()->exists(), 2u);
    QCOMPARE(session->mailbox()->uidAt(2), uid[2]);

    SelectTask target(Select { other });
    QVERIFY(run(*session, target));
    QCOMPARE(target.mailbox().exists, 2u);
    FetchTask arrived(Fetch { UidSet::all(), { FetchItem::envelope() } });
    QVERIFY(run(*session, arrived));
    QCOMPARE(arrived.messages().size(), 2);
    QCOMPARE(arrived.messages().first().envelope->subject, subjectOf(3));
    QCOMPARE(arrived.messages().last().envelope->subject, subjectOf(5));

    UnselectTask unselect;
    QVERIFY(run(*session, unselect));
    QVERIFY(deleteMailboxes(*session, { box, other }));
}

void ImapTasksTest::sortAndThread()
{
    auto session = loggedIn();
    QVERIFY(session);
    QVERIFY(session->hasCapability("SORT"));
    QVERIFY(session->hasCapability("THREAD=REFERENCES"));
    QVERIFY(session->hasCapability("THREAD=ORDEREDSUBJECT"));
    const QString box = uniqueMailbox("thread");
    QVERIFY(createMailbox(*session, box));
    // a <- b <- c, a <- d; e alone. Appended out of date order.
    const QString re = QStringLiteral("Re: Alpha");
    QVERIFY(append(*session, box, threadMessage("a", "", QStringLiteral("Alpha"), 1)) != 0);
    QVERIFY(append(*session, box, threadMessage("d", "a", re, 4)) != 0);
    QVERIFY(append(*session, box, threadMessage("b", "a", re, 2)) != 0);
    QVERIFY(append(*session, box, threadMessage("e", "", QStringLiteral("Привет"), 5)) != 0);
    QVERIFY(append(*session, box, threadMessage("c", "a b", re, 3)) != 0);
    SelectTask select(Select { box });
    QVERIFY(run(*session, select));
    FetchTask fetch(Fetch { SequenceSet::all(), { FetchItem::uid() } });
    QVERIFY(run(*session, fetch));
    QCOMPARE(fetch.messages().size(), 5);
    const QList<quint32> appended = fetch.messages().keys(); // in append order: a d b e c
    const quint32 a = appended[0], d = appended[1], b = appended[2], e = appended[3], c = appended[4];

    SortTask byDate(QList<SortCriterion> { { SortCriterion::Key::Date, true } });
    QVERIFY(run(*session, byDate));
    QCOMPARE(byDate.uids(), (QList<quint32> { e, d, c, b, a }));
    SortTask bySubject(
        QList<SortCriterion> { { SortCriterion::Key::Subject, false }, { SortCriterion::Key::Date, false } });
    QVERIFY(run(*session, bySubject));
    QCOMPARE(bySubject.uids(), (QList<quint32> { a, b, c, d, e }));
    SortTask cyrillic(QList<SortCriterion> { { SortCriterion::Key::Arrival, false } },
        QList<SearchKey> { SearchKey::subject(QStringLiteral("Привет")) });
    QVERIFY(run(*session, cyrillic));
    QCOMPARE(cyrillic.uids(), QList<quint32> { e });
    QVERIFY(!cyrillic.usedAsciiFallback());

    ThreadTask references(Thread::Algorithm::References);
    QVERIFY(run(*session, references));
    const std::vector<ThreadNode> expected {
        ThreadNode { { a }, { ThreadNode { { b, c }, {} }, ThreadNode { { d }, {} } } },
        ThreadNode { { e }, {} },
    };
    QCOMPARE(references.threads(), expected);
    ThreadTask subjects(Thread::Algorithm::OrderedSubject);
    QVERIFY(run(*session, subjects));
    const std::vector<ThreadNode> bySubjectThreads {
        ThreadNode { { a }, { ThreadNode { { b }, {} }, ThreadNode { { c }, {} }, ThreadNode { { d }, {} } } },
        ThreadNode { { e }, {} },
    };
    QCOMPARE(subjects.threads(), bySubjectThreads);
    ThreadTask someOnly(
        Thread::Algorithm::References, QList<SearchKey> { SearchKey::uid(UidSet::fromNumbers({ c, e })) });
    QVERIFY(run(*session, someOnly));
    QCOMPARE(someOnly.threads().size(), 2u);

    UnselectTask unselect;
    QVERIFY(run(*session, unselect));
    DeleteTask cleanup(box);
    QVERIFY(run(*session, cleanup));
}

void ImapTasksTest::noExtensionsStillWorks()
{
    SessionConfig config;
    config.hiddenCapabilities = { "MOVE", "UIDPLUS", "ESEARCH", "CONDSTORE", "QRESYNC", "COMPRESS=DEFLATE", "UNSELECT",
        "ENABLE", "ID", "LITERAL+", "LITERAL-", "SASL-IR", "UTF8=ACCEPT", "IDLE" };
    auto session = newSession(false, config);
    ConnectTask connect(ConnectOptions {}, &m_alice);
    QVERIFY(run(*session, connect));
    const QString box = uniqueMailbox("plain");
    const QString other = uniqueMailbox("plain-target");
    QVERIFY(createMailbox(*session, box));
    QVERIFY(createMailbox(*session, other));
    append(*session, box, testMessage(QStringLiteral("Ünïcödé"), QStringLiteral("x")));
    append(*session, box, numberedMessage(2));
    SelectTask select(Select { box });
    QVERIFY(run(*session, select));
    SearchTask search(QList<SearchKey> { SearchKey::subject(QStringLiteral("Ünïcödé")) });
    QVERIFY(run(*session, search));
    QCOMPARE(search.uids().size(), 1);
    // Without ESEARCH the answer to a SEARCH by number is a plain * SEARCH.
    SearchTask bySequence(QList<SearchKey> { SearchKey::subject(QStringLiteral("Ünïcödé")) }, SearchBy::SequenceNumber);
    QVERIFY(run(*session, bySequence));
    QCOMPARE(bySequence.sequenceNumbers(), QList<quint32> { 1 });
    MoveTask move(UidSet::fromNumbers(search.uids()), other);
    QVERIFY(run(*session, move));
    QVERIFY(!move.usedMoveCommand());
    QVERIFY(move.originalsLeftDeleted());
    // By number: FETCH 2 (UID) first, then the same fallback by UID.
    MoveTask second(SequenceSet::single(2), other);
    QVERIFY(run(*session, second));
    QVERIFY(second.originalsLeftDeleted());
    FetchTask flags(Fetch { SequenceSet::all(), { FetchItem::uid(), FetchItem::flags() } });
    QVERIFY(run(*session, flags));
    QCOMPARE(flags.messages().size(), 2);
    for (const FetchResponse &message : flags.messages())
        QVERIFY(message.flags->contains("\\Deleted"));
    UnselectTask unselect; // EXAMINE + CLOSE: must not expunge
    QVERIFY(run(*session, unselect));
    StatusTask status(box, { StatusItem::Messages });
    QVERIFY(run(*session, status));
    QCOMPARE(status.status().messages, 2u);
    StatusTask moved(other, { StatusItem::Messages });
    QVERIFY(run(*session, moved));
    QCOMPARE(moved.status().messages, 2u);
    QVERIFY(deleteMailboxes(*session, { box, other }));
}
