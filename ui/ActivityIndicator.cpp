#include "ui/ActivityIndicator.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QTimer>
#include <QToolButton>

namespace quire::ui {

namespace {
constexpr int kSyncShowDelayMs = 400;
}

ActivityIndicator::ActivityIndicator(QWidget *parent)
    : QWidget(parent)
    , m_label(new QLabel)
    , m_bar(new QProgressBar)
    , m_cancel(new QToolButton)
    , m_syncDelay(new QTimer(this))
{
    setObjectName(QStringLiteral("activityIndicator"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_label);
    layout->addWidget(m_bar);
    layout->addWidget(m_cancel);
    m_bar->setMaximumWidth(160);
    m_bar->setMaximumHeight(m_label->sizeHint().height() + 4);
    m_cancel->setAutoRaise(true);
    m_syncDelay->setSingleShot(true);
    m_syncDelay->setInterval(kSyncShowDelayMs);
    connect(m_syncDelay, &QTimer::timeout, this, &ActivityIndicator::update);
    connect(m_cancel, &QToolButton::clicked, this, &ActivityIndicator::cancel);
    retranslate();
    setVisible(false);
}

void ActivityIndicator::watch(sync::MailEngine *engine, const QString &accountName)
{
    m_activities[engine].account = accountName;
    connect(engine, &QObject::destroyed, this, [this, engine] {
        m_activities.remove(engine);
        if (m_shown == engine)
            m_shown = nullptr;
        update();
    });
    connect(engine, &sync::MailEngine::syncStateChanged, this,
        [this, engine](const QString &mailbox, sync::SyncState state) {
            Activity &activity = m_activities[engine];
            const bool wasIdle = activity.syncing.isEmpty();
            if (state == sync::SyncState::Syncing) {
                activity.syncing.insert(mailbox);
            } else {
                activity.syncing.remove(mailbox);
                activity.cancellingSync.remove(mailbox);
            }
            if (wasIdle && !activity.syncing.isEmpty())
                m_syncDelay->start();
            update();
        });
    connect(engine, &sync::MailEngine::offlineDownloadProgress, this,
        [this, engine](const QString &mailbox, int done, int total) {
            Activity &activity = m_activities[engine];
            activity.downloading = true;
            activity.downloadMailbox = mailbox;
            activity.downloadDone = done;
            activity.downloadTotal = total;
            update();
        });
    connect(engine, &sync::MailEngine::offlineDownloadFinished, this, [this, engine] {
        m_activities[engine].downloading = false;
        m_activities[engine].cancelling = false;
        update();
    });
    connect(engine, &sync::MailEngine::journalReplayProgress, this, [this, engine](int remaining) {
        Activity &activity = m_activities[engine];
        activity.replayRemaining = remaining;
        activity.replayTotal = remaining ? qMax(activity.replayTotal, remaining) : 0;
        update();
    });
    connect(engine, &sync::MailEngine::journalReplayPaused, this, [this, engine](int) {
        Activity &activity = m_activities[engine];
        activity.replayRemaining = 0;
        activity.replayTotal = 0;
        activity.cancelling = false;
        update();
    });
    connect(engine, &sync::MailEngine::connectionStateChanged, this,
        [this, engine](sync::ConnectionState state) { onConnectionStateChanged(engine, state); });
}

// Nothing runs without a connection: what was running stops showing. The
// engine's own signals say what resumes.
void ActivityIndicator::onConnectionStateChanged(sync::MailEngine *engine, sync::ConnectionState state)
{
    if (state == sync::ConnectionState::Online)
        return;
    Activity &activity = m_activities[engine];
    activity.syncing.clear();
    activity.replayRemaining = 0;
    activity.replayTotal = 0;
    update();
}

// Cancel stops what the bar shows. Each stays disabled until the engine
// says it stopped: the command in flight is answered first.
void ActivityIndicator::cancel()
{
    if (!m_shown)
        return;
    Activity &activity = m_activities[m_shown];
    m_cancel->setEnabled(false);
    if (activity.downloading) {
        activity.cancelling = true;
        m_shown->cancelOfflineDownload();
    } else if (activity.replayRemaining > 0) {
        // The rest of the journal waits for later; nothing is dropped.
        activity.cancelling = true;
        m_shown->pauseJournalReplay();
    } else if (!activity.syncing.isEmpty()) {
        const QString mailbox = *activity.syncing.cbegin();
        activity.cancellingSync.insert(mailbox);
        m_shown->cancelSync(mailbox);
    }
}

void ActivityIndicator::update()
{
    // The most important activity of any account: the one the user can cancel first.
    m_shown = nullptr;
    for (int pass = 0; pass < 3 && !m_shown; ++pass) {
        for (auto it = m_activities.cbegin(); it != m_activities.cend() && !m_shown; ++it) {
            const Activity &activity = it.value();
            const bool busy = pass == 0 ? activity.downloading
                : pass == 1             ? activity.replayRemaining > 0
                                        : !activity.syncing.isEmpty() && !m_syncDelay->isActive();
            if (busy)
                m_shown = it.key();
        }
    }
    setVisible(m_shown != nullptr);
    if (!m_shown)
        return;
    const Activity &activity = m_activities.value(m_shown);
    QString text;
    if (activity.downloading) {
        //: Make Available Offline is running; %1 is the folder whose messages are downloaded
        text = tr("Downloading %1 for offline use").arg(activity.downloadMailbox);
        m_bar->setRange(0, qMax(activity.downloadTotal, 1));
        m_bar->setValue(activity.downloadDone);
        m_cancel->setEnabled(!activity.cancelling);
    } else if (activity.replayRemaining > 0) {
        text = tr("Sending %n change(s) to the server", nullptr, activity.replayRemaining);
        m_bar->setRange(0, activity.replayTotal);
        m_bar->setValue(activity.replayTotal - activity.replayRemaining);
        m_cancel->setEnabled(!activity.cancelling);
    } else {
        const QString mailbox = *activity.syncing.cbegin();
        text = tr("Synchronizing %1").arg(mailbox);
        m_bar->setRange(0, 0); // the engine cannot say how far it is
        m_cancel->setEnabled(!activity.cancellingSync.contains(mailbox));
    }
    //: Several accounts: the account's name, then what runs for it
    m_label->setText(m_activities.size() > 1 ? tr("%1: %2").arg(activity.account, text) : text);
}

void ActivityIndicator::retranslate()
{
    m_cancel->setText(tr("Cancel"));
    //: Changes not sent yet are kept and sent later
    m_cancel->setToolTip(tr("Stop this operation; changes not sent yet are kept for later"));
    m_bar->setAccessibleName(tr("Progress"));
    m_cancel->setAccessibleName(tr("Cancel the operation"));
    update();
}

void ActivityIndicator::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        retranslate();
}

} // namespace quire::ui
