#include "core/imap/session/Capabilities.h"

namespace quire::imap {

Capabilities::Capabilities(const QList<QByteArray> &advertised, const QSet<QByteArray> &hidden)
{
    for (const QByteArray &name : advertised) {
        const QByteArray upper = name.toUpper();
        if (!hidden.contains(upper))
            m_names.insert(upper);
    }
}

} // namespace quire::imap
