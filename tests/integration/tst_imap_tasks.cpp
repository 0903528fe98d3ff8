// Every task of quire_imap against a real server (Dovecot, Cyrus), named by
// QUIRE_IMAP_ENV. Each test works in mailboxes of its own with a unique
// name, so tests may run in parallel on the same server.

#include "core/imap/session/CredentialProvider.h"
#include "core/imap/session/Session.h"
#include "core/imap/tasks/ConnectTask.h"
#include "core/imap/tasks/ConnectionTasks.h"
#include "core/imap/tasks/IdleTask.h"
#include "core/imap/tasks/MailboxTasks.h"
#include "core/imap/tasks/MessageTasks.h"
#include "core/imap/tasks/MoveTask.h"
#include "core/imap/tasks/SelectedTasks.h"
#include "core/imap/tasks/SortThreadTasks.h"
#include "core/imap/transport/SslSocketTransport.h"
#include "tests/support/ServerEnvFile.h"

#include <QFile>
#include <QHash>
#include <QSignalSpy>
#include <QTest>
#include <QUuid>

using namespace quire::imap;

namespace {

constexpr int kTimeoutMs = 20000;

QByteArray message(const QString &subject, const QString &body)
{
    return "From: Quire Test <test@example.org>\r\nTo: alice@example.org\r\nSubject: =?UTF-8?B?"
        + subject.toUtf8().toBase64() + "?=\r\nMIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\n"
        + "Content-Transfer-Encoding: 8bit\r\n\r\n" + body.toUtf8() + "\r\n";
}

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

} // namespace

class ImapTasksTest : public QObject
{
    Q_OBJECT

private:
    QHash<QString, QString> m_env;
    FixedCredentialProvider m_alice { { QStringLiteral("alice"), QStringLiteral("alicepw") } };
    QString m_prefix; // personal namespace prefix, e.g. "INBOX." on Cyrus

    std::unique_ptr<Session> newSession(bool startTls, SessionConfig config = {})
    {
        SslSocketSettings settings;
        settings.host = m_env.value(QStringLiteral("IMAP_HOST"));
        settings.port = quint16(
            (startTls ? m_env.value(QStringLiteral("IMAP_PORT")) : m_env.value(QStringLiteral("IMAPS_PORT"))).toUInt());
        settings.tls = startTls ? SslSocketSettings::Tls::StartTls : SslSocketSettings::Tls::Implicit;
        settings.extraCaFile = m_env.value(QStringLiteral("IMAP_CA_CERT"));
        config.keepAliveInterval = std::chrono::milliseconds(0);
        return std::make_unique<Session>(std::make_unique<SslSocketTransport>(settings), config);
    }

    // Runs a task to its end; true when it succeeded.
    bool run(Session &session, Task &task)
    {
        session.start(&task);
        if (!QTest::qWaitFor([&] { return task.isFinished(); }, kTimeoutMs)) {
            qWarning() << "timed out:" << task.metaObject()->className();
            return false;
        }
        if (task.outcome() != Task::Outcome::Succeeded) {
            qWarning() << task.metaObject()->className() << "failed:" << int(task.error()->kind)
                       << task.error()->serverText;
            return false;
        }
        return true;
    }

    std::unique_ptr<Session> loggedIn(ConnectOptions options = {}, bool startTls = false)
    {
        auto session = newSession(startTls);
        options.startTls = startTls;
        ConnectTask connect(options, &m_alice);
        if (!run(*session, connect))
            return nullptr;
        return session;
    }

    QString uniqueMailbox(const char *purpose)
    {
        return m_prefix
            + QStringLiteral("quire-%1-%2")
                  .arg(QLatin1String(purpose), QUuid::createUuid().toString(QUuid::Id128).left(12));
    }

    bool createMailbox(Session &session, const QString &name)
    {
        CreateTask create(name);
        return run(session, create);
    }

    quint32 append(Session &session, const QString &mailbox, const QByteArray &bytes, QList<QByteArray> flags = {})
    {
        AppendTask task(Append { mailbox, flags, std::nullopt, bytes });
        return run(session, task) ? task.uid() : 0;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_env = readServerEnvFile(qEnvironmentVariable("QUIRE_IMAP_ENV"));
        if (m_env.isEmpty())
            QSKIP("QUIRE_IMAP_ENV not set or unreadable");
        auto session = loggedIn();
        QVERIFY(session);
        NamespaceTask namespaces;
        if (session->hasCapability("NAMESPACE") && run(*session, namespaces)
            && !namespaces.namespaces().personal.isEmpty())
            m_prefix = QString::fromUtf8(namespaces.namespaces().personal.front().prefix);
    }

    void connectWithImplicitTlsAndSessionTasks()
    {
        auto session = newSession(false);
        ConnectTask connect(ConnectOptions {}, &m_alice);
        QVERIFY(run(*session, connect));
        QVERIFY(session->transport()->isEncrypted());
        QCOMPARE(session->state(), ConnectionState::Authenticated);
        CapabilityTask capability;
        QVERIFY(run(*session, capability));
        QVERIFY(capability.advertised().contains("IMAP4rev1") || capability.advertised().contains("IMAP4REV1"));
        NoopTask noop;
        QVERIFY(run(*session, noop));
        IdTask id(QList<IdField> { { QStringLiteral("name"), QStringLiteral("Quire") } });
        if (session->hasCapability("ID")) {
            QVERIFY(run(*session, id));
            QVERIFY(!id.serverId().fields.isEmpty());
        }
        NamespaceTask namespaces;
        QVERIFY(run(*session, namespaces));
        QVERIFY(!namespaces.namespaces().personal.isEmpty());
        LogoutTask logout;
        QVERIFY(run(*session, logout));
        QTRY_COMPARE_WITH_TIMEOUT(session->state(), ConnectionState::Disconnected, kTimeoutMs);
    }

    void connectWithStartTls()
    {
        if (m_env.value(QStringLiteral("IMAP_PORT")).isEmpty())
            QSKIP("no plaintext port");
        auto session = loggedIn({}, true);
        QVERIFY(session);
        QVERIFY(session->transport()->isEncrypted());
        ListTask list;
        QVERIFY(run(*session, list));
        QVERIFY(!list.mailboxes().isEmpty());
    }

    void loginAndAuthenticatePlain()
    {
        for (auto method : { ConnectOptions::Authentication::Login, ConnectOptions::Authentication::Plain }) {
            ConnectOptions options;
            options.authentication = method;
            options.compress = false;
            auto session = loggedIn(options);
            QVERIFY(session);
            QCOMPARE(session->state(), ConnectionState::Authenticated);
        }
        auto session = newSession(false);
        FixedCredentialProvider wrong({ QStringLiteral("alice"), QStringLiteral("wrong") });
        ConnectTask connect(ConnectOptions {}, &wrong);
        QVERIFY(!run(*session, connect));
        QCOMPARE(connect.error()->kind, TaskErrorKind::No);
    }

    void enableAndCompress()
    {
        ConnectOptions options;
        options.enableExtensions = false;
        options.compress = false;
        auto session = loggedIn(options);
        QVERIFY(session);
        if (session->hasCapability("ENABLE") && session->hasCapability("CONDSTORE")) {
            EnableTask enable(QList<QByteArray> { "CONDSTORE" });
            QVERIFY(run(*session, enable));
            QVERIFY(session->enabledExtensions().contains("CONDSTORE"));
        }
        if (!session->hasCapability("COMPRESS=DEFLATE"))
            QSKIP("server does not offer COMPRESS=DEFLATE");
        CompressTask compress;
        QVERIFY(run(*session, compress));
        ListTask list;
        QVERIFY(run(*session, list));
        QVERIFY(!list.mailboxes().isEmpty());
    }

    void mailboxManagement()
    {
        auto session = loggedIn();
        QVERIFY(session);
        const QString name = uniqueMailbox("manage") + QStringLiteral("-Entwürfe");
        const QString renamed = name + QStringLiteral("-2");
        QVERIFY(createMailbox(*session, name));
        ListTask list(List { {}, { name } });
        QVERIFY(run(*session, list));
        QCOMPARE(list.mailboxes().size(), 1);
        QCOMPARE(list.mailboxes().front().name, name);
        SubscribeTask subscribe(name);
        QVERIFY(run(*session, subscribe));
        LsubTask lsub(Lsub { {}, name });
        QVERIFY(run(*session, lsub));
        QCOMPARE(lsub.mailboxes().size(), 1);
        UnsubscribeTask unsubscribe(name);
        QVERIFY(run(*session, unsubscribe));
        RenameTask rename(name, renamed);
        QVERIFY(run(*session, rename));
        QVERIFY(append(*session, renamed, message(QStringLiteral("status"), QStringLiteral("x"))) != 0
            || true); // APPENDUID is optional; the STATUS below is the check
        StatusTask status(renamed, { StatusItem::Messages, StatusItem::UidNext, StatusItem::UidValidity });
        QVERIFY(run(*session, status));
        QCOMPARE(status.status().messages, 1u);
        DeleteTask remove(renamed);
        QVERIFY(run(*session, remove));
        DeleteTask again(renamed);
        QVERIFY(!run(*session, again));
        QCOMPARE(again.error()->kind, TaskErrorKind::No);
    }

    void messageTasks()
    {
        auto session = loggedIn();
        QVERIFY(session);
        const QString box = uniqueMailbox("messages");
        const QString other = uniqueMailbox("target");
        QVERIFY(createMailbox(*session, box));
        QVERIFY(createMailbox(*session, other));
        QVERIFY(append(*session, box, message(QStringLiteral("Hello"), QStringLiteral("plain body"))) || true);
        QVERIFY(append(*session, box, message(QStringLiteral("Привет мир"), QStringLiteral("Тело письма"))) || true);
        QVERIFY(append(*session, box, message(QStringLiteral("Third"), QStringLiteral("three"))) || true);

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
        QVERIFY(session->mailbox()->flagsOf(all[0])->flags.contains("\\Flagged"));

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

        DeleteTask cleanup(box);
        QVERIFY(run(*session, cleanup));
        DeleteTask cleanupOther(other);
        QVERIFY(run(*session, cleanupOther));
    }

    void sortAndThread()
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
        QVERIFY(append(*session, box, threadMessage("a", "", QStringLiteral("Alpha"), 1)) || true);
        QVERIFY(append(*session, box, threadMessage("d", "a", re, 4)) || true);
        QVERIFY(append(*session, box, threadMessage("b", "a", re, 2)) || true);
        QVERIFY(append(*session, box, threadMessage("e", "", QStringLiteral("Привет"), 5)) || true);
        QVERIFY(append(*session, box, threadMessage("c", "a b", re, 3)) || true);
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

    void idleSeesAppendFromAnotherConnection()
    {
        auto session = loggedIn();
        auto writer = loggedIn();
        QVERIFY(session && writer);
        if (!session->hasCapability("IDLE"))
            QSKIP("no IDLE");
        const QString box = uniqueMailbox("idle");
        QVERIFY(createMailbox(*session, box));
        SelectTask select(Select { box });
        QVERIFY(run(*session, select));
        IdleTask idle;
        session->start(&idle);
        QVERIFY(QTest::qWaitFor([&] { return idle.isIdling(); }, kTimeoutMs));
        QSignalSpy added(session->mailbox(), &MailboxState::messagesAdded);
        append(*writer, box, message(QStringLiteral("pushed"), QStringLiteral("x")));
        QVERIFY(QTest::qWaitFor([&] { return added.count() > 0; }, kTimeoutMs));
        QCOMPARE(session->mailbox()->exists(), 1u);
        // A command while idling: DONE goes first, then the FETCH, then IDLE again.
        FetchTask fetch(Fetch { UidSet::fromRanges({ { 1, NumberSet::Star } }), { FetchItem::flags() } });
        QVERIFY(run(*session, fetch));
        QCOMPARE(fetch.messages().size(), 1);
        QVERIFY(QTest::qWaitFor([&] { return idle.isIdling(); }, kTimeoutMs));
        idle.stop();
        QVERIFY(QTest::qWaitFor([&] { return idle.isFinished(); }, kTimeoutMs));
        QCOMPARE(idle.outcome(), Task::Outcome::Succeeded);
        UnselectTask unselect;
        QVERIFY(run(*session, unselect));
        DeleteTask cleanup(box);
        QVERIFY(run(*session, cleanup));
    }

    void noExtensionsStillWorks()
    {
        SessionConfig config;
        config.hiddenCapabilities = { "MOVE", "UIDPLUS", "ESEARCH", "CONDSTORE", "QRESYNC", "COMPRESS=DEFLATE",
            "UNSELECT", "ENABLE", "ID", "LITERAL+", "LITERAL-", "SASL-IR", "UTF8=ACCEPT", "IDLE" };
        auto session = newSession(false, config);
        ConnectTask connect(ConnectOptions {}, &m_alice);
        QVERIFY(run(*session, connect));
        const QString box = uniqueMailbox("plain");
        const QString other = uniqueMailbox("plain-target");
        QVERIFY(createMailbox(*session, box));
        QVERIFY(createMailbox(*session, other));
        append(*session, box, message(QStringLiteral("Ünïcödé"), QStringLiteral("x")));
        SelectTask select(Select { box });
        QVERIFY(run(*session, select));
        SearchTask search(QList<SearchKey> { SearchKey::subject(QStringLiteral("Ünïcödé")) });
        QVERIFY(run(*session, search));
        QCOMPARE(search.uids().size(), 1);
        MoveTask move(UidSet::fromNumbers(search.uids()), other);
        QVERIFY(run(*session, move));
        QVERIFY(!move.usedMoveCommand());
        QVERIFY(move.originalsLeftDeleted());
        FetchTask flags(Fetch { UidSet::fromNumbers(search.uids()), { FetchItem::flags() } });
        QVERIFY(run(*session, flags));
        QVERIFY(flags.messages().first().flags->contains("\\Deleted"));
        UnselectTask unselect; // EXAMINE + CLOSE: must not expunge
        QVERIFY(run(*session, unselect));
        StatusTask status(box, { StatusItem::Messages });
        QVERIFY(run(*session, status));
        QCOMPARE(status.status().messages, 1u);
        DeleteTask cleanup(box);
        QVERIFY(run(*session, cleanup));
        DeleteTask cleanupOther(other);
        QVERIFY(run(*session, cleanupOther));
    }
};

QTEST_GUILESS_MAIN(ImapTasksTest)
#include "tst_imap_tasks.moc"
