#pragma once

// The account's second connection: folder lists, STATUS counts of the other
// folders, and other work that needs no mailbox selected, so that the first
// connection can stay on the open mailbox in IDLE. Jobs run one at a time in
// the order given. The connection is opened once; when it is lost it says
// so (lost()) and is not reopened here: the engine makes a new one on its
// next connect and meanwhile runs such work on its first connection.

#include "core/imap/session/CredentialProvider.h"
#include "core/imap/session/Session.h"
#include "core/imap/tasks/ConnectTask.h"

#include <QObject>

#include <deque>
#include <functional>
#include <memory>

namespace quire::sync {

class BackgroundConnection : public QObject
{
    Q_OBJECT

public:
    // A job gets the session and must call done exactly once.
    using Job = std::function<void(imap::Session &session, std::function<void()> done)>;

    BackgroundConnection(std::unique_ptr<imap::Transport> transport, const imap::SessionConfig &config,
        const imap::ConnectOptions &connectOptions, imap::CredentialProvider *credentials, QObject *parent = nullptr);
    ~BackgroundConnection() override;

    // Connects and logs in; ready() or lost() follows.
    void open();
    bool isReady() const { return m_ready; }
    // Nothing queued and nothing running.
    bool isIdle() const { return !m_working && m_jobs.empty(); }
    // Runs when the connection is ready; dropped if it is lost first.
    void run(Job job);
    // LOGOUT after the jobs queued so far; lost() follows.
    void close();
    imap::Session *session() const { return m_session.get(); }

Q_SIGNALS:
    void ready();
    void lost(const QString &why);
    // The queue ran dry.
    void idle();

private:
    void pump();
    void fail(const QString &why);

    std::unique_ptr<imap::Session> m_session;
    imap::ConnectOptions m_connect;
    imap::CredentialProvider *m_credentials;
    std::deque<Job> m_jobs;
    bool m_ready = false;
    bool m_working = false;
    bool m_lost = false;
};

} // namespace quire::sync
