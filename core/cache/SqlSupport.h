#pragma once

// Helpers shared by the SqliteCache source files: error mapping, a
// transaction guard, and the column encodings of list and date values.
// Internal to core/cache.

#include "core/cache/CacheResult.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStringList>
#include <QVariant>

namespace quire::cache::sql {

// Maps a failed query to an Error; SQLITE_CORRUPT and SQLITE_NOTADB become
// CacheError::Corrupt whatever the caller expected.
Error errorFrom(CacheError code, const QSqlError &sqlError, const char *what);
Error errorFrom(CacheError code, const QSqlQuery &query, const char *what);

// Prepares and executes in one go; the query stays usable for next()/value().
Result<void> run(QSqlQuery &query, CacheError code, const char *what);
Result<void> prepare(QSqlQuery &query, const QString &sql, CacheError code = CacheError::ReadFailed);
Result<void> execDirect(QSqlDatabase db, const QString &sql, CacheError code, const char *what);

// BEGIN IMMEDIATE takes the write lock up front, so a concurrent reader on
// another connection cannot make the commit fail half way. Rolls back unless
// commit() succeeded.
class Transaction
{
public:
    explicit Transaction(QSqlDatabase db);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    // Inside another transaction this is a savepoint of it: its writes
    // commit with the outer one (Cache::atomically).
    Result<void> begin();
    Result<void> commit();

private:
    QSqlDatabase m_db;
    bool m_open = false;
    bool m_nested = false;
};

// Whether the connection is inside a transaction.
bool inTransaction(const QSqlDatabase &db);

// Dates are stored as milliseconds since the epoch (UTC) plus the offset from
// UTC in seconds, so the sender's time zone survives a round trip.
QVariant toMillis(const QDateTime &time);
QVariant toOffset(const QDateTime &time);
QDateTime fromMillis(const QVariant &millis, const QVariant &offsetSeconds);
QDateTime fromMillisUtc(const QVariant &millis);

// Flags are atoms and message ids contain no spaces, so a space joins them.
QString joinFlags(const QStringList &flags);
QStringList splitFlags(const QString &joined);
QByteArray joinIds(const QList<QByteArray> &ids);
QList<QByteArray> splitIds(const QByteArray &joined);

// UIDs as ranges, "1:5,9" (order kept, runs of consecutive UIDs merged).
QString encodeUids(const QList<quint32> &uids);
QList<quint32> decodeUids(const QString &text);

// Values for NOT NULL columns: a null QString or QByteArray would bind as
// SQL NULL, and Qt makes null strings easily (QStringList().join()).
QVariant text(const QString &value);
QVariant bytes(const QByteArray &value);
// Values for nullable blob columns: null stays NULL.
QVariant blob(const QByteArray &value);

} // namespace quire::cache::sql
