#pragma once

// The status bar's progress for long operations of every account: a folder
// sync (no measure: an indeterminate bar), "make available offline"
// (messages cached out of all) and sending the journal (bulk moves and
// changes made offline). Cancel stops what the bar shows: the download after
// its batch, the journal after the entry in flight (the rest stays journaled
// for later, except the unsent chunks of a bulk move, which are dropped: those
// messages stay where they were), a sync at once (the cache keeps its state
// from before). Hidden while nothing runs.

#include "core/sync/MailEngine.h"

#include <QHash>
#include <QSet>
#include <QWidget>

class QLabel;
class QProgressBar;
class QTimer;
class QToolButton;

namespace quire::ui {

class ActivityIndicator : public QWidget
{
    Q_OBJECT

public:
    explicit ActivityIndicator(QWidget *parent = nullptr);

    void watch(sync::MailEngine *engine, const QString &accountName);

    QProgressBar *progressBar() const { return m_bar; }
    QToolButton *cancelButton() const { return m_cancel; }
    QLabel *label() const { return m_label; }

protected:
    void changeEvent(QEvent *event) override;

private:
    struct Activity {
        QString account;
        QSet<QString> syncing;
        bool downloading = false;
        bool cancelling = false; // Cancel was clicked; the engine finishes the batch or entry in flight
        QSet<QString> cancellingSync; // mailboxes whose sync Cancel stopped, until they stop
        QString downloadMailbox;
        int downloadDone = 0;
        int downloadTotal = 0;
        int replayRemaining = 0;
        int replayTotal = 0; // the most entries waiting since the journal was last empty
    };

    void retranslate();
    void update();
    void onConnectionStateChanged(sync::MailEngine *engine, sync::ConnectionState state);
    void cancel();

    QLabel *m_label;
    QProgressBar *m_bar;
    QToolButton *m_cancel;
    // A quick folder sync shows nothing; one that takes a while shows the bar.
    QTimer *m_syncDelay;
    QHash<sync::MailEngine *, Activity> m_activities;
    sync::MailEngine *m_shown = nullptr; // whose activity the bar shows
};

} // namespace quire::ui
