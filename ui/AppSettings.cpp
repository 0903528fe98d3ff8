#include "ui/AppSettings.h"

#include "core/sync/AccountEngine.h"

#include <QSettings>

namespace quire::ui::AppSettings {

namespace {
const QString kCacheLimit = QStringLiteral("cache/sizeLimitMiB");
const QString kCheckInterval = QStringLiteral("mail/checkIntervalMinutes");
const QString kNotifications = QStringLiteral("notifications/newMail");
constexpr int kDefaultCacheMiB = 1024; // SqliteCache's own default, 1 GiB
constexpr int kDefaultCheckMinutes = 1;
} // namespace

int cacheSizeLimitMiB()
{
    return qMax(0, QSettings().value(kCacheLimit, kDefaultCacheMiB).toInt());
}

void setCacheSizeLimitMiB(int mib)
{
    QSettings().setValue(kCacheLimit, qMax(0, mib));
}

qint64 cacheSizeLimitBytes()
{
    return qint64(cacheSizeLimitMiB()) * 1024 * 1024;
}

std::chrono::minutes checkInterval()
{
    return std::chrono::minutes(qMax(1, QSettings().value(kCheckInterval, kDefaultCheckMinutes).toInt()));
}

void setCheckInterval(std::chrono::minutes interval)
{
    QSettings().setValue(kCheckInterval, qMax(1, int(interval.count())));
}

bool notificationsEnabled()
{
    return QSettings().value(kNotifications, true).toBool();
}

void setNotificationsEnabled(bool enabled)
{
    QSettings().setValue(kNotifications, enabled);
}

void applyTo(sync::AccountEngineOptions &options)
{
    options.pollInterval = checkInterval();
    options.statusInterval = checkInterval();
}

void applyTo(sync::AccountEngine &engine)
{
    engine.setCheckInterval(checkInterval());
    cache::Cache *cache = engine.cache();
    if (cache->sizeLimit() == cacheSizeLimitBytes())
        return;
    cache->setSizeLimit(cacheSizeLimitBytes());
    // A failed eviction leaves parts in place: nothing is lost, the next
    // stored part tries again.
    (void)cache->evict();
}

} // namespace quire::ui::AppSettings
