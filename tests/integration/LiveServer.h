#pragma once

// For integration tests that drive the engine and the models against the
// server named by QUIRE_IMAP_ENV: a transport to its implicit-TLS port that
// trusts only its private CA, running one task to its end, and another
// client's session to change the server behind the engine's back.

#include "core/imap/session/Session.h"
#include "core/imap/tasks/ConnectTask.h"
#include "core/imap/tasks/Task.h"
#include "core/imap/transport/SslSocketTransport.h"

#include <QHash>
#include <QTest>

#include <memory>

namespace quire::test {

inline constexpr int kLiveTimeoutMs = 20000;

// To the server's implicit-TLS port, or through a proxy on throughPort.
inline std::unique_ptr<imap::Transport> implicitTlsTransport(
    const QHash<QString, QString> &env, quint16 throughPort = 0)
{
    imap::SslSocketSettings settings;
    settings.host = env.value(QStringLiteral("IMAP_HOST"));
    settings.port = throughPort ? throughPort : quint16(env.value(QStringLiteral("IMAPS_PORT")).toUInt());
    settings.extraCaFile = env.value(QStringLiteral("IMAP_CA_CERT"));
    return std::make_unique<imap::SslSocketTransport>(settings);
}

// Starts the task and waits for its end; true when it succeeded. A failure
// is logged with the server's words, so that a failing test says why.
inline bool runToEnd(imap::Session &session, imap::Task &task)
{
    session.start(&task);
    if (!QTest::qWaitFor([&] { return task.isFinished(); }, kLiveTimeoutMs))
        return false;
    if (task.outcome() != imap::Task::Outcome::Succeeded) {
        qWarning() << task.metaObject()->className()
                   << "failed:" << (task.error() ? task.error()->serverText : QByteArray());
        return false;
    }
    return true;
}

// Another mail program on its own connection, logged in with these
// credentials and sending no keep-alive NOOPs; null when the login failed.
inline std::unique_ptr<imap::Session> otherClient(
    const QHash<QString, QString> &env, imap::CredentialProvider *credentials, imap::SessionConfig config = {})
{
    config.keepAliveInterval = std::chrono::milliseconds(0);
    auto session = std::make_unique<imap::Session>(implicitTlsTransport(env), config);
    imap::ConnectTask connect(imap::ConnectOptions {}, credentials);
    return runToEnd(*session, connect) ? std::move(session) : nullptr;
}

// Where a test may create folders of its own: Cyrus keeps a user's folders
// under INBOX (its default altnamespace off), Dovecot at the top level.
inline QString folderPrefix(const QHash<QString, QString> &env)
{
    return env.value(QStringLiteral("SERVER_KIND")) == QLatin1String("cyrus") ? QStringLiteral("INBOX.") : QString();
}

} // namespace quire::test
