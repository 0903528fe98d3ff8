// ThreadedMessageModel over AccountEngine against a server that offers
// THREAD=REFERENCES: the tree follows the server's threads (which group
// "Re: Hello" under "Hello" by subject, as local threading does not), and
// stays precise, without a reset, while another client adds and expunges.

#include "core/imap/session/Session.h"
#include "core/imap/tasks/ConnectTask.h"
#include "core/imap/tasks/MailboxTasks.h"
#include "core/imap/tasks/MessageTasks.h"
#include "core/imap/tasks/SelectedTasks.h"
#include "core/model/MessageListModel.h"
#include "core/model/ModelRoles.h"
#include "core/model/ThreadedMessageModel.h"
#include "core/sync/AccountEngine.h"
#include "tests/integration/LiveEngineTest.h"
#include "tests/integration/LiveServer.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace quire;
using namespace quire::imap;

namespace {

constexpr int kTimeoutMs = test::kLiveTimeoutMs;

QByteArray message(const QByteArray &subject, int day)
{
    return "From: Other <other@example.org>\r\nTo: bob@example.org\r\nSubject: " + subject
        + "\r\nDate: " + QByteArray::number(day) + " Feb 2021 09:00:00 +0000\r\nMessage-ID: <"
        + QUuid::createUuid().toByteArray(QUuid::Id128) + "@quire.test>\r\n\r\nbody\r\n";
}

} // namespace

class ServerThreadsTest : public test::LiveEngineTest
{
    Q_OBJECT

private:
    quint32 append(Session &session, const QString &box, const QByteArray &bytes)
    {
        AppendTask task(Append { box, {}, std::nullopt, bytes });
        return run(session, task) ? task.uid() : 0;
    }

private Q_SLOTS:
    void followsTheServerAndStaysPrecise()
    {
        const std::unique_ptr<Session> changer = test::otherClient(m_env, &m_bob);
        QVERIFY(changer);
        QVERIFY(changer->hasCapability("UIDPLUS"));
        const QString box = QStringLiteral("quire-threads-") + QUuid::createUuid().toString(QUuid::Id128).left(10);
        CreateTask create(box);
        QVERIFY(run(*changer, create));
        const quint32 hello = append(*changer, box, message("Hello", 1));
        const quint32 reply = append(*changer, box, message("Re: Hello", 2));
        const quint32 other = append(*changer, box, message("Something else", 3));
        QVERIFY(hello && reply && other);

        QTemporaryDir cacheDir;
        const std::unique_ptr<sync::AccountEngine> live = liveEngine(cacheDir.path());
        sync::AccountEngine &engine = *live;
        engine.goOnline();
        QVERIFY(QTest::qWaitFor([&] { return engine.offersServerThreading(); }, kTimeoutMs));

        model::MessageListModel list;
        list.setMailbox(&engine, box);
        model::ThreadedMessageModel threads;
        threads.setSourceModel(&list);
        QAbstractItemModelTester tester(&threads, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const auto parentOf = [&](quint32 uid) {
            const QModelIndex index = threads.indexOfUid(uid);
            return index.isValid() ? threads.parent(index).data(model::MessageUidRole).toUInt() : quint32(-1);
        };
        QVERIFY(QTest::qWaitFor([&] { return parentOf(reply) == hello; }, kTimeoutMs));
        QCOMPARE(parentOf(other), 0u);
        QCOMPARE(threads.rowCount(), 2);

        const QPersistentModelIndex selected = threads.indexOfUid(reply);
        QSignalSpy reset(&threads, &QAbstractItemModel::modelReset);
        QSignalSpy inserted(&threads, &QAbstractItemModel::rowsInserted);
        QSignalSpy removed(&threads, &QAbstractItemModel::rowsRemoved);

        // Behind Quire's back: a second reply arrives (IDLE brings it).
        const quint32 second = append(*changer, box, message("Re: Hello", 4));
        QVERIFY(second);
        QVERIFY(QTest::qWaitFor([&] { return parentOf(second) == hello; }, kTimeoutMs));
        QCOMPARE(inserted.size(), 1);

        // ... and the first message is expunged: its replies stay, threaded
        // again by the server, and the selected one is still selected.
        SelectTask select(Select { box });
        QVERIFY(run(*changer, select));
        StoreTask deleted(UidSet::single(hello), StoreMode::Add, { "\\Deleted" });
        QVERIFY(run(*changer, deleted));
        ExpungeTask expunge(UidSet::single(hello));
        QVERIFY(run(*changer, expunge));
        QVERIFY(QTest::qWaitFor([&] { return !threads.indexOfUid(hello).isValid(); }, kTimeoutMs));
        QCOMPARE(removed.size(), 1);
        QVERIFY(QTest::qWaitFor([&] { return engine.isQuiet(); }, kTimeoutMs));
        QVERIFY(selected.isValid());
        QCOMPARE(selected.data(model::MessageUidRole).toUInt(), reply);
        QVERIFY(threads.indexOfUid(second).isValid());
        QCOMPARE(reset.size(), 0);

        UnselectTask leave;
        run(*changer, leave);
        DeleteTask cleanup(box);
        run(*changer, cleanup);
    }
};

QTEST_GUILESS_MAIN(ServerThreadsTest)
#include "tst_server_threads.moc"
