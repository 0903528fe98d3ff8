// Server-side threading for the models: UID THREAD REFERENCES through the
// work queue, so the mailbox is selected and synced and the UIDs the server
// names are the cache's.
#include "core/imap/tasks/SortThreadTasks.h"
#include "core/sync/AccountEngine.h"

namespace quire::sync {

bool AccountEngine::offersServerThreading() const
{
    return m_connectionState == ConnectionState::Online && m_session
        && m_session->hasCapability(imap::ThreadTask::capabilityFor(imap::Thread::Algorithm::References));
}

void AccountEngine::requestServerThreads(const QString &mailbox)
{
    if (!offersServerThreading())
        return;
    auto *task = new imap::ThreadTask(imap::Thread::Algorithm::References);
    runInMailbox(mailbox, task, [this, mailbox](imap::Task *finished) {
        if (finished->outcome() != imap::Task::Outcome::Succeeded)
            return; // the models keep their local threads
        const auto &threads = static_cast<imap::ThreadTask *>(finished)->threads();
        Q_EMIT serverThreadsArrived(mailbox, imap::threadParents(threads));
    });
}

} // namespace quire::sync
