#pragma once

// Runs the event loop until the cache's writer thread has done what was
// posted to it and its `done` callbacks have run (at most 10 s): the tests'
// way to look at the cache after work went to that thread. WriterHold keeps
// that thread busy on purpose, for tests of what happens meanwhile.

#include "core/cache/BackgroundWriter.h"

#include <QCoreApplication>
#include <QDeadlineTimer>

#include <memory>
#include <semaphore>

namespace quire::test {

inline bool waitForWrites(const cache::BackgroundWriter &writer)
{
    const QDeadlineTimer deadline(10000);
    while (writer.pending() > 0 && !deadline.hasExpired())
        QCoreApplication::processEvents(QEventLoop::AllEvents, 10);
    return writer.pending() == 0;
}

// Until release() (or its end), the writer thread waits inside a work of
// its own: everything posted after it stays queued.
class WriterHold
{
public:
    void hold(cache::BackgroundWriter &writer)
    {
        writer.post(
            [released = m_released](cache::Cache &) {
                released->acquire();
                return cache::Result<void>();
            },
            nullptr, {});
        ++m_holds;
    }
    void release()
    {
        for (; m_holds > 0; --m_holds)
            m_released->release();
    }
    ~WriterHold() { release(); } // never leave the writer stuck

private:
    // Shared with the work: the writer may wake after this object is gone.
    std::shared_ptr<std::counting_semaphore<>> m_released = std::make_shared<std::counting_semaphore<>>(0);
    int m_holds = 0;
};

} // namespace quire::test
