// The open folder's unread count against a real server (QUIRE_IMAP_ENV):
// its sync asks no STATUS and NOTIFY's counts for it are ignored, so the
// engine counts it from the cached flags. New mail and flag changes, made
// by Quire or by another client, must show in the folder's count.

#include "core/imap/tasks/MailboxTasks.h"
#include "core/imap/tasks/MessageTasks.h"
#include "core/imap/tasks/SelectedTasks.h"
#include "core/sync/AccountEngine.h"
#include "tests/integration/LiveEngineTest.h"
#include "tests/integration/LiveServer.h"

#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace quire;
using namespace quire::imap;

namespace {

constexpr int kTimeoutMs = test::kLiveTimeoutMs;

} // namespace

class OpenFolderCountsTest : public test::LiveEngineTest
{
    Q_OBJECT

private:
    bool append(Session &changer, const QString &box, int n)
    {
        AppendTask task(Append { box, {}, std::nullopt, testMessage(n) });
        return run(changer, task);
    }

    static quint32 cachedUnseen(sync::AccountEngine &quire, const QString &box)
    {
        auto record = quire.cache()->mailbox(box);
        return record && record.value() ? record.value()->state.unseen : 9999;
    }

private Q_SLOTS:
    void followsNewMailAndFlagChanges_data()
    {
        QTest::addColumn<QSet<QByteArray>>("hidden");
        QTest::newRow("all extensions") << QSet<QByteArray> {};
        // Polling instead of IDLE, a full listing instead of QRESYNC.
        QTest::newRow("none") << QSet<QByteArray> { "QRESYNC", "CONDSTORE", "IDLE", "NOTIFY", "LIST-STATUS" };
    }
    void followsNewMailAndFlagChanges()
    {
        QFETCH(QSet<QByteArray>, hidden);
        auto changer = test::otherClient(m_env, &m_bob);
        QVERIFY(changer);
        const QString box
            = m_prefix + QStringLiteral("quire-counts-") + QUuid::createUuid().toString(QUuid::Id128).left(10);
        CreateTask create(box);
        QVERIFY(run(*changer, create));
        for (int n = 0; n < 5; ++n)
            QVERIFY(append(*changer, box, n));

        QTemporaryDir cacheDir;
        sync::AccountEngineOptions options;
        options.session.hiddenCapabilities = hidden;
        options.pollInterval = std::chrono::milliseconds(300);
        const std::unique_ptr<sync::AccountEngine> engine = liveEngine(cacheDir.path(), options);
        sync::AccountEngine &quire = *engine;
        quire.goOnline();
        quire.refreshMailboxes();
        quire.openMailbox(box);
        QVERIFY(QTest::qWaitFor(
            [&] { return quire.syncState(box) == sync::SyncState::Synced && quire.isQuiet(); }, kTimeoutMs));
        QTRY_COMPARE_WITH_TIMEOUT(cachedUnseen(quire, box), 5u, kTimeoutMs);

        // New mail from elsewhere, pushed (IDLE) or polled.
        QVERIFY(append(*changer, box, 5));
        QVERIFY(append(*changer, box, 6));
        // (Other folders' counts may come sooner than the messages do.)
        QTRY_COMPARE_WITH_TIMEOUT(quire.cache()->uids(box, quire.uidValidity(box)).value().size(), 7, kTimeoutMs);
        QTRY_COMPARE_WITH_TIMEOUT(cachedUnseen(quire, box), 7u, kTimeoutMs);

        // Quire marks one read.
        const QList<quint32> uids = quire.cache()->uids(box, quire.uidValidity(box)).value();
        quire.setFlags(box, { uids[0] }, { QStringLiteral("\\Seen") }, {});
        QTRY_COMPARE_WITH_TIMEOUT(cachedUnseen(quire, box), 6u, kTimeoutMs);

        // Another client marks two read and expunges an unread one.
        SelectTask select(Select { box });
        QVERIFY(run(*changer, select));
        StoreTask read(UidSet::fromNumbers({ uids[1], uids[2] }), StoreMode::Add, { "\\Seen" });
        QVERIFY(run(*changer, read));
        StoreTask doomed(UidSet::single(uids[3]), StoreMode::Add, { "\\Deleted" });
        QVERIFY(run(*changer, doomed));
        ExpungeTask expunge;
        QVERIFY(run(*changer, expunge));
        QTRY_COMPARE_WITH_TIMEOUT(cachedUnseen(quire, box), 3u, kTimeoutMs);

        dropMailboxes(*changer, { box });
    }
};

QTEST_GUILESS_MAIN(OpenFolderCountsTest)
#include "tst_open_folder_counts.moc"
