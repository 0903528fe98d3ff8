#include "core/sync/WriterBackPressure.h"

namespace quire::sync {

void WriterBackPressure::check(imap::Session *session, cache::BackgroundWriter *writer)
{
    if (m_paused || !session || !writer || !writer->isBehind())
        return;
    m_paused = true;
    m_session = session;
    session->pauseInput();
    writer->whenCaughtUp(m_owner, [this] { resume(); });
}

void WriterBackPressure::resume()
{
    if (!m_paused)
        return;
    m_paused = false;
    if (m_session)
        m_session->resumeInput();
}

} // namespace quire::sync
