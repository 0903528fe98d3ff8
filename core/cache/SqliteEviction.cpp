// SqliteCache: the size limit. Only parts are evicted, least recently
// accessed first; envelopes, flags and search text are what make the cache
// usable offline, and they are small.

#include "core/cache/SqlSupport.h"
#include "core/cache/SqliteCache.h"
#include "core/cache/SqliteStatement.h"

#include <QSqlQuery>

namespace quire::cache {

void SqliteCache::setSizeLimit(qint64 bytes)
{
    m_options.sizeLimit = bytes;
}

qint64 SqliteCache::sizeLimit() const
{
    return m_options.sizeLimit;
}

Result<qint64> SqliteCache::partsSize()
{
    auto query = m_statements->get("SELECT bytes FROM parts_total");
    if (!query->step())
        return query->error(CacheError::ReadFailed, "sum part sizes");
    return query->int64(0);
}

Result<qint64> SqliteCache::evict()
{
    if (m_options.sizeLimit <= 0)
        return qint64(0);
    return evictDownTo(m_options.sizeLimit);
}

Result<qint64> SqliteCache::evictDownTo(qint64 targetBytes)
{
    const auto total = partsSize();
    if (!total)
        return total.error();
    if (*total <= targetBytes)
        return qint64(0);

    QSqlDatabase db = database();
    sql::Transaction transaction(db);
    if (auto begun = transaction.begin(); !begun)
        return begun.error();
    QSqlQuery oldest(db);
    oldest.setForwardOnly(true);
    if (!oldest.exec(QStringLiteral("SELECT id, size FROM parts ORDER BY last_access, id")))
        return sql::errorFrom(CacheError::ReadFailed, oldest, "list parts by age");
    QList<qint64> victims;
    qint64 freed = 0;
    while (*total - freed > targetBytes && oldest.next()) {
        victims.append(oldest.value(0).toLongLong());
        freed += oldest.value(1).toLongLong();
    }
    oldest.finish();

    QSqlQuery remove(db);
    if (auto prepared = sql::prepare(remove, QStringLiteral("DELETE FROM parts WHERE id = ?"), CacheError::WriteFailed);
        !prepared)
        return prepared.error();
    for (const qint64 id : victims) {
        remove.bindValue(0, id);
        if (auto done = sql::run(remove, CacheError::WriteFailed, "evict part"); !done)
            return done.error();
    }
    if (auto committed = transaction.commit(); !committed)
        return committed.error();
    removeDeletedPartFiles();
    return freed;
}

} // namespace quire::cache
