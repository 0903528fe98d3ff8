#pragma once

// New-mail notification through the system tray (optional): a tray icon whose
// tooltip counts the unread messages in the inboxes, and a message when new
// mail arrives in an inbox while the window is not active. Clicking either
// raises the window. Without a tray, or with notifications switched off in
// Preferences, there is no icon and no message.

#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>

class QSystemTrayIcon;
class QWidget;

namespace quire::sync {
class MailEngine;
}

namespace quire::ui {

// Which inbox arrivals are new mail: UIDs at or above the inbox's UIDNEXT as
// last known. Until UIDNEXT is known (an empty cache's first sync) nothing
// counts, so a first download of the whole inbox is not "new mail".
class InboxArrivals
{
public:
    explicit InboxArrivals(quint32 uidNext = 0)
        : m_uidNext(uidNext)
    {
    }
    // The engine added these UIDs to the inbox: how many arrived since.
    int messagesAdded(const QList<quint32> &uids);
    // The cache's UIDNEXT after a sync or STATUS: whether it grew (mail
    // arrived that messagesAdded did not report, as in a folder not open).
    bool uidNextKnown(quint32 uidNext);

private:
    quint32 m_uidNext;
};

// Whether arrivals become a tray message.
bool shouldNotify(int arrivals, bool enabled, bool trayAvailable, bool windowActive);

class NewMailNotifier : public QObject
{
    Q_OBJECT
public:
    // window is raised on a click; it must outlive the notifier.
    explicit NewMailNotifier(QWidget *window, QObject *parent = nullptr);
    ~NewMailNotifier() override;

    // Follows the engine's inbox; accountName goes into the message.
    void watch(sync::MailEngine *engine, const QString &accountName);
    void clear();
    // Reads the setting again (after Preferences): shows or hides the icon.
    void updateEnabled();
    bool isActive() const { return m_tray != nullptr; }
    QSystemTrayIcon *trayIcon() const { return m_tray; }
    int unreadCount() const;
    // The tooltip, again in the current language.
    void updateToolTip();

Q_SIGNALS:
    // Mail arrived in an account's inbox: count messages, -1 when only
    // STATUS told (some). Emitted whether or not a tray message follows.
    void newMailArrived(const QString &accountName, int count);
    // A tray message was shown.
    void notified(const QString &title, const QString &text);

private:
    struct Watched {
        QPointer<sync::MailEngine> engine;
        QString accountName;
        InboxArrivals arrivals;
    };
    void arrived(const QString &accountName, int count);
    void raiseWindow();

    QWidget *m_window;
    QSystemTrayIcon *m_tray = nullptr;
    QList<Watched *> m_watched;
};

} // namespace quire::ui
