// SqliteCache: the parts table. Parts under Options::inlinePartLimit are
// blobs in the database; larger ones are files in parts/, because SQLite
// rewrites whole pages and large blobs bloat the WAL.

#include "core/cache/FilePermissions.h"
#include "core/cache/SqlSupport.h"
#include "core/cache/SqliteCache.h"
#include "core/cache/SqliteStatement.h"

#include <QFile>
#include <QSqlQuery>

namespace quire::cache {

namespace {

// Deterministic, so storing the same part again overwrites its file instead
// of leaving the old one behind. Hex keeps odd part ids ("1.2.MIME") safe.
QString partFileName(qint64 messageRowId, const QByteArray &partId)
{
    return QStringLiteral("%1-%2.part").arg(messageRowId).arg(QString::fromLatin1(partId.toHex()));
}

} // namespace

Result<void> SqliteCache::storePart(const PartRecord &part)
{
    if (part.partId.isEmpty())
        return Error { CacheError::InvalidArgument, QStringLiteral("empty part id") };
    const auto rowId = messageRowId(part.mailbox, part.uidValidity, part.uid);
    if (!rowId)
        return rowId.error();
    if (!rowId->has_value())
        return Error { CacheError::NoSuchMessage,
            QStringLiteral("%1 %2:%3").arg(part.mailbox).arg(part.uidValidity).arg(part.uid) };

    const bool inFile = part.data.size() >= m_options.inlinePartLimit;
    const QString fileName = inFile ? partFileName(**rowId, part.partId) : QString();
    // File first: a crash between the two leaves an unreferenced file, which
    // the next store of this part overwrites, never a row without its file.
    if (inFile) {
        if (auto written = writePrivateFile(partFilePath(fileName), part.data); !written)
            return written;
    }

    QSqlDatabase db = database();
    sql::Transaction transaction(db);
    if (auto begun = transaction.begin(); !begun)
        return begun;
    {
        auto upsert = m_statements->get("INSERT INTO parts (message_id, part_id, mime_type, size, data,"
                                        " file_name, last_access) VALUES (?, ?, ?, ?, ?, ?, ?)"
                                        " ON CONFLICT (message_id, part_id) DO UPDATE SET"
                                        " mime_type = excluded.mime_type, size = excluded.size,"
                                        " data = excluded.data, file_name = excluded.file_name,"
                                        " last_access = excluded.last_access");
        if (!upsert->isValid())
            return upsert->error(CacheError::WriteFailed, "prepare store part");
        upsert->bindInt(1, **rowId);
        upsert->bindText(2, QString::fromLatin1(part.partId));
        upsert->bindBytes(3, part.mimeType);
        upsert->bindInt(4, part.data.size());
        if (inFile) {
            upsert->bindNull(5);
            upsert->bindText(6, fileName);
        } else {
            upsert->bindBytes(5, part.data);
            upsert->bindNull(6);
        }
        const QVariant now = sql::toMillis(m_options.now());
        if (now.isNull())
            upsert->bindNull(7);
        else
            upsert->bindInt(7, now.toLongLong());
        upsert->step();
        if (upsert->failed())
            return upsert->error(CacheError::WriteFailed, "store part");
    }
    if (inFile) {
        // A removal of this name that failed earlier must not take the new file.
        auto unqueue = m_statements->get("DELETE FROM deleted_part_files WHERE file_name = ?");
        if (!unqueue->isValid())
            return unqueue->error(CacheError::WriteFailed, "prepare unqueue part file");
        unqueue->bindText(1, fileName);
        unqueue->step();
        if (unqueue->failed())
            return unqueue->error(CacheError::WriteFailed, "unqueue part file");
    }
    if (auto committed = transaction.commit(); !committed)
        return committed;
    removeDeletedPartFiles();

    if (m_options.sizeLimit > 0) {
        const auto total = partsSize();
        // Evict to 90% so that a full cache does not evict on every store.
        if (total && *total > m_options.sizeLimit) {
            if (auto evicted = evictDownTo(m_options.sizeLimit / 10 * 9); !evicted)
                return evicted.error();
        }
    }
    return {};
}

Result<std::optional<PartRecord>> SqliteCache::part(
    const QString &mailbox, quint32 uidValidity, quint32 uid, const QByteArray &partId)
{
    const auto rowId = messageRowId(mailbox, uidValidity, uid);
    if (!rowId)
        return rowId.error();
    if (!rowId->has_value())
        return std::optional<PartRecord>();
    QSqlDatabase db = database();
    QSqlQuery query(db);
    if (auto prepared = sql::prepare(query,
            QStringLiteral("SELECT id, mime_type, data, file_name FROM parts"
                           " WHERE message_id = ? AND part_id = ?"));
        !prepared)
        return prepared.error();
    query.bindValue(0, **rowId);
    query.bindValue(1, QString::fromLatin1(partId));
    if (auto done = sql::run(query, CacheError::ReadFailed, "read part"); !done)
        return done.error();
    if (!query.next())
        return std::optional<PartRecord>();

    const qint64 partRowId = query.value(0).toLongLong();
    PartRecord record;
    record.mailbox = mailbox;
    record.uidValidity = uidValidity;
    record.uid = uid;
    record.partId = partId;
    record.mimeType = query.value(1).toByteArray();
    const QString fileName = query.value(3).toString();
    if (fileName.isEmpty()) {
        record.data = query.value(2).toByteArray();
        query.finish();
    } else {
        query.finish();
        QFile file(partFilePath(fileName));
        if (!file.open(QIODevice::ReadOnly)) {
            // Someone cleaned the directory: forget the row so the part is
            // fetched again instead of failing forever.
            QSqlQuery forget(db);
            forget.prepare(QStringLiteral("DELETE FROM parts WHERE id = ?"));
            forget.bindValue(0, partRowId);
            forget.exec();
            return std::optional<PartRecord>();
        }
        record.data = file.readAll();
    }
    record.size = record.data.size();
    record.lastAccess = m_options.now();

    QSqlQuery touch(db);
    if (auto prepared
        = sql::prepare(touch, QStringLiteral("UPDATE parts SET last_access = ? WHERE id = ?"), CacheError::WriteFailed);
        !prepared)
        return prepared.error();
    touch.bindValue(0, sql::toMillis(record.lastAccess));
    touch.bindValue(1, partRowId);
    if (auto done = sql::run(touch, CacheError::WriteFailed, "touch part"); !done)
        return done.error();
    return std::optional<PartRecord>(std::move(record));
}

Result<bool> SqliteCache::hasPart(const QString &mailbox, quint32 uidValidity, quint32 uid, const QByteArray &partId)
{
    const auto rowId = messageRowId(mailbox, uidValidity, uid);
    if (!rowId)
        return rowId.error();
    if (!rowId->has_value())
        return false;
    QSqlQuery query(database());
    if (auto prepared = sql::prepare(query, QStringLiteral("SELECT 1 FROM parts WHERE message_id = ? AND part_id = ?"));
        !prepared)
        return prepared.error();
    query.bindValue(0, **rowId);
    query.bindValue(1, QString::fromLatin1(partId));
    if (auto done = sql::run(query, CacheError::ReadFailed, "look for part"); !done)
        return done.error();
    return query.next();
}

Result<QSet<quint32>> SqliteCache::uidsWithPart(const QString &mailbox, quint32 uidValidity, const QByteArray &partId)
{
    QSqlQuery query(database());
    query.setForwardOnly(true);
    if (auto prepared = sql::prepare(query,
            QStringLiteral("SELECT m.uid FROM parts p JOIN messages m ON m.id = p.message_id"
                           " JOIN mailboxes b ON b.id = m.mailbox_id"
                           " WHERE b.name = ? AND m.uidvalidity = ? AND p.part_id = ?"));
        !prepared)
        return prepared.error();
    query.bindValue(0, mailbox);
    query.bindValue(1, uidValidity);
    query.bindValue(2, QString::fromLatin1(partId));
    if (auto done = sql::run(query, CacheError::ReadFailed, "list cached parts"); !done)
        return done.error();
    QSet<quint32> uids;
    while (query.next())
        uids.insert(quint32(query.value(0).toLongLong()));
    return uids;
}

} // namespace quire::cache
