#include "ui/NewMailNotifier.h"

#include "core/cache/Cache.h"
#include "core/sync/MailEngine.h"
#include "ui/AppSettings.h"

#include <QIcon>
#include <QSystemTrayIcon>
#include <QWidget>

#include <algorithm>

namespace quire::ui {

namespace {

const QString kInbox = QStringLiteral("INBOX");
constexpr int kMessageMs = 8'000;

quint32 inboxUidNext(sync::MailEngine *engine)
{
    auto record = engine->cache()->mailbox(kInbox);
    return record && *record ? (*record)->state.uidNext : 0;
}

} // namespace

int InboxArrivals::messagesAdded(const QList<quint32> &uids)
{
    if (m_uidNext == 0 || uids.isEmpty())
        return 0;
    const quint32 before = m_uidNext;
    const int count = int(std::count_if(uids.cbegin(), uids.cend(), [before](quint32 uid) { return uid >= before; }));
    m_uidNext = std::max(m_uidNext, *std::max_element(uids.cbegin(), uids.cend()) + 1);
    return count;
}

bool InboxArrivals::uidNextKnown(quint32 uidNext)
{
    if (uidNext == 0)
        return false;
    const bool grew = m_uidNext != 0 && uidNext > m_uidNext;
    m_uidNext = std::max(m_uidNext, uidNext);
    return grew;
}

bool shouldNotify(int arrivals, bool enabled, bool trayAvailable, bool windowActive)
{
    return arrivals > 0 && enabled && trayAvailable && !windowActive;
}

NewMailNotifier::NewMailNotifier(QWidget *window, QObject *parent)
    : QObject(parent)
    , m_window(window)
{
    updateEnabled();
}

NewMailNotifier::~NewMailNotifier()
{
    clear();
}

void NewMailNotifier::watch(sync::MailEngine *engine, const QString &accountName)
{
    auto *watched = new Watched { engine, accountName, InboxArrivals(inboxUidNext(engine)) };
    m_watched.append(watched);
    connect(engine, &sync::MailEngine::messagesAdded, this,
        [this, watched](const QString &mailbox, const QList<quint32> &uids) {
            if (mailbox != kInbox)
                return;
            arrived(watched->accountName, watched->arrivals.messagesAdded(uids));
            updateToolTip();
        });
    const auto statusKnown = [this, watched](const QString &mailbox) {
        if (mailbox != kInbox || !watched->engine)
            return;
        // The count is not known from STATUS alone: -1 says "some".
        if (watched->arrivals.uidNextKnown(inboxUidNext(watched->engine)))
            arrived(watched->accountName, -1);
        updateToolTip();
    };
    connect(engine, &sync::MailEngine::mailboxStatusChanged, this, statusKnown);
    connect(engine, &sync::MailEngine::mailboxSynced, this, statusKnown);
    connect(engine, &sync::MailEngine::flagsChanged, this, [this](const QString &mailbox) {
        if (mailbox == kInbox)
            updateToolTip();
    });
    updateToolTip();
}

void NewMailNotifier::clear()
{
    for (Watched *watched : std::as_const(m_watched)) {
        if (watched->engine)
            watched->engine->disconnect(this);
    }
    qDeleteAll(m_watched);
    m_watched.clear();
    updateToolTip();
}

void NewMailNotifier::updateEnabled()
{
    const bool wanted = AppSettings::notificationsEnabled() && QSystemTrayIcon::isSystemTrayAvailable();
    if (wanted == (m_tray != nullptr))
        return;
    if (!wanted) {
        delete m_tray;
        m_tray = nullptr;
        return;
    }
    m_tray = new QSystemTrayIcon(QIcon(QStringLiteral(":/icons/org.quire.Quire.svg")), this);
    connect(m_tray, &QSystemTrayIcon::activated, this, [this](QSystemTrayIcon::ActivationReason reason) {
        if (reason == QSystemTrayIcon::Trigger || reason == QSystemTrayIcon::DoubleClick)
            raiseWindow();
    });
    connect(m_tray, &QSystemTrayIcon::messageClicked, this, &NewMailNotifier::raiseWindow);
    updateToolTip();
    m_tray->show();
}

int NewMailNotifier::unreadCount() const
{
    int unread = 0;
    for (const Watched *watched : m_watched) {
        if (!watched->engine)
            continue;
        auto record = watched->engine->cache()->mailbox(kInbox);
        if (record && *record)
            unread += int((*record)->state.unseen);
    }
    return unread;
}

void NewMailNotifier::arrived(const QString &accountName, int count)
{
    if (count == 0)
        return;
    Q_EMIT newMailArrived(accountName, count);
    const bool active = m_window->isActiveWindow();
    if (!shouldNotify(count < 0 ? 1 : count, AppSettings::notificationsEnabled(), m_tray != nullptr, active))
        return;
    const QString title = tr("New mail");
    //: The tray message; %1 is the account's name
    const QString text = count < 0 ? tr("New mail has arrived in the inbox of %1.").arg(accountName)
                                   : tr("%n new message(s) in the inbox of %1.", nullptr, count).arg(accountName);
    m_tray->showMessage(title, text, QSystemTrayIcon::Information, kMessageMs);
    Q_EMIT notified(title, text);
}

void NewMailNotifier::updateToolTip()
{
    if (!m_tray)
        return;
    //: The tray icon's tooltip
    m_tray->setToolTip(tr("Quire: %n unread message(s) in the inbox", nullptr, unreadCount()));
}

void NewMailNotifier::raiseWindow()
{
    m_window->setWindowState(m_window->windowState() & ~Qt::WindowMinimized);
    m_window->show();
    m_window->raise();
    m_window->activateWindow();
}

} // namespace quire::ui
