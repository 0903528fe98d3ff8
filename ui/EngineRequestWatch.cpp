#include "ui/EngineRequestWatch.h"

#include "core/sync/MailEngine.h"

namespace quire::ui {

EngineRequestWatch::EngineRequestWatch(
    sync::MailEngine *engine, const QString &mailbox, std::function<void(QString why)> onLost, QObject *parent)
    : QObject(parent)
    , m_onLost(std::move(onLost))
{
    connect(engine, &sync::MailEngine::connectionStateChanged, this, [this](sync::ConnectionState state) {
        if (state != sync::ConnectionState::Online)
            lose(tr("The connection to the server was lost."));
    });
    // A failed sync of the mailbox is a failed SELECT: the queue drops what waited for it.
    connect(engine, &sync::MailEngine::syncStateChanged, this,
        [this, mailbox](const QString &synced, sync::SyncState state) {
            if (synced != mailbox)
                return;
            if (state == sync::SyncState::Failed)
                lose(tr("The folder could not be opened on the server."));
            else if (state == sync::SyncState::NotSynced) // Cancel in the progress bar
                lose(tr("Opening the folder on the server was cancelled."));
        });
    connect(engine, &QObject::destroyed, this, [this] { lose(tr("The account was closed.")); });
}

void EngineRequestWatch::finish()
{
    m_finished = true;
    disconnect();
}

void EngineRequestWatch::lose(const QString &why)
{
    if (m_finished)
        return;
    finish();
    if (m_onLost)
        m_onLost(why);
}

} // namespace quire::ui
