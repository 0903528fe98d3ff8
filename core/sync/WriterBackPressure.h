#pragma once

// Pauses a session's input while the cache's writer is behind
// (BackgroundWriter::isBehind) and resumes it once the writer has caught up,
// for a poster whose next writes come out of that input: the rows of a sync
// or of the envelope fetcher. What the server sends meanwhile waits unparsed
// (Session::pauseInput). Check after each post.

#include "core/cache/BackgroundWriter.h"
#include "core/imap/session/Session.h"

#include <QPointer>

namespace quire::sync {

class WriterBackPressure
{
public:
    // `owner` holds this object; the writer's call back needs it alive.
    explicit WriterBackPressure(QObject *owner)
        : m_owner(owner)
    {
    }
    ~WriterBackPressure() { resume(); }
    WriterBackPressure(const WriterBackPressure &) = delete;
    WriterBackPressure &operator=(const WriterBackPressure &) = delete;

    void check(imap::Session *session, cache::BackgroundWriter *writer);
    bool isPausing() const { return m_paused; }

private:
    void resume();

    QObject *m_owner;
    QPointer<imap::Session> m_session;
    bool m_paused = false;
};

} // namespace quire::sync
