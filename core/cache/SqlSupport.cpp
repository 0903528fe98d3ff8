#include "core/cache/SqlSupport.h"

#include "core/cache/SqliteStatement.h"

#include <QSqlError>
#include <QTimeZone>

#include <sqlite3.h>

namespace quire::cache::sql {

namespace {

// SQLite primary result codes (sqlite3.h); extended codes keep them in the low byte.
constexpr int SqliteCorrupt = 11;
constexpr int SqliteNotADatabase = 26;

bool isCorruption(const QSqlError &sqlError)
{
    bool numeric = false;
    const int code = sqlError.nativeErrorCode().toInt(&numeric) & 0xff;
    return numeric && (code == SqliteCorrupt || code == SqliteNotADatabase);
}

} // namespace

Error errorFrom(CacheError code, const QSqlError &sqlError, const char *what)
{
    const CacheError effective = isCorruption(sqlError) ? CacheError::Corrupt : code;
    return Error { effective, QStringLiteral("%1: %2").arg(QLatin1String(what), sqlError.text()) };
}

Error errorFrom(CacheError code, const QSqlQuery &query, const char *what)
{
    return errorFrom(code, query.lastError(), what);
}

Result<void> run(QSqlQuery &query, CacheError code, const char *what)
{
    if (!query.exec())
        return errorFrom(code, query, what);
    return {};
}

Result<void> prepare(QSqlQuery &query, const QString &sql, CacheError code)
{
    if (!query.prepare(sql))
        return errorFrom(code, query, "prepare");
    return {};
}

Result<void> execDirect(QSqlDatabase db, const QString &sql, CacheError code, const char *what)
{
    QSqlQuery query(db);
    if (!query.exec(sql))
        return errorFrom(code, query, what);
    return {};
}

Transaction::Transaction(QSqlDatabase db)
    : m_db(std::move(db))
{
}

Transaction::~Transaction()
{
    if (!m_open)
        return;
    QSqlQuery rollback(m_db);
    if (m_nested) {
        rollback.exec(QStringLiteral("ROLLBACK TO quire_nested"));
        rollback.exec(QStringLiteral("RELEASE quire_nested"));
    } else {
        rollback.exec(QStringLiteral("ROLLBACK"));
    }
}

Result<void> Transaction::begin()
{
    m_nested = inTransaction(m_db);
    auto begun
        = execDirect(m_db, m_nested ? QStringLiteral("SAVEPOINT quire_nested") : QStringLiteral("BEGIN IMMEDIATE"),
            CacheError::WriteFailed, "begin");
    m_open = begun.ok();
    return begun;
}

Result<void> Transaction::commit()
{
    auto committed = execDirect(m_db, m_nested ? QStringLiteral("RELEASE quire_nested") : QStringLiteral("COMMIT"),
        CacheError::WriteFailed, "commit");
    if (committed)
        m_open = false;
    return committed;
}

bool inTransaction(const QSqlDatabase &db)
{
    return sqlite3_get_autocommit(nativeHandle(db)) == 0;
}

QVariant toMillis(const QDateTime &time)
{
    if (!time.isValid())
        return QVariant(QMetaType::fromType<qint64>());
    return time.toMSecsSinceEpoch();
}

QVariant toOffset(const QDateTime &time)
{
    if (!time.isValid())
        return QVariant(QMetaType::fromType<int>());
    return time.offsetFromUtc();
}

QDateTime fromMillis(const QVariant &millis, const QVariant &offsetSeconds)
{
    if (millis.isNull())
        return {};
    const int offset = offsetSeconds.toInt();
    return QDateTime::fromMSecsSinceEpoch(millis.toLongLong(), Qt::OffsetFromUTC, offset);
}

QDateTime fromMillisUtc(const QVariant &millis)
{
    if (millis.isNull())
        return {};
    return QDateTime::fromMSecsSinceEpoch(millis.toLongLong(), Qt::UTC);
}

QString joinFlags(const QStringList &flags)
{
    return flags.join(QLatin1Char(' '));
}

QStringList splitFlags(const QString &joined)
{
    return joined.split(QLatin1Char(' '), Qt::SkipEmptyParts);
}

QByteArray joinIds(const QList<QByteArray> &ids)
{
    return ids.isEmpty() ? QByteArray() : ids.join(' ');
}

QList<QByteArray> splitIds(const QByteArray &joined)
{
    QList<QByteArray> ids;
    for (const QByteArray &id : joined.split(' ')) {
        if (!id.isEmpty())
            ids.append(id);
    }
    return ids;
}

QString encodeUids(const QList<quint32> &uids)
{
    QString text;
    qsizetype i = 0;
    while (i < uids.size()) {
        qsizetype end = i;
        while (end + 1 < uids.size() && uids[end + 1] == uids[end] + 1)
            ++end;
        if (!text.isEmpty())
            text += QLatin1Char(',');
        text += QString::number(uids[i]);
        if (end > i)
            text += QLatin1Char(':') + QString::number(uids[end]);
        i = end + 1;
    }
    return text;
}

QList<quint32> decodeUids(const QString &text)
{
    QList<quint32> uids;
    for (const QString &element : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const qsizetype colon = element.indexOf(QLatin1Char(':'));
        const quint32 first = element.left(colon).toUInt();
        const quint32 last = colon < 0 ? first : element.mid(colon + 1).toUInt();
        for (quint64 uid = first; uid <= last; ++uid)
            uids.append(quint32(uid));
    }
    return uids;
}

QVariant text(const QString &value)
{
    return value.isNull() ? QVariant(QString(QLatin1String(""))) : QVariant(value);
}

QVariant bytes(const QByteArray &value)
{
    return value.isNull() ? QVariant(QByteArray("")) : QVariant(value);
}

QVariant blob(const QByteArray &value)
{
    return value.isNull() ? QVariant(QMetaType::fromType<QByteArray>()) : QVariant(value);
}

} // namespace quire::cache::sql
