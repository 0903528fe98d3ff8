// A move of many messages through AccountEngine against a real server
// (QUIRE_IMAP_ENV): it is journaled and sent in chunks, reported once for
// Undo, and Cancel stops it between two chunks, with the messages not moved
// back in the source folder. With MOVE and UIDPLUS, and without either.

#include "core/imap/tasks/MailboxTasks.h"
#include "core/imap/tasks/MessageTasks.h"
#include "core/imap/tasks/SelectedTasks.h"
#include "core/sync/AccountEngine.h"
#include "tests/integration/LiveEngineTest.h"
#include "tests/integration/LiveServer.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace quire;
using namespace quire::imap;

namespace {

constexpr int kTimeoutMs = test::kLiveTimeoutMs;
constexpr int kMessages = 10;
constexpr int kChunk = 3; // 10 messages: chunks of 3, 3, 3 and 1

} // namespace

class BulkMoveTest : public test::LiveEngineTest
{
    Q_OBJECT

private:
    std::unique_ptr<sync::AccountEngine> engine(const QString &cacheDir, const QSet<QByteArray> &hidden)
    {
        sync::AccountEngineOptions options;
        options.session.hiddenCapabilities = hidden;
        options.backgroundConnection = false;
        options.moveChunk = kChunk;
        return liveEngine(cacheDir, options);
    }

    // Source with kMessages messages and an empty target, made by another client.
    bool makeMailboxes(Session &changer, QString *source, QString *target)
    {
        const QString stem
            = m_prefix + QStringLiteral("quire-bulk-") + QUuid::createUuid().toString(QUuid::Id128).left(8);
        *source = stem + QStringLiteral("-from");
        *target = stem + QStringLiteral("-to");
        CreateTask createSource(*source);
        CreateTask createTarget(*target);
        if (!run(changer, createSource) || !run(changer, createTarget))
            return false;
        for (int n = 0; n < kMessages; ++n) {
            AppendTask append(Append { *source, {}, std::nullopt, testMessage(n) });
            if (!run(changer, append))
                return false;
        }
        return true;
    }

    // The UIDs the server holds in `mailbox`, read by the other client.
    // Without UIDPLUS a move leaves its originals marked \Deleted (expunging
    // them would take other deleted messages too): those do not count.
    QList<quint32> serverUids(Session &changer, const QString &mailbox, const SearchKey &key = SearchKey::undeleted())
    {
        SelectTask select(Select { mailbox });
        if (!run(changer, select))
            return { 0 };
        SearchTask search({ key });
        if (!run(changer, search))
            return { 0 };
        QList<quint32> uids = search.uids();
        std::sort(uids.begin(), uids.end());
        return uids;
    }

    QList<quint32> cachedUids(sync::AccountEngine &quire, const QString &mailbox)
    {
        QList<quint32> uids = quire.cache()->uids(mailbox, quire.uidValidity(mailbox)).value();
        std::sort(uids.begin(), uids.end());
        return uids;
    }

    // The other client, the two folders it made, and Quire online with the
    // source open and synced.
    struct Scene {
        std::unique_ptr<Session> changer;
        QString source;
        QString target;
        QList<quint32> uids; // the source's, on the server
        QTemporaryDir cacheDir;
        std::unique_ptr<sync::AccountEngine> quire;
        std::unique_ptr<QSignalSpy> moved; // messagesMoved
    };
    bool openSource(Scene &scene, const QSet<QByteArray> &hidden)
    {
        scene.changer = test::otherClient(m_env, &m_bob);
        if (!scene.changer || !makeMailboxes(*scene.changer, &scene.source, &scene.target))
            return false;
        scene.uids = serverUids(*scene.changer, scene.source);
        if (scene.uids.size() != kMessages)
            return false;
        scene.quire = engine(scene.cacheDir.path(), hidden);
        sync::AccountEngine &quire = *scene.quire;
        scene.moved = std::make_unique<QSignalSpy>(&quire, &sync::MailEngine::messagesMoved);
        quire.goOnline();
        quire.openMailbox(scene.source);
        return QTest::qWaitFor(
            [&] { return quire.syncState(scene.source) == sync::SyncState::Synced && quire.isQuiet(); }, kTimeoutMs);
    }

private Q_SLOTS:
    void capabilities_data()
    {
        QTest::addColumn<QSet<QByteArray>>("hidden");
        QTest::newRow("move-uidplus") << QSet<QByteArray> {};
        QTest::newRow("no-move-no-uidplus") << QSet<QByteArray> { "MOVE", "UIDPLUS" };
    }

    void movesInChunksAndReportsOnce_data() { capabilities_data(); }
    void movesInChunksAndReportsOnce()
    {
        QFETCH(QSet<QByteArray>, hidden);
        Scene scene;
        QVERIFY(openSource(scene, hidden));
        auto &[changer, source, target, uids, cacheDir, quire, moved] = scene;
        QList<int> progress;
        connect(quire.get(), &sync::MailEngine::journalReplayProgress, this, [&](int left) { progress.append(left); });

        quire->moveMessages(source, uids, target);
        QVERIFY(QTest::qWaitFor(
            [&] { return quire->isQuiet() && quire->cache()->pendingJournal().value().isEmpty(); }, kTimeoutMs));

        QVERIFY(quire->cache()->journal().value().isEmpty()); // none failed
        QCOMPARE(serverUids(*changer, source), QList<quint32> {});
        QCOMPARE(serverUids(*changer, target).size(), kMessages);
        QVERIFY(cachedUids(*quire, source).isEmpty());
        // Four chunks, one after the other, then an empty journal.
        QCOMPARE(progress, (QList<int> { 4, 3, 2, 1, 0 }));
        // One report for the whole move, so that Undo takes all of it back.
        QCOMPARE(moved->size(), 1);
        QCOMPARE(moved->at(0).at(1).value<QList<quint32>>(), uids);
        const auto targets = moved->at(0).at(3).value<QList<quint32>>();
        // Every chunk's COPYUID, in order; servers send it even when the
        // capability is hidden, and then it is used.
        const QList<quint32> inTarget = serverUids(*changer, target);
        if (hidden.contains("UIDPLUS"))
            QVERIFY(targets.isEmpty() || targets == inTarget);
        else
            QCOMPARE(targets, inTarget);

        dropMailboxes(*changer, { source, target });
    }

    void cancelStopsBetweenChunks_data() { capabilities_data(); }
    void cancelStopsBetweenChunks()
    {
        QFETCH(QSet<QByteArray>, hidden);
        Scene scene;
        QVERIFY(openSource(scene, hidden));
        auto &[changer, source, target, uids, cacheDir, quire, moved] = scene;
        QSignalSpy paused(quire.get(), &sync::MailEngine::journalReplayPaused);
        // Cancel as the second chunk is about to go: the first has moved.
        connect(quire.get(), &sync::MailEngine::journalReplayProgress, this, [&](int left) {
            if (left == 3)
                quire->pauseJournalReplay();
        });

        quire->moveMessages(source, uids, target);
        QVERIFY(QTest::qWaitFor([&] { return paused.size() == 1 && quire->isQuiet(); }, kTimeoutMs));

        // Only the first chunk moved; nothing else is journaled for later.
        QVERIFY(quire->cache()->journal().value().isEmpty());
        const QList<quint32> stayed = uids.mid(kChunk);
        QCOMPARE(serverUids(*changer, source), stayed);
        QCOMPARE(serverUids(*changer, target).size(), kChunk);
        // The messages that stayed are back in the source's cache.
        const QList<quint32> onServer = serverUids(*changer, source, SearchKey::all());
        QVERIFY(QTest::qWaitFor([&] { return cachedUids(*quire, source) == onServer; }, kTimeoutMs));
        QCOMPARE(moved->size(), 1);
        QCOMPARE(moved->at(0).at(1).value<QList<quint32>>(), uids.mid(0, kChunk));

        // The next change does not send the cancelled chunks after all.
        quire->setFlags(source, { stayed.first() }, { QStringLiteral("\\Flagged") }, {});
        QVERIFY(QTest::qWaitFor(
            [&] { return quire->isQuiet() && quire->cache()->pendingJournal().value().isEmpty(); }, kTimeoutMs));
        QCOMPARE(serverUids(*changer, source), stayed);

        dropMailboxes(*changer, { source, target });
    }
};

QTEST_GUILESS_MAIN(BulkMoveTest)
#include "tst_bulk_move.moc"
