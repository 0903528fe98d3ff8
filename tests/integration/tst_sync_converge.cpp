// AccountEngine against a real server (QUIRE_IMAP_ENV), with QRESYNC, with
// CONDSTORE only and with no extensions: a second, independent Session
// changes a mailbox of bob's behind the engine's back, and the engine's cache
// must then equal what that session reads from the server.

#include "core/cache/SqliteCache.h"
#include "core/imap/session/Session.h"
#include "core/imap/tasks/ConnectTask.h"
#include "core/imap/tasks/MailboxTasks.h"
#include "core/imap/tasks/MessageTasks.h"
#include "core/imap/tasks/SelectedTasks.h"
#include "core/imap/transport/SslSocketTransport.h"
#include "core/sync/AccountEngine.h"
#include "tests/support/ServerEnvFile.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace quire;
using namespace quire::imap;

namespace {

constexpr int kTimeoutMs = 20000;

QByteArray message(int n)
{
    return "From: Other <other@example.org>\r\nTo: bob@example.org\r\nSubject: message " + QByteArray::number(n)
        + "\r\nMessage-ID: <" + QUuid::createUuid().toByteArray(QUuid::Id128) + "@quire.test>\r\n\r\nbody\r\n";
}

} // namespace

class SyncConvergeTest : public QObject
{
    Q_OBJECT

private:
    QHash<QString, QString> m_env;
    FixedCredentialProvider m_bob { { QStringLiteral("bob"), QStringLiteral("bobpw") } };
    QString m_prefix;

    std::unique_ptr<Transport> transport()
    {
        SslSocketSettings settings;
        settings.host = m_env.value(QStringLiteral("IMAP_HOST"));
        settings.port = quint16(m_env.value(QStringLiteral("IMAPS_PORT")).toUInt());
        settings.extraCaFile = m_env.value(QStringLiteral("IMAP_CA_CERT"));
        return std::make_unique<SslSocketTransport>(settings);
    }

    bool run(Session &session, Task &task)
    {
        session.start(&task);
        if (!QTest::qWaitFor([&] { return task.isFinished(); }, kTimeoutMs))
            return false;
        if (task.outcome() != Task::Outcome::Succeeded)
            qWarning() << task.metaObject()->className() << "failed:" << task.error()->serverText;
        return task.outcome() == Task::Outcome::Succeeded;
    }

    // The independent client.
    std::unique_ptr<Session> other()
    {
        SessionConfig config;
        config.keepAliveInterval = std::chrono::milliseconds(0);
        auto session = std::make_unique<Session>(transport(), config);
        ConnectTask connect(ConnectOptions {}, &m_bob);
        return run(*session, connect) ? std::move(session) : nullptr;
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

    std::unique_ptr<sync::AccountEngine> engine(const QString &cacheDir, QSet<QByteArray> hidden)
    {
        cache::SqliteCache::Options options;
        options.directory = cacheDir;
        sync::AccountEngineOptions engineOptions;
        engineOptions.transportFactory = [this] { return transport(); };
        engineOptions.session.hiddenCapabilities = hidden;
        engineOptions.pollInterval = std::chrono::milliseconds(500);
        return std::make_unique<sync::AccountEngine>(
            std::move(cache::SqliteCache::open(options)).value(), &m_bob, engineOptions);
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

private Q_SLOTS:
    void initTestCase()
    {
        m_env = readServerEnvFile(qEnvironmentVariable("QUIRE_IMAP_ENV"));
        if (m_env.isEmpty())
            QSKIP("QUIRE_IMAP_ENV not set or unreadable");
        if (m_env.value(QStringLiteral("SERVER_KIND")) == QLatin1String("cyrus"))
            m_prefix = QStringLiteral("INBOX.");
    }

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
        const QString box
            = m_prefix + QStringLiteral("quire-sync-") + QUuid::createUuid().toString(QUuid::Id128).left(10);
        auto changer = other();
        QVERIFY(changer);
        CreateTask create(box);
        QVERIFY(run(*changer, create));
        for (int i = 0; i < 5; ++i) {
            AppendTask append(Append { box, {}, std::nullopt, message(i) });
            QVERIFY(run(*changer, append));
        }

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
        AppendTask append(Append { box, { "\\Seen" }, std::nullopt, message(9) });
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
        AppendTask fresh(Append { box, {}, std::nullopt, message(20) });
        QVERIFY(run(*changer, fresh));
        QVERIFY(syncAndSettle(*quire, box));
        QVERIFY(quire->uidValidity(box) != before);
        QCOMPARE(cacheState(*quire, box), serverState(*changer, box));

        UnselectTask leaveAgain;
        run(*changer, leaveAgain);
        DeleteTask cleanup(box);
        run(*changer, cleanup);
    }
};

QTEST_GUILESS_MAIN(SyncConvergeTest)
#include "tst_sync_converge.moc"
