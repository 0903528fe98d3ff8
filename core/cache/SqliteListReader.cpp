// SqliteCache::messageListReader: the message list read on another thread.
// A QSqlDatabase connection may only be used on the thread that made it, so
// each call opens its own read-only connection under a unique name and
// removes it before returning. In WAL mode the read sees one committed
// snapshot and never blocks the writer.

#include "core/cache/SqlSupport.h"
#include "core/cache/SqliteCache.h"
#include "core/cache/SqliteListRows.h"
#include "core/cache/SqliteStatement.h"

#include <QSqlError>
#include <QUuid>

namespace quire::cache {

namespace {

Result<void> readOnce(const QString &databasePath, const QString &mailbox, quint32 uidValidity,
    const std::function<void(const MessageListRow &)> &visit)
{
    const QString name = QStringLiteral("quire-list-reader-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    Result<void> result;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(databasePath);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=5000"));
        if (!db.open())
            result = sql::errorFrom(CacheError::OpenFailed, db.lastError(), "open list reader");
        else
            result = sql::visitListRows(sql::nativeHandle(db), mailbox, uidValidity, 0, visit);
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return result;
}

} // namespace

Cache::MessageListReader SqliteCache::messageListReader() const
{
    return [path = databasePath()](
               const QString &mailbox, quint32 uidValidity, const std::function<void(const MessageListRow &)> &visit) {
        return readOnce(path, mailbox, uidValidity, visit);
    };
}

} // namespace quire::cache
