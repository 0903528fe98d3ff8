// The connection and mailbox tasks against a real server, the shared
// helpers, and the final check that every seed command reached it. See
// ImapTasksTest.h.

#include "core/imap/tasks/ConnectionTasks.h"
#include "core/imap/tasks/IdleTask.h"
#include "core/imap/tasks/MailboxTasks.h"
#include "core/imap/tasks/MessageTasks.h"
#include "core/imap/tasks/SelectedTasks.h"
#include "core/imap/transport/SslSocketTransport.h"
#include "tests/integration/ImapTasksTest.h"
#include "tests/support/ServerEnvFile.h"

#include <QSignalSpy>
#include <QTest>
#include <QUuid>

#include <algorithm>

using namespace quire::imap;

QByteArray testMessage(const QString &subject, const QString &body)
{
    return "From: Quire Test <test@example.org>\r\nTo: alice@example.org\r\nSubject: =?UTF-8?B?"
        + subject.toUtf8().toBase64() + "?=\r\nMIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\n"
        + "Content-Transfer-Encoding: 8bit\r\n\r\n" + body.toUtf8() + "\r\n";
}

void CommandsCompleted::watch(Session &session)
{
    // Per session: the command each tag stands for, and a partial line.
    struct Wire {
        QHash<QByteArray, QByteArray> commandOfTag;
        QByteArray received;
    };
    auto wire = std::make_shared<Wire>();
    const QByteArray prefix = session.config().tagPrefix;
    QObject::connect(&session, &Session::protocolLog, &session,
        [this, wire, prefix](LogDirection direction, const QByteArray &bytes) {
            if (direction == LogDirection::Sent) {
                // One write is at most one line (literals are written apart).
                const QList<QByteArray> words = bytes.trimmed().split(' ');
                if (words.size() < 2 || !words[0].startsWith(prefix))
                    return;
                QByteArray command = words[1].toUpper();
                if (command == "UID" && words.size() > 2)
                    command += ' ' + words[2].toUpper();
                wire->commandOfTag.insert(words[0], command);
                return;
            }
            wire->received += bytes;
            qsizetype end;
            while ((end = wire->received.indexOf("\r\n")) >= 0) {
                const QList<QByteArray> words = wire->received.left(end).split(' ');
                wire->received.remove(0, end + 2);
                if (words.size() >= 2 && words[1].toUpper() == "OK" && wire->commandOfTag.contains(words[0]))
                    m_completed.insert(wire->commandOfTag.value(words[0]));
            }
        });
}

std::unique_ptr<Session> ImapTasksTest::newSession(bool startTls, SessionConfig config)
{
    SslSocketSettings settings;
    settings.host = m_env.value(QStringLiteral("IMAP_HOST"));
    settings.port = quint16(
        (startTls ? m_env.value(QStringLiteral("IMAP_PORT")) : m_env.value(QStringLiteral("IMAPS_PORT"))).toUInt());
    settings.tls = startTls ? SslSocketSettings::Tls::StartTls : SslSocketSettings::Tls::Implicit;
    settings.extraCaFile = m_env.value(QStringLiteral("IMAP_CA_CERT"));
    config.keepAliveInterval = std::chrono::milliseconds(0);
    auto session = std::make_unique<Session>(std::make_unique<SslSocketTransport>(settings), config);
    m_commands.watch(*session);
    return session;
}

bool ImapTasksTest::run(Session &session, Task &task)
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

std::unique_ptr<Session> ImapTasksTest::loggedIn(ConnectOptions options, bool startTls)
{
    auto session = newSession(startTls);
    options.startTls = startTls;
    ConnectTask connect(options, &m_alice);
    if (!run(*session, connect))
        return nullptr;
    return session;
}

QString ImapTasksTest::uniqueMailbox(const char *purpose)
{
    return m_prefix
        + QStringLiteral("quire-%1-%2")
              .arg(QLatin1String(purpose), QUuid::createUuid().toString(QUuid::Id128).left(12));
}

bool ImapTasksTest::createMailbox(Session &session, const QString &name)
{
    CreateTask create(name);
    return run(session, create);
}

bool ImapTasksTest::deleteMailboxes(Session &session, const QStringList &names)
{
    return std::all_of(names.begin(), names.end(), [&](const QString &name) {
        DeleteTask remove(name);
        return run(session, remove);
    });
}

quint32 ImapTasksTest::append(
    Session &session, const QString &mailbox, const QByteArray &bytes, QList<QByteArray> flags)
{
    AppendTask task(Append { mailbox, flags, std::nullopt, bytes });
    return run(session, task) ? task.uid() : 0;
}

void ImapTasksTest::initTestCase()
{
    m_env = readServerEnvFile(qEnvironmentVariable("QUIRE_IMAP_ENV"));
    if (m_env.isEmpty())
        QSKIP("QUIRE_IMAP_ENV not set or unreadable");
    auto session = loggedIn();
    QVERIFY(session);
    NamespaceTask namespaces;
    if (session->hasCapability("NAMESPACE") && run(*session, namespaces) && !namespaces.namespaces().personal.isEmpty())
        m_prefix = QString::fromUtf8(namespaces.namespaces().personal.front().prefix);
}

void ImapTasksTest::connectWithImplicitTlsAndSessionTasks()
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

void ImapTasksTest::connectWithStartTls()
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

void ImapTasksTest::loginAndAuthenticatePlain()
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

void ImapTasksTest::enableAndCompress()
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

void ImapTasksTest::mailboxManagement()
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
    // Both servers have UIDPLUS: a UID says APPENDUID was understood.
    QVERIFY(append(*session, renamed, testMessage(QStringLiteral("status"), QStringLiteral("x"))) != 0);
    StatusTask status(renamed, { StatusItem::Messages, StatusItem::UidNext, StatusItem::UidValidity });
    QVERIFY(run(*session, status));
    QCOMPARE(status.status().messages, 1u);
    DeleteTask remove(renamed);
    QVERIFY(run(*session, remove));
    DeleteTask again(renamed);
    QVERIFY(!run(*session, again));
    QCOMPARE(again.error()->kind, TaskErrorKind::No);
}

void ImapTasksTest::idleSeesAppendFromAnotherConnection()
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
    append(*writer, box, testMessage(QStringLiteral("pushed"), QStringLiteral("x")));
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

void ImapTasksTest::everySeedCommandCompleted()
{
    // RFC 2060's commands and the extensions, in both forms.
    const QList<QByteArray> seed { "CAPABILITY", "NOOP", "LOGOUT", "AUTHENTICATE", "LOGIN", "SELECT", "EXAMINE",
        "CREATE", "DELETE", "RENAME", "SUBSCRIBE", "UNSUBSCRIBE", "LIST", "LSUB", "STATUS", "APPEND", "CHECK", "CLOSE",
        "EXPUNGE", "SEARCH", "FETCH", "STORE", "COPY", "UID SEARCH", "UID FETCH", "UID STORE", "UID COPY", "IDLE",
        "MOVE", "UID MOVE", "ENABLE", "ID", "NAMESPACE", "UNSELECT", "COMPRESS", "STARTTLS", "UID EXPUNGE", "UID SORT",
        "UID THREAD" };
    QList<QByteArray> missing;
    std::copy_if(seed.begin(), seed.end(), std::back_inserter(missing),
        [&](const QByteArray &command) { return !m_commands.completed().contains(command); });
    QVERIFY2(missing.isEmpty(), "never completed with OK on this server: " + missing.join(", "));
}

QTEST_GUILESS_MAIN(ImapTasksTest)
