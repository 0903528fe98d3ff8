#include "core/sync/BackgroundConnection.h"

#include "core/imap/tasks/ConnectionTasks.h"

#include <QTimer>

namespace quire::sync {

BackgroundConnection::BackgroundConnection(std::unique_ptr<imap::Transport> transport,
    const imap::SessionConfig &config, const imap::ConnectOptions &connectOptions,
    imap::CredentialProvider *credentials, QObject *parent)
    : QObject(parent)
    , m_session(std::make_unique<imap::Session>(std::move(transport), config))
    , m_connect(connectOptions)
    , m_credentials(credentials)
{
    connect(m_session.get(), &imap::Session::connectionLost, this,
        [this](const imap::TaskError &error) { fail(QString::fromUtf8(error.serverText)); });
}

BackgroundConnection::~BackgroundConnection()
{
    m_lost = true; // tasks the abort finishes must not reach a half-destroyed engine
    m_jobs.clear();
    m_session->disconnect(this);
    m_session->abortConnection();
    // As the engine does with its first session: tasks and the transport may
    // still hold it in slots that run after the abort.
    m_session.release()->deleteLater();
}

void BackgroundConnection::open()
{
    auto *connectTask = new imap::ConnectTask(m_connect, m_credentials, this);
    connect(connectTask, &imap::Task::finished, this, [this, connectTask] {
        connectTask->deleteLater();
        if (m_lost)
            return;
        if (connectTask->outcome() != imap::Task::Outcome::Succeeded) {
            const imap::TaskError error = connectTask->error().value_or(imap::TaskError {});
            return fail(QString::fromUtf8(error.serverText));
        }
        m_ready = true;
        Q_EMIT ready();
        pump();
    });
    m_session->open();
    m_session->start(connectTask);
}

void BackgroundConnection::run(Job job)
{
    if (m_lost)
        return;
    m_jobs.push_back(std::move(job));
    pump();
}

void BackgroundConnection::close()
{
    run([this](imap::Session &session, std::function<void()> done) {
        auto *logout = new imap::LogoutTask(this);
        connect(logout, &imap::Task::finished, this, [this, logout, done] {
            logout->deleteLater();
            done();
            fail(QStringLiteral("logged out"));
        });
        session.start(logout);
    });
}

void BackgroundConnection::pump()
{
    if (!m_ready || m_working || m_lost)
        return;
    if (m_jobs.empty()) {
        Q_EMIT idle();
        return;
    }
    Job job = std::move(m_jobs.front());
    m_jobs.pop_front();
    m_working = true;
    job(*m_session, [this] {
        if (m_lost)
            return;
        m_working = false;
        QTimer::singleShot(0, this, &BackgroundConnection::pump);
    });
}

void BackgroundConnection::fail(const QString &why)
{
    if (m_lost)
        return;
    m_lost = true;
    m_ready = false;
    m_working = false;
    m_jobs.clear();
    Q_EMIT lost(why);
}

} // namespace quire::sync
