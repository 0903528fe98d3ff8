#include "core/imap/parser/Response.h"
#include "core/imap/parser/ResponseJson.h"

#include <QDebug>
#include <QJsonDocument>

namespace quire::imap {

// The JSON form is already complete and unambiguous, so the debug dump reuses it.
QString dump(const Response &response)
{
    return QString::fromUtf8(QJsonDocument(toJson(response)).toJson(QJsonDocument::Compact));
}

QDebug operator<<(QDebug debug, const Response &response)
{
    QDebugStateSaver saver(debug);
    debug.noquote().nospace() << dump(response);
    return debug;
}

} // namespace quire::imap
