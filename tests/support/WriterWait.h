#pragma once

// Runs the event loop until the cache's writer thread has done what was
// posted to it and its `done` callbacks have run (at most 10 s): the tests'
// way to look at the cache after work went to that thread.

#include "core/cache/BackgroundWriter.h"

#include <QCoreApplication>
#include <QDeadlineTimer>

namespace quire::test {

inline bool waitForWrites(const cache::BackgroundWriter &writer)
{
    const QDeadlineTimer deadline(10000);
    while (writer.pending() > 0 && !deadline.hasExpired())
        QCoreApplication::processEvents(QEventLoop::AllEvents, 10);
    return writer.pending() == 0;
}

} // namespace quire::test
