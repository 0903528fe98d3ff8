#include "core/Version.h"

namespace quire {

QString versionString()
{
    return QStringLiteral(QUIRE_VERSION);
}

} // namespace quire
