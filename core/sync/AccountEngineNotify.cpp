// NOTIFY (RFC 5465): the server pushes the other folders' counts and folder
// name changes, so the status timer need not poll them.
//
// It is set on the second connection, which never selects a mailbox: there
// NOTIFY has no SELECTED group to get right, and the first connection, which
// syncs the open mailbox and IDLEs on it, reports exactly as without NOTIFY.
// Notifications come unasked whenever the server has them (Dovecot sends
// them at once, in IDLE or not); the session's keep-alive NOOP keeps the
// idle second connection from the server's autologout.

#include "core/imap/tasks/ConnectionTasks.h"
#include "core/imap/tasks/MailboxTasks.h"
#include "core/sync/AccountEngine.h"
#include "core/sync/BackgroundConnection.h"

#include <QLoggingCategory>

Q_DECLARE_LOGGING_CATEGORY(lcEngine)

namespace quire::sync {

namespace {

imap::Notify notifyCommand()
{
    using Event = imap::NotifyEvent;
    imap::NotifyGroup personal;
    personal.mailboxes.kind = imap::NotifyMailboxes::Kind::Personal;
    // FlagChange must come with MessageNew and MessageExpunge (RFC 5465 5.4);
    // for mailboxes other than the selected one each yields a STATUS.
    personal.events = { Event::MessageNew, Event::MessageExpunge, Event::FlagChange, Event::MailboxName,
        Event::SubscriptionChange };
    // STATUS: every folder's counts at once, closing the gap between the
    // last LIST and the NOTIFY.
    return imap::Notify { true, { personal } };
}

} // namespace

void AccountEngine::startStatusTimer()
{
    if (m_options.statusInterval.count() > 0)
        m_statusTimer.start();
}

void AccountEngine::startNotify(BackgroundConnection *background)
{
    imap::Session *session = background->session();
    connect(session, &imap::Session::unsolicitedResponse, this,
        [this, session](const imap::Response &response) { onNotification(session, response); });
    connect(session, &imap::Session::notificationOverflow, this, [this, background] {
        if (background != m_background || !m_notifying)
            return;
        stopNotify(QStringLiteral("the server overflowed (NOTIFICATIONOVERFLOW)"));
        // What was dropped is unknown: ask for everything now.
        refreshCounts();
    });
    background->run([this, background](imap::Session &on, auto done) {
        auto *notify = new imap::NotifyTask(notifyCommand());
        runTaskOn(&on, notify, [this, background, notify, done](imap::Task *) {
            if (background != m_background)
                return done();
            if (notify->outcome() == imap::Task::Outcome::Succeeded) {
                m_notifying = true;
            } else {
                const imap::TaskError error = notify->error().value_or(imap::TaskError {});
                stopNotify(
                    QStringLiteral("NOTIFY refused: %1 %2")
                        .arg(QString::fromUtf8(error.serverText), QString::fromUtf8(notify->badEvents().join(' '))));
            }
            done();
        });
    });
}

void AccountEngine::stopNotify(const QString &why)
{
    qCInfo(lcEngine) << "counts are polled:" << why;
    m_notifying = false;
    startStatusTimer();
}

void AccountEngine::onNotification(imap::Session *session, const imap::Response &response)
{
    if (!m_background || session != m_background->session())
        return;
    if (const auto *status = std::get_if<imap::StatusResponse>(&response)) {
        const QString name = imap::decodeServerMailboxName(*session, status->mailbox);
        // The open mailbox's counts come from its sync on the first connection.
        if (name != m_selected)
            applyCounts(name, *status);
        return;
    }
    // MailboxName and SubscriptionChange events: a created, deleted or
    // renamed folder, or a changed subscription. A LIST learns it all.
    if (std::holds_alternative<imap::ListResponse>(response) && !m_listRefreshTimer.isActive())
        m_listRefreshTimer.start();
}

} // namespace quire::sync
