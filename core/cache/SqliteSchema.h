#pragma once

// The cache schema as an ordered list of migrations. PRAGMA user_version holds
// the number of steps applied; each step runs in its own transaction together
// with the version bump, so a crash leaves the database at a whole version.

#include "core/cache/CacheResult.h"

#include <QSqlDatabase>

namespace quire::cache::schema {

int latestVersion();

// Brings the database up to latestVersion(). TooNew when it is already past
// it (a newer Quire wrote it); MigrationFailed when a step fails.
Result<void> migrate(QSqlDatabase db);

Result<int> currentVersion(QSqlDatabase db);

} // namespace quire::cache::schema
