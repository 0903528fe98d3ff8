#pragma once

#include <QString>

namespace quire {

// The version of this build, as set in the top-level CMakeLists.txt.
QString versionString();

} // namespace quire
