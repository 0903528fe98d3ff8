#pragma once

// Private files and directories for the cache: mail is personal, so the
// database, its WAL and the part files are 0600 and directories 0700,
// whatever the process umask is.

#include "core/cache/CacheResult.h"

#include <QString>

namespace quire::cache {

// Creates the directory (and parents) if needed, then sets it to 0700.
Result<void> makePrivateDirectory(const QString &path);
// Creates an empty file if missing, then sets it to 0600.
Result<void> createPrivateFile(const QString &path);
bool setPrivateFilePermissions(const QString &path);
// Writes data to path through a temporary file and a rename, mode 0600, so
// a reader never sees half a file.
Result<void> writePrivateFile(const QString &path, const QByteArray &data);

} // namespace quire::cache
