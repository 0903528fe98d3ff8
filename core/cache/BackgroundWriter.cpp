#include "core/cache/BackgroundWriter.h"

#include <QThread>

namespace quire::cache {

BackgroundWriter::BackgroundWriter(Open open)
    : m_open(std::move(open))
{
    m_thread = QThread::create([this] { runJobs(); });
    m_thread->setObjectName(QStringLiteral("quire-cache-writer"));
    m_thread->start();
}

BackgroundWriter::~BackgroundWriter()
{
    {
        std::lock_guard lock(m_mutex);
        m_stopping = true;
    }
    m_wake.notify_one();
    m_thread->wait();
    delete m_thread;
}

void BackgroundWriter::post(Work work, QObject *context, Done done)
{
    ++m_pending;
    {
        std::lock_guard lock(m_mutex);
        m_jobs.push_back(Job { std::move(work), QPointer<QObject>(context), std::move(done) });
    }
    m_wake.notify_one();
}

void BackgroundWriter::whenCaughtUp(QObject *context, std::function<void()> caughtUp)
{
    if (!isBehind()) {
        caughtUp();
        return;
    }
    m_caughtUpWaiters.emplace_back(QPointer<QObject>(context), std::move(caughtUp));
}

void BackgroundWriter::notifyCaughtUp()
{
    if (isBehind() || m_caughtUpWaiters.empty())
        return;
    for (auto &[context, caughtUp] : std::exchange(m_caughtUpWaiters, {})) {
        if (context)
            caughtUp();
    }
}

void BackgroundWriter::runJobs()
{
    // Opened here: a QSqlDatabase connection belongs to the thread that made it.
    Result<std::unique_ptr<Cache>> cache = m_open();
    for (;;) {
        Job job;
        {
            std::unique_lock lock(m_mutex);
            m_wake.wait(lock, [this] { return m_stopping || !m_jobs.empty(); });
            if (m_jobs.empty())
                break;
            job = std::move(m_jobs.front());
            m_jobs.pop_front();
        }
        Result<void> result = cache ? job.work(*cache.value()) : Result<void>(cache.error());
        // The work's captures (the rows written) are freed here, not on the
        // poster's thread.
        job.work = nullptr;
        QMetaObject::invokeMethod(
            &m_notifier,
            [this, context = std::move(job.context), done = std::move(job.done), result = std::move(result)] {
                --m_pending;
                if (context && done)
                    done(result);
                notifyCaughtUp();
            },
            Qt::QueuedConnection);
    }
}

} // namespace quire::cache
