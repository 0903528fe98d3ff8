// MailboxTreeModel over AccountEngine when only the top level of the folder
// tree was listed (as for a server with thousands of folders): expanding a
// node LISTs its level, and the rows appear; offline the listed levels stay.

#include "core/imap/session/Session.h"
#include "core/imap/tasks/ConnectTask.h"
#include "core/imap/tasks/MailboxTasks.h"
#include "core/model/MailboxTreeModel.h"
#include "core/model/ModelRoles.h"
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

} // namespace

class LazyMailboxTreeTest : public test::LiveEngineTest
{
    Q_OBJECT

private:
    static QModelIndex childNamed(const QAbstractItemModel &model, const QModelIndex &parent, const QString &name)
    {
        for (int row = 0; row < model.rowCount(parent); ++row) {
            const QModelIndex index = model.index(row, 0, parent);
            if (index.data().toString() == name)
                return index;
        }
        return {};
    }

    // Expands `parent` as a view does and waits for the child to show.
    static QModelIndex expandTo(QAbstractItemModel &model, const QModelIndex &parent, const QString &name)
    {
        if (model.canFetchMore(parent))
            model.fetchMore(parent);
        if (!QTest::qWaitFor([&] { return childNamed(model, parent, name).isValid(); }, kTimeoutMs))
            return {};
        return childNamed(model, parent, name);
    }

private Q_SLOTS:
    void expandingListsOneLevelAtATime()
    {
        const std::unique_ptr<Session> changer = test::otherClient(m_env, &m_bob);
        QVERIFY(changer);
        ListTask delimiterQuery(List { {}, { QString() }, {}, {} });
        QVERIFY(run(*changer, delimiterQuery));
        QCOMPARE(delimiterQuery.mailboxes().size(), 1);
        QVERIFY(delimiterQuery.mailboxes().front().delimiter.has_value());
        const QChar delimiter = QChar::fromLatin1(*delimiterQuery.mailboxes().front().delimiter);
        // a, a/b, a/b/c under a name of this run's own.
        const QString a = QStringLiteral("quire-lazy-") + QUuid::createUuid().toString(QUuid::Id128).left(10);
        const QString b = a + delimiter + QStringLiteral("b");
        const QString c = b + delimiter + QStringLiteral("c");
        for (const QString &name : { a, b, c }) {
            CreateTask create(name);
            QVERIFY2(run(*changer, create), qPrintable(name));
        }

        QTemporaryDir cacheDir;
        sync::AccountEngineOptions options;
        options.statusInterval = std::chrono::milliseconds(0); // no full LIST behind the test's back
        const std::unique_ptr<sync::AccountEngine> live = liveEngine(cacheDir.path(), options);
        sync::AccountEngine &engine = *live;
        engine.goOnline();
        QVERIFY(QTest::qWaitFor([&] { return engine.connectionState() == sync::ConnectionState::Online; }, kTimeoutMs));

        // Only the top level is known.
        QSignalSpy listed(&engine, &sync::MailEngine::childrenListed);
        engine.listChildren(QString(), QChar());
        QVERIFY(QTest::qWaitFor([&] { return !listed.isEmpty(); }, kTimeoutMs));
        QCOMPARE(listed.takeFirst(), (QList<QVariant> { QString(), true }));
        QVERIFY(engine.cache()->mailbox(a).value().has_value());
        QVERIFY(!engine.cache()->mailbox(b).value().has_value());
        QVERIFY(!engine.knowsChildren(a));

        model::MailboxTreeModel tree;
        tree.addAccount(&engine, { QStringLiteral("Bob"), {} });
        QAbstractItemModelTester tester(&tree, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const QModelIndex account = tree.index(0, 0);
        const QPersistentModelIndex aIndex = expandTo(tree, account, a);
        QVERIFY(aIndex.isValid());
        QVERIFY(tree.hasChildren(aIndex)); // \HasChildren, level not listed yet

        QSignalSpy inserted(&tree, &QAbstractItemModel::rowsInserted);
        QSignalSpy reset(&tree, &QAbstractItemModel::modelReset);
        const QPersistentModelIndex bIndex = expandTo(tree, aIndex, QStringLiteral("b"));
        QVERIFY(bIndex.isValid());
        QCOMPARE(bIndex.data(model::MailboxFullNameRole).toString(), b);
        QVERIFY(!inserted.isEmpty());
        QCOMPARE(inserted.first().at(0).toModelIndex(), QModelIndex(aIndex));
        QVERIFY(engine.knowsChildren(a));

        const QPersistentModelIndex cIndex = expandTo(tree, bIndex, QStringLiteral("c"));
        QVERIFY(cIndex.isValid());
        QCOMPARE(cIndex.data(model::MailboxFullNameRole).toString(), c);
        QVERIFY(QTest::qWaitFor([&] { return engine.isQuiet(); }, kTimeoutMs));
        // Dovecot says \HasNoChildren for c: no expander, nothing to fetch.
        QVERIFY(!tree.hasChildren(cIndex));
        QVERIFY(!tree.canFetchMore(cIndex));
        QCOMPARE(reset.size(), 0);
        // The level LISTs dropped nothing of the top level.
        QVERIFY(engine.cache()->mailbox(QStringLiteral("INBOX")).value().has_value());
        QVERIFY(engine.cache()->mailbox(a).value().has_value());

        // Offline, a new tree shows the listed levels from the cache.
        engine.goOffline();
        QVERIFY(
            QTest::qWaitFor([&] { return engine.connectionState() == sync::ConnectionState::Offline; }, kTimeoutMs));
        model::MailboxTreeModel offline;
        offline.addAccount(&engine, { QStringLiteral("Bob"), {} });
        QAbstractItemModelTester offlineTester(&offline, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const QModelIndex offlineA = childNamed(offline, offline.index(0, 0), a);
        QVERIFY(offlineA.isValid());
        const QModelIndex offlineB = childNamed(offline, offlineA, QStringLiteral("b"));
        QVERIFY(offlineB.isValid());
        QVERIFY(childNamed(offline, offlineB, QStringLiteral("c")).isValid());

        for (const QString &name : { c, b, a }) {
            DeleteTask cleanup(name);
            run(*changer, cleanup);
        }
    }
};

QTEST_GUILESS_MAIN(LazyMailboxTreeTest)
#include "tst_lazy_mailbox_tree.moc"
