#include "core/imap/transport/Transport.h"

#include <QTimer>

namespace quire::imap {

void Transport::queueReadyRead()
{
    if (m_readyReadQueued)
        return;
    m_readyReadQueued = true;
    QTimer::singleShot(0, this, [this] {
        m_readyReadQueued = false;
        Q_EMIT readyRead();
    });
}

} // namespace quire::imap
