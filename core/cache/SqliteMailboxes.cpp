// SqliteCache: the mailboxes table.

#include "core/cache/SqlSupport.h"
#include "core/cache/SqliteCache.h"

#include <QSqlQuery>

namespace quire::cache {

namespace {

const QString mailboxColumns = QStringLiteral("name, raw_name, delimiter, attributes, special_use, subscribed,"
                                              " uidvalidity, uidnext, highest_modseq, messages, unseen, recent");

MailboxRecord readMailbox(const QSqlQuery &query)
{
    MailboxRecord record;
    record.name = query.value(0).toString();
    record.rawName = query.value(1).toByteArray();
    const QString delimiter = query.value(2).toString();
    record.delimiter = delimiter.isEmpty() ? QChar() : delimiter.front();
    record.attributes = sql::splitFlags(query.value(3).toString());
    record.specialUse = query.value(4).toString();
    record.subscribed = query.value(5).toBool();
    record.state.uidValidity = query.value(6).toUInt();
    record.state.uidNext = query.value(7).toUInt();
    record.state.highestModSeq = query.value(8).toULongLong();
    record.state.messages = query.value(9).toUInt();
    record.state.unseen = query.value(10).toUInt();
    record.state.recent = query.value(11).toUInt();
    return record;
}

} // namespace

Result<void> SqliteCache::upsertMailboxes(const QList<MailboxRecord> &mailboxes)
{
    QSqlDatabase db = database();
    sql::Transaction transaction(db);
    if (auto begun = transaction.begin(); !begun)
        return begun;
    QSqlQuery upsert(db);
    if (auto prepared = sql::prepare(upsert,
            QStringLiteral("INSERT INTO mailboxes (") + mailboxColumns
                + QStringLiteral(") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
                                 " ON CONFLICT (name) DO UPDATE SET"
                                 " raw_name = excluded.raw_name,"
                                 " delimiter = excluded.delimiter,"
                                 " attributes = excluded.attributes,"
                                 " special_use = excluded.special_use,"
                                 " subscribed = excluded.subscribed"),
            CacheError::WriteFailed);
        !prepared)
        return prepared;
    for (const MailboxRecord &record : mailboxes) {
        upsert.bindValue(0, sql::text(record.name));
        upsert.bindValue(1, sql::bytes(record.rawName));
        upsert.bindValue(2, sql::text(record.delimiter.isNull() ? QString() : QString(record.delimiter)));
        upsert.bindValue(3, sql::text(sql::joinFlags(record.attributes)));
        upsert.bindValue(4, sql::text(record.specialUse));
        upsert.bindValue(5, record.subscribed);
        upsert.bindValue(6, record.state.uidValidity);
        upsert.bindValue(7, record.state.uidNext);
        upsert.bindValue(8, qint64(record.state.highestModSeq));
        upsert.bindValue(9, record.state.messages);
        upsert.bindValue(10, record.state.unseen);
        upsert.bindValue(11, record.state.recent);
        if (auto done = sql::run(upsert, CacheError::WriteFailed, "upsert mailbox"); !done)
            return done;
    }
    return transaction.commit();
}

Result<QList<MailboxRecord>> SqliteCache::mailboxes()
{
    QSqlQuery query(database());
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT ") + mailboxColumns + QStringLiteral(" FROM mailboxes ORDER BY name")))
        return sql::errorFrom(CacheError::ReadFailed, query, "list mailboxes");
    QList<MailboxRecord> records;
    while (query.next())
        records.append(readMailbox(query));
    return records;
}

Result<std::optional<MailboxRecord>> SqliteCache::mailbox(const QString &name)
{
    QSqlQuery query(database());
    if (auto prepared = sql::prepare(
            query, QStringLiteral("SELECT ") + mailboxColumns + QStringLiteral(" FROM mailboxes WHERE name = ?"));
        !prepared)
        return prepared.error();
    query.bindValue(0, name);
    if (auto done = sql::run(query, CacheError::ReadFailed, "read mailbox"); !done)
        return done.error();
    if (!query.next())
        return std::optional<MailboxRecord>();
    return std::optional<MailboxRecord>(readMailbox(query));
}

Result<void> SqliteCache::setMailboxState(const QString &name, const MailboxSyncState &state)
{
    QSqlQuery query(database());
    if (auto prepared = sql::prepare(query,
            QStringLiteral("UPDATE mailboxes SET uidvalidity = ?, uidnext = ?,"
                           " highest_modseq = ?, messages = ?, unseen = ?, recent = ?"
                           " WHERE name = ?"),
            CacheError::WriteFailed);
        !prepared)
        return prepared;
    query.bindValue(0, state.uidValidity);
    query.bindValue(1, state.uidNext);
    query.bindValue(2, qint64(state.highestModSeq));
    query.bindValue(3, state.messages);
    query.bindValue(4, state.unseen);
    query.bindValue(5, state.recent);
    query.bindValue(6, name);
    if (auto done = sql::run(query, CacheError::WriteFailed, "set mailbox state"); !done)
        return done;
    if (query.numRowsAffected() == 0)
        return Error { CacheError::NoSuchMailbox, name };
    return {};
}

Result<void> SqliteCache::renameMailbox(const QString &from, const QString &to, const QByteArray &toRawName)
{
    QSqlQuery query(database());
    if (auto prepared = sql::prepare(query,
            QStringLiteral("UPDATE mailboxes SET name = ?, raw_name = ? WHERE name = ?"), CacheError::WriteFailed);
        !prepared)
        return prepared;
    query.bindValue(0, to);
    query.bindValue(1, toRawName);
    query.bindValue(2, from);
    if (auto done = sql::run(query, CacheError::WriteFailed, "rename mailbox"); !done)
        return done;
    if (query.numRowsAffected() == 0)
        return Error { CacheError::NoSuchMailbox, from };
    return {};
}

Result<void> SqliteCache::removeMailbox(const QString &name)
{
    QSqlQuery query(database());
    if (auto prepared
        = sql::prepare(query, QStringLiteral("DELETE FROM mailboxes WHERE name = ?"), CacheError::WriteFailed);
        !prepared)
        return prepared;
    query.bindValue(0, name);
    // Messages, parts and search text go by cascade; part files by the queue.
    if (auto done = sql::run(query, CacheError::WriteFailed, "remove mailbox"); !done)
        return done;
    if (query.numRowsAffected() == 0)
        return Error { CacheError::NoSuchMailbox, name };
    removeDeletedPartFiles();
    return {};
}

} // namespace quire::cache
