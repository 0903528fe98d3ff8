// AccountEngine against a real server (QUIRE_IMAP_ENV), with QRESYNC, with
// CONDSTORE only and with no extensions: a second, independent Session
// changes a mailbox of bob's behind the engine's back, and the engine's cache
// must then equal what that session reads from the server.

#include "core/imap/session/Session.h"
#include "core/imap/tasks/MailboxTasks.h"
#include "core/imap/tasks/MessageTasks.h"
#include "core/imap/tasks/MoveTask.h"
#include "core/imap/tasks/SelectedTasks.h"
#include "core/sync/AccountEngine.h"
#include "core/sync/MessageBodies.h"
#include "tests/integration/FaultProxy.h"
#include "tests/integration/LiveEngineTest.h"
#include "tests/integration/LiveServer.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace quire;
using namespace quire::imap;

namespace {

constexpr int kTimeoutMs = test::kLiveTimeoutMs;

// A message with a text part and a file.
QByteArray messageWithAttachment(int n)
{
    return "From: Other <other@example.org>\r\nTo: bob@example.org\r\nSubject: with file " + QByteArray::number(n)
        + "\r\nMessage-ID: <" + QUuid::createUuid().toByteArray(QUuid::Id128)
        + "@quire.test>\r\nMIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary=\"b1\"\r\n\r\n"
          "--b1\r\nContent-Type: text/plain; charset=utf-8\r\n\r\nthe readable text "
        + QByteArray::number(n)
        + "\r\n--b1\r\nContent-Type: application/octet-stream; name=\"data.bin\"\r\n"
          "Content-Disposition: attachment; filename=\"data.bin\"\r\nContent-Transfer-Encoding: base64\r\n\r\n"
        + QByteArray(4000, 'x').toBase64() + "\r\n--b1--\r\n";
}

} // namespace

class SyncConvergeTest : public test::LiveEngineTest
{
    Q_OBJECT

private:
    // The independent client; hidden: capabilities it acts as if it lacked.
    std::unique_ptr<Session> other(QSet<QByteArray> hidden = {})
    {
        SessionConfig config;
        config.hiddenCapabilities = hidden;
        return test::otherClient(m_env, &m_bob, config);
    }

    // uid -> sorted flags as the server has them, read by the other client.
    QMap<quint32, QStringList> serverState(Session &session, const QString &mailbox)
    {
        QMap<quint32, QStringList> out;
        SelectTask select(Select { mailbox });
        if (!run(session, select))
            return out;
        if (session.mailbox()->exists() == 0)
            return out;
        FetchTask fetch(Fetch { UidSet::all(), { FetchItem::uid(), FetchItem::flags() }, std::nullopt, false });
        if (!run(session, fetch))
            return out;
        for (auto it = fetch.messages().cbegin(); it != fetch.messages().cend(); ++it) {
            QStringList flags;
            for (const QByteArray &f : it.value().flags.value_or(QList<QByteArray>()))
                if (f != "\\Recent")
                    flags.append(QString::fromUtf8(f));
            flags.sort();
            out.insert(it.key(), flags);
        }
        return out;
    }

    QMap<quint32, QStringList> cacheState(sync::AccountEngine &engine, const QString &mailbox)
    {
        QMap<quint32, QStringList> out;
        auto rows = engine.cache()->messages(mailbox, engine.uidValidity(mailbox), cache::MessageColumns::Summary);
        for (cache::MessageRecord row : rows.value()) {
            row.flags.removeAll(QStringLiteral("\\Recent"));
            row.flags.sort();
            out.insert(row.uid, row.flags);
        }
        return out;
    }

    // With backgroundThroughPort, every connection after the first goes
    // through that proxy: the first is the one the engine opens first.
    std::unique_ptr<sync::AccountEngine> engine(
        const QString &cacheDir, QSet<QByteArray> hidden, quint16 throughPort = 0, quint16 backgroundThroughPort = 0)
    {
        sync::AccountEngineOptions options;
        options.transportFactory = [this, throughPort, backgroundThroughPort, made = 0]() mutable {
            return test::implicitTlsTransport(
                m_env, made++ > 0 && backgroundThroughPort ? backgroundThroughPort : throughPort);
        };
        options.firstRetry = std::chrono::milliseconds(50);
        options.lastRetry = std::chrono::milliseconds(400);
        options.session.hiddenCapabilities = hidden;
        options.pollInterval = std::chrono::milliseconds(500);
        options.statusInterval = std::chrono::milliseconds(300);
        return liveEngine(cacheDir, options);
    }

    bool syncAndSettle(sync::AccountEngine &engine, const QString &mailbox)
    {
        bool synced = false;
        auto connection = connect(&engine, &sync::MailEngine::mailboxSynced, this,
            [&](const QString &name) { synced = synced || name == mailbox; });
        engine.syncMailbox(mailbox, true);
        const bool ok = QTest::qWaitFor([&] { return synced && engine.isQuiet(); }, kTimeoutMs);
        disconnect(connection);
        return ok;
    }

    // Runs a "make available offline" download to its end.
    // The outcome as a word, so that a failing comparison says what happened.
    QString download(sync::AccountEngine &engine, const QString &mailbox, bool attachments,
        QList<std::pair<int, int>> *progress, bool cancelAtOnce = false)
    {
        std::optional<sync::DownloadOutcome> outcome;
        auto onProgress = connect(
            &engine, &sync::MailEngine::offlineDownloadProgress, this, [&](const QString &name, int done, int total) {
                if (progress && name == mailbox)
                    progress->append({ done, total });
            });
        auto onFinished = connect(&engine, &sync::MailEngine::offlineDownloadFinished, this,
            [&](sync::DownloadOutcome finished) { outcome = finished; });
        engine.downloadForOffline({ mailbox }, attachments);
        if (cancelAtOnce)
            engine.cancelOfflineDownload();
        (void)QTest::qWaitFor([&] { return outcome.has_value() && engine.isQuiet(); }, kTimeoutMs);
        disconnect(onProgress);
        disconnect(onFinished);
        if (!outcome)
            return QStringLiteral("unfinished");
        switch (*outcome) {
        case sync::DownloadOutcome::Finished:
            return QStringLiteral("finished");
        case sync::DownloadOutcome::Cancelled:
            return QStringLiteral("cancelled");
        case sync::DownloadOutcome::Failed:
            break;
        }
        return QStringLiteral("failed");
    }

    // A new mailbox of bob's with these messages, made by the other client.
    QString makeMailbox(Session &changer, const QString &stem, const QList<QByteArray> &messages)
    {
        const QString box = m_prefix + stem + QUuid::createUuid().toString(QUuid::Id128).left(10);
        CreateTask create(box);
        if (!run(changer, create))
            return {};
        for (const QByteArray &m : messages) {
            AppendTask append(Append { box, {}, std::nullopt, m });
            if (!run(changer, append))
                return {};
        }
        return box;
    }

    // The other client moves messages: MOVE when it has it, otherwise COPY,
    // STORE \Deleted and UID EXPUNGE (MoveTask's fallback).
    bool moveBehind(Session &changer, const QString &from, const QList<quint32> &uids, const QString &to)
    {
        SelectTask select(Select { from });
        if (!run(changer, select))
            return false;
        MoveTask move(UidSet::fromNumbers(uids), to);
        return run(changer, move) && !move.originalsLeftDeleted();
    }

    // The names under stem, as the other client lists them.
    QStringList serverFolders(Session &changer, const QString &stem)
    {
        List command;
        command.patterns = { stem + QLatin1Char('*') };
        ListTask list(command);
        QStringList out;
        if (run(changer, list)) {
            for (const MailboxListEntry &entry : list.mailboxes())
                out.append(entry.name);
        }
        out.sort();
        return out;
    }

    QStringList cachedFolders(sync::AccountEngine &engine, const QString &stem)
    {
        QStringList out;
        for (const cache::MailboxRecord &record : engine.cache()->mailboxes().value()) {
            if (record.name.startsWith(stem))
                out.append(record.name);
        }
        out.sort();
        return out;
    }

    // Every folder under stem: Quire's cache lists what the server lists and
    // holds exactly the server's messages and flags; names in gone have no
    // cached rows left.
    void verifyFolders(sync::AccountEngine &quire, Session &changer, const QString &stem, const QStringList &gone)
    {
        const QStringList names = serverFolders(changer, stem);
        QVERIFY(QTest::qWaitFor([&] { return cachedFolders(quire, stem) == names; }, kTimeoutMs));
        for (const QString &name : names) {
            QVERIFY(syncAndSettle(quire, name));
            QCOMPARE(cacheState(quire, name), serverState(changer, name));
        }
        for (const QString &name : gone) {
            QVERIFY(!quire.cache()->mailbox(name).value().has_value());
            QVERIFY(quire.uidValidity(name) == 0 || cacheState(quire, name).isEmpty());
        }
    }

    bool hasPart(sync::AccountEngine &engine, const QString &mailbox, quint32 uid, const QByteArray &partId)
    {
        auto has = engine.cache()->hasPart(mailbox, engine.uidValidity(mailbox), uid, partId);
        return has && has.value();
    }

    // Online, with `open` opened and synced; sessionStarted counted in *sessions.
    bool openOnline(sync::AccountEngine &quire, const QString &open, int *sessions)
    {
        connect(&quire, &sync::AccountEngine::sessionStarted, this, [sessions] { ++*sessions; });
        quire.goOnline();
        quire.refreshMailboxes();
        quire.openMailbox(open);
        return QTest::qWaitFor(
            [&] { return quire.syncState(open) == sync::SyncState::Synced && quire.isQuiet(); }, kTimeoutMs);
    }

    static cache::MailboxSyncState cachedState(sync::AccountEngine &quire, const QString &box)
    {
        auto record = quire.cache()->mailbox(box);
        return record && record.value() ? record.value()->state : cache::MailboxSyncState {};
    }

private Q_SLOTS:
    void converges_data()
    {
        QTest::addColumn<QSet<QByteArray>>("hidden");
        QTest::newRow("qresync") << QSet<QByteArray> {};
        QTest::newRow("condstore") << QSet<QByteArray> { "QRESYNC" };
        QTest::newRow("plain") << QSet<QByteArray> { "QRESYNC", "CONDSTORE", "ESEARCH", "IDLE", "UIDPLUS", "MOVE",
            "LIST-STATUS", "LIST-EXTENDED", "ENABLE" };
    }

    void converges()
    {
        QFETCH(QSet<QByteArray>, hidden);
        auto changer = other();
        QVERIFY(changer);
        const QString box = makeMailbox(*changer, QStringLiteral("quire-sync-"),
            { testMessage(0), testMessage(1), testMessage(2), testMessage(3), testMessage(4) });
        QVERIFY(!box.isEmpty());

        QTemporaryDir cacheDir;
        auto quire = engine(cacheDir.path(), hidden);
        quire->goOnline();
        QVERIFY(syncAndSettle(*quire, box));
        QCOMPARE(cacheState(*quire, box), serverState(*changer, box));
        QVERIFY(quire->cache()->uidsWithoutEnvelope(box, quire->uidValidity(box)).value().isEmpty());

        // Behind Quire's back: flag one, expunge one, append one.
        const QList<quint32> uids = serverState(*changer, box).keys();
        StoreTask flag(UidSet::single(uids[1]), StoreMode::Add, { "\\Flagged" });
        QVERIFY(run(*changer, flag));
        StoreTask del(UidSet::single(uids[2]), StoreMode::Add, { "\\Deleted" });
        QVERIFY(run(*changer, del));
        ExpungeTask expunge;
        QVERIFY(run(*changer, expunge));
        AppendTask append(Append { box, { "\\Seen" }, std::nullopt, testMessage(9) });
        QVERIFY(run(*changer, append));
        QVERIFY(syncAndSettle(*quire, box));
        QCOMPARE(cacheState(*quire, box), serverState(*changer, box));

        // An offline change, replayed exactly once after reconnecting.
        quire->goOffline();
        QVERIFY(
            QTest::qWaitFor([&] { return quire->connectionState() == sync::ConnectionState::Offline; }, kTimeoutMs));
        quire->setFlags(box, { uids[0] }, { QStringLiteral("$Replayed") }, {});
        QCOMPARE(quire->cache()->pendingJournal().value().size(), 1);
        quire->goOnline();
        QVERIFY(syncAndSettle(*quire, box));
        QVERIFY(quire->cache()->journal().value().isEmpty());
        QVERIFY(serverState(*changer, box).value(uids[0]).contains(QStringLiteral("$Replayed")));
        QCOMPARE(cacheState(*quire, box), serverState(*changer, box));

        // UIDVALIDITY reset: the mailbox is deleted and made again.
        const quint32 before = quire->uidValidity(box);
        UnselectTask leave;
        QVERIFY(run(*changer, leave));
        DeleteTask drop(box);
        QVERIFY(run(*changer, drop));
        CreateTask again(box);
        QVERIFY(run(*changer, again));
        AppendTask fresh(Append { box, {}, std::nullopt, testMessage(20) });
        QVERIFY(run(*changer, fresh));
        QVERIFY(syncAndSettle(*quire, box));
        QVERIFY(quire->uidValidity(box) != before);
        QCOMPARE(cacheState(*quire, box), serverState(*changer, box));

        UnselectTask leaveAgain;
        run(*changer, leaveAgain);
        DeleteTask cleanup(box);
        run(*changer, cleanup);
    }

    void movesAndRenames_data() { converges_data(); }

    // Another client moves messages out of and into the open folder and
    // renames a cached folder, while Quire runs (IDLE or polling) and while
    // it is not running at all.
    void movesAndRenames()
    {
        QFETCH(QSet<QByteArray>, hidden);
        // Without extensions the other client also moves the long way.
        auto changer = other(hidden.contains("MOVE") ? QSet<QByteArray> { "MOVE" } : QSet<QByteArray> {});
        QVERIFY(changer);
        const QString stem
            = m_prefix + QStringLiteral("quire-mv-") + QUuid::createUuid().toString(QUuid::Id128).left(8);
        auto create = [&](const QString &name, int count) {
            CreateTask create(name);
            bool ok = run(*changer, create);
            for (int i = 0; ok && i < count; ++i) {
                AppendTask append(Append { name, i % 2 ? QList<QByteArray> { "\\Seen" } : QList<QByteArray> {},
                    std::nullopt, testMessage(i) });
                ok = run(*changer, append);
            }
            return ok;
        };
        const QString open = stem + QStringLiteral("-open");
        const QString other = stem + QStringLiteral("-other");
        const QString renamed = stem + QStringLiteral("-old");
        QVERIFY(create(open, 6) && create(other, 3) && create(renamed, 2));

        QTemporaryDir cacheDir;
        auto quire = engine(cacheDir.path(), hidden);
        quire->goOnline();
        quire->refreshMailboxes();
        QVERIFY(syncAndSettle(*quire, other));
        QVERIFY(syncAndSettle(*quire, renamed));
        quire->openMailbox(open);
        QVERIFY(QTest::qWaitFor(
            [&] { return quire->syncState(open) == sync::SyncState::Synced && quire->isQuiet(); }, kTimeoutMs));
        QCOMPARE(cacheState(*quire, open), serverState(*changer, open));

        // During a session: out of the open folder and into it; the open one
        // must follow by itself (IDLE or NOOP polling).
        QList<quint32> openUids = serverState(*changer, open).keys();
        QVERIFY(moveBehind(*changer, open, { openUids[0], openUids[3] }, other));
        const QList<quint32> otherUids = serverState(*changer, other).keys();
        QVERIFY(moveBehind(*changer, other, { otherUids[1] }, open));
        UnselectTask leave;
        QVERIFY(run(*changer, leave));
        const QMap<quint32, QStringList> expectedOpen = serverState(*changer, open);
        QCOMPARE(expectedOpen.size(), 5);
        QVERIFY(QTest::qWaitFor([&] { return cacheState(*quire, open) == expectedOpen; }, kTimeoutMs));
        QVERIFY(run(*changer, leave));
        const QString renamedOnce = stem + QStringLiteral("-new");
        RenameTask rename(renamed, renamedOnce);
        QVERIFY(run(*changer, rename));
        quire->refreshMailboxes();
        verifyFolders(*quire, *changer, stem, { renamed });
        QCOMPARE(cacheState(*quire, renamedOnce).size(), 2);

        // Between sessions: Quire is not running while the other client
        // moves both ways, flags and renames again; then it starts on the
        // same cache.
        quire.reset();
        openUids = serverState(*changer, open).keys();
        QVERIFY(moveBehind(*changer, open, { openUids[1] }, other));
        StoreTask flag(UidSet::single(openUids[2]), StoreMode::Add, { "\\Flagged" });
        QVERIFY(run(*changer, flag));
        QVERIFY(moveBehind(*changer, other, { serverState(*changer, other).lastKey() }, open));
        QVERIFY(run(*changer, leave));
        const QString renamedTwice = stem + QStringLiteral("-newer");
        RenameTask renameAgain(renamedOnce, renamedTwice);
        QVERIFY(run(*changer, renameAgain));
        quire = engine(cacheDir.path(), hidden);
        quire->goOnline();
        quire->refreshMailboxes();
        quire->openMailbox(open);
        verifyFolders(*quire, *changer, stem, { renamed, renamedOnce });
        QCOMPARE(cacheState(*quire, renamedTwice).size(), 2);

        dropMailboxes(*changer, serverFolders(*changer, stem));
    }

    void backgroundCounts_data()
    {
        QTest::addColumn<QSet<QByteArray>>("hidden");
        QTest::addColumn<bool>("pushed");
        QTest::newRow("notify") << QSet<QByteArray> {} << true;
        QTest::newRow("list-status") << QSet<QByteArray> { "NOTIFY" } << false;
        QTest::newRow("status") << QSet<QByteArray> { "NOTIFY", "LIST-STATUS" } << false;
    }

    // Two connections: the open mailbox stays selected in IDLE on the first
    // while the second keeps the other folders' counts: pushed by the server
    // (NOTIFY), or refreshed on a timer when NOTIFY is hidden. With NOTIFY
    // the timer is an hour, so only the server's pushes can explain counts
    // that change within two seconds.
    void backgroundCounts()
    {
        QFETCH(QSet<QByteArray>, hidden);
        QFETCH(bool, pushed);
        auto changer = other();
        QVERIFY(changer);
        if (pushed && !changer->hasCapability("NOTIFY")) {
            // The project's Dovecot must offer it; Cyrus 3.6 does not.
            QCOMPARE_NE(m_env.value(QStringLiteral("SERVER_KIND")), QStringLiteral("dovecot"));
            QSKIP("this server does not offer NOTIFY");
        }
        const QString open = makeMailbox(*changer, QStringLiteral("quire-open-"), { testMessage(0) });
        const QString other = makeMailbox(*changer, QStringLiteral("quire-other-"), { testMessage(1) });
        QVERIFY(!open.isEmpty() && !other.isEmpty());
        QTemporaryDir cacheDir;
        auto quire = engine(cacheDir.path(), hidden);
        if (pushed)
            quire->setCheckInterval(std::chrono::hours(1));
        int sessions = 0;
        QVERIFY(openOnline(*quire, open, &sessions));
        auto state = [&](const QString &box) { return cachedState(*quire, box); };
        auto count = [&](const QString &box) { return state(box).messages; };
        QVERIFY(QTest::qWaitFor([&] { return count(other) == 1; }, kTimeoutMs));
        QVERIFY(QTest::qWaitFor([&] { return quire->isNotifying() == pushed; }, kTimeoutMs));

        for (int i = 0; i < 2; ++i) {
            AppendTask append(Append { other, {}, std::nullopt, testMessage(10 + i) });
            QVERIFY(run(*changer, append));
        }
        QVERIFY(QTest::qWaitFor([&] { return count(other) == 3 && state(other).unseen == 3; }, 2000));
        QCOMPARE(quire->syncState(other), sync::SyncState::NotSynced);
        QCOMPARE(sessions, 2);

        // Read elsewhere: the unread count follows (NOTIFY FlagChange).
        SelectTask selectOther(Select { other });
        QVERIFY(run(*changer, selectOther));
        StoreTask seen(UidSet::all(), StoreMode::Add, { "\\Seen" });
        QVERIFY(run(*changer, seen));
        QVERIFY(QTest::qWaitFor([&] { return state(other).unseen == 0; }, 2000));
        UnselectTask leaveOther;
        QVERIFY(run(*changer, leaveOther));

        // Meanwhile the first connection still idles on the open mailbox.
        AppendTask append(Append { open, {}, std::nullopt, testMessage(20) });
        QVERIFY(run(*changer, append));
        const QMap<quint32, QStringList> expected = serverState(*changer, open);
        QCOMPARE(expected.size(), 2);
        QVERIFY(QTest::qWaitFor([&] { return cacheState(*quire, open) == expected; }, 2000));

        if (pushed) {
            // A folder made elsewhere shows up without anyone asking, and
            // goes when it is deleted there (MailboxName).
            const QString made
                = m_prefix + QStringLiteral("quire-made-") + QUuid::createUuid().toString(QUuid::Id128).left(10);
            auto known = [&] {
                auto record = quire->cache()->mailbox(made);
                return record && record.value();
            };
            CreateTask create(made);
            QVERIFY(run(*changer, create));
            QVERIFY(QTest::qWaitFor(known, 2000));
            DeleteTask dropMade(made);
            QVERIFY(run(*changer, dropMade));
            QVERIFY(QTest::qWaitFor([&] { return !known(); }, 2000));
            QVERIFY(quire->isNotifying());
        }

        dropMailboxes(*changer, QStringList { open, other });
    }

    // Only the second connection drops (a server's idle timeout, a NAT
    // forgetting it): it comes back by itself while the first stays online,
    // and the other folders' counts keep coming.
    void backgroundConnectionComesBack()
    {
        auto changer = other();
        QVERIFY(changer);
        const QString open = makeMailbox(*changer, QStringLiteral("quire-open-"), { testMessage(0) });
        const QString other = makeMailbox(*changer, QStringLiteral("quire-other-"), { testMessage(1) });
        QVERIFY(!open.isEmpty() && !other.isEmpty());
        FaultProxy::Faults faults;
        faults.cuts = 0;
        faults.maxFragment = 64 * 1024;
        faults.maxDelayMs = 0;
        FaultProxy proxy(m_env.value(QStringLiteral("IMAP_HOST")),
            quint16(m_env.value(QStringLiteral("IMAPS_PORT")).toUInt()), faults);
        QTemporaryDir cacheDir;
        auto quire = engine(cacheDir.path(), {}, 0, proxy.port());
        int sessions = 0;
        QVERIFY(openOnline(*quire, open, &sessions));
        auto count = [&](const QString &box) { return cachedState(*quire, box).messages; };
        QVERIFY(QTest::qWaitFor([&] { return count(other) == 1; }, kTimeoutMs));
        QCOMPARE(proxy.connections(), 1);
        QCOMPARE(sessions, 2);

        proxy.cutAgain(0);
        QVERIFY(QTest::qWaitFor([&] { return proxy.connections() == 2 && sessions == 3; }, kTimeoutMs));
        QCOMPARE(quire->connectionState(), sync::ConnectionState::Online);
        for (int i = 0; i < 2; ++i) {
            AppendTask append(Append { other, {}, std::nullopt, testMessage(10 + i) });
            QVERIFY(run(*changer, append));
        }
        QVERIFY(QTest::qWaitFor([&] { return count(other) == 3; }, 5000));
        QCOMPARE(proxy.connections(), 2);

        quire.reset();
        dropMailboxes(*changer, QStringList { open, other });
    }

    // Through a proxy that fragments, delays and cuts the connections, while
    // another client changes the mailbox and Quire has changes of its own
    // queued: the cache converges, and every change of Quire's reaches the
    // server exactly once.
    void convergesThroughFaults()
    {
        auto changer = other();
        QVERIFY(changer);
        QList<QByteArray> messages;
        for (int i = 0; i < 12; ++i)
            messages.append(testMessage(i));
        const QString box = makeMailbox(*changer, QStringLiteral("quire-faults-"), messages);
        const QString target = makeMailbox(*changer, QStringLiteral("quire-faults-to-"), {});
        QVERIFY(!box.isEmpty() && !target.isEmpty());
        FaultProxy::Faults faults;
        // A new seed each run covers more cases; QUIRE_FAULT_SEED repeats one.
        faults.seed = qEnvironmentVariableIsSet("QUIRE_FAULT_SEED")
            ? quint32(qEnvironmentVariableIntValue("QUIRE_FAULT_SEED"))
            : quint32(QDateTime::currentMSecsSinceEpoch());
        qInfo() << "fault proxy seed (QUIRE_FAULT_SEED):" << faults.seed;
        FaultProxy proxy(m_env.value(QStringLiteral("IMAP_HOST")),
            quint16(m_env.value(QStringLiteral("IMAPS_PORT")).toUInt()), faults);
        QTemporaryDir cacheDir;
        auto quire = engine(cacheDir.path(), {}, proxy.port());
        quire->goOnline();
        quire->openMailbox(box);
        auto settled = [&] {
            return QTest::qWaitFor(
                [&] {
                    return quire->connectionState() == sync::ConnectionState::Online && quire->isQuiet()
                        && quire->syncState(box) == sync::SyncState::Synced
                        && quire->cache()->pendingJournal().value().isEmpty();
                },
                60'000);
        };
        QVERIFY(settled());
        QCOMPARE(cacheState(*quire, box), serverState(*changer, box));

        // Changes on both sides, then more cuts while they are replayed and synced.
        const QList<quint32> uids = cacheState(*quire, box).keys();
        StoreTask flag(UidSet::fromNumbers({ uids[0], uids[1] }), StoreMode::Add, { "\\Answered" });
        QVERIFY(run(*changer, flag));
        StoreTask del(UidSet::single(uids[2]), StoreMode::Add, { "\\Deleted" });
        QVERIFY(run(*changer, del));
        ExpungeTask expunge;
        QVERIFY(run(*changer, expunge));
        AppendTask append(Append { box, {}, std::nullopt, testMessage(30) });
        QVERIFY(run(*changer, append));
        UnselectTask leave;
        QVERIFY(run(*changer, leave));
        quire->setFlags(box, { uids[3], uids[4], uids[5] }, { QStringLiteral("$Fault") }, {});
        quire->moveMessages(box, { uids[6], uids[7] }, target);
        QTemporaryDir files;
        const QByteArray ours = testMessage(40);
        const QString eml = files.filePath(QStringLiteral("ours.eml"));
        QFile file(eml);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(ours);
        file.close();
        quire->appendMessage(box, eml);
        // The network drops while they are being sent, and a few times more.
        const int cutsBefore = proxy.cutsDone();
        proxy.cutAgain(4);
        QVERIFY(settled());
        // A last sync, as the next open would do, with the network good again.
        QVERIFY(syncAndSettle(*quire, box));
        qInfo() << proxy.connections() << "connections," << proxy.cutsDone() << "cut";
        QVERIFY(proxy.cutsDone() - cutsBefore >= 2);

        for (const cache::JournalEntry &entry : quire->cache()->journal().value())
            qWarning() << "journal entry left:" << int(entry.kind) << int(entry.state) << entry.lastError;
        QVERIFY(quire->cache()->journal().value().isEmpty()); // none failed, none left
        const QMap<quint32, QStringList> server = serverState(*changer, box);
        QCOMPARE(cacheState(*quire, box), server);
        for (quint32 uid : { uids[3], uids[4], uids[5] })
            QVERIFY(server.value(uid).contains(QStringLiteral("$Fault")));
        QVERIFY(!server.contains(uids[6]) && !server.contains(uids[7]));
        QCOMPARE(serverState(*changer, target).size(), 2); // moved once
        const QByteArray id = ours.mid(ours.indexOf("Message-ID: <") + 13);
        SearchTask search(
            { SearchKey::header(QStringLiteral("Message-ID"), QString::fromUtf8(id.left(id.indexOf('>')))) });
        SelectTask select(Select { box });
        QVERIFY(run(*changer, select));
        QVERIFY(run(*changer, search));
        QCOMPARE(search.uids().size(), 1); // appended once

        dropMailboxes(*changer, QStringList { box, target });
    }

    // UIDPLUS: copies, a move and an append show in the target's cache
    // with the server's UIDs before the target is ever synced again.
    void uidPlusMapsNewUids()
    {
        auto changer = other();
        QVERIFY(changer);
        const QString source = makeMailbox(
            *changer, QStringLiteral("quire-src-"), { testMessage(0), testMessage(1), testMessage(2), testMessage(3) });
        const QString target = makeMailbox(*changer, QStringLiteral("quire-dst-"), { testMessage(4) });
        QVERIFY(!source.isEmpty() && !target.isEmpty());
        QTemporaryDir cacheDir;
        auto quire = engine(cacheDir.path(), {});
        quire->goOnline();
        QVERIFY(syncAndSettle(*quire, source));
        QVERIFY(syncAndSettle(*quire, target));
        const QList<quint32> uids = cacheState(*quire, source).keys();
        quire->setFlags(source, { uids[0] }, { QStringLiteral("\\Flagged") }, {});

        QList<quint32> added;
        connect(
            quire.get(), &sync::MailEngine::messagesAdded, this, [&](const QString &mailbox, const QList<quint32> &u) {
                if (mailbox == target)
                    added += u;
            });
        bool targetSynced = false;
        connect(quire.get(), &sync::MailEngine::mailboxSynced, this,
            [&](const QString &mailbox) { targetSynced = targetSynced || mailbox == target; });
        quire->copyMessages(source, { uids[0], uids[1] }, target);
        quire->moveMessages(source, { uids[2] }, target);
        QTemporaryDir files;
        const QString eml = files.filePath(QStringLiteral("new.eml"));
        QFile file(eml);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(testMessage(7));
        file.close();
        quire->appendMessage(target, eml);
        QVERIFY(QTest::qWaitFor(
            [&] { return quire->isQuiet() && quire->cache()->pendingJournal().value().isEmpty(); }, kTimeoutMs));
        QVERIFY(quire->cache()->journal().value().isEmpty());
        QVERIFY(!targetSynced);

        const QMap<quint32, QStringList> server = serverState(*changer, target);
        QCOMPARE(server.size(), 5);
        QCOMPARE(cacheState(*quire, target), server);
        QCOMPARE(added.size(), 4);
        // Copied rows keep their envelopes; the appended one has its source.
        const auto copied = quire->cache()->message(target, quire->uidValidity(target), added[0]).value();
        QVERIFY(copied && copied->hasEnvelope && copied->subject == QStringLiteral("message 0"));
        QVERIFY(hasPart(*quire, target, server.lastKey(), sync::kWholeMessagePart));
        QCOMPARE(cacheState(*quire, source), serverState(*changer, source));

        // A sync of the target afterwards finds nothing to change.
        QVERIFY(syncAndSettle(*quire, target));
        QCOMPARE(cacheState(*quire, target), serverState(*changer, target));

        dropMailboxes(*changer, QStringList { source, target });
    }

    // A move made offline and replayed by the next run of Quire: the
    // target's cache gets the rows under the COPYUID UIDs, with no sync of
    // the target.
    void moveReplayedAfterRestartMapsUids()
    {
        auto changer = other();
        QVERIFY(changer);
        const QString source = makeMailbox(*changer, QStringLiteral("quire-rsrc-"), { testMessage(0), testMessage(1) });
        const QString target = makeMailbox(*changer, QStringLiteral("quire-rdst-"), { testMessage(2) });
        QVERIFY(!source.isEmpty() && !target.isEmpty());
        QTemporaryDir cacheDir;
        auto quire = engine(cacheDir.path(), {});
        quire->goOnline();
        QVERIFY(syncAndSettle(*quire, source));
        QVERIFY(syncAndSettle(*quire, target));
        const quint32 moved = cacheState(*quire, source).firstKey();
        // A keyword set elsewhere: the mapped row must carry the server's flags.
        SelectTask select(Select { source });
        QVERIFY(run(*changer, select));
        StoreTask keyword(UidSet::single(moved), StoreMode::Add, { "$Kept" });
        QVERIFY(run(*changer, keyword));
        UnselectTask leave;
        QVERIFY(run(*changer, leave));
        quire->goOffline();
        QVERIFY(
            QTest::qWaitFor([&] { return quire->connectionState() == sync::ConnectionState::Offline; }, kTimeoutMs));
        quire->moveMessages(source, { moved }, target);
        quire.reset();

        quire = engine(cacheDir.path(), {});
        bool targetSynced = false;
        connect(quire.get(), &sync::MailEngine::mailboxSynced, this,
            [&](const QString &mailbox) { targetSynced = targetSynced || mailbox == target; });
        quire->goOnline();
        QVERIFY(QTest::qWaitFor(
            [&] {
                return quire->connectionState() == sync::ConnectionState::Online && quire->isQuiet()
                    && quire->cache()->journal().value().isEmpty();
            },
            kTimeoutMs));
        QVERIFY(!targetSynced);
        const QMap<quint32, QStringList> server = serverState(*changer, target);
        QCOMPARE(server.size(), 2);
        QVERIFY(server.last().contains(QStringLiteral("$Kept")));
        QCOMPARE(cacheState(*quire, target), server);
        QCOMPARE(cacheState(*quire, source), serverState(*changer, source));

        dropMailboxes(*changer, QStringList { source, target });
    }

    // "Make available offline": displayable parts only, then with
    // attachments after a cancelled start, resuming from what is cached.
    void offlineDownload()
    {
        auto changer = other();
        QVERIFY(changer);
        QList<QByteArray> messages;
        for (int i = 0; i < 6; ++i)
            messages.append(i % 2 ? messageWithAttachment(i) : testMessage(i));
        const QString box = makeMailbox(*changer, QStringLiteral("quire-offline-"), messages);
        QVERIFY(!box.isEmpty());
        QTemporaryDir cacheDir;
        auto quire = engine(cacheDir.path(), {});
        quire->goOnline();
        QVERIFY(QTest::qWaitFor([&] { return quire->connectionState() == sync::ConnectionState::Online; }, kTimeoutMs));

        QList<std::pair<int, int>> progress;
        QCOMPARE(download(*quire, box, false, &progress), QStringLiteral("finished"));
        QVERIFY(!progress.isEmpty());
        QCOMPARE(progress.front(), std::pair(0, 6));
        QCOMPARE(progress.back(), std::pair(6, 6));
        const QList<quint32> uids = serverState(*changer, box).keys();
        QCOMPARE(uids.size(), 6);
        for (int i = 0; i < 6; ++i) {
            const bool withFile = i % 2;
            QCOMPARE(hasPart(*quire, box, uids[i], sync::kWholeMessagePart), !withFile);
            QCOMPARE(hasPart(*quire, box, uids[i], sync::kDisplayablePart), withFile);
        }
        const QByteArray display
            = quire->cache()->part(box, quire->uidValidity(box), uids[1], sync::kDisplayablePart).value()->data;
        QVERIFY(display.contains("Subject: with file 1"));
        QVERIFY(display.contains("the readable text 1"));
        QVERIFY(!display.contains("data.bin"));
        QVERIFY(display.size() < 1000);
        // The offline search reads the downloaded text.
        const auto hits = quire->cache()->search(box, QStringLiteral("readable"));
        QCOMPARE(hits.value().size(), 3);

        // Cancelled at once: nothing more is fetched, and what is cached stays.
        QCOMPARE(download(*quire, box, true, nullptr, true), QStringLiteral("cancelled"));
        // Resumed with attachments: only the three messages with files are fetched.
        progress.clear();
        QCOMPARE(download(*quire, box, true, &progress), QStringLiteral("finished"));
        QCOMPARE(progress.front(), std::pair(3, 6));
        QCOMPARE(progress.back(), std::pair(6, 6));
        for (quint32 uid : uids)
            QVERIFY(hasPart(*quire, box, uid, sync::kWholeMessagePart));

        // One source on demand equals what the other client reads.
        FetchTask whole(sync::wholeMessageFetch({ uids[3] }));
        QVERIFY(run(*changer, whole));
        std::optional<QByteArray> arrived;
        connect(quire.get(), &sync::MailEngine::messageSourceArrived, this,
            [&](const QString &, quint32 uid, const QByteArray &source) {
                if (uid == uids[3])
                    arrived = source;
            });
        quire->fetchMessageSource(box, uids[3]);
        QVERIFY(QTest::qWaitFor([&] { return arrived.has_value(); }, kTimeoutMs));
        QCOMPARE(*arrived, sync::wholeMessageOf(whole.messages().value(uids[3])).value());

        UnselectTask leave;
        run(*changer, leave);
        DeleteTask cleanup(box);
        run(*changer, cleanup);
    }
};

QTEST_GUILESS_MAIN(SyncConvergeTest)
#include "tst_sync_converge.moc"
