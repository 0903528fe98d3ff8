#pragma once

// Message-ID, In-Reply-To and References, for threading.

#include <QByteArray>
#include <QByteArrayView>
#include <QList>

namespace quire::mime {

// The ids between '<' and '>' (without the brackets), in order, skipping the
// junk and comments between them. A header holding a single id without
// brackets yields that id.
QList<QByteArray> parseMessageIds(QByteArrayView raw);

} // namespace quire::mime
